export * from './bank-holidays.schema.js'
export { createCalendar, type Calendar, type CalendarOptions } from './calendar.js'
export { formatEpochDay, isIsoDate, isoWeekday, parseIsoDate } from './epoch-day.js'
export { calendarReadiness, horizon, remainingOfficialMonths, type CalendarReadiness } from './horizon.js'
export { LONDON, londonDate, toIsoInstant, toLondonDateTime, type Instant } from './london-date.js'
export { easterSunday, statutoryHolidays } from './statutory-holidays.js'
export {
  addCalendarDays,
  addWorkingDays,
  addWorkingDaysEpoch,
  isProvisional,
  isWorkingDay,
  workingDaysBetween,
  type WorkingDayResult,
} from './working-days.js'
