import fc from 'fast-check'
import t from 'tap'
import { addWorkingDays, formatEpochDay, isWorkingDay, parseIsoDate, workingDaysBetween } from '../../src/domain/index.js'
import { cal } from './fixtures/calendar.js'

const first = parseIsoDate('2019-01-01') ?? 0
const last = parseIsoDate('2032-12-31') ?? 0
const date = fc.integer({ min: first, max: last }).map(formatEpochDay)
const count = fc.integer({ min: 0, max: 300 })

t.test('a due date is always a working day', async (t) => {
  fc.assert(fc.property(date, fc.integer({ min: 1, max: 300 }), (d, n) => isWorkingDay(cal, addWorkingDays(cal, d, n).date)))
  t.pass()
})

t.test('adding a then b working days equals adding a + b', async (t) => {
  fc.assert(
    fc.property(date, count, count, (d, a, b) => {
      const stepwise = addWorkingDays(cal, addWorkingDays(cal, d, a).date, b).date
      return stepwise === addWorkingDays(cal, d, a + b).date
    }),
  )
  t.pass()
})

t.test('workingDaysBetween(D, addWorkingDays(D, n)) is n', async (t) => {
  fc.assert(fc.property(date, count, (d, n) => workingDaysBetween(cal, d, addWorkingDays(cal, d, n).date) === n))
  t.pass()
})

t.test('the fast index agrees with a day-by-day walk', async (t) => {
  fc.assert(
    fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
      let day = parseIsoDate(d) ?? 0
      let left = n
      while (left > 0) {
        day += 1
        if (isWorkingDay(cal, formatEpochDay(day))) left -= 1
      }
      return formatEpochDay(day) === addWorkingDays(cal, d, n).date
    }),
  )
  t.pass()
})
