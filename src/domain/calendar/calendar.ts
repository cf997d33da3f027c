/**
 * A working-day calendar for one division, indexed once so that deadline arithmetic is array lookups:
 * `countUpTo[i]` is the number of working days in [start, start + i), `workingDays[k]` the epoch day of the
 * k-th working day of the range. Outside the indexed range the calendar still answers (a slow walk over the
 * projected pattern) because intake must never fail for want of a calendar.
 */
import { DomainError } from '../errors/domain-error.js'
import type { BankHolidaysFile, Division } from './bank-holidays.schema.js'
import { daysFromCivil, formatEpochDay, isWeekend, parseIsoDate } from './epoch-day.js'
import { statutoryHolidays } from './statutory-holidays.js'

export interface CalendarOptions {
  /** Last year the index projects the statutory pattern to; default: 10 years past the official data. */
  projectUntilYear?: number
}

export interface Calendar {
  readonly division: Division
  /** First and last day of the years covered by official GOV.UK data; null when the file has none. */
  readonly officialFrom: number | null
  readonly officialUntil: number | null
  /** Indexed range [rangeStart, rangeEnd] in epoch days. */
  readonly rangeStart: number
  readonly rangeEnd: number
  readonly countUpTo: Int32Array
  readonly workingDays: Int32Array
  readonly holidays: ReadonlySet<number>
}

const DEFAULT_PROJECTION_YEARS = 10
/** Two centuries of index is ~290 KB; a larger span means a bad option or a corrupt file, not a real need. */
const MAX_INDEX_YEARS = 200
const DIVISIONS: readonly string[] = ['england-and-wales', 'scotland', 'northern-ireland']

/** Fails at load time, with a code, rather than building a NaN-sized index or exhausting memory. */
function checkRange(division: Division, fromYear: number, untilYear: number): void {
  if (!DIVISIONS.includes(division)) throw new DomainError('CALENDAR.UNKNOWN_DIVISION', `unknown division "${String(division)}"`)
  if (!Number.isInteger(untilYear) || untilYear - fromYear + 1 > MAX_INDEX_YEARS) {
    throw new DomainError('CALENDAR.INVALID_RANGE', `cannot index ${fromYear} to ${untilYear}: at most ${MAX_INDEX_YEARS} whole years`)
  }
}

function officialHolidays(data: BankHolidaysFile, division: Division): number[] {
  const events = data[division]?.events ?? []
  const days: number[] = []
  for (const e of events) {
    const d = parseIsoDate(e.date)
    if (d !== null) days.push(d)
  }
  return days.sort((a, b) => a - b)
}

function yearOf(epochDay: number): number {
  return Number(formatEpochDay(epochDay).slice(0, 4))
}

/** Holidays for years the data does not cover come from the statutory pattern. */
function allHolidays(official: number[], division: Division, fromYear: number, untilYear: number, officialYears: Set<number>): Set<number> {
  const set = new Set(official)
  for (let y = fromYear; y <= untilYear; y++) {
    if (officialYears.has(y)) continue
    for (const d of statutoryHolidays(division, y)) set.add(d)
  }
  return set
}

export function createCalendar(data: BankHolidaysFile, division: Division, options: CalendarOptions = {}): Calendar {
  const official = officialHolidays(data, division)
  const officialYears = new Set(official.map(yearOf))
  const first = official[0]
  const last = official[official.length - 1]
  // Official coverage is whole years: a year listed in the file is taken to list all its holidays.
  const firstYear = first === undefined ? null : yearOf(first)
  const lastYear = last === undefined ? null : yearOf(last)
  const fromYear = firstYear ?? 2019
  const untilYear = Math.max(options.projectUntilYear ?? (lastYear ?? 2028) + DEFAULT_PROJECTION_YEARS, lastYear ?? fromYear)
  checkRange(division, fromYear, untilYear)
  const rangeStart = daysFromCivil(fromYear, 1, 1)
  const rangeEnd = daysFromCivil(untilYear, 12, 31)
  const holidays = allHolidays(official, division, fromYear, untilYear, officialYears)
  const length = rangeEnd - rangeStart + 1
  const countUpTo = new Int32Array(length + 1)
  const working: number[] = []
  for (let i = 0; i < length; i++) {
    const day = rangeStart + i
    const isWorking = !isWeekend(day) && !holidays.has(day)
    if (isWorking) working.push(day)
    countUpTo[i + 1] = working.length
  }
  return {
    division,
    officialFrom: firstYear === null ? null : daysFromCivil(firstYear, 1, 1),
    officialUntil: lastYear === null ? null : daysFromCivil(lastYear, 12, 31),
    rangeStart,
    rangeEnd,
    countUpTo,
    workingDays: Int32Array.from(working),
    holidays,
  }
}
