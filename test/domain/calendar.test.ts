import t from 'tap'
import {
  addCalendarDays, addWorkingDays, calendarReadiness, createCalendar, horizon, isWorkingDay, londonDate, remainingOfficialMonths,
  statutoryHolidays, formatEpochDay, workingDaysBetween, type Division,
} from '../../src/domain/index.js'
import { bankHolidays, cal, calendarFor } from './fixtures/calendar.js'

t.test('worked examples of DOMAIN.md', async (t) => {
  const table: [string, number, string, string][] = [
    ['2025-12-06', 5, '2025-12-12', 'received Saturday 6 Dec 2025: Friday 12 Dec'],
    ['2025-12-19', 5, '2025-12-30', 'received Friday 19 Dec 2025: Tuesday 30 Dec (Christmas, Boxing Day)'],
  ]
  for (const [from, n, due, why] of table) t.same(addWorkingDays(cal, from, n), { date: due, provisional: false }, why)
  t.equal(londonDate('2026-03-31T23:30:00Z'), '2026-04-01', '23:30 UTC on 31 March 2026 is 1 April in London (BST)')
})

t.test('one-off and substitute holidays from the data file', async (t) => {
  const holidays = ['2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08', '2026-12-28', '2027-12-27', '2027-12-28', '2028-01-03']
  for (const d of holidays) t.notOk(isWorkingDay(cal, d), `${d} is a bank holiday`)
  t.ok(isWorkingDay(cal, '2022-05-30'), 'the spring holiday moved off 30 May 2022')
  t.ok(isWorkingDay(cal, '2026-12-29'), 'Tue 29 Dec 2026 is a working day')
  t.same(addWorkingDays(cal, '2022-06-01', 1).date, '2022-06-06', 'jubilee Thursday and Friday skipped')
  t.same(addWorkingDays(cal, '2022-09-16', 1).date, '2022-09-20', 'state funeral 19 Sep 2022 skipped')
  t.same(addWorkingDays(cal, '2023-05-05', 1).date, '2023-05-09', 'coronation 8 May 2023 skipped')
  t.same(addWorkingDays(cal, '2026-12-24', 1).date, '2026-12-29', 'Christmas 2026 Friday, Boxing Day substitute Monday 28')
  t.same(addWorkingDays(cal, '2027-12-24', 1).date, '2027-12-29', 'Christmas 2027 on a weekend: 27 and 28 substitutes')
  t.same(addWorkingDays(cal, '2027-12-31', 1).date, '2028-01-04', 'New Year 2028 substitute Monday 3 Jan')
})

t.test('receipt on a weekend or a holiday never counts the receipt day', async (t) => {
  t.equal(addWorkingDays(cal, '2025-12-07', 1).date, '2025-12-08', 'Sunday + 1 = Monday')
  t.equal(addWorkingDays(cal, '2025-12-25', 1).date, '2025-12-29', 'Christmas Day + 1 = Monday 29th')
  t.equal(addWorkingDays(cal, '2025-12-22', 0).date, '2025-12-22', 'zero working days is the date itself')
})

t.test('London dates around the clock changes', async (t) => {
  const table: [string, string][] = [
    ['2026-03-28T23:59:59Z', '2026-03-28'], // GMT, still Saturday
    ['2026-03-29T00:30:00Z', '2026-03-29'],
    ['2026-03-29T23:30:00Z', '2026-03-30'], // BST from 01:00 UTC: 00:30 Monday in London
    ['2026-03-29T22:59:59Z', '2026-03-29'],
    ['2026-10-24T23:30:00Z', '2026-10-25'], // still BST: 00:30 Sunday
    ['2026-10-25T23:30:00Z', '2026-10-25'], // GMT again: 23:30 Sunday
    ['2026-10-25T00:59:59Z', '2026-10-25'],
    ['2026-01-15T23:30:00Z', '2026-01-15'],
    ['2026-06-15T23:30:00+00:00', '2026-06-16'],
  ]
  for (const [instant, date] of table) t.equal(londonDate(instant), date, instant)
  t.equal(londonDate(new Date(Date.UTC(2026, 2, 31, 23, 30))), '2026-04-01', 'a Date works too')
  t.throws(() => londonDate('not a date'), { code: 'CALENDAR.INVALID_INSTANT' })
})

