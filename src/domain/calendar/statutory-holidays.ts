/**
 * The statutory pattern of bank holidays, used only past (or before) the official GOV.UK data. One-off
 * holidays (jubilees, coronations, funerals) cannot be projected, which is why projected dates are provisional.
 */
import type { Division } from './bank-holidays.schema.js'
import { daysFromCivil, isWeekend, isoWeekday } from './epoch-day.js'

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return daysFromCivil(year, month, day)
}

function firstMonday(year: number, month: number): number {
  const first = daysFromCivil(year, month, 1)
  return first + ((8 - isoWeekday(first)) % 7)
}

function lastMonday(year: number, month: number): number {
  const last = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1
  return last - ((isoWeekday(last) + 6) % 7)
}

/** A fixed-date holiday on a weekend (or on a day already taken) moves to the next free weekday. */
function addWithSubstitute(taken: Set<number>, day: number): void {
  let d = day
  while (isWeekend(d) || taken.has(d)) d += 1
  taken.add(d)
}

/** Projected bank holidays of one year, as epoch days. */
export function statutoryHolidays(division: Division, year: number): number[] {
  const taken = new Set<number>()
  const easter = easterSunday(year)
  taken.add(easter - 2) // Good Friday, all divisions
  if (division !== 'scotland') taken.add(easter + 1) // Easter Monday is not a Scottish bank holiday
  taken.add(firstMonday(year, 5)) // early May
  taken.add(lastMonday(year, 5)) // spring
  taken.add(division === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8)) // summer
  addWithSubstitute(taken, daysFromCivil(year, 1, 1))
  if (division === 'scotland') addWithSubstitute(taken, daysFromCivil(year, 1, 2))
  if (division === 'northern-ireland') {
    addWithSubstitute(taken, daysFromCivil(year, 3, 17)) // St Patrick's Day
    addWithSubstitute(taken, daysFromCivil(year, 7, 12)) // Battle of the Boyne
  }
  if (division === 'scotland') addWithSubstitute(taken, daysFromCivil(year, 11, 30)) // St Andrew's Day
  addWithSubstitute(taken, daysFromCivil(year, 12, 25))
  addWithSubstitute(taken, daysFromCivil(year, 12, 26))
  return [...taken].sort((x, y) => x - y)
}
