import t from 'tap'
import { caseAlerts, dueAlerts, nextAlertOn, workingDaysBefore } from '../../src/domain/index.js'
import { histories, policy, run, steps } from './fixtures/case.js'
import { cal } from './fixtures/calendar.js'

t.test('working days before a date skip weekends and bank holidays', async (t) => {
  t.equal(workingDaysBefore(cal, '2026-01-19', 2), '2026-01-15', 'Monday 19 January: Thursday 15th')
  t.equal(workingDaysBefore(cal, '2025-12-30', 2), '2025-12-24', 'Tuesday 30 December: over the weekend, Christmas and Boxing Day')
  t.equal(workingDaysBefore(cal, '2026-04-07', 1), '2026-04-02', 'Tuesday after Easter: Maundy Thursday (Good Friday, Easter Monday off)')
})

t.test('what a case has due on a date', async (t) => {
  // Received Friday 19 December 2025: acknowledgement due Tuesday 30 December (projected response 14 January).
  const received = run([steps.receive, steps.triage])
  const alerts = caseAlerts(received, policy, cal)
  t.same(dueAlerts(alerts, '2025-12-23').map((a) => a.key), [])
  t.same(dueAlerts(alerts, '2025-12-24').map((a) => a.key), ['deadline_approaching:stage1_acknowledgement:2025-12-30'])
  t.same(dueAlerts(alerts, '2025-12-31').map((a) => a.key), ['deadline_missed:stage1_acknowledgement:2025-12-30'], 'past the date: missed, no longer approaching')
  t.equal(nextAlertOn(alerts, '2025-12-24'), '2025-12-31', 'the next one to come due')

  const acknowledged = run([steps.receive, steps.triage, steps.ack])
  t.notOk(caseAlerts(acknowledged, policy, cal).some((a) => a.key.includes('stage1_acknowledgement')), 'a met duty raises nothing')

  const paused = run([steps.receive, steps.triage, steps.ack, [{ type: 'pause', reason: 'Awaiting evidence' }, '2026-01-02T09:00:00Z']])
  t.same(caseAlerts(paused, policy, cal).map((a) => a.key), [], 'a running pause stops the clock: nothing approaches or is missed')

  for (const status of ['withdrawn', 'closed', 'refused', 'signposted', 'service_request', 'stage2_responded']) {
    const s = run(histories[status]!)
    t.notOk(caseAlerts(s, policy, cal).some((a) => a.type.startsWith('deadline')), `${status}: no duty alerts`)
  }
})

t.test('open remedies are overdue the day after their date, whatever the case\'s status', async (t) => {
  const s = run(histories.stage2_responded!)
  const remedy = caseAlerts(s, policy, cal).filter((a) => a.type === 'remedy_overdue')
  t.same(remedy.map((a) => [a.key, a.from]), [['remedy_overdue:s1-r1:2026-01-20', '2026-01-21'], ['remedy_overdue:s2-r1:2026-01-20', '2026-01-21']])
})
