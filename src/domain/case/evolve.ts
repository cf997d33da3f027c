/**
 * evolve() applies a fact; it never validates (decide() already did) and is total, so replaying any stored
 * history always yields a state.
 */
import { emptyStage, type CaseState, type RemedyRecord, type StageRecord } from './case-state.js'
import type { CaseEvent, EventOf } from './events.schema.js'

type Stage = 1 | 2

function withStage(s: CaseState, stage: Stage, f: (r: StageRecord) => StageRecord): CaseState {
  return stage === 1 ? { ...s, stage1: f(s.stage1) } : { ...s, stage2: f(s.stage2 ?? emptyStage()) }
}

function received(e: EventOf<'case_received'>): CaseState {
  return {
    status: 'received', policyId: e.policyId, policyVersion: e.policyVersion, receivedAt: e.receivedAt, receivedOn: e.receivedOn,
    channel: e.channel, awareOn: e.awareOn, anonymous: e.anonymous, sensitive: e.sensitive, twelveMonth: e.twelveMonth,
    triage: null, acceptance: null, stage1: emptyStage(), escalation: null, stage2: null, remedies: [], actions: [],
    ombudsman: null, withdrawal: null, closedOn: null, lastEventAt: e.receivedAt, backdated: [],
    adjustmentsReviewOn: e.adjustmentsReviewOn ?? null,
  }
}

const TRIAGE_STATUS = { complaint: 'triaged_complaint', service_request: 'service_request', signposted: 'signposted' } as const

function responded(s: CaseState, e: EventOf<'responded'>): CaseState {
  const source: 'stage1' | 'stage2' = e.stage === 1 ? 'stage1' : 'stage2'
  const remedies: RemedyRecord[] = e.remedies.map((r) => ({ ...r.remedy, id: r.id, source, status: 'open', completedOn: null, undeliverableReason: null, alternative: null }))
  const next = withStage(s, e.stage, (r) => ({
    ...r,
    response: {
      respondedAt: e.at, respondedOn: e.respondedOn, by: e.by, dueOn: e.dueOn, late: e.late, findings: e.findings,
      outcome: e.outcome, detailedOutcome: e.detailedOutcome, agreesWithStage1: e.agreesWithStage1, content: e.content,
      escalationWindowEndsOn: e.escalationWindowEndsOn,
    },
  }))
  return {
    ...next,
    status: e.stage === 1 ? 'stage1_responded' : 'stage2_responded',
    remedies: [...s.remedies, ...remedies],
    actions: [...s.actions, ...e.actions.map((a) => ({ ...a.action, id: a.id, source, completedOn: null }))],
  }
}

function escalationDecided(s: CaseState, e: EventOf<'escalation_decided'>): CaseState {
  if (s.escalation === null) return s
  const decision = { decision: e.decision, reason: e.reason, exclusionCodes: e.exclusionCodes, explanation: e.explanation, decidedOn: e.decidedOn }
  const status = e.decision === 'accept' ? 'escalation_requested' : e.decision === 'refuse' ? 'escalation_refused' : 'final_at_stage1'
  return { ...s, status, escalation: { ...s.escalation, decision } }
}

function updateRemedy(s: CaseState, id: string, patch: Partial<RemedyRecord>): CaseState {
  return { ...s, remedies: s.remedies.map((r) => (r.id === id ? { ...r, ...patch } : r)) }
}

/** Of the fields an amendment changes, the state keeps the flags and dates the rules and the queue need. */
function amended(s: CaseState, e: EventOf<'amended'>): CaseState {
  let next = s
  for (const c of e.changes) {
    if (c.field === '/sensitive' && typeof c.to === 'boolean') next = { ...next, sensitive: c.to }
    if (c.field === '/adjustmentsReviewOn') next = { ...next, adjustmentsReviewOn: typeof c.to === 'string' ? c.to : null }
  }
  return next
}

