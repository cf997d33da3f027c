/**
 * Working-day arithmetic on an indexed Calendar. Dates at this surface are ISO 'YYYY-MM-DD' strings
 * (Europe/London calendar dates); a malformed date throws DomainError CALENDAR.INVALID_DATE, since callers
 * validate input at the edge and a bad date here is a slip, not a user-facing outcome.
 */
import { DomainError } from '../errors/domain-error.js'
import type { Calendar } from './calendar.js'
import { assertSupportedDay, civilFromDays, formatEpochDay, isWeekend, MAX_SUPPORTED_DAY, toEpochDay } from './epoch-day.js'
import { statutoryHolidays } from './statutory-holidays.js'

export interface WorkingDayResult {
  /** The due date (YYYY-MM-DD). */
  date: string
  /** True when the count reaches past the official data and so depends on projected holidays. */
  provisional: boolean
}

/** Projected years outside the index, per calendar: a slow walk would otherwise re-project a year per day. */
const projectedYears = new WeakMap<Calendar, Map<number, ReadonlySet<number>>>()

/** Holiday test outside the indexed range (rare): projects the pattern for that year on demand. */
function isHolidayOutsideIndex(cal: Calendar, day: number): boolean {
  const year = civilFromDays(day).year
  let years = projectedYears.get(cal)
  if (years === undefined) projectedYears.set(cal, (years = new Map<number, ReadonlySet<number>>()))
  let set = years.get(year)
  if (set === undefined) years.set(year, (set = new Set(statutoryHolidays(cal.division, year))))
  return set.has(day)
}

export function isWorkingDayEpoch(cal: Calendar, day: number): boolean {
  if (isWeekend(day)) return false
  if (day >= cal.rangeStart && day <= cal.rangeEnd) return !cal.holidays.has(day)
  return !isHolidayOutsideIndex(cal, day)
}

export function isWorkingDay(cal: Calendar, date: string): boolean {
  return isWorkingDayEpoch(cal, toEpochDay(date))
}

/** Number of working days in [rangeStart, day]; only valid inside the index. */
function countThrough(cal: Calendar, day: number): number {
  return cal.countUpTo[day - cal.rangeStart + 1] ?? 0
}

function slowAdd(cal: Calendar, from: number, n: number): number {
  let d = from
  let left = n
  while (left > 0) {
    d += 1
    // Bounds the walk: an absurd n ends here with a code instead of looping for minutes.
    if (d > MAX_SUPPORTED_DAY) assertSupportedDay(d, `${n} working days after ${formatEpochDay(from)}`)
    if (isWorkingDayEpoch(cal, d)) left -= 1
  }
  return d
}

/** Whether a day lies outside the official data (and so its holiday status is projected). */
export function isProjectedEpoch(cal: Calendar, day: number): boolean {
  return cal.officialFrom === null || cal.officialUntil === null || day < cal.officialFrom || day > cal.officialUntil
}

/** The N-th working day after `from` as an epoch day (from itself never counts; n = 0 returns from). */
export function addWorkingDaysEpoch(cal: Calendar, from: number, n: number): number {
  if (n === 0) return from
  if (from >= cal.rangeStart && from <= cal.rangeEnd) {
    const hit = cal.workingDays[countThrough(cal, from) + n - 1]
    if (hit !== undefined) return hit
  }
  return slowAdd(cal, from, n)
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError('CALENDAR.INVALID_COUNT', `working days must be a whole number of at least 0, got ${n}`)
  }
}

/** "Within N working days of D": the N-th working day after D; provisional if the count runs past the official data. */
export function addWorkingDays(cal: Calendar, date: string, n: number): WorkingDayResult {
  assertCount(n)
  const from = assertSupportedDay(toEpochDay(date), date)
  const due = addWorkingDaysEpoch(cal, from, n)
  const provisional = n > 0 && (isProjectedEpoch(cal, from + 1) || isProjectedEpoch(cal, due))
  return { date: formatEpochDay(due), provisional }
}

function slowBetween(cal: Calendar, from: number, to: number): number {
  let count = 0
  for (let d = from + 1; d <= to; d++) if (isWorkingDayEpoch(cal, d)) count += 1
  return count
}

/** Working days in (from, to]; negative when to is before from. Inverse of addWorkingDays. */
export function workingDaysBetweenEpoch(cal: Calendar, from: number, to: number): number {
  if (to < from) return -workingDaysBetweenEpoch(cal, to, from)
  const inside = (d: number): boolean => d >= cal.rangeStart && d <= cal.rangeEnd
  if (inside(from) && inside(to)) return countThrough(cal, to) - countThrough(cal, from)
  return slowBetween(cal, from, to)
}

export function workingDaysBetween(cal: Calendar, from: string, to: string): number {
  return workingDaysBetweenEpoch(cal, assertSupportedDay(toEpochDay(from), from), assertSupportedDay(toEpochDay(to), to))
}

/** Calendar-day windows, e.g. "within 14 days of the stage 1 response". */
export function addCalendarDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new DomainError('CALENDAR.INVALID_COUNT', `calendar days must be a whole number, got ${n}`)
  return formatEpochDay(assertSupportedDay(toEpochDay(date) + n, `${n} days after ${date}`))
}

/** Whether the holiday status of a date comes from the projected pattern rather than GOV.UK data. */
export function isProvisional(cal: Calendar, date: string): boolean {
  return isProjectedEpoch(cal, toEpochDay(date))
}
