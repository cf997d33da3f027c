import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { act, createComplaint, get, step } from '../../helpers/complaints.js'
import { parseCsv } from '../../helpers/csv.js'
import { deadline, responseContent } from '../../helpers/lifecycle.js'

// Tuesday 10 March 2026, noon: the CRM keys in last week's work today.
const NOW = new Date('2026-03-10T12:00:00Z')
const app = await build(t, { now: () => NOW })

async function council(keyedLateAfterWorkingDays?: number) {
  const c = await seedCouncil(app)
  const team = await tokenFor(c, ['complaints_team'])
  if (keyedLateAfterWorkingDays !== undefined) {
    const admin = await tokenFor(c, ['admin'])
    const put = await app.inject({
      method: 'PUT', url: '/v1/councils/current/policy', headers: bearer(admin),
      payload: { preset: 'lgsco-2024', overrides: { keyedLateAfterWorkingDays } },
    })
    if (put.statusCode !== 200) throw new Error(put.body)
  }
  return team
}

/** Received Monday 2 March, triaged that day and acknowledged Thursday 5 March, all keyed in on 10 March. */
async function backdatedLife(team: string) {
  const c = await createComplaint(app, team, { receivedAt: '2026-03-02T10:00:00Z' })
  await step(app, team, c.id, 'triage', { as: 'complaint', occurredAt: '2026-03-02T11:00:00Z' })
  return step(app, team, c.id, 'acknowledgement', { decision: 'accepted', occurredAt: '2026-03-05T09:00:00Z' })
}

