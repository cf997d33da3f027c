/**
 * Events: facts decided by the domain, discriminated by `type`. They carry what the rules computed at the time
 * (due date, lateness, outcome) so history reads the same after a policy or calendar change.
 */
import { Type, type Static, type TProperties } from 'typebox'
import { IsoDateSchema } from '../calendar/bank-holidays.schema.js'
import {
  DetailedOutcomeSchema, FindingSchema, OutstandingActionSchema, RecordedOutcomeSchema, RemedySchema, ResponseContentSchema,
} from '../outcomes/outcome.schema.js'
import { FieldChangeSchema } from './commands.schema.js'
import { ChannelSchema, EscalationDecisionSchema, IsoInstantSchema, OmbudsmanDecisionSchema, TriageAsSchema } from './case-vocabulary.schema.js'

const str = (description: string) => Type.String({ description })
const nullableStr = (description: string) => Type.Union([Type.String(), Type.Null()], { description })
const nullableDate = (description: string) => Type.Union([IsoDateSchema, Type.Null()], { description })
const StageSchema = Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'Internal stage the event belongs to.' })
const evt = <T extends string, P extends TProperties>(type: T, description: string, props: P) =>
  Type.Object(
    {
      type: Type.Literal(type, { description: 'Event name.' }),
      at: Type.String({ format: 'date-time', description: 'When it happened (back-dated when keyed in later).' }),
      by: str('Subject of the actor who caused the event.'),
      recordedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When it was recorded, if later than it happened (a back-dated action).' })),
      ...props,
    },
    { additionalProperties: false, description },
  )

export const IdentifiedRemedySchema = Type.Object(
  { id: str('Remedy id within the case, e.g. s1-r1, s2-r1, o-r1.'), remedy: RemedySchema },
  { additionalProperties: false, description: 'A remedy with its case-local id, for follow-up.' },
)
export const IdentifiedActionSchema = Type.Object(
  { id: str('Action id within the case, e.g. s1-a1.'), action: OutstandingActionSchema },
  { additionalProperties: false, description: 'An outstanding action with its case-local id.' },
)

