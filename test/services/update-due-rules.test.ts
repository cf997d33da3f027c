/**
 * The work queue's "update due" filter rules: one per regular-update interval the council's policy versions use,
 * split by bank-holiday division only where the holidays make the cutoff differ; the index range reaches the
 * latest cutoff. Each rule says what the case view says of a case under that version and division.
 */
import t from 'tap'
import { updateDue, type Division } from '../../src/domain/index.js'
import { createCalendars, loadBankHolidays } from '../../src/services/calendars.js'
import { updateDueRules } from '../../src/services/case-queue.js'

const calendars = createCalendars(await loadBankHolidays(null))

t.test('one interval, no holiday in the way: one rule for every case', async (t) => {
  const r = updateDueRules(calendars, new Map([[0, 10], [1, 10]]), '2026-01-23')
  t.same(r.rules, [{ policyVersions: null, division: null, lastContactOnOrBefore: '2026-01-08' }])
  t.equal(r.lastContactOnOrBefore, '2026-01-08')
})

t.test('intervals by version; divisions apart where a holiday differs (St Patrick\'s Day, Tuesday 17 March 2026)', async (t) => {
  const today = '2026-03-20'
  const r = updateDueRules(calendars, new Map([[0, 10], [1, 3], [2, 3]]), today)
  const three = r.rules.filter((x) => x.policyVersions?.join() === '1,2')
  t.same(three.map((x) => [x.division, x.lastContactOnOrBefore]), [
    ['england-and-wales', '2026-03-16'], ['scotland', '2026-03-16'], ['northern-ireland', '2026-03-15'],
  ])
  t.ok(r.rules.some((x) => x.policyVersions?.join() === '0'), 'version 0 has its own rule')
  t.equal(r.lastContactOnOrBefore, '2026-03-16', 'the index range reaches the latest cutoff')
  for (const rule of r.rules) {
    const every = rule.policyVersions?.includes(0) ? 10 : 3
    for (const division of rule.division === null ? ['england-and-wales', 'scotland', 'northern-ireland'] as Division[] : [rule.division as Division]) {
      const cal = calendars.get(division)
      t.ok(updateDue(cal, rule.lastContactOnOrBefore, today, every), `${division}, every ${every}: due at the cutoff`)
      const next = new Date(Date.parse(`${rule.lastContactOnOrBefore}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      t.notOk(updateDue(cal, next, today, every), `${division}, every ${every}: not due the day after`)
    }
  }
})
