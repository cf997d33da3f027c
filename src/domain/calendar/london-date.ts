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

/*
 * The fast path. A request asks for London dates dozens of times and luxon's zone lookup (Intl) was a tenth of
 * the service's CPU. The zone's offset is still luxon's (the same tz data), asked once per UTC hour: London's
 * clocks change on the hour in UTC, and an hour whose ends disagree is never cached. Anything unusual (a string
 * without an offset, a fraction beyond milliseconds, a year outside 1000-9999) takes luxon's path.
 */
const HOUR_MS = 3_600_000
const offsets = new Map<number, number>()

function offsetMs(ms: number): number | null {
  const hour = Math.floor(ms / HOUR_MS)
  const hit = offsets.get(hour)
  if (hit !== undefined) return hit
  const start = DateTime.fromMillis(hour * HOUR_MS, { zone: LONDON }).offset
  if (DateTime.fromMillis(hour * HOUR_MS + HOUR_MS - 1, { zone: LONDON }).offset !== start) return null
  if (offsets.size >= 100_000) offsets.clear()
  offsets.set(hour, start * 60_000)
  return start * 60_000
}

const MIN_MS = Date.UTC(1000, 0, 1)
const MAX_MS = Date.UTC(9999, 11, 30)
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|[+-](\d{2}):(\d{2}))$/
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Milliseconds of an instant the fast path can take, else null (luxon decides, and says when it is invalid). */
function plainMs(instant: Instant): number | null {
  let ms: number
  if (typeof instant === 'string') {
    const m = WITH_OFFSET.exec(instant)
    if (m === null) return null
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number]
    // Date.parse would roll 30 February over into March; luxon calls it invalid.
    if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]! || hour > 23 || minute > 59 || second > 59) return null
    if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null
    if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return null
    ms = Date.parse(instant)
  } else {
    ms = instant.getTime()
  }
  return Number.isFinite(ms) && ms >= MIN_MS && ms <= MAX_MS ? ms : null
}

/** Europe/London calendar date (YYYY-MM-DD) of an instant; a bare date is returned as it is. */
export function londonDate(instant: Instant): string {
  if (typeof instant === 'string' && isIsoDate(instant)) return instant
  const ms = plainMs(instant)
  const offset = ms === null ? null : offsetMs(ms)
  if (ms !== null && offset !== null) return new Date(ms + offset).toISOString().slice(0, 10)
  return toLondonDateTime(instant).toISODate() ?? ''
}

/** Normalises an instant to an ISO string in UTC, the form events store. */
export function toIsoInstant(instant: Instant): string {
  const ms = plainMs(instant)
  if (ms !== null) return new Date(ms).toISOString()
  return toLondonDateTime(instant).toUTC().toISO() ?? ''
}
