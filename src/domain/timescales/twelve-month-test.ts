import { DateTime } from 'luxon'
import { toEpochDay } from '../calendar/epoch-day.js'
import type { Policy } from '../policy/policy.schema.js'

export interface TwelveMonthResult {
  withinLimit: boolean
  /** Last day a complaint is within the limit: the awareness date plus the policy's months. */
  limitDate: string
}

/**
 * Code 2.2: raised within 12 months of the issue or of becoming aware of it. Month arithmetic clamps to the
 * month's end (aware 29 Feb 2024 -> limit 28 Feb 2025), the reading most favourable to neither side.
 * Both dates are checked first (CALENDAR.INVALID_DATE): a date such as 2025-02-30 passes the schema's pattern
 * and would otherwise be compared as a string and give a confident, wrong answer.
 */
export function twelveMonthTest(awareDate: string, receivedDate: string, policy: Pick<Policy, 'timeLimitMonths'>): TwelveMonthResult {
  toEpochDay(awareDate)
  toEpochDay(receivedDate)
  const limitDate = DateTime.fromISO(awareDate, { zone: 'utc' }).plus({ months: policy.timeLimitMonths }).toISODate() ?? awareDate
  return { withinLimit: receivedDate <= limitDate, limitDate }
}
