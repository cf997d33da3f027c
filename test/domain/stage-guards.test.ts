import t from 'tap'
import { caseDeadlines, decide, presets, type CaseState } from '../../src/domain/index.js'
import { cal } from './fixtures/calendar.js'
import { ctx, histories, policy, response, run, steps } from './fixtures/case.js'

const code = (r: ReturnType<typeof decide>) => (r.ok ? 'ok' : r.error.code)

t.test('the stage 2 response cannot come from a stage 1 handler, assigned reviewer or not', async (t) => {
  const s2 = run(histories.stage2_acknowledged ?? [])
  const respond = { type: 'respond_stage2' as const, agreesWithStage1: true, response: { ...response(2), findings: [] } }
  t.equal(code(decide(s2, respond, ctx('2026-01-20T09:00:00Z', 'handler-1'))), 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT', 'the stage 1 handler')
  const assigned = run([[{ type: 'assign_stage2', handler: 'reviewer-2' }, '2026-01-12T09:00:00Z']], policy, s2)
  t.equal(code(decide(assigned, respond, ctx('2026-01-20T09:00:00Z', 'handler-1'))), 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT', 'even after assigning someone else')
  t.equal(code(decide(assigned, respond, ctx('2026-01-20T09:00:00Z', 'reviewer-2'))), 'ok')
})

t.test('a refused extension is recorded only where the policy provides for it', async (t) => {
  const extend = { type: 'extend' as const, reason: 'Complex', toldPersonOn: '2026-01-05', ombudsmanDetailsGiven: true, workingDays: 5, personRefused: true }
  const wodc = run(histories.stage1_acknowledged ?? [])
  t.equal(code(decide(wodc, extend, ctx('2026-01-05T09:00:00Z'))), 'CASE.EXTENSION_REFUSAL_NOT_IN_POLICY', 'West Oxfordshire has no such provision')
  const ox = presets['oxford-draft']
  const oxford = run([steps.receive, steps.triage, steps.assign, steps.ack], ox)
  const r = decide(oxford, extend, ctx('2026-01-05T09:00:00Z', 'officer-1', ox))
  t.same(r.ok ? r.events.map((e) => e.type === 'extended' && e.personRefused) : r.error.code, [true], 'Oxford draft: the refusal is recorded')
})

t.test('an extension by date is held to the same ceiling as one by working days', async (t) => {
  const s = run(histories.stage1_acknowledged ?? [])
  const far = { type: 'extend' as const, reason: 'x', toldPersonOn: '2026-01-05', ombudsmanDetailsGiven: true, newDueDate: '2030-01-08', goodReason: 'y' }
  t.equal(code(decide(s, far, ctx('2026-01-05T09:00:00Z'))), 'CASE.EXTENSION_TOO_LONG')
})

t.test('after a withdrawal, duties not yet met lapse instead of reading as overdue', async (t) => {
  const acked = run(histories.stage1_acknowledged ?? [])
  const withdrawn: CaseState = run([[{ type: 'withdraw', withdrawnOn: '2025-12-23', how: 'by phone' }, '2025-12-23T10:00:00Z']], policy, acked)
  const kinds = caseDeadlines(withdrawn, policy, cal).map((d) => [d.kind, d.doneOn])
  t.same(kinds, [['stage1_acknowledgement', '2025-12-22']], 'the met acknowledgement stays; the open response duty is gone')
  t.same(caseDeadlines(acked, policy, cal).map((d) => d.kind), ['stage1_acknowledgement', 'stage1_response'], 'not withdrawn: both')
})
