import t from 'tap'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { createComplaint, get, queueIds, step } from '../../helpers/complaints.js'

// Wednesday 14 January 2026.
const NOW = new Date('2026-01-14T10:00:00Z')

t.test('the work queue', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  const bob = await tokenFor(council, ['handler'], 'bob')

  // Next due dates: A 9 Jan (overdue), F 15 Jan, B 19 Jan, C/G/H 21 Jan, D 28 Jan (response), E none.
  const a = await createComplaint(app, team, { receivedAt: '2026-01-02T10:00:00Z', channel: 'web_form' })
  const b = await createComplaint(app, team, { receivedAt: '2026-01-12T10:00:00Z', channel: 'email', sensitive: true })
  const c = await createComplaint(app, team, { receivedAt: '2026-01-14T09:00:00Z', channel: 'phone', serviceAreas: ['housing'] })
  const d = await createComplaint(app, team, { receivedAt: '2026-01-07T10:00:00Z', channel: 'letter' })
  await step(app, team, d.id, 'triage', { as: 'complaint' })
  await step(app, team, d.id, 'acknowledgement', { decision: 'accepted' })
  await step(app, team, d.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
  const e = await createComplaint(app, team, { receivedAt: '2026-01-13T10:00:00Z', channel: 'web_form' })
  await step(app, team, e.id, 'triage', { as: 'service_request' })
  const e2 = await createComplaint(app, team, { receivedAt: '2026-01-13T11:00:00Z', channel: 'web_form' })
  await step(app, team, e2.id, 'triage', { as: 'signposted', signpostedTo: 'Oxfordshire County Council', reason: 'Highways' })
  const f = await createComplaint(app, team, { receivedAt: '2026-01-08T10:00:00Z', channel: 'email' })
  await step(app, team, f.id, 'triage', { as: 'complaint' })
  await step(app, team, f.id, 'assignment', { serviceArea: 'housing', handler: 'carol' })
  const g = await createComplaint(app, team, { receivedAt: '2026-01-14T08:00:00Z', channel: 'in_person' })
  const h = await createComplaint(app, team, { receivedAt: '2026-01-14T08:30:00Z', channel: 'in_person' })
  const [cgh1, cgh2, cgh3] = [c.id, g.id, h.id].sort()
  const NOTHING_DUE = [e.id, e2.id].sort()
  const ALL = [a.id, f.id, b.id, cgh1, cgh2, cgh3, d.id, ...NOTHING_DUE]

  t.test('sorted by next due date, ties by id, cases with nothing due last', async (t) => {
    const res = await get(app, team, '/v1/complaints?limit=100')
    t.equal(res.statusCode, 200, res.body)
    const items = res.json().items
    t.same(items.map((i: { id: string }) => i.id), ALL)
    t.same(items.map((i: { nextDue: { due: string } | null }) => i.nextDue?.due ?? null),
      ['2026-01-09', '2026-01-15', '2026-01-19', '2026-01-21', '2026-01-21', '2026-01-21', '2026-01-28', null, null])
    t.equal(res.json().nextCursor, null, 'one page holds them all')
    t.match(items[0], { id: a.id, overdue: true, status: 'received', channel: 'web_form', reference: a.reference })
    t.equal(items[1].overdue, false)
    for (const item of items) {
      t.notOk('person' in item || 'summary' in item, 'a queue item carries no personal data')
    }
  })

  t.test('filters', async (t) => {
    const cases: Array<[string, string[]]> = [
      ['status=received', [a.id, b.id, cgh1, cgh2, cgh3]],
      ['status=triaged_complaint', [f.id]],
      ['status=stage1_acknowledged', [d.id]],
      ['status=service_request', [e.id]],
      ['status=signposted', [e2.id]],
      ['kind=complaint', [f.id, d.id]],
      ['stage=1', ALL],
      ['stage=2', []],
      ['handler=carol', [f.id]],
      ['handler=bob', [d.id]],
      ['handler=me', []],
      ['serviceArea=housing', [f.id, c.id]],
      ['serviceArea=waste', [d.id]],
      ['channel=email', [f.id, b.id]],
      ['channel=in_person', [g.id, h.id].sort()],
      ['receivedFrom=2026-01-08T00:00:00Z&receivedTo=2026-01-13T00:00:00Z', [f.id, b.id]],
      ['receivedFrom=2026-01-14T08:30:00Z', [cgh1, cgh2, cgh3].filter((id) => id !== g.id)],
      ['receivedTo=2026-01-07T10:00:00Z', [a.id]],
      ['overdue=true', [a.id]],
      ['overdue=false', ALL.slice(1)],
      ['dueWithinWorkingDays=0', [a.id]],
      ['dueWithinWorkingDays=1', [a.id, f.id]],
      ['dueWithinWorkingDays=5', [a.id, f.id, b.id, cgh1, cgh2, cgh3]],
      ['sensitive=true', [b.id]],
      ['sensitive=false', ALL.filter((id) => id !== b.id)],
      ['status=received&channel=in_person&dueWithinWorkingDays=5', [g.id, h.id].sort()],
    ]
    for (const [query, expected] of cases) {
      t.same(await queueIds(app, team, `${query}&limit=100`), expected, query)
    }
  })

  t.test('handler=me is the caller\'s own queue', async (t) => {
    t.same(await queueIds(app, bob, 'handler=me'), [d.id])
    t.same(await queueIds(app, bob, ''), [d.id], 'a handler sees only assigned cases anyway')
  })

  t.test('cursor pagination walks every case once, in order, and is stable', async (t) => {
    const walk = async (query: string, limit = 2) => {
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const res = await get(app, team, `/v1/complaints?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
        t.equal(res.statusCode, 200, res.body)
        const items = res.json().items as Array<{ id: string }>
        t.ok(items.length <= limit)
        seen.push(...items.map((i) => i.id))
        cursor = res.json().nextCursor
        pages += 1
        if (pages > 30) throw new Error('the cursor never ends')
      } while (cursor !== null)
      return { seen, pages }
    }
    const first = await walk('')
    t.same(first.seen, ALL, 'no duplicates, no gaps, the same order as one page')
    t.equal(first.pages, 5)
    const single = await walk('', 1)
    t.same(single.seen, ALL, 'one at a time too, across equal due dates and past the cases with nothing due')
    t.equal(single.pages, ALL.length, 'the last item\'s page says there is no more')
    t.same((await walk('')).seen, first.seen, 'stable')
    t.same((await walk('&status=received')).seen, [a.id, b.id, cgh1, cgh2, cgh3], 'pagination keeps the filter')

    const last = await get(app, team, `/v1/complaints?limit=${ALL.length}`)
    t.equal(last.json().nextCursor, null, 'an exact last page has no next cursor')
  })

  t.test('a case added behind the cursor does not shift the pages', async (t) => {
    const page1 = await get(app, team, '/v1/complaints?limit=2')
    const late = await createComplaint(app, team, { receivedAt: '2025-12-01T10:00:00Z' })
    const page2 = await get(app, team, `/v1/complaints?limit=2&cursor=${encodeURIComponent(page1.json().nextCursor)}`)
    t.same(page2.json().items.map((i: { id: string }) => i.id), [b.id, cgh1], 'the next page continues where the first ended')
    t.same((await queueIds(app, team, 'limit=1'))[0], late.id, 'the new, most overdue case leads a fresh walk')
  })

  t.test('a cursor this API did not issue is 400', async (t) => {
    const forge = (c: unknown) => Buffer.from(JSON.stringify(c)).toString('base64url')
    const forged = forge({ due: '2026-01-01', id: 'not-a-uuid' })
    // Shaped like the real thing, but PostgreSQL would reject them: an impossible date, a uuid of dashes.
    const badDate = forge({ due: '2026-13-45', id: a.id })
    const dashes = forge({ due: null, id: '-'.repeat(36) })
    for (const cursor of ['nonsense', 'e30', forged, Buffer.from('[1,2]').toString('base64url'), badDate, dashes]) {
      const res = await get(app, team, `/v1/complaints?cursor=${cursor}`)
      t.equal(res.statusCode, 400, cursor)
      t.match(res.json(), { code: 'VALIDATION', errors: [{ location: 'querystring', field: '/cursor' }] }, cursor)
    }
  })

  t.test('bad query parameters name the field', async (t) => {
    const cases: Array<[string, string]> = [
      ['limit=0', '/limit'], ['limit=101', '/limit'], ['status=lost', '/status'], ['stage=3', '/stage'],
      ['receivedFrom=yesterday', '/receivedFrom'], ['overdue=perhaps', '/overdue'], ['colour=blue', '/colour'],
    ]
    for (const [query, field] of cases) {
      const res = await get(app, team, `/v1/complaints?${query}`)
      t.equal(res.statusCode, 400, query)
      t.ok(res.json().errors?.some((e: { field: string }) => e.field === field), `${query}: ${res.body}`)
    }
  })
})
