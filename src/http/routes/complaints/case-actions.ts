import { Type, type TObject, type TSchema } from 'typebox'
import {
  AcknowledgeCommandSchema, AcknowledgeStage2CommandSchema, AssignCommandSchema, AssignStage2CommandSchema, CloseCommandSchema,
  CompleteActionCommandSchema, CompleteRemedyCommandSchema, DecideEscalationCommandSchema, DowngradeCommandSchema,
  EscalateCommandSchema, ExtendCommandSchema, PauseCommandSchema, RecordOmbudsmanDecisionCommandSchema, ReferToOmbudsmanCommandSchema,
  RemedyUndeliverableCommandSchema, RespondStage1CommandSchema, RespondStage2CommandSchema, ResumeCommandSchema, TriageCommandSchema,
  UpgradeCommandSchema, WithdrawCommandSchema,
  type CaseCommandType,
} from '../../../domain/index.js'

/**
 * Every action on a case is one domain command behind its own URL, so the contract names each one and a
 * generated client gets a method per action. The body is the command less its `type` (and less any field
 * that the URL carries).
 */
export interface CaseAction {
  path: string
  command: CaseCommandType
  operationId: string
  summary: string
  description?: string
  /** The body: an object, or (the acknowledgement) a union of objects told apart by a discriminator. */
  body: TSchema
  /** A path parameter that fills a command field, e.g. remedyId. */
  param?: 'remedyId' | 'actionId'
  /** Fields the service fills when the caller leaves them out (from now, or from the body's occurredAt). */
  defaults?: (now: Date, body: { occurredAt?: string }) => Record<string, unknown>
}

function bodyOf(schema: TObject, omit: string[] = [], optional: string[] = []): TObject {
  const properties: Record<string, TSchema> = {}
  for (const [key, value] of Object.entries(schema.properties)) {
    if (key === 'type' || omit.includes(key)) continue
    properties[key] = optional.includes(key) ? Type.Optional(value) : value
  }
  return Type.Object(properties, { additionalProperties: false, description: (schema as { description?: string }).description ?? "" })
}

/**
 * The acknowledgement is accept or refuse, each with its own fields: a `oneOf` with a discriminator, which the
 * body validator reads (Ajv's `discriminator` option) so that only the alternative `decision` names is checked and
 * its errors alone are reported. The refusal's fields stay optional here: the Code's rules for them (at least one
 * catalogue entry, an explanation, the Ombudsman right given) are the domain's 422s, with their own codes.
 */
function acknowledgementBody(): TSchema {
  const p = AcknowledgeCommandSchema.properties
  const accept = Type.Object({
    decision: Type.Literal('accepted', { description: 'Accepted into stage 1.' }),
    outsideTimeLimitReason: p.outsideTimeLimitReason, occurredAt: p.occurredAt,
  }, { title: 'AcceptAcknowledgement', additionalProperties: false, description: 'Accept the complaint into stage 1.' })
  const refuse = Type.Object({
    decision: Type.Literal('refused', { description: 'Refused.' }),
    exclusionCodes: p.exclusionCodes, explanation: p.explanation, ombudsmanRightGiven: p.ombudsmanRightGiven, occurredAt: p.occurredAt,
  }, { title: 'RefuseAcknowledgement', additionalProperties: false, description: 'Refuse the complaint under the council\'s catalogue of exclusions (Code 2.3, 2.4): name the entries, explain, and tell the person of their right to go to the Ombudsman.' })
  return Type.Unsafe({ type: 'object', oneOf: [accept, refuse], discriminator: { propertyName: 'decision' }, description: (AcknowledgeCommandSchema as { description?: string }).description ?? '' })
}

const action = (a: Omit<CaseAction, 'body'> & { schema: TObject; omit?: string[]; optional?: string[] }): CaseAction => {
  const { schema, omit, optional, ...rest } = a
  return { ...rest, body: bodyOf(schema, omit, optional) }
}

