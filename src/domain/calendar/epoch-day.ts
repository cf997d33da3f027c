/**
 * Dates as integer days since 1970-01-01 (proleptic Gregorian, no time zone). The hot path of the calendar
 * works on these integers; parsing and formatting are hand-written because luxon per call would cost more
 * than the whole deadline computation.
 */
import { DomainError } from '../errors/domain-error.js'

/** Days from civil (Howard Hinnant's algorithm), exact for all Gregorian dates. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function civilFromDays(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0)
}

/** Digit at position i of s, or -1 (charCodeAt instead of a regex: this runs once per deadline). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/** Parses 'YYYY-MM-DD'; null when malformed or not a real date (2025-02-30). */
export function parseIsoDate(text: string): number | null {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null
  const ds = [0, 1, 2, 3, 5, 6, 8, 9].map((i) => digit(text, i))
  if (ds.some((d) => d < 0)) return null
  const [y1 = 0, y2 = 0, y3 = 0, y4 = 0, m1 = 0, m2 = 0, d1 = 0, d2 = 0] = ds
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4
  const month = m1 * 10 + m2
  const day = d1 * 10 + d2
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return daysFromCivil(year, month, day)
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null
}

/** Like parseIsoDate but for trusted callers: a malformed date is a programming or validation slip. */
export function toEpochDay(text: string): number {
  const d = parseIsoDate(text)
  if (d === null) throw new DomainError('CALENDAR.INVALID_DATE', `"${text}" is not a calendar date in the form YYYY-MM-DD`)
  return d
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

export function formatEpochDay(epochDay: number): string {
  const { year, month, day } = civilFromDays(epochDay)
  // Padded so that years before 1000 still read back through parseIsoDate (and sort as strings).
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

/**
 * Working-day arithmetic answers for dates in [1900-01-01, 2999-12-31]. Outside it a date is a slip (a typo'd
 * year), and walking centuries of projected holidays would stall the caller, so it is refused with a code.
 */
export const MIN_SUPPORTED_DAY = daysFromCivil(1900, 1, 1)
export const MAX_SUPPORTED_DAY = daysFromCivil(2999, 12, 31)

export function assertSupportedDay(epochDay: number, what: string): number {
  if (!(epochDay >= MIN_SUPPORTED_DAY && epochDay <= MAX_SUPPORTED_DAY)) {
    throw new DomainError('CALENDAR.OUT_OF_RANGE', `${what} is outside the dates the calendar answers for (1900-01-01 to 2999-12-31)`)
  }
  return epochDay
}

/** ISO weekday: Monday 1 ... Sunday 7. 1970-01-01 was a Thursday. */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1
}

export function isWeekend(epochDay: number): boolean {
  return isoWeekday(epochDay) >= 6
}
