/**
 * The case as the domain sees it: only the facts the rules need. Intake details (names, addresses, free text)
 * stay with the service; the state is rebuilt from events by evolve().
 */
import type { DetailedOutcome, Finding, OutstandingAction, RecordedOutcome, Remedy, ResponseContent } from '../outcomes/outcome.schema.js'
import type { CaseStatus, Channel, EscalationDecision, OmbudsmanDecision, TriageAs } from './case-vocabulary.schema.js'

export interface ExtensionRecord {
  workingDays: number
  reason: string
  toldPersonOn: string
  ombudsmanDetailsGiven: boolean
  goodReason: string | null
  /** Over the policy's cap: allowed with a good reason, reported as beyond the Code. */
  beyondCode: boolean
  personRefused: boolean
}

export interface PauseRecord {
  from: string
  until: string | null
  reason: string
  /** Working days in (from, until], known once resumed. */
  workingDays: number | null
}

export interface ResponseRecord {
  respondedAt: string
  respondedOn: string
  by: string
  dueOn: string
  late: boolean
  findings: Finding[]
  outcome: RecordedOutcome
  detailedOutcome: DetailedOutcome
  agreesWithStage1: boolean | null
  content: ResponseContent
  /** Stage 1: last day to escalate inside the policy's window, fixed at response time; null when none. */
  escalationWindowEndsOn: string | null
}

export interface StageRecord {
  acknowledgedAt: string | null
  acknowledgedOn: string | null
  acknowledgedLate: boolean | null
  serviceArea: string | null
  handler: string | null
  /** Everyone ever assigned at this stage: the stage 2 reviewer must be none of them. */
  handlers: string[]
  extensions: ExtensionRecord[]
  pauses: PauseRecord[]
  response: ResponseRecord | null
}

export interface RemedyRecord extends Remedy {
  id: string
  source: 'stage1' | 'stage2' | 'ombudsman'
  status: 'open' | 'done' | 'undeliverable'
  completedOn: string | null
  undeliverableReason: string | null
  alternative: string | null
}

export interface ActionRecord extends OutstandingAction {
  id: string
  source: 'stage1' | 'stage2'
  completedOn: string | null
}

export interface EscalationRecord {
  requestedAt: string
  requestedOn: string
  channel: Channel
  reason: string | null
  withinWindow: boolean
  windowEndsOn: string | null
  decision: { decision: EscalationDecision; reason: string | null; exclusionCodes: string[]; explanation: string | null; decidedOn: string } | null
}

export interface CaseState {
  status: CaseStatus
  policyId: string
  policyVersion: string
  receivedAt: string
  receivedOn: string
  channel: Channel
  awareOn: string | null
  anonymous: boolean
  sensitive: boolean
  /** Result of the 12-month test at intake; null when the awareness date is unknown. */
  twelveMonth: { withinLimit: boolean; limitDate: string } | null
  triage: { as: TriageAs; signpostedTo: string | null; reason: string | null } | null
  acceptance: {
    decision: 'accepted' | 'refused'
    exclusionCodes: string[]
    explanation: string | null
    ombudsmanRightGiven: boolean
    outsideTimeLimitReason: string | null
  } | null
  stage1: StageRecord
  escalation: EscalationRecord | null
  stage2: StageRecord | null
  remedies: RemedyRecord[]
  actions: ActionRecord[]
  ombudsman: { referredOn: string; reference: string; decision: OmbudsmanDecision | null; decidedOn: string | null } | null
  withdrawal: { withdrawnOn: string; how: string } | null
  closedOn: string | null
  /** When the person's reasonable adjustments are next reviewed (Code 5.6); absent in states stored before it. */
  adjustmentsReviewOn?: string | null
  /** When the latest fact happened (receipt for a new case); absent in states stored before back-dating. */
  lastEventAt?: string
  /** Actions keyed in after they happened, for the case view and the data-quality figure. */
  backdated?: BackdatedAction[]
}

export interface BackdatedAction {
  type: string
  occurredAt: string
  recordedAt: string
}

export function emptyStage(): StageRecord {
  return {
    acknowledgedAt: null,
    acknowledgedOn: null,
    acknowledgedLate: null,
    serviceArea: null,
    handler: null,
    handlers: [],
    extensions: [],
    pauses: [],
    response: null,
  }
}
