/**
 * The Code's dates are calendar dates in Europe/London of the event's instant. luxon's zone rules handle the
 * clock changes (BST starts 01:00 UTC on the last Sunday of March, ends 01:00 UTC on the last Sunday of October).
 */
import { DateTime } from 'luxon'
import { DomainError } from '../errors/domain-error.js'
import { isIsoDate } from './epoch-day.js'

export const LONDON = 'Europe/London'

/** An instant as a JS Date or an ISO 8601 string with an offset ('2026-03-31T23:30:00Z'). */
export type Instant = Date | string

export function toLondonDateTime(instant: Instant): DateTime {
  const dt =
    typeof instant === 'string'
      ? // A string without offset is read as London wall-clock time, the only sensible reading for a UK council.
        DateTime.fromISO(instant, { zone: LONDON })
      : DateTime.fromJSDate(instant, { zone: LONDON })
  if (!dt.isValid) throw new DomainError('CALENDAR.INVALID_INSTANT', `"${String(instant)}" is not a valid instant`)
  return dt
}

/** Europe/London calendar date (YYYY-MM-DD) of an instant; a bare date is returned as it is. */
export function londonDate(instant: Instant): string {
  if (typeof instant === 'string' && isIsoDate(instant)) return instant
  return toLondonDateTime(instant).toISODate() ?? ''
}

/** Normalises an instant to an ISO string in UTC, the form events store. */
export function toIsoInstant(instant: Instant): string {
  return toLondonDateTime(instant).toUTC().toISO() ?? ''
}
