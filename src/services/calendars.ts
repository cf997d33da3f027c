import { readFile } from 'node:fs/promises'
import { Value } from 'typebox/value'
import shippedBankHolidays from '../data/gov-uk-bank-holidays.json' with { type: 'json' }
import {
  BankHolidaysFileSchema, calendarReadiness, createCalendar,
  type BankHolidaysFile, type Calendar, type Division,
} from '../domain/index.js'

/** The working-day calendars of the three divisions, built once from one bank-holidays file. */
export interface Calendars {
  get(division: Division): Calendar
  /** Readiness warnings, e.g. fewer than 12 months of official bank-holiday data left. */
  warnings(now: Date): string[]
}

/** The calendar a case runs under: its own division, fixed at intake, never the council's of today. */
export function calendarOfCase(calendars: Calendars, row: { bankHolidayDivision: string }): Calendar {
  return calendars.get(row.bankHolidayDivision as Division)
}

export async function loadBankHolidays(file: string | null): Promise<BankHolidaysFile> {
  if (file === null) return shippedBankHolidays as BankHolidaysFile
  const data: unknown = JSON.parse(await readFile(file, 'utf8'))
  if (!Value.Check(BankHolidaysFileSchema, data)) {
    const first = [...Value.Errors(BankHolidaysFileSchema, data)][0]
    throw new Error(`BANK_HOLIDAYS_FILE ${file} is not in GOV.UK's bank-holidays.json format: ${first?.instancePath} ${first?.message}`)
  }
  return data
}

export function createCalendars(data: BankHolidaysFile): Calendars {
  const built = new Map<Division, Calendar>()
  const get = (division: Division): Calendar => {
    let calendar = built.get(division)
    if (!calendar) {
      calendar = createCalendar(data, division)
      built.set(division, calendar)
    }
    return calendar
  }
  return {
    get,
    warnings: (now) => {
      const readiness = calendarReadiness(get('england-and-wales'), now)
      return readiness.warn
        ? [`Official bank-holiday data ends ${readiness.horizon ?? 'never loaded'}: load a newer GOV.UK file (BANK_HOLIDAYS_FILE); later deadlines are provisional.`]
        : []
    },
  }
}
