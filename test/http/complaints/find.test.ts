/**
 * Finding a case without its id: by reference, the CRM's reference, last change, the person's email or phone, and
 * free text; each with and without the right to see. A filter never shows a case the caller may not read, and a
 * filter on personal data never matches a sensitive case whose personal data the caller may not see (it would
 * otherwise tell them who complained).
 */
import t from 'tap'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { acceptedComplaint, createComplaint, get, queueIds, step } from '../../helpers/complaints.js'

t.test('finding cases', async (t) => {
  let now = new Date('2026-01-14T10:00:00Z')
  const app = await build(t, { now: () => now })
  const council = await seedCouncil(app)
  const elsewhere = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  const bob = await tokenFor(council, ['handler'], 'bob')
  const carol = await tokenFor(council, ['handler'], 'carol')
  const ivy = await tokenFor(council, ['intake'], 'ivy')
  const otherTeam = await tokenFor(elsewhere, ['complaints_team'], 'alice')

  const sam = { name: 'Sam Taylor', email: 'Sam.Taylor@Example.org', phone: '07700 900123' }
  const a = await acceptedComplaint(app, team, 'bob', { person: sam, crmReference: 'CXM-1001', summary: 'Bins missed three weeks running' })
  now = new Date('2026-01-14T10:01:00Z')
  const jo = { name: 'Jo Marsh', email: 'jo@example.org', phone: '01993 861000' }
  const sensitiveByIvy = await createComplaint(app, ivy, { person: jo, sensitive: true, summary: 'About a member of staff at the depot' })
  now = new Date('2026-01-14T10:02:00Z')
  const sensitiveForBob = await acceptedComplaint(app, team, 'bob', { person: jo, sensitive: true, summary: 'Rudeness at the depot' })
  now = new Date('2026-01-14T10:03:00Z')
  const ordinaryByIvy = await createComplaint(app, ivy, {
    person: jo, summary: 'Fly tipping not cleared',
    representative: { name: 'Councillor Priya Quinn', relationship: 'ward councillor', consent: { basis: 'written_consent', recordedOn: '2026-01-10' } },
  })
  const away = await createComplaint(app, otherTeam, { person: sam, crmReference: 'CXM-1001', summary: 'Bins missed again' })
  const ids = (list: Array<{ id: string }>) => list.map((c) => c.id).sort()

  t.test('by reference, in the queue and by its own URL', async (t) => {
    t.same(await queueIds(app, team, `reference=${a.reference.toLowerCase()}`), [a.id], 'any letter case')
    t.same(await queueIds(app, bob, `reference=${a.reference}`), [a.id], 'the assigned handler')
    t.same(await queueIds(app, carol, `reference=${a.reference}`), [], 'a handler it is not assigned to: nothing')
    t.same(await queueIds(app, team, `reference=${away.reference}`), [], 'another council\'s reference: nothing')

    const found = await get(app, team, `/v1/complaints/by-reference/${a.reference}`)
    t.equal(found.statusCode, 200, found.body)
    t.equal(found.json().id, a.id)
    t.equal(found.json().person.name, 'Sam Taylor')
    t.equal(found.headers.etag, `"${found.json().version}"`)
    t.equal((await get(app, team, `/v1/complaints/by-reference/${a.reference.toLowerCase()}`)).json().id, a.id)
    t.equal((await get(app, bob, `/v1/complaints/by-reference/${a.reference}`)).statusCode, 200)
    for (const [who, token, reference] of [['carol', carol, a.reference], ['ivy', ivy, a.reference], ['the team, another council\'s case', team, away.reference], ['the team, no such case', team, 'T1-2026-999999']] as const) {
      const res = await get(app, token, `/v1/complaints/by-reference/${reference}`)
      t.equal(res.statusCode, 404, who)
      t.equal(res.json().code, 'CASE.NOT_FOUND')
    }
    const bad = await get(app, team, '/v1/complaints/by-reference/not-a-reference')
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().errors[0].field, '/reference')
  })

  t.test('by the CRM\'s reference', async (t) => {
    t.same(await queueIds(app, team, 'crmReference=CXM-1001'), [a.id], 'only this council\'s')
    t.same(await queueIds(app, otherTeam, 'crmReference=CXM-1001'), [away.id])
    t.same(await queueIds(app, carol, 'crmReference=CXM-1001'), [])
    t.same(await queueIds(app, team, 'crmReference=CXM-100'), [], 'exact, not a prefix')
  })

  t.test('by the person\'s email, however written', async (t) => {
    t.same(await queueIds(app, team, `personEmail=${encodeURIComponent('  SAM.taylor@example.ORG ')}`), [a.id])
    t.same((await queueIds(app, team, 'personEmail=jo@example.org')).sort(), ids([sensitiveByIvy, sensitiveForBob, ordinaryByIvy]), 'the complaints team: all three')
    t.same(await queueIds(app, bob, 'personEmail=jo@example.org'), [sensitiveForBob.id], 'a handler: the sensitive case assigned to them, nothing else')
    t.same(await queueIds(app, carol, 'personEmail=jo@example.org'), [], 'a handler with none of them')
    t.ok((await queueIds(app, ivy, 'limit=100')).includes(sensitiveByIvy.id), 'intake sees the sensitive case it logged...')
    t.same(await queueIds(app, ivy, 'personEmail=jo@example.org'), [ordinaryByIvy.id], '...but its personal data is hidden from intake, so the email does not find it')
    t.same(await queueIds(app, team, 'personEmail=nobody@example.org'), [])
    const empty = await get(app, team, `/v1/complaints?personEmail=${encodeURIComponent('   ')}`)
    t.equal(empty.statusCode, 400)
    t.equal(empty.json().errors[0].field, '/personEmail')
  })

  t.test('by the person\'s phone, however written', async (t) => {
    for (const phone of ['07700900123', '+44 7700 900123', '+44 (0)7700 900123', '0044 7700 900123']) {
      t.same(await queueIds(app, team, `personPhone=${encodeURIComponent(phone)}`), [a.id], phone)
    }
    t.same((await queueIds(app, team, `personPhone=${encodeURIComponent('+44 1993 861000')}`)).sort(), ids([sensitiveByIvy, sensitiveForBob, ordinaryByIvy]))
    t.same(await queueIds(app, ivy, 'personPhone=01993861000'), [ordinaryByIvy.id], 'intake: not the sensitive case')
    t.same(await queueIds(app, bob, 'personPhone=01993861000'), [sensitiveForBob.id])
    t.same(await queueIds(app, team, 'personPhone=07700900124'), [])
    t.equal((await get(app, team, '/v1/complaints?personPhone=call-me')).statusCode, 400)
  })

  t.test('by words of the summary and the names', async (t) => {
    t.same(await queueIds(app, team, 'q=taylor'), [a.id], 'the person\'s name')
    t.same(await queueIds(app, team, 'q=Tay%20BINS'), [a.id], 'every word, as the start of a word, any case')
    t.same(await queueIds(app, team, 'q=priya'), [ordinaryByIvy.id], 'the representative\'s name')
    t.same(await queueIds(app, team, 'q=bins%20rudeness'), [], 'all words must match')
    t.same((await queueIds(app, team, 'q=depot')).sort(), ids([sensitiveByIvy, sensitiveForBob]))
    t.same(await queueIds(app, bob, 'q=depot'), [sensitiveForBob.id], 'a handler: their sensitive case only')
    t.same(await queueIds(app, ivy, 'q=depot'), [], 'intake: not the sensitive case it logged')
    t.same(await queueIds(app, ivy, 'q=marsh'), [ordinaryByIvy.id])
    t.same(await queueIds(app, carol, 'q=taylor'), [], 'not a case the caller cannot read')
    t.same(await queueIds(app, team, `q=${encodeURIComponent("taylor's & | !( bins")}`), [a.id], 'punctuation is not query syntax')
    const none = await get(app, team, `/v1/complaints?q=${encodeURIComponent('&|!')}`)
    t.equal(none.statusCode, 400)
    t.same(none.json().errors[0], { location: 'querystring', field: '/q', rule: 'words', message: 'must hold at least one letter or digit' })
  })

  t.test('by last change, oldest first, page by page', async (t) => {
    now = new Date('2026-01-15T09:00:00Z')
    await step(app, team, sensitiveByIvy.id, 'triage', { as: 'complaint' })
    now = new Date('2026-01-15T09:05:00Z')
    await step(app, team, a.id, 'extensions', { workingDays: 5, reason: 'Waiting for the crew', toldPersonOn: '2026-01-15', ombudsmanDetailsGiven: true })
    t.same(await queueIds(app, team, 'updatedSince=2026-01-15T09:00:00Z&sort=updated'), [sensitiveByIvy.id, a.id], 'changed since, in the order they changed')
    t.same(await queueIds(app, team, 'updatedSince=2026-01-15T09:00:00.001Z&sort=updated'), [a.id], 'at or after the instant')
    t.same(await queueIds(app, bob, 'updatedSince=2026-01-15T09:00:00Z&sort=updated'), [a.id], 'a handler: only their own')
    const changed = (await get(app, team, '/v1/complaints?updatedSince=2026-01-15T09:00:00Z&sort=updated')).json().items
    t.same(changed.map((i: { updatedAt: string }) => i.updatedAt), ['2026-01-15T09:00:00.000Z', '2026-01-15T09:05:00.000Z'], 'each line says when it changed')
    const all = [a.id, sensitiveByIvy.id, sensitiveForBob.id, ordinaryByIvy.id]
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await get(app, team, `/v1/complaints?sort=updated&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      t.equal(res.statusCode, 200, res.body)
      seen.push(...res.json().items.map((i: { id: string }) => i.id))
      cursor = res.json().nextCursor
    } while (cursor !== null && seen.length < 10)
    t.same(seen, [sensitiveForBob.id, ordinaryByIvy.id, sensitiveByIvy.id, a.id], 'every case once, by last change')
    t.same(seen.slice().sort(), all.sort())
    const duePage = (await get(app, team, '/v1/complaints?limit=1')).json()
    const mixed = await get(app, team, `/v1/complaints?sort=updated&cursor=${duePage.nextCursor}`)
    t.equal(mixed.statusCode, 400, 'a cursor of the due-date order does not page the change order')
    t.equal(mixed.json().errors[0].field, '/cursor')
  })
})
