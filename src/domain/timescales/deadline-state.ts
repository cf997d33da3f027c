import { londonDate, type Instant } from '../calendar/london-date.js'
import type { Deadline, DeadlineState } from './deadline.schema.js'

/** Due means by the end of that day in Europe/London; ISO dates compare as strings. */
export function isLate(due: string, eventAt: Instant): boolean {
  return londonDate(eventAt) > due
}

/** met / late when the event happened, otherwise open / overdue against now. */
export function deadlineState(deadline: Pick<Deadline, 'due' | 'doneOn'>, now: Instant): DeadlineState {
  if (deadline.doneOn !== null) return deadline.doneOn <= deadline.due ? 'met' : 'late'
  return londonDate(now) > deadline.due ? 'overdue' : 'open'
}
