/**
 * Whether a timeliness requirement was met in a period. Only duties that fell due count: done (on time or late)
 * or overdue. A duty still open and not yet due is reported apart and never makes a requirement met, so a period
 * in which nothing has fallen due is neither met nor not met.
 */

export interface Targets {
  /** Percentage of duties done on time for the requirement to be met (default 100). */
  targetPercent: number
  /** At or above this percentage, but under the target, the requirement is amber (default 90). */
  amberFromPercent: number
}

export const DEFAULT_TARGETS: Targets = { targetPercent: 100, amberFromPercent: 90 }

export type Rating = 'met' | 'amber' | 'not_met' | 'nothing_due'

export interface TimelinessAssessment {
  /** Duties that fell due: done by the due date, done after it, or not done with the date passed. */
  fellDue: number
  onTime: number
  late: number
  /** Open and not yet due: shown apart, never counted as met nor as late. */
  notYetDue: number
  /** onTime as a percentage of fellDue, one decimal place; null when nothing fell due. */
  percent: number | null
  rating: Rating
  met: boolean | null
}

const percentOf = (count: number, of: number): number | null => (of > 0 ? Math.round((count * 1000) / of) / 10 : null)

export function assessTimeliness(onTime: number, late: number, notYetDue: number, targets: Targets): TimelinessAssessment {
  const fellDue = onTime + late
  const percent = percentOf(onTime, fellDue)
  // Compared on exact counts, not the rounded percentage: 999 of 1000 is 99.9 %, never "100 %, met".
  const rating: Rating = fellDue === 0 ? 'nothing_due'
    : onTime * 100 >= targets.targetPercent * fellDue ? 'met'
      : onTime * 100 >= targets.amberFromPercent * fellDue ? 'amber' : 'not_met'
  return { fellDue, onTime, late, notYetDue, percent, rating, met: rating === 'nothing_due' ? null : rating === 'met' }
}

/** The rule in words, as the report states it beside the figure. */
export function timelinessRule(targets: Targets): string {
  const amber = targets.amberFromPercent < targets.targetPercent ? `; amber from ${targets.amberFromPercent}%` : ''
  return `Met when at least ${targets.targetPercent}% of the duties that fell due in the period were done on time${amber}. ` +
    'Duties still open and not yet due are shown apart and never count as met.'
}

/** A count that must be zero (extensions beyond the cap, overdue remedies): met when none, not met otherwise. */
export function assessNone(count: number, outOf: number): { rating: Rating; met: boolean | null } {
  if (outOf === 0) return { rating: 'nothing_due', met: null }
  return count === 0 ? { rating: 'met', met: true } : { rating: 'not_met', met: false }
}
