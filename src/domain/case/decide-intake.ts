/** Intake commands: receive, triage, upgrade, downgrade, acknowledge (accept or refuse), assign. */
import { assertSupportedDay, toEpochDay } from '../calendar/epoch-day.js'
import { londonDate, toIsoInstant } from '../calendar/london-date.js'
import { domainError } from '../errors/domain-error.js'
import { caseDeadlines, findDeadline } from '../timescales/case-deadlines.js'
import { twelveMonthTest } from '../timescales/twelve-month-test.js'
import { blank, checkRefusal } from './catalogue-check.js'
import type { CaseState } from './case-state.js'
import type { CommandOf } from './commands.schema.js'
import { fail, meta, ok, stamp, type DecideContext, type DecideResult } from './decide-context.js'

export function decideReceive(c: CommandOf<'receive'>, ctx: DecideContext): DecideResult {
  const m = meta(ctx)
  const receivedOn = londonDate(c.receivedAt)
  if (receivedOn > m.today) return fail(domainError('CASE.DATE_IN_FUTURE', `receivedAt ${c.receivedAt} is after now`))
  // A typo'd year (1825 for 2025) would be accepted here and then fail every later command on the calendar.
  assertSupportedDay(toEpochDay(receivedOn), `receivedAt ${c.receivedAt}`)
  const awareOn = c.awareOn ?? null
  if (awareOn !== null && awareOn > receivedOn) return fail(domainError('CASE.DATE_OUT_OF_ORDER', 'awareOn is after the date of receipt'))
  return ok({
    type: 'case_received', ...stamp(m), receivedAt: toIsoInstant(c.receivedAt), receivedOn, channel: c.channel, awareOn,
    anonymous: c.anonymous, sensitive: c.sensitive, policyId: ctx.policy.id, policyVersion: ctx.policyVersion ?? ctx.policy.id,
    twelveMonth: awareOn === null ? null : twelveMonthTest(awareOn, receivedOn, ctx.policy),
    ...(c.adjustmentsReviewOn ? { adjustmentsReviewOn: c.adjustmentsReviewOn } : {}),
  })
}

export function decideTriage(c: CommandOf<'triage'>, ctx: DecideContext): DecideResult {
  if (c.as === 'signposted' && (blank(c.signpostedTo) || blank(c.reason))) {
    return fail(domainError('CASE.SIGNPOST_DETAILS_REQUIRED', 'signposting needs where the person is directed and why', ['signpostedTo', 'reason'].filter((k) => blank(c[k as 'reason']))))
  }
  const m = meta(ctx)
  return ok({ type: 'triaged', ...stamp(m), as: c.as, signpostedTo: c.signpostedTo ?? null, reason: c.reason ?? null })
}

export function decideUpgrade(c: CommandOf<'upgrade'>, ctx: DecideContext): DecideResult {
  const m = meta(ctx)
  return ok({ type: 'upgraded', ...stamp(m), reason: c.reason ?? null })
}

export function decideDowngrade(c: CommandOf<'downgrade'>, ctx: DecideContext): DecideResult {
  if (!c.personAgreed) return fail(domainError('CASE.DOWNGRADE_NEEDS_AGREEMENT', 'a complaint becomes a service request only with the person\'s agreement'))
  const m = meta(ctx)
  return ok({ type: 'downgraded', ...stamp(m), reason: c.reason })
}

function acceptanceError(s: CaseState, c: CommandOf<'acknowledge'>, ctx: DecideContext) {
  if (c.decision === 'accepted') {
    const outside = s.twelveMonth?.withinLimit === false
    if (outside && blank(c.outsideTimeLimitReason)) {
      return domainError('CASE.OUTSIDE_TIME_LIMIT_REASON_REQUIRED', `received after the time limit (${s.twelveMonth?.limitDate}); accepting needs a good reason (Code 2.2)`)
    }
    return null
  }
  const refusal = checkRefusal(ctx.policy, c.exclusionCodes, c.explanation)
  if (refusal !== null) return refusal
  if (c.ombudsmanRightGiven !== true) return domainError('CASE.OMBUDSMAN_RIGHT_REQUIRED', 'a refusal must tell the person of their right to go to the Ombudsman (Code 2.4)')
  return null
}

/** Late acknowledgement is allowed and recorded as late: refusing to record it would hide the failure. */
export function decideAcknowledge(s: CaseState, c: CommandOf<'acknowledge'>, ctx: DecideContext): DecideResult {
  // Histories stored before upgrades restored the accepted status may read triaged_complaint with an acceptance.
  if (s.acceptance !== null) return fail(domainError('CASE.ALREADY_ACKNOWLEDGED', `the complaint was already acknowledged on ${s.stage1.acknowledgedOn}`))
  const error = acceptanceError(s, c, ctx)
  if (error !== null) return fail(error)
  const m = meta(ctx)
  const due = findDeadline(caseDeadlines(s, ctx.policy, ctx.calendar), 'stage1_acknowledgement')?.due ?? m.today
  const refused = c.decision === 'refused'
  return ok({
    type: 'acknowledged', ...stamp(m), decision: c.decision,
    exclusionCodes: refused ? (c.exclusionCodes ?? []) : [],
    explanation: refused ? (c.explanation ?? null) : null,
    ombudsmanRightGiven: c.ombudsmanRightGiven === true,
    outsideTimeLimitReason: refused ? null : (c.outsideTimeLimitReason ?? null),
    acknowledgedOn: m.today, dueOn: due, late: m.today > due,
  })
}

export function decideAssign(c: CommandOf<'assign'>, ctx: DecideContext): DecideResult {
  const m = meta(ctx)
  return ok({ type: 'assigned', ...stamp(m), stage: 1, serviceArea: c.serviceArea, handler: c.handler })
}
