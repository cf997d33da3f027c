/** After the council's process: the Ombudsman, remedies and actions to completion, withdrawal, closure. */
import { domainError } from '../errors/domain-error.js'
import type { CaseState } from './case-state.js'
import type { CommandOf } from './commands.schema.js'
import { fail, meta, ok, stamp, type DecideContext, type DecideResult } from './decide-context.js'

/**
 * A referral is a fact the council learns of; whether it was premature is for the Ombudsman to say, so it is
 * recorded in any status.
 */
export function decideReferToOmbudsman(s: CaseState, c: CommandOf<'refer_to_ombudsman'>, ctx: DecideContext): DecideResult {
  if (s.ombudsman !== null) return fail(domainError('CASE.ALREADY_REFERRED', `already referred (${s.ombudsman.reference})`))
  const m = meta(ctx)
  return ok({ type: 'referred_to_ombudsman', ...stamp(m), referredOn: c.referredOn, reference: c.reference })
}

/** Recorded beside the council's own outcome (stage responses keep theirs); recommended remedies are tracked. */
export function decideOmbudsmanDecision(s: CaseState, c: CommandOf<'record_ombudsman_decision'>, ctx: DecideContext): DecideResult {
  if (s.ombudsman === null) return fail(domainError('CASE.NOT_REFERRED', 'the case has not been referred to the Ombudsman'))
  if (s.ombudsman.decision !== null) return fail(domainError('CASE.OMBUDSMAN_DECISION_EXISTS', 'the Ombudsman\'s decision is already recorded'))
  if (c.decidedOn < s.ombudsman.referredOn) return fail(domainError('CASE.DATE_OUT_OF_ORDER', 'decidedOn is before the referral'))
  const m = meta(ctx)
  const remedies = c.recommendedRemedies.map((remedy, i) => ({ id: `o-r${i + 1}`, remedy }))
  return ok({ type: 'ombudsman_decision_recorded', ...stamp(m), decidedOn: c.decidedOn, decision: c.decision, remedies })
}

function openRemedy(s: CaseState, id: string) {
  const remedy = s.remedies.find((r) => r.id === id)
  if (remedy === undefined) return domainError('CASE.REMEDY_NOT_FOUND', `no remedy ${id} in this case`)
  if (remedy.status !== 'open') return domainError('CASE.REMEDY_NOT_OPEN', `remedy ${id} is already ${remedy.status}`)
  return null
}

export function decideCompleteRemedy(s: CaseState, c: CommandOf<'complete_remedy'>, ctx: DecideContext): DecideResult {
  const error = openRemedy(s, c.remedyId)
  if (error !== null) return fail(error)
  const m = meta(ctx)
  return ok({ type: 'remedy_completed', ...stamp(m), remedyId: c.remedyId, completedOn: c.completedOn })
}

export function decideRemedyUndeliverable(s: CaseState, c: CommandOf<'remedy_undeliverable'>, ctx: DecideContext): DecideResult {
  const error = openRemedy(s, c.remedyId)
  if (error !== null) return fail(error)
  const m = meta(ctx)
  return ok({ type: 'remedy_undeliverable', ...stamp(m), remedyId: c.remedyId, reason: c.reason, alternative: c.alternative })
}

export function decideCompleteAction(s: CaseState, c: CommandOf<'complete_action'>, ctx: DecideContext): DecideResult {
  const action = s.actions.find((a) => a.id === c.actionId)
  if (action === undefined) return fail(domainError('CASE.ACTION_NOT_FOUND', `no outstanding action ${c.actionId} in this case`))
  if (action.completedOn !== null) return fail(domainError('CASE.ACTION_ALREADY_COMPLETED', `action ${c.actionId} was completed on ${action.completedOn}`))
  const m = meta(ctx)
  return ok({ type: 'action_completed', ...stamp(m), actionId: c.actionId, completedOn: c.completedOn })
}

/** Dates of these commands (real, not in the future) are checked by decide() for every command. */
export function decideWithdraw(c: CommandOf<'withdraw'>, ctx: DecideContext): DecideResult {
  const m = meta(ctx)
  return ok({ type: 'withdrawn', ...stamp(m), withdrawnOn: c.withdrawnOn, how: c.how })
}

export function decideClose(c: CommandOf<'close'>, ctx: DecideContext): DecideResult {
  const m = meta(ctx)
  return ok({ type: 'closed', ...stamp(m), closedOn: m.today, reason: c.reason ?? null })
}
