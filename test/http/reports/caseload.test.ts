/** The caseload report: who holds the open cases now, named by the staff records (issue #11). */
import t from 'tap'
import { bearer, tokenFor } from '../../helpers/build.js'
import { parseCsv } from '../../helpers/csv.js'
import { deadline, life, openComplaint, responseContent } from '../../helpers/lifecycle.js'

t.test('the open caseload by holder, named, adding up to the performance report\'s open caseload', async (t) => {
  const l = await life(t)
  const early = await openComplaint(l, { handler: 'bob' })
  const reviewed = await openComplaint(l, { handler: 'dave' })
  await l.act(reviewed, 'stage1-response', { response: responseContent(1, ['not_upheld']) }, await l.as('dave'))
  await l.act(reviewed, 'escalation', { channel: 'email' })
  await l.act(reviewed, 'stage2-assignment', { handler: 'dora' })
  const answered = await openComplaint(l, { handler: 'carol' })
  await l.act(answered, 'stage1-response', { response: responseContent(1, ['upheld']) }, await l.as('carol'))

  // A month on: bob's first case is past its response date, his second is not; one contact is not yet triaged.
  l.at('2026-02-02T10:00:00Z')
  const recent = await openComplaint(l, { handler: 'bob' })
  const untriaged = await l.app.inject({ method: 'POST', url: '/v1/complaints', headers: l.team, payload: { channel: 'email', anonymous: true, summary: 'Bins' } })
  t.equal(untriaged.statusCode, 201)

  const get = (headers: Record<string, string> = l.team) => l.app.inject({ method: 'GET', url: '/v1/reports/caseload', headers })
  const r = await get()
  t.equal(r.statusCode, 200, r.body)
  const report = r.json()
  t.equal(report.asAt, '2026-02-02')
  const bob = report.holders.find((h: { subject: string }) => h.subject === 'bob')
  const earlyCase = await l.get(early)
  const recentCase = await l.get(recent)
  t.match(bob, { displayName: 'Staff bob', active: true, open: 2, stage1: 2, stage2: 0, overdue: 1, nextDueOn: deadline(earlyCase, 'stage1_response')!.due })
  t.ok(deadline(recentCase, 'stage1_response')!.due > '2026-02-02', 'the second case is not yet due')
  t.match(report.holders.find((h: { subject: string }) => h.subject === 'dora'), { displayName: 'Staff dora', open: 1, stage1: 0, stage2: 1 },
    'a stage 2 duty is the reviewer\'s, not the stage 1 handler\'s')
  t.notOk(report.holders.some((h: { subject: string }) => h.subject === 'dave' || h.subject === 'carol'),
    'nobody holds a case whose stage they finished, nor one awaiting the person\'s decision to escalate')
  t.match(report.unassigned, { open: 1, stage1: 1 })
  t.equal(report.holders[0].subject, 'bob', 'the most overdue first')

  const sum = (k: string) => report.holders.reduce((n: number, h: Record<string, number>) => n + h[k]!, report.unassigned[k] as number)
  for (const k of ['open', 'stage1', 'stage2', 'overdue', 'dueWithin5WorkingDays', 'correspondenceGaps']) t.equal(sum(k), report.total[k], `holders and unassigned add up to the total ${k}`)

  const performance = await l.app.inject({ method: 'GET', url: '/v1/reports/performance?from=2026-01-01&to=2026-02-28', headers: l.team })
  const { open, stage1, stage2, overdue, dueWithin5WorkingDays } = report.total
  t.same(performance.json().openNow, { open, stage1, stage2, overdue, dueWithin5WorkingDays }, 'the same figures as the performance report\'s open caseload')

  t.test('a leaver still holding cases shows as not active, to be reassigned', async (t) => {
    const admin = bearer(await tokenFor(l.council, ['admin'], 'admin-1'))
    const put = await l.app.inject({
      method: 'PUT', url: '/v1/councils/current/staff/bob', headers: admin,
      payload: { displayName: 'Robert Jones', mayHandleStage1: true, mayReviewStage2: true, active: false },
    })
    t.equal(put.statusCode, 200, put.body)
    const after = (await get()).json()
    t.match(after.holders.find((h: { subject: string }) => h.subject === 'bob'), { displayName: 'Robert Jones', active: false, open: 2 })
  })

  t.test('as CSV: a row per holder, then the unassigned and the total', async (t) => {
    const csv = await get({ ...l.team, accept: 'text/csv' })
    t.equal(csv.statusCode, 200)
    t.match(csv.headers['content-type'], /^text\/csv/)
    const rows = parseCsv(csv.body)
    const header = rows[0]!
    t.same(header, ['asAt', 'subject', 'displayName', 'active', 'open', 'stage1', 'stage2', 'overdue', 'dueWithin5WorkingDays', 'correspondenceGaps', 'nextDueOn'])
    const byName = new Map(rows.slice(1).map((row) => [row[2], Object.fromEntries(header.map((h, i) => [h, row[i]]))]))
    t.match(byName.get('Staff dora'), { subject: 'dora', active: 'true', open: '1', stage2: '1' })
    t.match(byName.get('(total)'), { subject: '', open: String(report.total.open) })
    t.match(byName.get('(unassigned)'), { open: '1' })
  })

  t.test('readers of reports only', async (t) => {
    t.equal((await get(await l.as('bob'))).statusCode, 403, 'a handler sees their own work in the queue, not everyone\'s caseload')
    t.equal((await get(bearer(await tokenFor(l.council, ['reporting'], 'rep')))).statusCode, 200)
    t.equal((await l.app.inject({ method: 'GET', url: '/v1/reports/caseload' })).statusCode, 401)
  })
})
