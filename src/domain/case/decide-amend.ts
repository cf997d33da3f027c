/**
 * Amendments: the details recorded at intake change as events, never in place, so the history shows who changed
 * what and when. The service works out the changes (it holds the personal details); the domain checks the ones
 * its rules read: the sensitive flag and the review date of reasonable adjustments (Code 5.6).
 */
import { parseIsoDate } from '../calendar/epoch-day.js'
import { londonDate } from '../calendar/london-date.js'
import { domainError } from '../errors/domain-error.js'
import type { CommandOf } from './commands.schema.js'
import { fail, meta, ok, stamp, type DecideContext, type DecideResult } from './decide-context.js'

export function decideAmend(c: CommandOf<'amend'>, ctx: DecideContext): DecideResult {
  const today = londonDate(ctx.now)
  for (const change of c.changes) {
    if (change.field === '/sensitive' && typeof change.to !== 'boolean') {
      return fail(domainError('CASE.INVALID_AMENDMENT', 'sensitive must be true or false', ['sensitive']))
    }
    if (change.field === '/adjustmentsReviewOn' && change.to !== null && change.to !== undefined) {
      if (typeof change.to !== 'string' || parseIsoDate(change.to) === null) {
        return fail(domainError('CASE.INVALID_DATE', 'adjustmentsReviewOn is not a calendar date (YYYY-MM-DD)', ['adjustmentsReviewOn']))
      }
      // A review date is when the adjustments will next be looked at: one already past is a keying slip.
      if (change.to < today) return fail(domainError('CASE.DATE_IN_PAST', `adjustmentsReviewOn ${change.to} is before today (${today})`, ['adjustmentsReviewOn']))
    }
  }
  const m = meta(ctx)
  return ok({ type: 'amended', ...stamp(m), changes: c.changes, reason: c.reason ?? null })
}