const ACTIONS: CaseAction[] = [
  action({ path: 'triage', command: 'triage', operationId: 'triageComplaint', summary: 'Triage: complaint, service request or signposted', schema: TriageCommandSchema }),
  action({ path: 'upgrade', command: 'upgrade', operationId: 'upgradeToComplaint', summary: 'Upgrade a service request to a complaint', schema: UpgradeCommandSchema }),
  action({ path: 'downgrade', command: 'downgrade', operationId: 'downgradeToServiceRequest', summary: 'Downgrade a complaint to a service request (with the person\'s agreement)', schema: DowngradeCommandSchema }),
  action({
    path: 'acknowledgement', command: 'acknowledge', operationId: 'acknowledgeComplaint', summary: 'Acknowledge: accept, or refuse under the catalogue',
    description: 'A refusal names catalogue entries, explains, and records that the person was told of their right to go to the Ombudsman. Late acknowledgements are allowed and recorded late.',
    schema: AcknowledgeCommandSchema,
  }),
  action({ path: 'assignment', command: 'assign', operationId: 'assignComplaint', summary: 'Assign (or reassign) the lead service area and handler', schema: AssignCommandSchema }),
  action({
    path: 'extensions', command: 'extend', operationId: 'extendResponseDeadline', summary: 'Extend the current stage\'s response deadline',
    description: 'Working days or a new date, with the reason, the date the person was told, and the Ombudsman\'s details given. Over the policy\'s cap only with a good reason, then flagged beyond the Code.',
    schema: ExtendCommandSchema,
  }),
  action({ path: 'pause', command: 'pause', operationId: 'pauseClock', summary: 'Pause the response clock (where the policy allows)', schema: PauseCommandSchema }),
  action({ path: 'resume', command: 'resume', operationId: 'resumeClock', summary: 'Resume the response clock', schema: ResumeCommandSchema }),
  action({
    path: 'stage1-response', command: 'respond_stage1', operationId: 'respondStage1', summary: 'Send the stage 1 response',
    description: 'Findings per aspect, reasons, remedies, outstanding actions and how to escalate; the recorded outcome follows the upheld-in-totality rule. A response missing a required element is 422 naming what is missing.',
    schema: RespondStage1CommandSchema,
  }),
  action({
    path: 'escalation', command: 'escalate', operationId: 'escalateComplaint', summary: 'Record a request to escalate to stage 2',
    description: 'No reason is needed. Outside the policy\'s window the request is recorded and waits for an escalation decision. `requestedAt` defaults to `occurredAt`, or now.',
    schema: EscalateCommandSchema, optional: ['requestedAt'], defaults: (now, body) => ({ requestedAt: body.occurredAt ?? now.toISOString() }),
  }),
  action({ path: 'escalation-decision', command: 'decide_escalation', operationId: 'decideEscalation', summary: 'Accept or refuse an escalation, or make stage 1 final', schema: DecideEscalationCommandSchema }),
  action({ path: 'stage2-acknowledgement', command: 'acknowledge_stage2', operationId: 'acknowledgeStage2', summary: 'Acknowledge the escalation request', schema: AcknowledgeStage2CommandSchema }),
  action({ path: 'stage2-assignment', command: 'assign_stage2', operationId: 'assignStage2', summary: 'Assign the stage 2 reviewer (never a stage 1 handler)', schema: AssignStage2CommandSchema }),
  action({
    path: 'stage2-response', command: 'respond_stage2', operationId: 'respondStage2', summary: 'Send the stage 2 (final) response',
    description: 'Agreeing with an upheld stage 1 records upheld even if stage 2 found no fault in the handling; otherwise stage 2\'s own findings decide.',
    schema: RespondStage2CommandSchema,
  }),
  action({ path: 'ombudsman-referral', command: 'refer_to_ombudsman', operationId: 'referToOmbudsman', summary: 'Record a referral to the Ombudsman', schema: ReferToOmbudsmanCommandSchema }),
  action({ path: 'ombudsman-decision', command: 'record_ombudsman_decision', operationId: 'recordOmbudsmanDecision', summary: 'Record the Ombudsman\'s decision beside the council\'s outcome', schema: RecordOmbudsmanDecisionCommandSchema }),
  action({ path: 'remedies/:remedyId/completion', command: 'complete_remedy', operationId: 'completeRemedy', summary: 'Mark a remedy delivered', schema: CompleteRemedyCommandSchema, omit: ['remedyId'], param: 'remedyId' }),
  action({ path: 'remedies/:remedyId/undeliverable', command: 'remedy_undeliverable', operationId: 'markRemedyUndeliverable', summary: 'Record that a remedy cannot be delivered, and the alternative', schema: RemedyUndeliverableCommandSchema, omit: ['remedyId'], param: 'remedyId' }),
  action({ path: 'actions/:actionId/completion', command: 'complete_action', operationId: 'completeOutstandingAction', summary: 'Mark an outstanding action done', schema: CompleteActionCommandSchema, omit: ['actionId'], param: 'actionId' }),
  action({ path: 'withdrawal', command: 'withdraw', operationId: 'withdrawComplaint', summary: 'Record that the person withdrew', schema: WithdrawCommandSchema }),
  action({ path: 'closure', command: 'close', operationId: 'closeCase', summary: 'Close the case', schema: CloseCommandSchema }),
]

export const CASE_ACTIONS: CaseAction[] = ACTIONS.map((a) => (a.command === 'acknowledge' ? { ...a, body: acknowledgementBody() } : a))
