import type { Calendar } from '../calendar/calendar.js'
import { londonDate, type Instant } from '../calendar/london-date.js'
import type { CaseState } from './case-state.js'
import type { CaseStatus } from './case-vocabulary.schema.js'

/**
 * The status as it reads now: a stage 1 response whose escalation window passed without an escalation is
 * closed, without a scheduled job having to write it. The calendar is accepted for windows that may later
 * count working days at read time; today the end date is fixed in the state when stage 1 responds.
 */
export function effectiveStatus(state: CaseState, now: Instant, _calendar?: Calendar): CaseStatus {
  const end = state.stage1.response?.escalationWindowEndsOn ?? null
  if (state.status === 'stage1_responded' && end !== null && londonDate(now) > end) return 'closed'
  return state.status
}
