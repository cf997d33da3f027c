/**
 * decide(state, command, context): the only gate to a case's history. It returns events or a DomainError
 * value; it never throws (calendar slips thrown as DomainError are caught and returned).
 */
import { londonDate, toIsoInstant } from '../calendar/london-date.js'
import { DomainError, domainError } from '../errors/domain-error.js'
import type { CaseState } from './case-state.js'
import { commandDateError } from './command-dates.js'
import type { CaseStatus } from './case-vocabulary.schema.js'
import type { CaseCommand, CaseCommandType } from './commands.schema.js'
import { decideAfterCommand } from './decide-dispatch-after.js'
import { decideAmend } from './decide-amend.js'
import { effectiveStatus } from './effective-status.js'
import { fail, type DecideContext, type DecideResult } from './decide-context.js'
import { decideExtend, decidePause, decideResume } from './decide-clock.js'
import { decideAcknowledge, decideAssign, decideDowngrade, decideReceive, decideTriage, decideUpgrade } from './decide-intake.js'
import {
  decideAcknowledgeStage2, decideAssignStage2, decideEscalate, decideEscalation, decideRespondStage1, decideRespondStage2,
} from './decide-responses.js'
import { guardStatus, type StatusRule } from './status-guard.js'


/** Commands allowed in every status (the Ombudsman, remedies, actions): the status never refuses them. */
const ANY_STATUS: StatusRule = { allowed: 'any' }
const OPEN_STAGE: readonly CaseStatus[] = ['stage1_acknowledged', 'stage2_acknowledged']

/** Statuses each command is allowed in; see status-guard for how refusals get their codes. */
export const COMMAND_RULES: Record<Exclude<CaseCommandType, 'receive'>, StatusRule> = {
  triage: { allowed: ['received'], early: 'CASE.ALREADY_TRIAGED', late: 'CASE.ALREADY_TRIAGED' },
  upgrade: { allowed: ['service_request'], early: 'CASE.NOT_A_SERVICE_REQUEST', late: 'CASE.NOT_A_SERVICE_REQUEST' },
  downgrade: { allowed: ['triaged_complaint', 'stage1_acknowledged'], early: 'CASE.NOT_TRIAGED', late: 'CASE.ALREADY_RESPONDED' },
  acknowledge: { allowed: ['triaged_complaint'], early: 'CASE.NOT_TRIAGED', late: 'CASE.ALREADY_ACKNOWLEDGED' },
  assign: { allowed: ['triaged_complaint', 'stage1_acknowledged'], early: 'CASE.NOT_TRIAGED', late: 'CASE.ALREADY_RESPONDED' },
  extend: { allowed: OPEN_STAGE, early: 'CASE.NOT_ACKNOWLEDGED', late: 'CASE.ALREADY_RESPONDED' },
  pause: { allowed: OPEN_STAGE, early: 'CASE.NOT_ACKNOWLEDGED', late: 'CASE.ALREADY_RESPONDED' },
  resume: { allowed: OPEN_STAGE, early: 'CASE.NOT_ACKNOWLEDGED', late: 'CASE.ALREADY_RESPONDED' },
  respond_stage1: { allowed: ['stage1_acknowledged'], early: 'CASE.NOT_ACKNOWLEDGED', late: 'CASE.ALREADY_RESPONDED' },
  escalate: { allowed: ['stage1_responded'], early: 'CASE.NOT_RESPONDED', late: 'CASE.ALREADY_ESCALATED' },
  decide_escalation: { allowed: ['escalation_pending_decision', 'escalation_requested'], early: 'CASE.NOT_ESCALATED', late: 'CASE.ESCALATION_ALREADY_DECIDED' },
  acknowledge_stage2: { allowed: ['escalation_requested'], early: 'CASE.NOT_ESCALATED', late: 'CASE.ALREADY_ACKNOWLEDGED' },
  assign_stage2: { allowed: ['escalation_requested', 'stage2_acknowledged'], early: 'CASE.NOT_ESCALATED', late: 'CASE.ALREADY_RESPONDED' },
  respond_stage2: { allowed: ['stage2_acknowledged'], early: 'CASE.NOT_ACKNOWLEDGED', late: 'CASE.ALREADY_RESPONDED' },
  refer_to_ombudsman: ANY_STATUS,
  record_ombudsman_decision: ANY_STATUS,
  complete_remedy: ANY_STATUS,
  remedy_undeliverable: ANY_STATUS,
  complete_action: ANY_STATUS,
  // Contact details and flags may need changing at any point, closed cases included (the Ombudsman may write).
  amend: ANY_STATUS,
  correct: ANY_STATUS,
  withdraw: {
    allowed: ['received', 'service_request', 'triaged_complaint', 'stage1_acknowledged', 'stage1_responded', 'escalation_pending_decision', 'escalation_requested', 'stage2_acknowledged'],
    early: 'CASE.ALREADY_RESPONDED',
    late: 'CASE.ALREADY_RESPONDED',
  },
  // Stored statuses; one that reads as closed (stage2_responded always, stage1_responded after its window) is
  // refused below with CASE.CLOSED: it closed by itself, and closedOn already says when.
  close: {
    allowed: ['signposted', 'service_request', 'refused', 'stage1_responded', 'escalation_refused', 'final_at_stage1', 'stage2_responded'],
    early: 'CASE.STILL_OPEN',
    late: 'CASE.STILL_OPEN',
  },
}

