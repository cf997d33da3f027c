import { DateTime } from 'luxon'
import type { Calendar } from './calendar.js'
import { formatEpochDay } from './epoch-day.js'
import { londonDate, type Instant } from './london-date.js'

/** The last date covered by official GOV.UK data (31 December of its last year); null when there is none. */
export function horizon(cal: Calendar): string | null {
  return cal.officialUntil === null ? null : formatEpochDay(cal.officialUntil)
}

/**
 * Whole months of official data left after `now` (0 when the horizon has passed or there is no data).
 * Readiness warns below 12 because a deadline a year out would otherwise be provisional.
 */
export function remainingOfficialMonths(cal: Calendar, now: Instant): number {
  const h = horizon(cal)
  if (h === null) return 0
  const months = DateTime.fromISO(h).diff(DateTime.fromISO(londonDate(now)), 'months').months
  return Math.max(0, Math.floor(months))
}

export interface CalendarReadiness {
  horizon: string | null
  remainingOfficialMonths: number
  /** True when fewer than 12 months of official bank-holiday data remain. */
  warn: boolean
}

export function calendarReadiness(cal: Calendar, now: Instant): CalendarReadiness {
  const remaining = remainingOfficialMonths(cal, now)
  return { horizon: horizon(cal), remainingOfficialMonths: remaining, warn: remaining < 12 }
}
