import t from 'tap'
import { caseDeadlines, deadlineState, presets, twelveMonthTest, type Deadline } from '../../src/domain/index.js'
import { policy, receive, run, steps } from './fixtures/case.js'
import { cal } from './fixtures/calendar.js'

const byKind = (ds: Deadline[], kind: Deadline['kind']) => {
  const d = ds.find((x) => x.kind === kind)
  if (d === undefined) throw new Error(`no ${kind}`)
  return d
}

t.test('stage 1 deadlines, projected until acknowledged', async (t) => {
  const s = run([steps.receive, steps.triage])
  const ds = caseDeadlines(s, policy, cal)
  const ack = byKind(ds, 'stage1_acknowledgement')
  t.same([ack.due, ack.basis], ['2025-12-30', '5 working days after receipt on 2025-12-19'])
  const resp = byKind(ds, 'stage1_response')
  t.equal(resp.projected, true)
  t.equal(resp.due, '2026-01-14', '10 working days after 30 Dec (New Year skipped)')
  t.match(resp.basis, /acknowledgement due date 2025-12-30 \(projected/)
  const acked = run([steps.ack], policy, s)
  const real = byKind(caseDeadlines(acked, policy, cal), 'stage1_response')
  t.same([real.due, real.projected, real.basis], ['2026-01-08', false, '10 working days after acknowledgement on 2025-12-22'])
})

t.test('extensions add up; over the cap only with a good reason, flagged beyond the Code', async (t) => {
  const s = run([steps.receive, steps.triage, steps.ack])
  const ext = (workingDays: number, goodReason?: string) => ({
    type: 'extend' as const, reason: 'Complex', toldPersonOn: '2026-01-05', ombudsmanDetailsGiven: true, workingDays, ...(goodReason ? { goodReason } : {}),
  })
  const once = run([[ext(5), '2026-01-05T09:00:00Z']], policy, s)
  const twice = run([[ext(5), '2026-01-06T09:00:00Z']], policy, once)
  const d = byKind(caseDeadlines(twice, policy, cal), 'stage1_response')
  t.same([d.due, d.extendedByWorkingDays, d.beyondCode], ['2026-01-22', 10, false], '8 Jan + 10 working days')
  t.throws(() => run([[ext(1), '2026-01-07T09:00:00Z']], policy, twice), /CASE.EXTENSION_OVER_CAP/)
  const beyond = run([[ext(1, 'Awaiting a contractor report'), '2026-01-07T09:00:00Z']], policy, twice)
  t.same(byKind(caseDeadlines(beyond, policy, cal), 'stage1_response').beyondCode, true)
  t.throws(() => run([[{ ...ext(2), ombudsmanDetailsGiven: false }, '2026-01-07T09:00:00Z']], policy, s), /EXTENSION_NEEDS_OMBUDSMAN_DETAILS/)
  const byDate = run([[{ type: 'extend', reason: 'x', toldPersonOn: '2026-01-05', ombudsmanDetailsGiven: true, newDueDate: '2026-01-12' }, '2026-01-05T09:00:00Z']], policy, s)
  t.equal(byKind(caseDeadlines(byDate, policy, cal), 'stage1_response').extendedByWorkingDays, 2)
})

t.test('pausing moves the due date by the paused working days and reports them', async (t) => {
  const s = run([steps.receive, steps.triage, steps.ack, [{ type: 'pause', reason: 'Awaiting evidence' }, '2026-01-02T09:00:00Z']])
  t.equal(byKind(caseDeadlines(s, policy, cal), 'stage1_response').pausedSince, '2026-01-02')
  t.throws(() => run([[{ type: 'respond_stage1', response: {} }, '2026-01-03T09:00:00Z']], policy, s), /CASE.CLOCK_PAUSED/)
  const resumed = run([[{ type: 'resume' }, '2026-01-09T09:00:00Z']], policy, s)
  const d = byKind(caseDeadlines(resumed, policy, cal), 'stage1_response')
  t.same([d.pausedWorkingDays, d.due], [5, '2026-01-15'])
  t.match(d.basis, /\+ 5 working days paused/)
  const noPause = { ...presets['lgsco-2024'], id: policy.id }
  t.throws(() => run([[{ type: 'pause', reason: 'x' }, '2026-01-02T09:00:00Z']], noPause, run([steps.receive, steps.triage, steps.ack], noPause)), /PAUSE_NOT_ALLOWED/)
})

t.test('West Oxfordshire: window of 14 calendar days, stage 2 counted from the escalation request', async (t) => {
  const s = run([steps.receive, steps.triage, steps.assign, steps.ack, steps.respond1, steps.escalate])
  const ds = caseDeadlines(s, policy, cal)
  t.same(byKind(ds, 'escalation_window').due, '2026-01-19', '5 Jan + 14 calendar days')
  t.equal(byKind(ds, 'stage2_acknowledgement').due, '2026-01-15')
  const r2 = byKind(ds, 'stage2_response')
  t.same([r2.due, r2.basis], ['2026-02-05', '20 working days after the escalation request on 2026-01-08'])
})

t.test('the 12-month test at intake', async (t) => {
  t.same(twelveMonthTest('2024-12-19', '2025-12-19', policy), { withinLimit: true, limitDate: '2025-12-19' })
  t.same(twelveMonthTest('2024-12-18', '2025-12-19', policy), { withinLimit: false, limitDate: '2025-12-18' })
  t.same(twelveMonthTest('2024-02-29', '2025-03-01', policy), { withinLimit: false, limitDate: '2025-02-28' })
  const late = run([[receive('2025-12-19T10:00:00Z', '2024-06-01'), '2025-12-19T10:00:00Z'], steps.triage])
  t.throws(() => run([steps.ack], policy, late), /OUTSIDE_TIME_LIMIT_REASON_REQUIRED/)
  t.equal(run([[{ type: 'acknowledge', decision: 'accepted', outsideTimeLimitReason: 'Was abroad' }, '2025-12-22T09:00:00Z']], policy, late).status, 'stage1_acknowledged')
})

t.test('met, late, open and overdue', async (t) => {
  const d = { due: '2025-12-30', doneOn: null }
  t.equal(deadlineState(d, '2025-12-30T23:59:00Z'), 'open', 'due by the end of the day, London time')
  t.equal(deadlineState(d, '2026-03-31T23:30:00Z'), 'overdue')
  t.equal(deadlineState({ ...d, doneOn: '2025-12-30' }, '2026-01-10T00:00:00Z'), 'met')
  t.equal(deadlineState({ ...d, doneOn: '2025-12-31' }, '2026-01-10T00:00:00Z'), 'late')
  const lateAck = run([steps.receive, steps.triage, [{ type: 'acknowledge', decision: 'accepted' }, '2025-12-31T09:00:00Z']])
  t.equal(lateAck.stage1.acknowledgedLate, true, 'late acknowledgement allowed and recorded late')
})