t.test('a back-dated acknowledgement is judged by when it happened', async (t) => {
  const team = await council()
  const acked = await backdatedLife(team)
  t.equal(acked.stage1.acknowledgedAt, '2026-03-05T09:00:00.000Z')
  t.equal(acked.stage1.acknowledgedOn, '2026-03-05')
  // Due Monday 9 March: keyed in on the 10th it would read late; it happened on the 5th.
  t.equal(acked.stage1.acknowledgedLate, false)
  t.same(acked.deadlines.find((d: { kind: string }) => d.kind === 'stage1_response')?.due, '2026-03-19', '10 working days from the real acknowledgement')
  t.same(acked.backdated, [
    { type: 'triaged', occurredAt: '2026-03-02T11:00:00.000Z', recordedAt: NOW.toISOString() },
    { type: 'acknowledged', occurredAt: '2026-03-05T09:00:00.000Z', recordedAt: NOW.toISOString() },
  ])

  const timeline = (await get(app, team, `/v1/complaints/${acked.id}/timeline`)).json().items
  const ack = timeline.find((e: { type: string }) => e.type === 'acknowledged')
  t.equal(ack.occurredAt, '2026-03-05T09:00:00.000Z')
  t.equal(ack.recordedAt, NOW.toISOString())
  t.notOk('recordedAt' in ack.data, 'the recording time is the entry\'s, not repeated in its data')
  const received = timeline.find((e: { type: string }) => e.type === 'case_received')
  t.equal(received.recordedAt, NOW.toISOString())

  const now = await step(app, team, acked.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
  t.equal(now.backdated.length, 2, 'an action without occurredAt happened now and is not listed')
})

t.test('occurredAt is never in the future nor before the previous event', async (t) => {
  const team = await council()
  const c = await createComplaint(app, team, { receivedAt: '2026-03-02T10:00:00Z' })

  const future = await act(app, team, c.id, 'triage', { as: 'complaint', occurredAt: '2026-03-10T12:30:00Z' })
  t.equal(future.statusCode, 422, future.body)
  t.equal(future.json().code, 'CASE.DATE_IN_FUTURE')
  t.same(future.json().missing, ['occurredAt'])

  const beforeReceipt = await act(app, team, c.id, 'triage', { as: 'complaint', occurredAt: '2026-03-02T09:59:00Z' })
  t.equal(beforeReceipt.statusCode, 422, beforeReceipt.body)
  t.equal(beforeReceipt.json().code, 'CASE.DATE_OUT_OF_ORDER')
  t.same(beforeReceipt.json().missing, ['occurredAt'])

  await step(app, team, c.id, 'triage', { as: 'complaint', occurredAt: '2026-03-04T10:00:00Z' })
  const beforeTriage = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted', occurredAt: '2026-03-03T10:00:00Z' })
  t.equal(beforeTriage.statusCode, 422, 'not before the event it follows')
  t.equal(beforeTriage.json().code, 'CASE.DATE_OUT_OF_ORDER')

  const notAnInstant = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted', occurredAt: 'yesterday' })
  t.equal(notAnInstant.statusCode, 400, 'the contract\'s format')

  const skew = await step(app, team, c.id, 'acknowledgement', { decision: 'accepted', occurredAt: '2026-03-10T12:01:00Z' })
  t.equal(skew.stage1.acknowledgedAt, NOW.toISOString(), 'a minute ahead (a CRM\'s clock) is read as now')
  t.same(skew.backdated, [{ type: 'triaged', occurredAt: '2026-03-04T10:00:00.000Z', recordedAt: NOW.toISOString() }])
})

t.test('a back-dated response and escalation: dates, lateness and the window follow when they happened', async (t) => {
  const team = await council()
  const acked = await backdatedLife(team)
  await step(app, team, acked.id, 'assignment', { serviceArea: 'waste', handler: 'bob', occurredAt: '2026-03-05T10:00:00Z' })
  const responded = await step(app, team, acked.id, 'stage1-response', { response: responseContent(1, ['upheld']), occurredAt: '2026-03-06T16:00:00Z' })
  t.equal(responded.stage1.response.respondedOn, '2026-03-06')
  t.equal(responded.stage1.response.late, false)
  const early = await act(app, team, acked.id, 'escalation', { channel: 'email', occurredAt: '2026-03-06T15:00:00Z' })
  t.equal(early.statusCode, 422, 'not before the response it follows')
  const escalated = await step(app, team, acked.id, 'escalation', { channel: 'email', occurredAt: '2026-03-09T09:30:00Z' })
  t.equal(escalated.escalation.requestedAt, '2026-03-09T09:30:00.000Z', 'requestedAt defaults to occurredAt')
  t.equal(escalated.escalation.requestedOn, '2026-03-09')
  t.equal(deadline(escalated, 'stage2_acknowledgement')?.due, '2026-03-16', '5 working days from the real request')
})

t.test('the data-quality figure counts actions keyed in more than N working days late, N per council policy', async (t) => {
  // Triage keyed 6 working days after it happened (2 -> 10 March), the acknowledgement 3 (5 -> 10 March).
  const byDefault = await council()
  await backdatedLife(byDefault)
  const strict = await council(2)
  await backdatedLife(strict)
  await backdatedLife(strict)
  const figures = async (token: string) =>
    (await get(app, token, '/v1/reports/performance?from=2026-03-01&to=2026-03-31')).json().total.dataQuality
  t.same(await figures(byDefault), { actionsKeyedLate: 1, casesWithActionsKeyedLate: 1 }, 'default 5: only the triage')
  t.same(await figures(strict), { actionsKeyedLate: 4, casesWithActionsKeyedLate: 2 }, '2: both actions of both cases')

  t.test('the annual report gives it to the committee: JSON, CSV and the printed page', async (t) => {
    // 2 to 10 March 2026 falls in the financial year 2025-26.
    const annual = async (token: string, accept = 'application/json') =>
      app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...bearer(token), accept } })
    const lenient = (await annual(byDefault)).json()
    t.same(lenient.dataQuality, { keyedLateAfterWorkingDays: 5, received: 1, casesWithActionsKeyedLate: 1, percentOfReceived: 100, actionsKeyedLate: 1 })
    const quiet = await council()
    await createComplaint(app, quiet, { receivedAt: '2026-03-02T10:00:00Z' })
    await backdatedLife(quiet)
    t.same((await annual(quiet)).json().dataQuality, { keyedLateAfterWorkingDays: 5, received: 2, casesWithActionsKeyedLate: 1, percentOfReceived: 50, actionsKeyedLate: 1 },
      'a share of the contacts received')
    const json = (await annual(strict)).json()
    t.same(json.dataQuality, { keyedLateAfterWorkingDays: 2, received: 2, casesWithActionsKeyedLate: 2, percentOfReceived: 100, actionsKeyedLate: 4 }, 'the threshold of the council\'s policy')
    t.match(json.trends.figures.find((f: { key: string }) => f.key === 'casesKeyedLate'), { thisPeriod: 2, samePeriodLastYear: 0, change: 2 })

    const rows = parseCsv((await annual(strict, 'text/csv')).body)
    const value = (measure: string) => rows.filter((r) => r[0] === 'data_quality' && r[3] === measure).map((r) => r[4])
    t.same(value('casesWithActionsKeyedLate'), ['2'])
    t.same(value('actionsKeyedLate'), ['4'])
    t.same(value('keyedLateAfterWorkingDays'), ['2'])

    const html = (await annual(strict, 'text/html')).body
    t.match(html, /<li><a href="#data-quality">Data quality: how promptly records are kept<\/a><\/li>/, 'in the contents')
    t.match(html, /<p>2 of the 2 contacts received in the period \(100%\) had at least one step recorded more than 2 working days after it happened: 4 steps in all\.<\/p>/)
    t.match(html, /timeliness figures above are not changed by late recording/)
    const none = (await annual(await council(), 'text/html')).body
    t.match(none, /No contacts were received in the period\./)
  })
})