export const CaseReceivedEventSchema = evt('case_received', 'A contact was logged.', {
  receivedAt: IsoInstantSchema,
  receivedOn: IsoDateSchema,
  channel: ChannelSchema,
  awareOn: nullableDate('When the person became aware of the issue, if known.'),
  anonymous: Type.Boolean({ description: 'Made anonymously.' }),
  sensitive: Type.Boolean({ description: 'Flagged sensitive at logging.' }),
  policyId: str('Id of the policy the case started under.'),
  policyVersion: str('Version of that policy; later commands must use the same snapshot.'),
  twelveMonth: Type.Union([Type.Object({ withinLimit: Type.Boolean(), limitDate: IsoDateSchema }), Type.Null()], { description: '12-month test at intake, null when awareness date unknown.' }),
  adjustmentsReviewOn: Type.Optional(nullableDate('When the reasonable adjustments are next reviewed (Code 5.6).')),
})
export const TriagedEventSchema = evt('triaged', 'Triage decided what the contact is.', {
  as: TriageAsSchema,
  signpostedTo: nullableStr('Where the person was directed.'),
  reason: nullableStr('Why.'),
})
export const UpgradedEventSchema = evt('upgraded', 'A service request became a complaint.', { reason: nullableStr('Why.') })
export const DowngradedEventSchema = evt('downgraded', 'A complaint became a service request with the person\'s agreement.', { reason: str('Why.') })
export const AcknowledgedEventSchema = evt('acknowledged', 'Stage 1 acknowledgement, with acceptance or refusal.', {
  decision: Type.Union([Type.Literal('accepted'), Type.Literal('refused')], { description: 'Accepted or refused.' }),
  exclusionCodes: Type.Array(Type.String(), { description: 'Catalogue entries applied in a refusal.' }),
  explanation: nullableStr('Refusal explanation.'),
  ombudsmanRightGiven: Type.Boolean({ description: 'Right to go to the Ombudsman given (refusals).' }),
  outsideTimeLimitReason: nullableStr('Reason for accepting outside the time limit.'),
  acknowledgedOn: IsoDateSchema,
  dueOn: IsoDateSchema,
  late: Type.Boolean({ description: 'Acknowledged after the due date.' }),
})
export const AssignedEventSchema = evt('assigned', 'Handler allocated.', {
  stage: StageSchema,
  serviceArea: nullableStr('Lead service area (stage 1).'),
  handler: str('Handler subject.'),
})
export const ExtendedEventSchema = evt('extended', 'Response date extended.', {
  stage: StageSchema,
  workingDays: Type.Integer({ minimum: 1, description: 'Working days added.' }),
  reason: str('Reason given to the person.'),
  toldPersonOn: IsoDateSchema,
  ombudsmanDetailsGiven: Type.Boolean({ description: 'Ombudsman details given.' }),
  goodReason: nullableStr('Good reason for going over the cap.'),
  beyondCode: Type.Boolean({ description: 'Total extension over the policy cap.' }),
  personRefused: Type.Boolean({ description: 'The person did not agree.' }),
  previousDueOn: IsoDateSchema,
  newDueOn: IsoDateSchema,
})
export const PausedEventSchema = evt('paused', 'Clock paused.', { stage: StageSchema, from: IsoDateSchema, reason: str('Why.') })
export const ResumedEventSchema = evt('resumed', 'Clock resumed.', {
  stage: StageSchema,
  until: IsoDateSchema,
  workingDays: Type.Integer({ minimum: 0, description: 'Working days paused, added to the due date.' }),
})
export const RespondedEventSchema = evt('responded', 'A stage response was sent.', {
  stage: StageSchema,
  respondedOn: IsoDateSchema,
  dueOn: IsoDateSchema,
  late: Type.Boolean({ description: 'Responded after the due date.' }),
  findings: Type.Array(FindingSchema, { description: 'Findings per aspect.' }),
  outcome: RecordedOutcomeSchema,
  detailedOutcome: DetailedOutcomeSchema,
  agreesWithStage1: Type.Union([Type.Boolean(), Type.Null()], { description: 'Stage 2 only.' }),
  content: ResponseContentSchema,
  remedies: Type.Array(IdentifiedRemedySchema, { description: 'Remedies offered, with ids.' }),
  actions: Type.Array(IdentifiedActionSchema, { description: 'Outstanding actions, with ids.' }),
  escalationWindowEndsOn: nullableDate('Stage 1: last day to escalate within the window; null when the policy has none.'),
})
export const EscalationRequestedEventSchema = evt('escalation_requested', 'The person asked for stage 2.', {
  requestedAt: IsoInstantSchema,
  requestedOn: IsoDateSchema,
  channel: ChannelSchema,
  reason: nullableStr('Reason given, if any.'),
  withinWindow: Type.Boolean({ description: 'Inside the escalation window (or the policy has none).' }),
  windowEndsOn: nullableDate('Last day of the window.'),
})
export const EscalationDecidedEventSchema = evt('escalation_decided', 'Decision on an escalation.', {
  decision: EscalationDecisionSchema,
  reason: nullableStr('Reason.'),
  exclusionCodes: Type.Array(Type.String(), { description: 'Catalogue entries for a refusal.' }),
  explanation: nullableStr('Explanation to the person.'),
  decidedOn: IsoDateSchema,
})
export const Stage2AcknowledgedEventSchema = evt('stage2_acknowledged', 'Escalation acknowledged.', {
  acknowledgedOn: IsoDateSchema,
  dueOn: IsoDateSchema,
  late: Type.Boolean({ description: 'Acknowledged after the due date.' }),
})
export const ReferredToOmbudsmanEventSchema = evt('referred_to_ombudsman', 'Taken to the Ombudsman.', { referredOn: IsoDateSchema, reference: str('Ombudsman reference.') })
export const OmbudsmanDecisionRecordedEventSchema = evt('ombudsman_decision_recorded', 'The Ombudsman decided.', {
  decidedOn: IsoDateSchema,
  decision: OmbudsmanDecisionSchema,
  remedies: Type.Array(IdentifiedRemedySchema, { description: 'Recommended remedies, with ids.' }),
})
export const RemedyCompletedEventSchema = evt('remedy_completed', 'Remedy delivered.', { remedyId: str('Remedy id.'), completedOn: IsoDateSchema })
export const RemedyUndeliverableEventSchema = evt('remedy_undeliverable', 'Remedy cannot be delivered.', {
  remedyId: str('Remedy id.'),
  reason: str('Why.'),
  alternative: str('Alternative offered.'),
})
export const ActionCompletedEventSchema = evt('action_completed', 'Outstanding action done.', { actionId: str('Action id.'), completedOn: IsoDateSchema })
export const WithdrawnEventSchema = evt('withdrawn', 'The person withdrew.', { withdrawnOn: IsoDateSchema, how: str('How.') })
export const AmendedEventSchema = evt('amended', 'Details recorded at intake changed: each field with its old and new value.', {
  changes: Type.Array(FieldChangeSchema, { description: 'What changed.' }),
  reason: nullableStr('Why.'),
})
export const CorrectedEventSchema = evt('corrected', 'An earlier action was corrected: struck out, or replaced by the same action redated. History is never deleted; the case is refolded without it.', {
  sequence: Type.Integer({ minimum: 1, description: 'Timeline sequence of the corrected action.' }),
  correctedType: str('Its event type.'),
  reason: str('Why the record was wrong.'),
  replacement: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: 'The action as it really happened (redated), or null when struck out.' }),
})
export const ClosedEventSchema = evt('closed', 'Case closed.', { closedOn: IsoDateSchema, reason: nullableStr('Why.') })

export const CaseEventSchema = Type.Union(
  [
    CaseReceivedEventSchema, TriagedEventSchema, UpgradedEventSchema, DowngradedEventSchema, AcknowledgedEventSchema, AssignedEventSchema,
    ExtendedEventSchema, PausedEventSchema, ResumedEventSchema, RespondedEventSchema, EscalationRequestedEventSchema,
    EscalationDecidedEventSchema, Stage2AcknowledgedEventSchema, ReferredToOmbudsmanEventSchema, OmbudsmanDecisionRecordedEventSchema,
    RemedyCompletedEventSchema, RemedyUndeliverableEventSchema, ActionCompletedEventSchema, WithdrawnEventSchema, ClosedEventSchema,
    AmendedEventSchema, CorrectedEventSchema,
  ],
  { description: 'A fact in a case\'s history, discriminated by type.' },
)
export type CaseEvent = Static<typeof CaseEventSchema>
export type CaseEventType = CaseEvent['type']
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>
