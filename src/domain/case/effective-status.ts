import { londonDate, type Instant } from '../calendar/london-date.js'
import type { CaseState } from './case-state.js'
import { CaseStatusSchema, type CaseStatus } from './case-vocabulary.schema.js'

/**
 * The one definition of "reads as closed": the stage 2 response is the council's final response, so the case
 * reads as closed at once; a stage 1 response reads as closed once its escalation window has passed without an
 * escalation. Nothing has to run for either: the status is read, not written. Queries over stored cases use
 * storedStatusesReadingAs, derived from the same table.
 */
const READS_AS_CLOSED: ReadonlyArray<{ status: CaseStatus; when: 'always' | 'window_passed' }> = [
  { status: 'stage2_responded', when: 'always' },
  { status: 'stage1_responded', when: 'window_passed' },
]

/** The two facts of a case the rule needs, as the state holds them and as the cases table stores them. */
export interface StatusFacts {
  status: CaseStatus
  escalationWindowEndsOn: string | null
}

const windowPassed = (facts: StatusFacts, today: string): boolean =>
  facts.escalationWindowEndsOn !== null && today > facts.escalationWindowEndsOn

/** The status as it reads on `today` (a Europe/London date). */
export function readStatus(facts: StatusFacts, today: string): CaseStatus {
  const rule = READS_AS_CLOSED.find((r) => r.status === facts.status)
  if (rule && (rule.when === 'always' || windowPassed(facts, today))) return 'closed'
  return facts.status
}

export function effectiveStatus(state: CaseState, now: Instant): CaseStatus {
  return readStatus({ status: state.status, escalationWindowEndsOn: state.stage1.response?.escalationWindowEndsOn ?? null }, londonDate(now))
}

/**
 * The day a case that reads as closed closed, whichever way it closed: the recorded closure; the stage 2 (final)
 * response; or, for a stage 1 response whose escalation window passed unused, the window's last day. Null while
 * the case does not read as closed (a case closed after stage 1 and then escalated is open again).
 */
export function closedOn(state: CaseState, now: Instant): string | null {
  if (effectiveStatus(state, now) !== 'closed') return null
  if (state.status === 'closed') return state.closedOn
  if (state.status === 'stage2_responded') return state.stage2?.response?.respondedOn ?? null
  return state.stage1.response?.escalationWindowEndsOn ?? null
}

/** One stored shape that reads as a given status: this stored status, with the escalation window as stated. */
export interface StoredStatusMatch {
  status: CaseStatus
  /** Absent: whatever the window. */
  window?: 'passed' | 'not_passed'
}

/**
 * The stored statuses (and escalation-window conditions, relative to the day the query runs) that read as
 * `wanted`: what a query over the stored columns must match to agree with readStatus. An empty list matches nothing.
 */
export function storedStatusesReadingAs(wanted: CaseStatus): StoredStatusMatch[] {
  const rule = READS_AS_CLOSED.find((r) => r.status === wanted)
  if (wanted === 'closed') {
    return [
      { status: 'closed' },
      ...READS_AS_CLOSED.map((r): StoredStatusMatch => (r.when === 'always' ? { status: r.status } : { status: r.status, window: 'passed' })),
    ]
  }
  if (rule === undefined) return [{ status: wanted }]
  return rule.when === 'always' ? [] : [{ status: wanted, window: 'not_passed' }]
}

/** Every status a case can be stored with. */
const STATUSES: readonly CaseStatus[] = CaseStatusSchema.anyOf.map((s) => s.const)

/**
 * The stored shapes of a case that is still open as read on the day the query runs: neither reading as closed
 * (readStatus) nor withdrawn. What "a subject's open cases" means when a leaver's work is reassigned.
 */
export function storedStatusesReadingAsOpen(): StoredStatusMatch[] {
  return STATUSES.filter((s) => s !== 'closed' && s !== 'withdrawn').flatMap(storedStatusesReadingAs)
}
