import fc from 'fast-check'
import { textArb } from './schema-arbitrary.js'

/**
 * What the fuzzer knows of a case's life: which actions make sense next in each status, and the parts of a body
 * that the schema alone cannot get right (a handler who is staff, a catalogue code, a remedy id the case has, a
 * complete response). Bodies are generated from the contract and then these hints are laid over them; the
 * unknown rest stays random.
 */

export type CaseJson = Record<string, any>

export interface CaseModel {
  id: string
  /** The case as the complaints team last read it (every 2xx answer of an action is the whole case). */
  last: CaseJson
  createdBy: string
  /** The actions taken, for the failure message. */
  history: string[]
}

/** Personal data the fuzzer writes, so that the log can be searched for it afterwards. */
export const CANARY = 'Zebcanary'

export const SERVICE_AREAS = ['waste', 'housing', 'parking', 'planning', 'council_tax']

type Weighted = Array<[string, number]>

/** Case actions by operationId, and the path under /v1/complaints/{id}/. */
export const ACTION_PATHS: Record<string, string> = {
  triageComplaint: 'triage', upgradeToComplaint: 'upgrade', downgradeToServiceRequest: 'downgrade',
  acknowledgeComplaint: 'acknowledgement', assignComplaint: 'assignment', extendResponseDeadline: 'extensions',
  pauseClock: 'pause', resumeClock: 'resume', respondStage1: 'stage1-response', escalateComplaint: 'escalation',
  decideEscalation: 'escalation-decision', acknowledgeStage2: 'stage2-acknowledgement', assignStage2: 'stage2-assignment',
  respondStage2: 'stage2-response', referToOmbudsman: 'ombudsman-referral', recordOmbudsmanDecision: 'ombudsman-decision',
  completeRemedy: 'remedies/{remedyId}/completion', markRemedyUndeliverable: 'remedies/{remedyId}/undeliverable',
  completeOutstandingAction: 'actions/{actionId}/completion', withdrawComplaint: 'withdrawal', closeCase: 'closure',
  checkExclusions: 'exclusion-check', raiseRelatedIssue: 'related-issues',
}

export const STAGE2_ACTIONS = new Set(['acknowledgeStage2', 'assignStage2', 'respondStage2', 'decideEscalation'])

const openRemedies = (c: CaseJson) => (c.remedies ?? []).filter((r: CaseJson) => r.status === 'open')
const openActions = (c: CaseJson) => (c.actions ?? []).filter((a: CaseJson) => a.completedOn === null)

/** The actions that move a case on from where it is, weighted. */
export function nextActions(c: CaseJson): Weighted {
  const afterResponse: Weighted = [
    ...(openRemedies(c).length ? [['completeRemedy', 3], ['markRemedyUndeliverable', 1]] as Weighted : []),
    ...(openActions(c).length ? [['completeOutstandingAction', 3]] as Weighted : []),
    ...(c.ombudsman === null ? [['referToOmbudsman', 2]] as Weighted : c.ombudsman.decision === null ? [['recordOmbudsmanDecision', 3]] as Weighted : []),
  ]
  switch (c.status) {
    case 'received': return [['triageComplaint', 10], ['withdrawComplaint', 1], ['checkExclusions', 1]]
    case 'service_request': return [['upgradeToComplaint', 4], ['closeCase', 1]]
    case 'signposted': return [['upgradeToComplaint', 1], ['closeCase', 1]]
    case 'triaged_complaint': return [['acknowledgeComplaint', 10], ['downgradeToServiceRequest', 1], ['checkExclusions', 1], ['raiseRelatedIssue', 1]]
    case 'stage1_acknowledged': return c.handler === null
      ? [['assignComplaint', 8], ['extendResponseDeadline', 1], ['withdrawComplaint', 1]]
      : [['respondStage1', 8], ['extendResponseDeadline', 2], ['pauseClock', 1], ['resumeClock', 1], ['assignComplaint', 1], ['raiseRelatedIssue', 1]]
    case 'stage1_responded': return [['escalateComplaint', 8], ...afterResponse]
    case 'escalation_pending_decision': return [['decideEscalation', 8]]
    case 'escalation_requested': return [['acknowledgeStage2', 8], ['assignStage2', 2]]
    case 'stage2_acknowledged': return c.stage2Handler === null
      ? [['assignStage2', 8], ['extendResponseDeadline', 1]]
      : [['respondStage2', 8], ['extendResponseDeadline', 2], ['pauseClock', 1], ['resumeClock', 1]]
    default: return afterResponse.length ? afterResponse : [['referToOmbudsman', 1], ['closeCase', 1]]
  }
}

