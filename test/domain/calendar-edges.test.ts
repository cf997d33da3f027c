import t from 'tap'
import {
  addCalendarDays, addWorkingDays, createCalendar, formatEpochDay, isWorkingDay, londonDate, parseIsoDate, workingDaysBetween, type Division,
} from '../../src/domain/index.js'
import { bankHolidays, cal } from './fixtures/calendar.js'

t.test('instants on the clock-change days land on the right London date', async (t) => {
  const table: [string, string, string][] = [
    ['2026-03-29T00:30:00Z', '2026-03-29', '00:30 GMT, before the change'],
    ['2026-03-29T01:30:00Z', '2026-03-29', '02:30 BST, after the change'],
    ['2026-10-25T00:30:00Z', '2026-10-25', '01:30 BST, first pass'],
    ['2026-10-25T01:30:00Z', '2026-10-25', '01:30 GMT, second pass'],
    ['2026-07-01T23:10:00Z', '2026-07-02', '23:10 UTC in summer is past midnight in London'],
    ['2026-07-01T22:59:59.999Z', '2026-07-01', 'a millisecond before London midnight'],
    ['2026-03-29T01:30', '2026-03-29', 'a wall-clock time inside the spring gap still has a date'],
  ]
  for (const [instant, date, why] of table) t.equal(londonDate(instant), date, why)
})

t.test('invalid dates are coded errors, never a TypeError', async (t) => {
  for (const bad of ['2026-02-30', '2026-13-01', 'garbage', '']) {
    t.throws(() => addWorkingDays(cal, bad, 1), { code: 'CALENDAR.INVALID_DATE' }, `addWorkingDays ${bad}`)
    t.throws(() => londonDate(bad), { code: 'CALENDAR.INVALID_INSTANT' }, `londonDate ${bad}`)
  }
  t.throws(() => isWorkingDay(cal, undefined as unknown as string), { code: 'CALENDAR.INVALID_DATE' }, 'untyped callers get the code too')
})

t.test('formatting round-trips years before 1000', async (t) => {
  const d = parseIsoDate('0999-01-10')
  t.equal(d === null ? null : formatEpochDay(d), '0999-01-10', 'four-digit year, so it parses back')
})

t.test('dates far outside the index answer or fail fast with a code', async (t) => {
  t.same(addWorkingDays(cal, '2045-12-22', 3), { date: '2045-12-29', provisional: true }, 'Fri 22 Dec 2045 + 3: projected Christmas (Mon) and Boxing Day (Tue) skipped')
  t.equal(addWorkingDays(cal, '2018-12-24', 3).date, '2018-12-31', 'before the official data: projected')
  const started = Date.now()
  t.throws(() => addWorkingDays(cal, '2026-01-05', 1_000_000_000), { code: 'CALENDAR.OUT_OF_RANGE' }, 'an absurd count stops instead of looping')
  t.throws(() => addWorkingDays(cal, '2999-12-30', 5), { code: 'CALENDAR.OUT_OF_RANGE' }, 'no five-digit years')
  t.throws(() => addWorkingDays(cal, '1825-06-01', 5), { code: 'CALENDAR.OUT_OF_RANGE' }, 'a typo\'d year')
  t.throws(() => workingDaysBetween(cal, '0001-01-01', '9999-12-31'), { code: 'CALENDAR.OUT_OF_RANGE' })
  t.throws(() => addCalendarDays('2026-03-01', 1e9), { code: 'CALENDAR.OUT_OF_RANGE' })
  t.equal(workingDaysBetween(cal, '2040-01-01', '2040-12-31') > 250, true, 'a year outside the index is walked')
  t.ok(Date.now() - started < 2000, 'all of it quickly')
})

t.test('calendar options are checked when the calendar is built', async (t) => {
  t.throws(() => createCalendar(bankHolidays, 'england-and-wales', { projectUntilYear: 1e6 }), { code: 'CALENDAR.INVALID_RANGE' }, 'no index of a million years')
  t.throws(() => createCalendar(bankHolidays, 'england-and-wales', { projectUntilYear: Number.NaN }), { code: 'CALENDAR.INVALID_RANGE' })
  t.throws(() => createCalendar(bankHolidays, 'england-and-wales', { projectUntilYear: 2030.5 }), { code: 'CALENDAR.INVALID_RANGE' })
  t.throws(() => createCalendar(bankHolidays, 'wales' as Division), { code: 'CALENDAR.UNKNOWN_DIVISION' })
  t.equal(addWorkingDays(createCalendar(bankHolidays, 'england-and-wales', { projectUntilYear: 2040 }), '2040-12-24', 1).date, '2040-12-27')
})
