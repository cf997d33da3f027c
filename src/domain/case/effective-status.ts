import type { Calendar } from '../calendar/calendar.js'
import { londonDate, type Instant } from '../calendar/london-date.js'
import type { CaseState } from './case-state.js'
import type { CaseStatus } from './case-vocabulary.schema.js'

/**
 * The status as it reads now: the stage 2 response is the council's final response, so the case reads as closed;
 * a stage 1 response whose escalation window passed without an escalation is closed too, without a scheduled
 * job having to write either. The calendar is accepted for windows that may later
 * count working days at read time; today the end date is fixed in the state when stage 1 responds.
 */
export function effectiveStatus(state: CaseState, now: Instant, _calendar?: Calendar): CaseStatus {
  if (state.status === 'stage2_responded') return 'closed'
  const end = state.stage1.response?.escalationWindowEndsOn ?? null
  if (state.status === 'stage1_responded' && end !== null && londonDate(now) > end) return 'closed'
  return state.status
}
