/** Responses at both stages and the escalation between them. */
import { londonDate, toIsoInstant } from '../calendar/london-date.js'
import { domainError, type DomainError } from '../errors/domain-error.js'
import type { Finding, ResponseContent } from '../outcomes/outcome.schema.js'
import { detailedOutcome, findingsOutsideScheme, recordedOutcome, stage2Outcome } from '../outcomes/recorded-outcome.js'
import { validateResponse } from '../outcomes/validate-response.js'
import { caseDeadlines, escalationWindowEnd, findDeadline } from '../timescales/case-deadlines.js'
import { blank, checkRefusal } from './catalogue-check.js'
import type { CaseState } from './case-state.js'
import type { CommandOf } from './commands.schema.js'
import { isPaused } from './decide-clock.js'
import { fail, meta, ok, stamp, type DecideContext, type DecideResult } from './decide-context.js'

function contentError(s: CaseState, response: ResponseContent, stage: 1 | 2, ctx: DecideContext, fromStage1: boolean): DomainError | null {
  if (isPaused(s)) return domainError('CASE.CLOCK_PAUSED', 'resume the clock before responding')
  const missing = validateResponse(response, stage, fromStage1)
  if (missing.length > 0) return domainError('CASE.RESPONSE_INCOMPLETE', `the response is missing: ${missing.join(', ')}`, missing)
  const outside = findingsOutsideScheme(response.findings ?? [], ctx.policy.outcomeScheme)
  if (outside.length > 0) return domainError('CASE.FINDING_NOT_IN_SCHEME', 'partly_upheld is only available under a three-way outcome scheme', outside.map((i) => `findings.${i}`))
  return null
}

function identified(response: ResponseContent, prefix: string) {
  return {
    remedies: (response.remedies ?? []).map((remedy, i) => ({ id: `${prefix}-r${i + 1}`, remedy })),
    actions: (response.outstandingActions ?? []).map((action, i) => ({ id: `${prefix}-a${i + 1}`, action })),
  }
}

export function decideRespondStage1(s: CaseState, c: CommandOf<'respond_stage1'>, ctx: DecideContext): DecideResult {
  const error = contentError(s, c.response, 1, ctx, false)
  if (error !== null) return fail(error)
  const m = meta(ctx)
  const findings = c.response.findings ?? []
  const due = findDeadline(caseDeadlines(s, ctx.policy, ctx.calendar), 'stage1_response')?.due ?? m.today
  return ok({
    type: 'responded', ...stamp(m), stage: 1, respondedOn: m.today, dueOn: due, late: m.today > due, findings,
    outcome: recordedOutcome(findings), detailedOutcome: detailedOutcome(findings), agreesWithStage1: null, content: c.response,
    ...identified(c.response, 's1'),
    escalationWindowEndsOn: escalationWindowEnd(ctx.calendar, ctx.policy.escalationWindow, m.today)?.date ?? null,
  })
}

/** Stage 2 agreeing with stage 1 keeps stage 1's findings as the decision, so the detail is taken from them. */
function stage2Detail(s: CaseState, agrees: boolean, findings: Finding[]) {
  const s1 = s.stage1.response
  const outcome = stage2Outcome(s1?.outcome ?? null, agrees, findings)
  const own = detailedOutcome(findings)
  const detail = outcome === 'upheld' && own === 'not_upheld' ? (s1?.detailedOutcome ?? 'upheld') : own
  return { outcome, detailedOutcome: detail }
}

/** Stage 1 handlers and the stage 1 responder, none of whom may act as the stage 2 reviewer. */
function stage1People(s: CaseState): string[] {
  return [...s.stage1.handlers, ...(s.stage1.response === null ? [] : [s.stage1.response.by])]
}

const notIndependent = (who: string) => domainError('CASE.STAGE2_HANDLER_NOT_INDEPENDENT', `${who} handled stage 1 and cannot review at stage 2`)

/** Checked on the response too: assigning an independent reviewer means nothing if a stage 1 handler then answers. */
export function decideRespondStage2(s: CaseState, c: CommandOf<'respond_stage2'>, ctx: DecideContext): DecideResult {
  if (stage1People(s).includes(ctx.actor.subject)) return fail(notIndependent(ctx.actor.subject))
  const error = contentError(s, c.response, 2, ctx, c.agreesWithStage1)
  if (error !== null) return fail(error)
  const m = meta(ctx)
  const findings = c.response.findings ?? []
  const due = findDeadline(caseDeadlines(s, ctx.policy, ctx.calendar), 'stage2_response')?.due ?? m.today
  return ok({
    type: 'responded', ...stamp(m), stage: 2, respondedOn: m.today, dueOn: due, late: m.today > due, findings,
    ...stage2Detail(s, c.agreesWithStage1, findings), agreesWithStage1: c.agreesWithStage1, content: c.response,
    ...identified(c.response, 's2'), escalationWindowEndsOn: null,
  })
}

