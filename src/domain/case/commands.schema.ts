/** Commands: what a user or system asks the domain to do, discriminated by `type`. */
import { Type, type Static, type TProperties } from 'typebox'
import { IsoDateSchema } from '../calendar/bank-holidays.schema.js'
import { RemedySchema, ResponseContentSchema } from '../outcomes/outcome.schema.js'
import { ChannelSchema, EscalationDecisionSchema, IsoInstantSchema, OmbudsmanDecisionSchema, TriageAsSchema } from './case-vocabulary.schema.js'

const text = (description: string, maxLength = 2000) => Type.String({ minLength: 1, maxLength, description })
/**
 * When the action really happened (the letter's date, the call's time), for a CRM keying in yesterday's work;
 * never in the future, never before the case's previous event. Left out, it happened now.
 */
export const OccurredAtSchema = Type.String({
  format: 'date-time',
  description: 'When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case\'s previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.',
})
const cmd = <T extends string, P extends TProperties>(type: T, description: string, props: P) =>
  Type.Object(
    { type: Type.Literal(type, { description: 'Command name.' }), ...props, occurredAt: Type.Optional(OccurredAtSchema) },
    { additionalProperties: false, description },
  )

export const ReceiveCommandSchema = Type.Object({
  type: Type.Literal('receive', { description: 'Command name.' }),
  receivedAt: IsoInstantSchema,
  channel: ChannelSchema,
  awareOn: Type.Optional(Type.Union([IsoDateSchema, Type.Null()], { description: 'When the person became aware of the issue, for the 12-month test; null if unknown.' })),
  anonymous: Type.Boolean({ description: 'Made anonymously: accepted, though it may not be fully investigable.' }),
  sensitive: Type.Boolean({ description: 'About staff or with sensitive personal information: extra confidentiality.' }),
  adjustmentsReviewOn: Type.Optional(Type.Union([IsoDateSchema, Type.Null()], { description: 'When the person\'s reasonable adjustments are next reviewed (Code 5.6); null if none.' })),
}, { additionalProperties: false, description: 'Log a new contact that may be a complaint (its receivedAt is when it happened).' })
export const TriageCommandSchema = cmd('triage', 'Decide what the contact is.', {
  as: TriageAsSchema,
  signpostedTo: Type.Optional(text('Where the person is directed (required when signposted).', 300)),
  reason: Type.Optional(text('Why (required when signposted).')),
})
export const UpgradeCommandSchema = cmd('upgrade', 'Treat a service request as a complaint because the person wants to complain.', {
  reason: Type.Optional(text('Why it is now a complaint.')),
})
export const DowngradeCommandSchema = cmd('downgrade', 'Treat a complaint as a service request; only with the person\'s agreement.', {
  personAgreed: Type.Boolean({ description: 'The person agreed; must be true.' }),
  reason: text('Why it is better handled as a service request.'),
})
export const AcknowledgeCommandSchema = cmd('acknowledge', 'Acknowledge a complaint, saying whether it is accepted (Code 2.1-2.4).', {
  decision: Type.Union([Type.Literal('accepted'), Type.Literal('refused')], { description: 'Accepted into stage 1, or refused.' }),
  exclusionCodes: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20, description: 'Refusal: catalogue codes that apply (at least one).' })),
  explanation: Type.Optional(text('Refusal: explanation given to the person.', 5000)),
  ombudsmanRightGiven: Type.Optional(Type.Boolean({ description: 'Refusal: the person was told of their right to go to the Ombudsman (must be true).' })),
  outsideTimeLimitReason: Type.Optional(text('Accepting a complaint outside the time limit: the good reason (Code 2.2).')),
})
export const AssignCommandSchema = cmd('assign', 'Allocate the stage 1 lead service area and handler.', {
  serviceArea: text('Lead service area coordinating a single response.', 200),
  handler: text('Subject identifier of the handler.', 200),
})
export const ExtendCommandSchema = cmd('extend', 'Extend the current stage\'s response date (Code 6.4, 6.5).', {
  reason: text('Why more time is needed, as explained to the person.'),
  toldPersonOn: IsoDateSchema,
  ombudsmanDetailsGiven: Type.Boolean({ description: 'The person was given the Ombudsman\'s details (must be true).' }),
  workingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 120, description: 'Working days added; give this or newDueDate.' })),
  newDueDate: Type.Optional(IsoDateSchema),
  goodReason: Type.Optional(text('Needed when the total extension goes over the policy cap; the extension is then flagged beyond the Code.')),
  personRefused: Type.Optional(Type.Boolean({ description: 'The person did not agree to the extension (recorded where the policy provides for it).' })),
})
export const PauseCommandSchema = cmd('pause', 'Pause the response clock (only where the policy allows).', { reason: text('Why the clock is paused.') })
export const ResumeCommandSchema = cmd('resume', 'Resume a paused clock.', {})
export const RespondStage1CommandSchema = cmd('respond_stage1', 'Send the stage 1 response.', { response: ResponseContentSchema })
export const EscalateCommandSchema = cmd('escalate', 'Record a request to escalate to stage 2; no reason is needed.', {
  requestedAt: IsoInstantSchema,
  channel: ChannelSchema,
  reason: Type.Optional(text('Why the person remains dissatisfied, if they said.', 5000)),
})
export const DecideEscalationCommandSchema = cmd('decide_escalation', 'Decide an escalation outside the window, refuse one under the catalogue, or make stage 1 final.', {
  decision: EscalationDecisionSchema,
  reason: Type.Optional(text('accept outside the window: the reason; final_at_stage1: why stage 1 was complete.')),
  exclusionCodes: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20, description: 'refuse: catalogue codes that apply (Code 5.7).' })),
  explanation: Type.Optional(text('refuse / final_at_stage1: explanation given to the person.', 5000)),
})
export const AcknowledgeStage2CommandSchema = cmd('acknowledge_stage2', 'Acknowledge the escalation request.', {})
export const AssignStage2CommandSchema = cmd('assign_stage2', 'Allocate the stage 2 reviewer (never a stage 1 handler).', {
  handler: text('Subject identifier of the stage 2 reviewer.', 200),
})
export const RespondStage2CommandSchema = cmd('respond_stage2', 'Send the stage 2 (final) response.', {
  agreesWithStage1: Type.Boolean({ description: 'Stage 2 agrees with the stage 1 findings.' }),
  response: ResponseContentSchema,
})
export const ReferToOmbudsmanCommandSchema = cmd('refer_to_ombudsman', 'Record that the person took the complaint to the Ombudsman.', {
  referredOn: IsoDateSchema,
  reference: text('The Ombudsman\'s reference.', 100),
})
export const RecordOmbudsmanDecisionCommandSchema = cmd('record_ombudsman_decision', 'Record the Ombudsman\'s decision beside the council\'s outcome.', {
  decidedOn: IsoDateSchema,
  decision: OmbudsmanDecisionSchema,
  recommendedRemedies: Type.Array(RemedySchema, { maxItems: 50, description: 'Remedies the Ombudsman recommended, with due dates; tracked like the council\'s own.' }),
})
export const CompleteRemedyCommandSchema = cmd('complete_remedy', 'Record a remedy as delivered.', {
  remedyId: text('Remedy id as assigned in the case (e.g. s1-r1).', 40),
  completedOn: IsoDateSchema,
})
export const RemedyUndeliverableCommandSchema = cmd('remedy_undeliverable', 'Record that a remedy cannot be delivered, with the alternative.', {
  remedyId: text('Remedy id.', 40),
  reason: text('Why it cannot be delivered.'),
  alternative: text('What is offered instead.'),
})
export const CompleteActionCommandSchema = cmd('complete_action', 'Record an outstanding action as done.', {
  actionId: text('Action id as assigned in the case (e.g. s1-a1).', 40),
  completedOn: IsoDateSchema,
})
export const WithdrawCommandSchema = cmd('withdraw', 'The person withdraws the complaint.', {
  withdrawnOn: IsoDateSchema,
  how: text('How the withdrawal was made (e.g. "by phone to customer services").', 500),
})
/** One field of the case changed by an amendment: its JSON Pointer into the case, and the values before and after. */
export const FieldChangeSchema = Type.Object({
  field: Type.String({ minLength: 2, maxLength: 200, pattern: '^/', description: 'JSON Pointer of the field in the case, e.g. /person/email, /sensitive.' }),
  from: Type.Unknown({ description: 'The value before; absent when there was none.' }),
  to: Type.Unknown({ description: 'The value after; absent when it was removed.' }),
}, { additionalProperties: false, title: 'FieldChange', description: 'One change an amendment made (old and new value).' })
export type FieldChange = Static<typeof FieldChangeSchema>

