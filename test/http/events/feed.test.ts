import t from 'tap'
import { appendEvents } from '../../../src/db/case.repository.js'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { usingPostgres } from '../../helpers/database.js'
import { act, createComplaint, get, step, triagedComplaint } from '../../helpers/complaints.js'

const NOW = new Date('2026-01-05T10:00:00Z')

async function page(app: any, token: string, query: string) {
  const res = await get(app, token, `/v1/events${query ? `?${query}` : ''}`)
  if (res.statusCode !== 200) throw new Error(`feed answered ${res.statusCode}: ${res.body}`)
  return res.json() as { items: any[]; nextCursor: string | null }
}

t.test('the event feed', async (t) => {
  // No polling timer to speak of: a long-poll that returns early was woken by the write itself.
  const app = await build(t, { now: () => NOW, env: { EVENTS_POLL_MS: '60000' } })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'])
  const crm = await tokenFor(council, ['integration'], 'crm')

  t.test('every change of a case, in order, thin, and a cursor that continues', async (t) => {
    const empty = await page(app, crm, '')
    t.same(empty, { items: [], nextCursor: null }, 'an empty log read from the start')
    const c = await triagedComplaint(app, team)
    const accepted = await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    const res = await get(app, crm, '/v1/events')
    t.notMatch(res.body, /Pat Doe|pat@example\.org|Bins missed/, 'no personal data or complaint text')
    const first = res.json()
    t.same(first.items.map((e: any) => [e.type, e.caseVersion]), [['case.received', 1], ['case.triaged', 2], ['case.acknowledged', 3]])
    t.ok(first.items.every((e: any) => e.caseId === c.id && e.reference === c.reference && /^evt_\d+$/.test(e.id)))
    t.equal(accepted.version, 3, 'the last event carries the case\'s new version')
    t.same(await page(app, crm, `after=${first.nextCursor}`), { items: [], nextCursor: first.nextCursor }, 'nothing new: the same cursor back')

    const other = await createComplaint(app, team)
    const next = await page(app, crm, `after=${first.nextCursor}`)
    t.same(next.items.map((e) => [e.type, e.caseId]), [['case.received', other.id]], 'only what came after the cursor')
    const limited = await page(app, crm, 'limit=2')
    t.equal(limited.items.length, 2)
    const rest = await page(app, crm, `after=${limited.nextCursor}`)
    t.same([...limited.items, ...rest.items].map((e) => e.id), [...first.items, ...next.items].map((e) => e.id), 'pages join without gap or repeat')
  })

  t.test('types= keeps only the types asked for', async (t) => {
    const c = await triagedComplaint(app, team)
    const got = await page(app, crm, 'types=case.triaged,deadline.missed&limit=500')
    t.ok(got.items.length >= 1)
    t.ok(got.items.every((e) => e.type === 'case.triaged'))
    t.ok(got.items.some((e) => e.caseId === c.id))
  })

  t.test('a long-poll answers as soon as an event commits', async (t) => {
    const start = await page(app, crm, 'limit=500')
    const waiting = get(app, crm, `/v1/events?after=${start.nextCursor}&wait=20`)
    await new Promise((resolve) => setImmediate(resolve))
    const c = await createComplaint(app, team)
    const res = await waiting
    t.same(res.json().items.map((e: any) => [e.type, e.caseId]), [['case.received', c.id]])
  })

  t.test('a long-poll with nothing new answers empty when the wait is over', async (t) => {
    const start = await page(app, crm, 'limit=500')
    const res = await page(app, crm, `after=${start.nextCursor}&wait=1`)
    t.same(res, { items: [], nextCursor: start.nextCursor })
  })

  t.test('who may read it, and bad input', async (t) => {
    t.equal((await get(app, await tokenFor(council, ['handler']), '/v1/events')).statusCode, 403)
    t.equal((await get(app, await tokenFor(council, ['reporting']), '/v1/events')).statusCode, 403)
    t.equal((await get(app, await tokenFor(council, ['admin']), '/v1/events')).statusCode, 200)
    t.equal((await get(app, null, '/v1/events')).statusCode, 401)
    const forged = await get(app, crm, `/v1/events?after=${Buffer.from('1; drop table cases').toString('base64url')}`)
    t.equal(forged.statusCode, 400)
    t.equal(forged.json().code, 'EVENTS.INVALID_CURSOR')
    const unknown = await get(app, crm, '/v1/events?types=case.exploded')
    t.equal(unknown.statusCode, 400)
    t.match(unknown.json().detail, /case\.exploded/)
    t.equal((await get(app, crm, '/v1/events?wait=31')).statusCode, 400, 'the wait is bounded')
  })

  t.test('another council\'s events are not in the feed', async (t) => {
    const elsewhere = await seedCouncil(app)
    const theirs = await createComplaint(app, await tokenFor(elsewhere, ['complaints_team']))
    const mine = await page(app, crm, 'limit=500')
    t.notOk(mine.items.some((e) => e.caseId === theirs.id))
    const theirFeed = await page(app, await tokenFor(elsewhere, ['integration']), '')
    t.same(theirFeed.items.map((e) => e.caseId), [theirs.id])
  })
})

const skip = usingPostgres() ? false : 'holds a transaction open beside others: PostgreSQL only (PGlite has one connection)'

t.test('a transaction that commits late is never skipped', { skip }, async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'])
  const crm = await tokenFor(council, ['integration'])
  const a = await createComplaint(app, team)
  const start = await page(app, crm, '')

  // The slow transaction takes the earlier log position, then a quick one commits after it.
  const slow = await app.db.startTransaction().execute()
  await appendEvents(slow, a.id, council.id, 100, [{ type: 'related_issue_added', actor: 'slow', occurredAt: NOW.toISOString(), data: {} }], 1)
  const b = await createComplaint(app, team)
  const during = await page(app, crm, `after=${start.nextCursor}`)
  t.same(during.items, [], 'the quick commit waits behind the open transaction')
  await slow.commit().execute()
  const after = await page(app, crm, `after=${during.nextCursor}`)
  t.same(after.items.map((e) => e.caseId), [a.id, b.id], 'both arrive, the late one first: nothing was skipped')
})

t.test('concurrent changes: each case\'s events in the order they happened', { skip }, async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'])
  const crm = await tokenFor(council, ['integration'])
  const cases = await Promise.all([1, 2, 3].map(() => createComplaint(app, team)))
  const answers = await Promise.all(cases.flatMap((c) => Array.from({ length: 6 }, (_, i) => act(app, team, c.id, 'related-issues', { summary: `Also issue ${i}` }))))
  t.ok(answers.every((r) => r.statusCode === 200), answers.map((r) => r.statusCode).join(','))
  const { items } = await page(app, crm, 'limit=500')
  t.equal(items.length, 3 + 18)
  for (const c of cases) {
    const versions = items.filter((e) => e.caseId === c.id).map((e) => e.caseVersion)
    t.same(versions, [1, 2, 3, 4, 5, 6, 7], `case ${c.reference} in version order`)
  }
})
