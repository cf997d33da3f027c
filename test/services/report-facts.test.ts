import t from 'tap'
import { reportFacts, type FactsSource } from '../../src/services/report-facts.js'
import { cal } from '../domain/fixtures/calendar.js'
import { histories, policy, run } from '../domain/fixtures/case.js'

const source: FactsSource = { id: 'case-1', councilId: 'council-1', channel: 'web_form', serviceAreas: ['Waste'], categories: ['bins'] }

t.test('a case through both stages and the Ombudsman (West Oxfordshire timescales, Christmas holidays)', async (t) => {
  const done = run(histories.stage2_responded ?? [])
  const state = run([
    [{ type: 'refer_to_ombudsman', referredOn: '2026-02-01', reference: '25 012 345' }, '2026-02-01T09:00:00Z'],
    [{ type: 'record_ombudsman_decision', decidedOn: '2026-03-01', decision: 'no_fault', recommendedRemedies: [{ type: 'apology', description: 'Apologise for delay', dueDate: '2026-03-15' }] }, '2026-03-01T09:00:00Z'],
  ], policy, done)
  const { facts, remedies } = reportFacts(source, state, policy, cal)
  t.match(facts, {
    caseId: 'case-1', councilId: 'council-1', receivedOn: '2025-12-19', kind: 'complaint', acceptance: 'accepted', serviceArea: 'Waste',
    // Received Fri 19 Dec: 5 working days is Tue 30 Dec; acknowledged Mon 22 Dec.
    s1AckDueOn: '2025-12-30', s1AckOn: '2025-12-22',
    // 10 working days after 22 Dec, over Christmas and New Year: Thu 8 Jan; answered Mon 5 Jan, 8 working days after receipt.
    s1DueOriginalOn: '2026-01-08', s1DueOn: '2026-01-08', s1RespondedOn: '2026-01-05', s1Outcome: 'upheld', s1WorkingDays: 8,
    escalatedOn: '2026-01-08', escalationDecision: null,
    // Stage 2 counts 20 working days from the escalation request (8 Jan): Thu 5 Feb; answered Tue 20 Jan, 8 working days.
    s2AckDueOn: '2026-01-15', s2AckOn: '2026-01-09', s2DueOn: '2026-02-05', s2DueOriginalOn: '2026-02-05', s2RespondedOn: '2026-01-20',
    s2Outcome: 'upheld', s2WorkingDays: 8,
    ombudsmanReferredOn: '2026-02-01', ombudsmanDecision: 'no_fault', ombudsmanDecidedOn: '2026-03-01',
    nextDueOn: null, refusalCodes: [], withdrawnOn: null,
  })
  t.same(remedies.map((r) => [r.remedyId, r.source, r.offeredOn, r.dueOn, r.status]), [
    ['s1-r1', 'stage1', '2026-01-05', '2026-01-20', 'open'],
    ['s2-r1', 'stage2', '2026-01-20', '2026-01-20', 'open'],
    ['o-r1', 'ombudsman', '2026-03-01', '2026-03-15', 'open'],
  ])
})

t.test('a refusal records its catalogue entries and has no response duty', async (t) => {
  const { facts } = reportFacts(source, run(histories.refused ?? []), policy, cal)
  t.match(facts, { acceptance: 'refused', refusalCodes: ['planning_judgement'], s1AckDueOn: '2025-12-30', s1DueOn: null, nextDueOn: null })
})

t.test('a withdrawal lapses the duties not yet met', async (t) => {
  const { facts } = reportFacts(source, run(histories.withdrawn ?? []), policy, cal)
  t.match(facts, { withdrawnOn: '2025-12-20', s1AckDueOn: null, s1DueOn: null, nextDueOn: null })
})

t.test('service requests and signposted contacts have no Code duties', async (t) => {
  for (const name of ['service_request', 'signposted']) {
    const { facts } = reportFacts(source, run(histories[name] ?? []), policy, cal)
    t.match(facts, { kind: name, s1AckDueOn: null, s1DueOn: null, nextDueOn: null }, name)
  }
})

t.test('an open case carries its next duty for the open-now figures', async (t) => {
  const { facts } = reportFacts({ ...source, serviceAreas: [] }, run(histories.received ?? []), policy, cal)
  t.match(facts, { kind: null, serviceArea: null, nextDueOn: '2025-12-30', nextDueKind: 'stage1_acknowledgement' })
})
