import {
  caseDeadlines, deadlineState, effectiveStatus, londonDate,
  type Calendar, type CaseState, type Deadline, type DeadlineState, type Policy,
} from '../domain/index.js'
import type { CaseProjection } from '../db/case.repository.js'

export type DeadlineView = Deadline & { state: DeadlineState }

/** The council's own duties, not the person's (the escalation window is theirs to use). */
const COUNCIL_DUTIES = new Set(['stage1_acknowledgement', 'stage1_response', 'stage2_acknowledgement', 'stage2_response'])

const computed = new WeakMap<CaseState, { policy: Policy; calendar: Calendar; deadlines: Deadline[] }>()

/**
 * The case's deadlines, computed once per state: a write projects them for the queue, the report facts and the
 * reply from the same state object, so one request counts working days once.
 */
export function deadlinesOf(state: CaseState, policy: Policy, calendar: Calendar): Deadline[] {
  const hit = computed.get(state)
  if (hit !== undefined && hit.policy === policy && hit.calendar === calendar) return hit.deadlines
  const deadlines = caseDeadlines(state, policy, calendar)
  computed.set(state, { policy, calendar, deadlines })
  return deadlines
}

export function deadlineViews(state: CaseState, policy: Policy, calendar: Calendar, now: Date): DeadlineView[] {
  return deadlinesOf(state, policy, calendar).map((d) => ({ ...d, state: deadlineState(d, now) }))
}

/** What the work queue sorts and filters on, recomputed from the state on every write. */
export function projectCase(state: CaseState, policy: Policy, calendar: Calendar): CaseProjection {
  const open = deadlinesOf(state, policy, calendar)
    .filter((d) => COUNCIL_DUTIES.has(d.kind) && d.doneOn === null)
    .sort((a, b) => a.due.localeCompare(b.due))
  const ended = ['withdrawn', 'closed', 'refused', 'signposted', 'escalation_refused', 'final_at_stage1', 'stage2_responded'].includes(state.status)
  const next = ended ? undefined : open[0]
  const openRemedies = state.remedies.filter((r) => r.status === 'open')
  const stage2 = state.stage2
  return {
    status: state.status,
    kind: state.triage?.as ?? null,
    stage: stage2 !== null || state.escalation !== null ? 2 : 1,
    leadServiceArea: state.stage1.serviceArea,
    handler: state.stage1.handler,
    stage2Handler: stage2?.handler ?? null,
    nextDueOn: next?.due ?? null,
    nextDueKind: next?.kind ?? null,
    escalationWindowEndsOn: state.stage1.response?.escalationWindowEndsOn ?? null,
    openRemedies: openRemedies.length,
    nextRemedyDueOn: openRemedies.map((r) => r.dueDate).sort()[0] ?? null,
    // Kept under review while the council still deals with the person; a finished case has nothing to review.
    adjustmentsReviewOn: ended ? null : (state.adjustmentsReviewOn ?? null),
  }
}

export interface CaseFlags {
  overdue: boolean
  acknowledgedLate: boolean
  respondedLate: boolean
  extendedBeyondCode: boolean
  clockPaused: boolean
  outsideTwelveMonths: boolean
  remediesOverdue: number
}

export function caseFlags(state: CaseState, deadlines: DeadlineView[], now: Date): CaseFlags {
  const today = londonDate(now)
  const stages = [state.stage1, ...(state.stage2 ? [state.stage2] : [])]
  const status = effectiveStatus(state, now)
  const active = !['withdrawn', 'closed'].includes(status)
  return {
    overdue: active && deadlines.some((d) => COUNCIL_DUTIES.has(d.kind) && d.state === 'overdue'),
    acknowledgedLate: stages.some((s) => s.acknowledgedLate === true),
    respondedLate: stages.some((s) => s.response?.late === true),
    extendedBeyondCode: stages.some((s) => s.extensions.some((e) => e.beyondCode)),
    clockPaused: stages.some((s) => s.pauses.some((p) => p.until === null)),
    outsideTwelveMonths: state.twelveMonth?.withinLimit === false,
    remediesOverdue: state.remedies.filter((r) => r.status === 'open' && r.dueDate < today).length,
  }
}