/** Outside the window the request is still recorded (never lost) and waits for a decision. */
export function decideEscalate(s: CaseState, c: CommandOf<'escalate'>, ctx: DecideContext): DecideResult {
  const m = meta(ctx)
  const respondedOn = s.stage1.response?.respondedOn
  if (respondedOn === undefined) return fail(domainError('CASE.NOT_RESPONDED', 'there is no stage 1 response to escalate from'))
  const requestedOn = londonDate(c.requestedAt)
  if (requestedOn > londonDate(ctx.now)) return fail(domainError('CASE.DATE_IN_FUTURE', `requestedAt ${c.requestedAt} is after now`, ['requestedAt']))
  if (requestedOn < respondedOn) return fail(domainError('CASE.DATE_OUT_OF_ORDER', 'the escalation request is dated before the stage 1 response'))
  // The window was fixed when stage 1 responded, under the case's policy; it is read back, not recomputed.
  const windowEndsOn = s.stage1.response?.escalationWindowEndsOn ?? null
  return ok({
    type: 'escalation_requested', ...stamp(m), requestedAt: toIsoInstant(c.requestedAt), requestedOn, channel: c.channel,
    reason: blank(c.reason) ? null : (c.reason ?? null), withinWindow: windowEndsOn === null || requestedOn <= windowEndsOn, windowEndsOn,
  })
}

function escalationDecisionError(s: CaseState, c: CommandOf<'decide_escalation'>, ctx: DecideContext): DomainError | null {
  const esc = s.escalation
  if (esc === null) return domainError('CASE.NOT_ESCALATED', 'there is no escalation request')
  if (esc.decision !== null) return domainError('CASE.ESCALATION_ALREADY_DECIDED', 'the escalation was already decided')
  if (c.decision === 'accept') {
    if (esc.withinWindow) return domainError('CASE.ESCALATION_DECISION_NOT_NEEDED', 'an escalation inside the window is accepted without a decision')
    return blank(c.reason) ? domainError('CASE.ESCALATION_ACCEPT_NEEDS_REASON', 'accepting an escalation outside the window needs a reason') : null
  }
  if (c.decision === 'refuse') return checkRefusal(ctx.policy, c.exclusionCodes, c.explanation)
  if (!ctx.policy.unexplainedEscalationMayBeFinal) return domainError('CASE.FINAL_AT_STAGE1_NOT_ALLOWED', 'the policy does not allow making stage 1 final')
  if (esc.reason !== null) return domainError('CASE.ESCALATION_WAS_EXPLAINED', 'the person said why they escalate; stage 1 cannot be made final')
  return blank(c.explanation) ? domainError('CASE.EXPLANATION_REQUIRED', 'explain to the person why stage 1 is final and signpost the Ombudsman') : null
}

export function decideEscalation(s: CaseState, c: CommandOf<'decide_escalation'>, ctx: DecideContext): DecideResult {
  const error = escalationDecisionError(s, c, ctx)
  if (error !== null) return fail(error)
  const m = meta(ctx)
  return ok({
    type: 'escalation_decided', ...stamp(m), decision: c.decision, reason: c.reason ?? null,
    exclusionCodes: c.decision === 'refuse' ? (c.exclusionCodes ?? []) : [], explanation: c.explanation ?? null, decidedOn: m.today,
  })
}

export function decideAcknowledgeStage2(s: CaseState, ctx: DecideContext): DecideResult {
  const m = meta(ctx)
  const due = findDeadline(caseDeadlines(s, ctx.policy, ctx.calendar), 'stage2_acknowledgement')?.due ?? m.today
  return ok({ type: 'stage2_acknowledged', ...stamp(m), acknowledgedOn: m.today, dueOn: due, late: m.today > due })
}

/** The stage 2 reviewer is independent: never anyone assigned at stage 1, nor who sent the stage 1 response. */
export function decideAssignStage2(s: CaseState, c: CommandOf<'assign_stage2'>, ctx: DecideContext): DecideResult {
  if (stage1People(s).includes(c.handler)) return fail(notIndependent(c.handler))
  const m = meta(ctx)
  return ok({ type: 'assigned', ...stamp(m), stage: 2, serviceArea: null, handler: c.handler })
}