/** How each fact changes the state; the compiler checks that every event type has an entry. */
const APPLY: { [T in CaseEvent['type']]: (s: CaseState, e: EventOf<T>) => CaseState } = {
  case_received: (_s, e) => received(e),
  triaged: (s, e) => ({ ...s, status: TRIAGE_STATUS[e.as], triage: { as: e.as, signpostedTo: e.signpostedTo, reason: e.reason } }),
  // A complaint accepted, then downgraded with the person's agreement, comes back as the accepted complaint it
  // was: its acknowledgement was sent and its response clock runs from it, so it is never acknowledged again.
  upgraded: (s, e) => ({ ...s, status: s.acceptance?.decision === 'accepted' ? 'stage1_acknowledged' : 'triaged_complaint', triage: { as: 'complaint', signpostedTo: null, reason: e.reason } }),
  downgraded: (s, e) => ({ ...s, status: 'service_request', triage: { as: 'service_request', signpostedTo: null, reason: e.reason } }),
  acknowledged: (s, e) => {
    const { decision, exclusionCodes, explanation, ombudsmanRightGiven, outsideTimeLimitReason } = e
    const stage1 = { ...s.stage1, acknowledgedAt: e.at, acknowledgedOn: e.acknowledgedOn, acknowledgedLate: e.late }
    const acceptance = { decision, exclusionCodes, explanation, ombudsmanRightGiven, outsideTimeLimitReason }
    return { ...s, stage1, acceptance, status: decision === 'accepted' ? 'stage1_acknowledged' : 'refused' }
  },
  assigned: (s, e) => withStage(s, e.stage, (r) => ({ ...r, serviceArea: e.serviceArea ?? r.serviceArea, handler: e.handler, handlers: [...r.handlers, e.handler] })),
  extended: (s, e) => {
    const { workingDays, reason, toldPersonOn, ombudsmanDetailsGiven, goodReason, beyondCode, personRefused } = e
    const ext = { workingDays, reason, toldPersonOn, ombudsmanDetailsGiven, goodReason, beyondCode, personRefused }
    return withStage(s, e.stage, (r) => ({ ...r, extensions: [...r.extensions, ext] }))
  },
  paused: (s, e) => withStage(s, e.stage, (r) => ({ ...r, pauses: [...r.pauses, { from: e.from, until: null, reason: e.reason, workingDays: null }] })),
  resumed: (s, e) => withStage(s, e.stage, (r) => ({ ...r, pauses: r.pauses.map((p) => (p.until === null ? { ...p, until: e.until, workingDays: e.workingDays } : p)) })),
  responded: (s, e) => responded(s, e),
  escalation_requested: (s, e) => {
    const { requestedAt, requestedOn, channel, reason, withinWindow, windowEndsOn } = e
    const status = withinWindow ? 'escalation_requested' : 'escalation_pending_decision'
    return { ...s, status, escalation: { requestedAt, requestedOn, channel, reason, withinWindow, windowEndsOn, decision: null } }
  },
  escalation_decided: (s, e) => escalationDecided(s, e),
  stage2_acknowledged: (s, e) => {
    const next = withStage(s, 2, (r) => ({ ...r, acknowledgedAt: e.at, acknowledgedOn: e.acknowledgedOn, acknowledgedLate: e.late }))
    return { ...next, status: 'stage2_acknowledged' }
  },
  referred_to_ombudsman: (s, e) => ({ ...s, ombudsman: { referredOn: e.referredOn, reference: e.reference, decision: null, decidedOn: null } }),
  ombudsman_decision_recorded: (s, e) => {
    const remedies: RemedyRecord[] = e.remedies.map((r) => ({ ...r.remedy, id: r.id, source: 'ombudsman', status: 'open', completedOn: null, undeliverableReason: null, alternative: null }))
    const ombudsman = s.ombudsman === null ? null : { ...s.ombudsman, decision: e.decision, decidedOn: e.decidedOn }
    return { ...s, ombudsman, remedies: [...s.remedies, ...remedies] }
  },
  remedy_completed: (s, e) => updateRemedy(s, e.remedyId, { status: 'done', completedOn: e.completedOn }),
  remedy_undeliverable: (s, e) => updateRemedy(s, e.remedyId, { status: 'undeliverable', undeliverableReason: e.reason, alternative: e.alternative }),
  action_completed: (s, e) => ({ ...s, actions: s.actions.map((a) => (a.id === e.actionId ? { ...a, completedOn: e.completedOn } : a)) }),
  withdrawn: (s, e) => ({ ...s, status: 'withdrawn', withdrawal: { withdrawnOn: e.withdrawnOn, how: e.how } }),
  closed: (s, e) => ({ ...s, status: 'closed', closedOn: e.closedOn }),
  amended: (s, e) => amended(s, e),
  // A correction refolds the whole history (correction.ts replayCorrected); alone it changes nothing.
  corrected: (s) => s,
}

function apply(s: CaseState, e: CaseEvent): CaseState {
  // TypeScript cannot correlate APPLY[e.type] with e's own type: the table's type above is what checks each entry.
  return (APPLY[e.type] as (s: CaseState, e: CaseEvent) => CaseState)(s, e)
}

/** Every fact moves the case's clock on; a back-dated one is also listed with when it was recorded. */
function stamped(s: CaseState, e: CaseEvent): CaseState {
  const last = s.lastEventAt === undefined || e.at > s.lastEventAt ? e.at : s.lastEventAt
  if (e.recordedAt === undefined) return { ...s, lastEventAt: last }
  return { ...s, lastEventAt: last, backdated: [...(s.backdated ?? []), { type: e.type, occurredAt: e.at, recordedAt: e.recordedAt }] }
}

export function evolve(state: CaseState | null, event: CaseEvent): CaseState | null {
  if (event.type === 'case_received') return received(event)
  return state === null ? null : stamped(apply(state, event), event)
}

export function replay(events: readonly CaseEvent[], from: CaseState | null = null): CaseState | null {
  return events.reduce<CaseState | null>(evolve, from)
}
