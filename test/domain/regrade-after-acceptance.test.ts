import t from 'tap'
import { caseDeadlines, decide, evolve, findDeadline, type CaseState } from '../../src/domain/index.js'
import { cal } from './fixtures/calendar.js'
import { ctx, histories, policy, response, run } from './fixtures/case.js'

const downgrade = { type: 'downgrade', personAgreed: true, reason: 'Fix the bins first' } as const
const upgrade = { type: 'upgrade', reason: 'Still missed: wants to complain' } as const

t.test('an accepted complaint, downgraded and upgraded again, returns accepted with its first acknowledgement', async (t) => {
  const accepted = run(histories.stage1_acknowledged ?? [])
  const back = run([[downgrade, '2025-12-23T09:00:00Z'], [upgrade, '2025-12-29T09:00:00Z']], policy, accepted)
  t.equal(back.status, 'stage1_acknowledged', 'not triaged_complaint: the acceptance was made and told')
  t.same(back.stage1, accepted.stage1, 'the acknowledgement, its date and the handler are the first ones')
  t.same(back.acceptance, accepted.acceptance)
  const due = (s: CaseState) => findDeadline(caseDeadlines(s, policy, cal), 'stage1_response')?.due
  t.equal(due(back), due(accepted), 'the response clock still runs from the first acknowledgement')

  const again = decide(back, { type: 'acknowledge', decision: 'accepted' }, ctx('2025-12-30T09:00:00Z'))
  t.equal(again.ok ? null : again.error.code, 'CASE.ALREADY_ACKNOWLEDGED', 'a second acknowledgement is refused')
  t.equal(run([[{ type: 'respond_stage1', response: response(1) }, '2026-01-05T09:00:00Z', 'handler-1']], policy, back).status,
    'stage1_responded', 'and the case goes on to its stage 1 response')
})

t.test('a complaint upgraded before it was ever acknowledged still waits for its acknowledgement', async (t) => {
  const sr = run(histories.service_request ?? [])
  t.equal(run([[upgrade, '2025-12-19T12:00:00Z']], policy, sr).status, 'triaged_complaint')
})

t.test('a history stored before the fix (acceptance recorded, status triaged_complaint) is not acknowledged twice', async (t) => {
  const accepted = run(histories.stage1_acknowledged ?? [])
  const stale: CaseState = { ...accepted, status: 'triaged_complaint' }
  const r = decide(stale, { type: 'acknowledge', decision: 'refused', exclusionCodes: ['personnel_matter'], explanation: 'x', ombudsmanRightGiven: true }, ctx('2025-12-30T09:00:00Z'))
  t.equal(r.ok ? null : r.error.code, 'CASE.ALREADY_ACKNOWLEDGED')
  t.equal(evolve(stale, { type: 'upgraded', at: '2025-12-30T09:00:00Z', by: 'o', reason: null })?.status, 'stage1_acknowledged')
})