export const AmendCommandSchema = cmd('amend', 'Change details of the case recorded at intake: the person, the representative, the matter, its flags.', {
  changes: Type.Array(FieldChangeSchema, { minItems: 1, maxItems: 100, description: 'What changed, field by field.' }),
  reason: Type.Optional(text('Why it changed (e.g. "the person moved house").')),
})
export const CorrectCommandSchema = cmd('correct', 'Correct a mistaken action by a recorded correction: strike it out (recorded in error, e.g. on the wrong case) or redate it.', {
  sequence: Type.Integer({ minimum: 1, description: 'The timeline sequence of the action to correct: the case\'s latest action still standing.' }),
  reason: text('Why the record was wrong.'),
  redateTo: Type.Optional(Type.String({ format: 'date-time', description: 'The instant it really happened; left out, the action is struck out as recorded in error.' })),
})
export const CloseCommandSchema = cmd('close', 'Close the case.', { reason: Type.Optional(text('Why it is closed now.')) })

export const CaseCommandSchema = Type.Union(
  [
    ReceiveCommandSchema, TriageCommandSchema, UpgradeCommandSchema, DowngradeCommandSchema, AcknowledgeCommandSchema,
    AssignCommandSchema, ExtendCommandSchema, PauseCommandSchema, ResumeCommandSchema, RespondStage1CommandSchema,
    EscalateCommandSchema, DecideEscalationCommandSchema, AcknowledgeStage2CommandSchema, AssignStage2CommandSchema,
    RespondStage2CommandSchema, ReferToOmbudsmanCommandSchema, RecordOmbudsmanDecisionCommandSchema, CompleteRemedyCommandSchema,
    RemedyUndeliverableCommandSchema, CompleteActionCommandSchema, WithdrawCommandSchema, CloseCommandSchema, AmendCommandSchema, CorrectCommandSchema,
  ],
  { description: 'A command on a case, discriminated by type.' },
)
export type CaseCommand = Static<typeof CaseCommandSchema>
export type CaseCommandType = CaseCommand['type']
export type CommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>