t.test('a deadline crossing the end of the official data is provisional', async (t) => {
  t.equal(horizon(cal), '2028-12-31')
  t.same(addWorkingDays(cal, '2028-12-15', 5), { date: '2028-12-22', provisional: false }, 'inside the data')
  const crossing = addWorkingDays(cal, '2028-12-20', 10)
  t.equal(crossing.provisional, true, 'runs into 2029')
  t.equal(crossing.date, '2029-01-08', 'Christmas, Boxing Day and projected New Year skipped')
  t.equal(addWorkingDays(cal, '2029-03-29', 1).date, '2029-04-03', 'projected Good Friday 30 Mar and Easter Monday 2 Apr 2029')
  t.equal(addWorkingDays(cal, '2060-05-01', 1).provisional, true, 'far outside the index still answers')
  t.equal(addWorkingDays(cal, '2060-12-24', 1).date, '2060-12-29', 'Christmas 2060 (Sat) and Boxing Day (Sun) substituted: 27, 28')
})

t.test('the projected pattern reproduces the official data, apart from one-off changes', async (t) => {
  const oneOffs = new Set(['2020-05-08', '2020-05-04', '2022-06-02', '2022-06-03', '2022-05-30', '2022-09-19', '2023-05-08', '2026-06-15'])
  for (const division of ['england-and-wales', 'scotland', 'northern-ireland'] as Division[]) {
    const events = bankHolidays[division]?.events ?? []
    for (let year = 2019; year <= 2028; year++) {
      const official = events.map((e) => e.date).filter((d) => d.startsWith(`${year}`) && !oneOffs.has(d))
      const projected = statutoryHolidays(division, year).map(formatEpochDay).filter((d) => !oneOffs.has(d))
      // 2026-06-15 is a Scotland-only one-off in the file (World Cup); one-offs cannot be projected.
      t.same(projected, official, `${division} ${year}`)
    }
  }
})

t.test('working days between and calendar days', async (t) => {
  t.equal(workingDaysBetween(cal, '2025-12-19', '2025-12-30'), 5)
  t.equal(workingDaysBetween(cal, '2025-12-30', '2025-12-19'), -5)
  t.equal(workingDaysBetween(cal, '2025-12-06', '2025-12-07'), 0)
  t.equal(addCalendarDays('2026-02-20', 14), '2026-03-06')
  t.throws(() => addWorkingDays(cal, '2025-02-30', 1), { code: 'CALENDAR.INVALID_DATE' })
  t.throws(() => addWorkingDays(cal, '2025-02-03', -1), { code: 'CALENDAR.INVALID_COUNT' })
})

t.test('divisions differ', async (t) => {
  const scot = calendarFor('scotland')
  const ni = calendarFor('northern-ireland')
  t.notOk(isWorkingDay(scot, '2025-01-02'), '2 January is a Scottish holiday')
  t.ok(isWorkingDay(scot, '2025-04-21'), 'no Easter Monday in Scotland')
  t.notOk(isWorkingDay(ni, '2025-03-17'), "St Patrick's Day in NI")
  t.notOk(isWorkingDay(ni, '2025-07-14'), 'Battle of the Boyne substitute in NI')
  t.ok(isWorkingDay(cal, '2025-07-14'))
})

t.test('horizon and readiness', async (t) => {
  t.equal(remainingOfficialMonths(cal, '2026-06-01T12:00:00Z'), 30)
  t.same(calendarReadiness(cal, '2028-06-01T12:00:00Z'), { horizon: '2028-12-31', remainingOfficialMonths: 6, warn: true })
  t.equal(calendarReadiness(cal, '2027-06-01T12:00:00Z').warn, false)
  const empty = createCalendar({}, 'england-and-wales')
  t.equal(horizon(empty), null, 'no data: no horizon')
  t.same(addWorkingDays(empty, '2025-12-19', 5), { date: '2025-12-30', provisional: true }, 'still answers from the pattern')
})
