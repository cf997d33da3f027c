/**
 * The time-based alerts a case has: which become due on which Europe/London date, each with a key that names it
 * once per case and date, so a scheduler can emit each exactly once (the key includes the due date: an extension
 * or a pause that moves the date makes a new alert, and the old one is never emitted once its date has moved).
 * Pure: the date is an argument, nothing here reads a clock.
 */
import { DateTime } from 'luxon'
import type { Calendar } from '../calendar/calendar.js'
import { LONDON } from '../calendar/london-date.js'
import { addCalendarDays, isWorkingDay } from '../calendar/working-days.js'
import type { CaseState } from '../case/case-state.js'
import { readStatus } from '../case/effective-status.js'
import type { Policy } from '../policy/policy.schema.js'
import { caseDeadlines } from './case-deadlines.js'
import type { DeadlineKind } from './deadline.schema.js'

/** The council's own duties (the escalation window is the person's). */
const COUNCIL_DUTIES: ReadonlySet<DeadlineKind> = new Set(['stage1_acknowledgement', 'stage1_response', 'stage2_acknowledgement', 'stage2_response'])

/** Statuses after which the council's response duties no longer run. */
export const ENDED_STATUSES: ReadonlySet<string> = new Set(['withdrawn', 'closed', 'refused', 'signposted', 'escalation_refused', 'final_at_stage1', 'stage2_responded'])

/** When a policy does not say how far ahead to warn: two working days (the default). */
export const DEFAULT_ALERT_WORKING_DAYS = 2

export type CaseAlertType = 'deadline_approaching' | 'deadline_missed' | 'escalation_window_passed' | 'remedy_overdue'

export interface CaseAlert {
  type: CaseAlertType
  /** Unique per case: the same alert computed twice (two instances, a restart) has the same key. */
  key: string
  /** The Europe/London date from which the alert is due. */
  from: string
  /** The last date it still means something (an approaching deadline once past is missed instead); null: no end. */
  until: string | null
  data: Record<string, string>
}

/** The working day `n` working days before `date` (n >= 1). */
export function workingDaysBefore(cal: Calendar, date: string, n: number): string {
  let d = date
  for (let left = n; left > 0;) {
    d = addCalendarDays(d, -1)
    if (isWorkingDay(cal, d)) left -= 1
  }
  return d
}

/** Every alert the case's present state implies, due or not yet; none for a service request or signposting. */
export function caseAlerts(state: CaseState, policy: Policy, cal: Calendar): CaseAlert[] {
  const alerts: CaseAlert[] = []
  const ahead = policy.deadlineAlertWorkingDays ?? DEFAULT_ALERT_WORKING_DAYS
  if (!ENDED_STATUSES.has(state.status)) {
    for (const d of caseDeadlines(state, policy, cal)) {
      // A running pause stops the clock: the date will move when it ends, so it is neither near nor missed.
      if (!COUNCIL_DUTIES.has(d.kind) || d.doneOn !== null || d.pausedSince !== null) continue
      const data = { deadline: d.kind, due: d.due }
      if (ahead > 0) {
        alerts.push({ type: 'deadline_approaching', key: `deadline_approaching:${d.kind}:${d.due}`, from: workingDaysBefore(cal, d.due, ahead), until: d.due, data })
      }
      alerts.push({ type: 'deadline_missed', key: `deadline_missed:${d.kind}:${d.due}`, from: addCalendarDays(d.due, 1), until: null, data })
    }
  }
  const windowEnds = state.stage1.response?.escalationWindowEndsOn ?? null
  if (state.status === 'stage1_responded' && windowEnds !== null) {
    const from = addCalendarDays(windowEnds, 1)
    // The same rule that makes the case read as closed (effective-status.ts) decides when it closes.
    if (readStatus({ status: state.status, escalationWindowEndsOn: windowEnds }, from) === 'closed') {
      alerts.push({ type: 'escalation_window_passed', key: `escalation_window_passed:${windowEnds}`, from, until: null, data: { windowEndedOn: windowEnds } })
    }
  }
  for (const r of state.remedies) {
    if (r.status !== 'open') continue
    alerts.push({ type: 'remedy_overdue', key: `remedy_overdue:${r.id}:${r.dueDate}`, from: addCalendarDays(r.dueDate, 1), until: null, data: { remedyId: r.id, due: r.dueDate } })
  }
  return alerts
}

/** The alerts due on `today` (a Europe/London date). */
export function dueAlerts(alerts: readonly CaseAlert[], today: string): CaseAlert[] {
  return alerts.filter((a) => a.from <= today && (a.until === null || today <= a.until))
}

/** The next date an alert not yet due becomes due, or null when none will without a change to the case. */
export function nextAlertOn(alerts: readonly CaseAlert[], today: string): string | null {
  return alerts.map((a) => a.from).filter((from) => from > today).sort()[0] ?? null
}

/** The instant an alert became due: the start of its date in Europe/London (the same on every instance). */
export function alertInstant(from: string): string {
  return DateTime.fromISO(from, { zone: LONDON }).startOf('day').toUTC().toISO() ?? ''
}