export interface HintContext {
  staff: readonly string[]
  exclusionCodes: string[]
  /** The policy's outcome scheme: partly_upheld is a finding only under `three_way`. */
  threeWay: boolean
  today: string
  /** A date from the case's receipt (or some weeks back) to today, mostly today. */
  date: fc.Arbitrary<string>
  ownCaseIds: string[]
}

const findings = (h: HintContext) => fc.array(fc.record({
  aspect: textArb(1, 60),
  finding: fc.constantFrom('upheld', 'not_upheld', ...(h.threeWay ? ['partly_upheld'] : [])),
}), { minLength: 1, maxLength: 3 })

const remedy = (h: HintContext) => fc.constantFrom('apology', 'explanation', 'financial', 'record_amended', 'policy_change').chain((type) => fc.record({
  type: fc.constant(type), description: textArb(1, 60), dueDate: h.date,
  ...(type === 'financial' ? { amountPence: fc.integer({ min: 100, max: 50_000 }) } : {}),
}))

const response = (h: HintContext, stage: 1 | 2) => fc.record({
  stage: fc.constant(stage),
  complaintDefinition: textArb(1, 80),
  findings: findings(h),
  reasons: textArb(1, 120),
  remedies: fc.array(remedy(h), { maxLength: 2 }),
  noRemedyStatement: textArb(1, 60),
  outstandingActions: fc.array(fc.record({ description: textArb(1, 60), dueDate: h.date }), { maxLength: 2 }),
  howToEscalate: textArb(1, 60),
})

const canaryText = textArb(1, 60).map((s) => `${s} ${CANARY}`)

/**
 * Fields laid over a generated body so that the action can succeed; `undefined` removes a field the schema
 * generator put in (e.g. a date that would be out of order).
 */
