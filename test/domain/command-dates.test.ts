import t from 'tap'
import { decide, twelveMonthTest, type CaseCommand } from '../../src/domain/index.js'
import { ctx, histories, policy, receive, response, run } from './fixtures/case.js'

const code = (r: ReturnType<typeof decide>) => (r.ok ? 'ok' : r.error.code)
const missing = (r: ReturnType<typeof decide>) => (r.ok ? [] : r.error.missing)

t.test('a date the pattern lets through but the calendar does not have is refused, naming the field', async (t) => {
  const r = decide(null, receive('2025-12-19T10:00:00Z', '2025-02-30'), ctx('2025-12-19T10:00:00Z'))
  t.same([code(r), missing(r)], ['CASE.INVALID_DATE', ['awareOn']], 'awareOn 30 February would give a wrong 12-month test')
  const responded = run(histories.stage1_responded ?? [])
  const badRemedy = decide(run(histories.stage1_acknowledged ?? []), {
    type: 'respond_stage1', response: { ...response(1), remedies: [{ type: 'apology', description: 'x', dueDate: '2026-13-01' }] },
  }, ctx('2026-01-05T09:00:00Z'))
  t.same([code(badRemedy), missing(badRemedy)], ['CASE.INVALID_DATE', ['response.remedies.0.dueDate']])
  const done = decide(responded, { type: 'complete_action', actionId: 's1-a1', completedOn: '2026-02-29' }, ctx('2026-03-05T09:00:00Z'))
  t.same([code(done), missing(done)], ['CASE.INVALID_DATE', ['completedOn']], '2026 is not a leap year')
})

t.test('facts already done cannot be dated in the future', async (t) => {
  const responded = run(histories.stage1_responded ?? [])
  const now = '2026-01-06T09:00:00Z'
  const cases: [CaseCommand, string][] = [
    [{ type: 'complete_remedy', remedyId: 's1-r1', completedOn: '2026-01-20' }, 'completedOn'],
    [{ type: 'complete_action', actionId: 's1-a1', completedOn: '2026-01-07' }, 'completedOn'],
    [{ type: 'refer_to_ombudsman', referredOn: '2026-01-07', reference: '1' }, 'referredOn'],
  ]
  for (const [c, field] of cases) t.same([code(decide(responded, c, ctx(now))), missing(decide(responded, c, ctx(now)))], ['CASE.DATE_IN_FUTURE', [field]], c.type)
  const acked = run(histories.stage1_acknowledged ?? [])
  const told = decide(acked, { type: 'extend', reason: 'x', toldPersonOn: '2026-01-09', ombudsmanDetailsGiven: true, workingDays: 2 }, ctx('2026-01-05T09:00:00Z'))
  t.same([code(told), missing(told)], ['CASE.DATE_IN_FUTURE', ['toldPersonOn']], 'the person cannot have been told tomorrow')
  const referred = run([[{ type: 'refer_to_ombudsman', referredOn: '2026-01-06', reference: '1' }, now]], policy, responded)
  const decided = decide(referred, { type: 'record_ombudsman_decision', decidedOn: '2026-02-01', decision: 'no_fault', recommendedRemedies: [] }, ctx(now))
  t.equal(code(decided), 'CASE.DATE_IN_FUTURE', 'the Ombudsman cannot have decided next month')
  t.equal(code(decide(referred, { type: 'complete_remedy', remedyId: 's1-r1', completedOn: '2026-01-06' }, ctx(now))), 'ok', 'today is fine')
})

t.test('a receipt with a typo\'d year is refused at intake instead of bricking the case', async (t) => {
  const r = decide(null, receive('1825-12-19T10:00:00Z', null), ctx('2025-12-19T10:00:00Z'))
  t.equal(code(r), 'CALENDAR.OUT_OF_RANGE')
})

t.test('the 12-month test refuses dates that do not exist rather than comparing strings', async (t) => {
  t.throws(() => twelveMonthTest('garbage', '2026-01-01', policy), { code: 'CALENDAR.INVALID_DATE' })
  t.throws(() => twelveMonthTest('2025-02-30', '2026-01-01', policy), { code: 'CALENDAR.INVALID_DATE' })
  t.throws(() => twelveMonthTest('2025-02-01', '2026-02-30', policy), { code: 'CALENDAR.INVALID_DATE' })
})