/** A case closed after stage 1 may still be escalated: the window test, not the closure, decides. */
function closedButEscalatable(s: CaseState, status: CaseStatus): boolean {
  return status === 'closed' && s.stage1.response !== null && s.escalation === null && s.stage2 === null
}

function preconditionError(s: CaseState, c: CaseCommand, ctx: DecideContext): DomainError | null {
  if (c.type === 'receive') return domainError('CASE.ALREADY_EXISTS', 'the case has already been received')
  if (ctx.policy.id !== s.policyId || (ctx.policyVersion !== undefined && ctx.policyVersion !== s.policyVersion)) {
    return domainError('CASE.POLICY_MISMATCH', `the case runs under policy ${s.policyId} version ${s.policyVersion}`)
  }
  const effective = effectiveStatus(s, ctx.occurredAt ?? ctx.now)
  if (c.type === 'escalate' && closedButEscalatable(s, effective)) return null
  if (c.type === 'acknowledge_stage2' && s.status === 'escalation_pending_decision') {
    return domainError('CASE.ESCALATION_DECISION_REQUIRED', 'the escalation was outside the window and needs a decision first')
  }
  const rule = COMMAND_RULES[c.type]
  // A case that reads as closed (final response sent, or window passed) is never edited, nor closed a second time:
  // its closing date is already known (closedOn in effective-status.ts).
  return guardStatus(s.status, c.type, rule) ?? (effective === s.status ? null : guardStatus(effective, c.type, rule))
}

function dispatch(s: CaseState, c: CaseCommand, ctx: DecideContext): DecideResult {
  switch (c.type) {
    case 'triage': return decideTriage(c, ctx)
    case 'upgrade': return decideUpgrade(c, ctx)
    case 'downgrade': return decideDowngrade(c, ctx)
    case 'acknowledge': return decideAcknowledge(s, c, ctx)
    case 'assign': return decideAssign(c, ctx)
    case 'extend': return decideExtend(s, c, ctx)
    case 'pause': return decidePause(s, c, ctx)
    case 'resume': return decideResume(s, c, ctx)
    case 'respond_stage1': return decideRespondStage1(s, c, ctx)
    case 'escalate': return decideEscalate(s, c, ctx)
    case 'decide_escalation': return decideEscalation(s, c, ctx)
    case 'acknowledge_stage2': return decideAcknowledgeStage2(s, ctx)
    case 'assign_stage2': return decideAssignStage2(s, c, ctx)
    case 'respond_stage2': return decideRespondStage2(s, c, ctx)
    case 'amend': return decideAmend(c, ctx)
    // A correction is decided over the case's whole history (correction.ts), never from its state alone.
    case 'correct': throw new Error('decide: a correction goes through decideCorrection')
    default: return decideAfterCommand(s, c, ctx)
  }
}

/** A CRM's clock may run a little ahead of ours; within this, "the future" is read as now. */
const CLOCK_SKEW_MS = 2 * 60_000

/** When the case's latest fact happened: nothing may be back-dated before it. */
export function lastEventAt(s: CaseState): string {
  return s.lastEventAt ?? s.receivedAt
}

/**
 * The back-dated instant of a command, checked: a real instant, not in the future (beyond clock skew, which is
 * read as now), not before the case's previous event. Undefined when the action happened now.
 */
function occurredAt(s: CaseState, c: CaseCommand, now: Date): { at?: string; error?: DomainError } {
  if (c.type === 'receive' || c.occurredAt === undefined) return {}
  const at = Date.parse(c.occurredAt)
  if (Number.isNaN(at)) return { error: domainError('CASE.INVALID_DATE', `occurredAt is not an instant: ${c.occurredAt}`, ['occurredAt']) }
  if (at - now.getTime() > CLOCK_SKEW_MS) return { error: domainError('CASE.DATE_IN_FUTURE', `occurredAt ${c.occurredAt} is in the future`, ['occurredAt']) }
  if (at >= now.getTime()) return {}
  const previous = lastEventAt(s)
  if (at < Date.parse(previous)) {
    return { error: domainError('CASE.DATE_OUT_OF_ORDER', `occurredAt ${c.occurredAt} is before the case's previous event (${previous})`, ['occurredAt']) }
  }
  return { at: toIsoInstant(new Date(at)) }
}

const notReceived = () => domainError('CASE.NOT_RECEIVED', 'no case has been received yet')

export function decide(state: CaseState | null, command: CaseCommand, context: DecideContext): DecideResult {
  try {
    const back = state === null ? {} : occurredAt(state, command, new Date(context.now))
    if (back.error) return fail(back.error)
    // A back-dated action is judged as at when it happened (e.g. whether the case then read as closed).
    const ctx: DecideContext = back.at === undefined ? context : { ...context, occurredAt: back.at }
    const statusError = state === null ? (command.type === 'receive' ? null : notReceived()) : preconditionError(state, command, ctx)
    // Dates after status, so that a disallowed pair keeps its predictable status code.
    const error = statusError ?? commandDateError(command, londonDate(context.now))
    if (error !== null) return fail(error)
    if (state !== null) return dispatch(state, command, ctx)
    return command.type === 'receive' ? decideReceive(command, context) : fail(notReceived())
  } catch (e) {
    if (e instanceof DomainError) return fail(e)
    throw e
  }
}
