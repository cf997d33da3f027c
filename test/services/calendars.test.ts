import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import t from 'tap'
import { addWorkingDays } from '../../src/domain/index.js'
import { createCalendars, loadBankHolidays } from '../../src/services/calendars.js'

t.test('the shipped GOV.UK data is used unless an operator names a newer file', async (t) => {
  const shipped = await loadBankHolidays(null)
  t.ok(shipped['england-and-wales']!.events.some((e) => e.date === '2022-09-19'), 'the one-off holiday of 2022 is there')

  const dir = await mkdtemp(path.join(tmpdir(), 'holidays-'))
  const file = path.join(dir, 'bank-holidays.json')
  // A made-up newer file: one extra holiday on Monday 12 January 2026.
  const newer = structuredClone(shipped)
  newer['england-and-wales']!.events.push({ title: 'Made-up holiday', date: '2026-01-12', notes: '', bunting: true })
  await writeFile(file, JSON.stringify(newer))
  const loaded = await loadBankHolidays(file)
  const calendar = createCalendars(loaded).get('england-and-wales')
  t.equal(addWorkingDays(calendar, '2026-01-09', 1).date, '2026-01-13', 'the extra holiday is skipped')
  t.equal(addWorkingDays(createCalendars(shipped).get('england-and-wales'), '2026-01-09', 1).date, '2026-01-12')
})

t.test('a file in the wrong format is refused with the reason', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'holidays-'))
  const file = path.join(dir, 'bad.json')
  await writeFile(file, JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events: [{ date: 12 }] } }))
  await t.rejects(loadBankHolidays(file), /not in GOV.UK's bank-holidays.json format/)
})

t.test('readiness warns when under 12 months of official data remain', async (t) => {
  const calendars = createCalendars(await loadBankHolidays(null))
  t.same(calendars.warnings(new Date('2027-06-01T00:00:00Z')), [])
  t.match(calendars.warnings(new Date('2028-03-01T00:00:00Z'))[0], /ends 2028-12-31/)
})
