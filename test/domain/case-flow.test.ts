import t from 'tap'
import { decide, effectiveStatus, evolve, presets, replay, type CaseEvent, type CaseState } from '../../src/domain/index.js'
import { ctx, histories, policy, response, run, steps } from './fixtures/case.js'

t.test('triage: upgrade, downgrade only with agreement, signposting needs details', async (t) => {
  const sr = run(histories.service_request ?? [])
  t.equal(run([[{ type: 'upgrade', reason: 'Wants to complain' }, '2025-12-19T12:00:00Z']], policy, sr).status, 'triaged_complaint')
  const complaint = run([steps.receive, steps.triage])
  t.throws(() => run([[{ type: 'downgrade', personAgreed: false, reason: 'x' }, '2025-12-19T12:00:00Z']], policy, complaint), /DOWNGRADE_NEEDS_AGREEMENT/)
  t.equal(run([[{ type: 'downgrade', personAgreed: true, reason: 'x' }, '2025-12-19T12:00:00Z']], policy, complaint).status, 'service_request')
  const received = run([steps.receive])
  const r = decide(received, { type: 'triage', as: 'signposted' }, ctx('2025-12-19T12:00:00Z'))
  t.same(r.ok ? [] : [r.error.code, r.error.missing], ['CASE.SIGNPOST_DETAILS_REQUIRED', ['signpostedTo', 'reason']])
})

t.test('refusal names catalogue entries of the policy', async (t) => {
  const s = run([steps.receive, steps.triage])
  const refuse = (exclusionCodes: string[]) =>
    decide(s, { type: 'acknowledge', decision: 'refused', exclusionCodes, explanation: 'x', ombudsmanRightGiven: true }, ctx('2025-12-22T09:00:00Z'))
  const unknown = refuse(['noise'])
  t.same(unknown.ok ? null : [unknown.error.code, unknown.error.missing], ['CASE.UNKNOWN_EXCLUSION', ['noise']], 'noise is Runnymede\'s, not this council\'s')
  const none = refuse([])
  t.equal(none.ok ? null : none.error.code, 'CASE.REFUSAL_NEEDS_EXCLUSION')
  t.equal(refuse(['data_protection']).ok, true)
})

t.test('responses: missing elements named; scheme enforced', async (t) => {
  const s = run([steps.receive, steps.triage, steps.ack])
  const r = decide(s, { type: 'respond_stage1', response: { stage: 1, findings: [{ aspect: 'a', finding: 'upheld' }] } }, ctx('2026-01-05T09:00:00Z'))
  t.same(r.ok ? null : r.error.missing, ['complaintDefinition', 'reasons', 'remedies', 'outstandingActions', 'howToEscalate'])
  const partly = decide(s, { type: 'respond_stage1', response: { ...response(1), findings: [{ aspect: 'a', finding: 'partly_upheld' }] } }, ctx('2026-01-05T09:00:00Z'))
  t.equal(partly.ok ? null : partly.error.code, 'CASE.FINDING_NOT_IN_SCHEME', 'two-way policy')
  const oxford = presets['oxford-draft']
  const ox = run([[steps.receive[0], steps.receive[1]], steps.triage, steps.ack], oxford)
  const ok = run([[{ type: 'respond_stage1', response: { ...response(1), findings: [{ aspect: 'a', finding: 'partly_upheld' }, { aspect: 'b', finding: 'not_upheld' }] } }, '2026-01-05T09:00:00Z']], oxford, ox)
  t.same([ok.stage1.response?.outcome, ok.stage1.response?.detailedOutcome], ['upheld', 'partly_upheld'])
})

t.test('stage 2: independent reviewer, outcome rule, Ombudsman beside the council', async (t) => {
  const esc = run(histories.escalation_requested ?? [])
  const notIndependent = decide(esc, { type: 'assign_stage2', handler: 'handler-1' }, ctx('2026-01-09T09:00:00Z'))
  t.equal(notIndependent.ok ? null : notIndependent.error.code, 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT')
  const done = run(histories.stage2_responded ?? [])
  t.same([done.stage1.response?.outcome, done.stage2?.response?.outcome], ['upheld', 'upheld'], 'agrees with upheld stage 1 though stage 2 found no fault')
  const referred = run([
    [{ type: 'refer_to_ombudsman', referredOn: '2026-02-01', reference: '25 012 345' }, '2026-02-01T09:00:00Z'],
    [{ type: 'record_ombudsman_decision', decidedOn: '2026-03-01', decision: 'no_fault', recommendedRemedies: [{ type: 'apology', description: 'Apologise for delay', dueDate: '2026-03-15' }] }, '2026-03-01T09:00:00Z'],
  ], policy, done)
  t.equal(referred.stage2?.response?.outcome, 'upheld', 'the council\'s outcome is untouched')
  t.equal(referred.ombudsman?.decision, 'no_fault')
  t.same(referred.remedies.map((r) => r.id), ['s1-r1', 's2-r1', 'o-r1'])
  const undeliverable = run([[{ type: 'remedy_undeliverable', remedyId: 'o-r1', reason: 'Person moved', alternative: 'Email' }, '2026-03-02T09:00:00Z']], policy, referred)
  t.same(undeliverable.remedies.find((r) => r.id === 'o-r1')?.status, 'undeliverable')
})

t.test('escalation outside the window waits for a decision; unexplained may be final', async (t) => {
  const pending = run(histories.escalation_pending_decision ?? [])
  t.equal(pending.escalation?.withinWindow, false)
  const noReason = decide(pending, { type: 'decide_escalation', decision: 'accept' }, ctx('2026-01-31T09:00:00Z'))
  t.equal(noReason.ok ? null : noReason.error.code, 'CASE.ESCALATION_ACCEPT_NEEDS_REASON')
  t.equal(run([[{ type: 'decide_escalation', decision: 'accept', reason: 'In hospital' }, '2026-01-31T09:00:00Z']], policy, pending).status, 'escalation_requested')
  const lgsco = { ...presets['lgsco-2024'], id: policy.id }
  const r = decide(run(histories.escalation_requested ?? []), { type: 'decide_escalation', decision: 'final_at_stage1', explanation: 'x' }, ctx('2026-01-09T09:00:00Z', 'o', lgsco))
  t.equal(r.ok ? null : r.error.code, 'CASE.FINAL_AT_STAGE1_NOT_ALLOWED')
})

t.test('effective status: a passed escalation window reads as closed', async (t) => {
  const s = run(histories.stage1_responded ?? [])
  t.equal(effectiveStatus(s, '2026-01-19T23:00:00Z'), 'stage1_responded', 'last day of the window (London)')
  t.equal(effectiveStatus(s, '2026-01-20T00:30:00Z'), 'closed')
})

t.test('replay equals step-by-step evolution; the policy snapshot is enforced', async (t) => {
  const events: CaseEvent[] = []
  let state: CaseState | null = null
  for (const [command, now, subject] of histories.closed ?? []) {
    const r = decide(state, command, ctx(now, subject))
    if (!r.ok) throw new Error(r.error.code)
    events.push(...r.events)
    for (const e of r.events) state = evolve(state, e)
  }
  t.same(replay(events), state)
  const other = decide(state, { type: 'close' }, ctx('2026-02-01T09:00:00Z', 'o', presets['lgsco-2024']))
  t.equal(other.ok ? null : other.error.code, 'CASE.POLICY_MISMATCH')
})