export function hintFor(operationId: string, c: CaseJson | undefined, h: HintContext): fc.Arbitrary<Record<string, unknown>> {
  const staff = fc.constantFrom(...h.staff)
  const code = fc.constantFrom(...(h.exclusionCodes.length ? h.exclusionCodes : ['none']))
  switch (operationId) {
    case 'createComplaint':
    case 'submitPublicComplaint':
      // An anonymous complaint records no person or representative; any other needs the person.
      return fc.constantFrom(false, false, false, false, false, true).chain((anonymous) => fc.record({
        anonymous: fc.constant(anonymous),
        sensitive: fc.constantFrom(false, false, true),
        person: anonymous ? fc.constant(undefined) : fc.record({ name: canaryText, email: fc.constant(`${CANARY.toLowerCase()}@example.org`), address: canaryText }),
        ...(anonymous ? { representative: fc.constant(undefined) } : {}),
        summary: canaryText,
        receivedAt: fc.constant(undefined),
        relatedCaseId: fc.option(fc.constantFrom(...(h.ownCaseIds.length ? h.ownCaseIds : ['00000000-0000-4000-8000-000000000000'])), { nil: undefined, freq: 2 }),
      })).map((r) => (operationId === 'submitPublicComplaint' ? { ...r, receivedAt: undefined, relatedCaseId: undefined, sensitive: undefined } : r))
    case 'triageComplaint': return fc.constantFrom('complaint', 'complaint', 'complaint', 'complaint', 'complaint', 'complaint', 'service_request', 'signposted')
      .chain((as) => fc.record({
        as: fc.constant(as), signpostedTo: as === 'signposted' ? textArb(1, 40) : fc.constant(undefined), reason: as === 'signposted' ? textArb(1, 60) : fc.constant(undefined),
      }))
    case 'downgradeToServiceRequest': return fc.record({ personAgreed: fc.constantFrom(true, true, false) })
    case 'acknowledgeComplaint': return fc.oneof(
      { weight: 6, arbitrary: fc.constant({ decision: 'accepted', exclusionCodes: undefined, explanation: undefined }) },
      { weight: 1, arbitrary: fc.record({ decision: fc.constant('refused'), exclusionCodes: fc.array(code, { minLength: 1, maxLength: 1 }), explanation: textArb(1, 60), ombudsmanRightGiven: fc.constant(true) }) },
    )
    case 'assignComplaint': return fc.record({ handler: staff, serviceArea: fc.constantFrom(...SERVICE_AREAS) })
    case 'extendResponseDeadline': return fc.record({
      toldPersonOn: h.date, ombudsmanDetailsGiven: fc.constantFrom(true, true, true, false), workingDays: fc.integer({ min: 1, max: 12 }),
      newDueDate: fc.constant(undefined), personRefused: fc.constantFrom(undefined, undefined, undefined, undefined, false, true),
    })
    case 'respondStage1': return fc.record({ response: response(h, 1) })
    case 'respondStage2': return fc.record({ response: response(h, 2), agreesWithStage1: fc.boolean() })
    case 'escalateComplaint': return fc.record({ requestedAt: fc.constant(undefined) })
    case 'decideEscalation': return fc.oneof(
      { weight: 4, arbitrary: fc.record({ decision: fc.constant('accept'), reason: textArb(1, 60) }) },
      { weight: 1, arbitrary: fc.record({ decision: fc.constant('refuse'), exclusionCodes: fc.array(code, { minLength: 1, maxLength: 1 }), explanation: textArb(1, 60) }) },
      { weight: 1, arbitrary: fc.record({ decision: fc.constant('final_at_stage1'), explanation: textArb(1, 60) }) },
    )
    case 'assignStage2': {
      const stage1 = new Set<string>([...(c?.stage1?.handlers ?? []), ...(c?.stage1?.response?.by ? [c.stage1.response.by] : [])])
      const independent = h.staff.filter((s) => !stage1.has(s))
      return fc.record({ handler: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...(independent.length ? independent : h.staff)) }, { weight: 1, arbitrary: staff }) })
    }
    case 'referToOmbudsman': return fc.record({ referredOn: h.date, reference: fc.nat(99_999).map((n) => `LGO-${n}`) })
    case 'recordOmbudsmanDecision': return fc.record({ decidedOn: h.date, recommendedRemedies: fc.array(remedy(h), { maxLength: 2 }) })
    case 'completeRemedy':
    case 'completeOutstandingAction': return fc.record({ completedOn: h.date })
    case 'withdrawComplaint': return fc.record({ withdrawnOn: h.date })
    case 'checkExclusions': return fc.record({
      matters: fc.uniqueArray(code, { maxLength: 2 }),
      alreadyConsideredCaseId: fc.option(fc.constantFrom(...(h.ownCaseIds.length ? h.ownCaseIds : ['00000000-0000-4000-8000-000000000000'])), { nil: undefined }),
      awareOn: fc.option(h.date, { nil: undefined }),
    })
    case 'raiseRelatedIssue': return fc.record({ summary: canaryText })
    default: return fc.constant({})
  }
}

/** A path id a case has (a remedy or an outstanding action), or a made-up one when it has none. */
export function subIdFor(operationId: string, c: CaseJson): fc.Arbitrary<string> {
  const ids = operationId === 'completeOutstandingAction' ? openActions(c).map((a: CaseJson) => a.id) : openRemedies(c).map((r: CaseJson) => r.id)
  return ids.length ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constant('s1-r99') }) : fc.constant('s1-r1')
}

/** Lays hints over a generated body: a hint of `undefined` removes the field. Nested objects are replaced whole. */
export function overlay(body: unknown, hint: Record<string, unknown>): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) }
  for (const [k, v] of Object.entries(hint)) {
    if (v === undefined) delete out[k]
    else out[k] = v
  }
  return out
}
