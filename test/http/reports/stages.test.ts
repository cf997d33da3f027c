import t from 'tap'
import { bearer, tokenFor } from '../../helpers/build.js'
import { parseCsv } from '../../helpers/csv.js'
import { seedStagesExample } from '../../helpers/reports-stages-example.js'
import { RESPONSE, harness } from '../../helpers/reports-worked-example.js'

// Seeding is some 45 requests; on a busy machine PGlite needs more than the default 120 s.
t.setTimeout(300_000)

const h = await harness(t)
const seeded = await seedStagesExample(h)
const admin = bearer(await tokenFor(h.council, ['admin'], 'ada'))
const annual = async () => {
  const res = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: h.team })
  t.equal(res.statusCode, 200, res.body)
  return res.json()
}
type Duty = { duty: string; fellDue: number; onTime: number; late: number; notYetDue: number; percent: number | null; rating: string; met: boolean | null }
const duty = (r: { timeliness: Duty[] }, key: string) => r.timeliness.find((d) => d.duty === key)!

t.test('met is judged over the duties that fell due; those not yet due are shown apart', async (t) => {
  const r = await annual()
  // Acknowledged at stage 1: P, Q, R, S, T on time, V late.
  t.match(duty(r, 'stage1_acknowledgement'), { fellDue: 6, onTime: 5, late: 1, notYetDue: 0, percent: 83.3, rating: 'not_met', met: false })
  // Answered at stage 1: P, Q, S on time, R late; V (due today) and T not yet due.
  t.match(duty(r, 'stage1_response'), { fellDue: 4, onTime: 3, late: 1, notYetDue: 2, percent: 75, rating: 'not_met', met: false })
  // Stage 2 acknowledged: P and R on time, Q late; S not yet due.
  t.match(duty(r, 'stage2_acknowledgement'), { fellDue: 3, onTime: 2, late: 1, notYetDue: 1, percent: 66.7, met: false })
  // Stage 2 answered: P on time, Q late; R not yet due.
  t.match(duty(r, 'stage2_response'), { fellDue: 2, onTime: 1, late: 1, percent: 50, met: false })
  t.ok(duty(r, 'stage2_response').notYetDue >= 1, 'R\'s stage 2 response is not yet due')
  const items = r.selfAssessment.rows.map((row: { data: unknown }) => row.data).filter((i: unknown) => i !== null) as { requirement: string; figure: string; met: boolean | null; rule: string }[]
  const s1 = items.find((i) => i.requirement.startsWith('Stage 1 response'))!
  t.match(s1.figure, /3 of 4 that fell due \(75%\) on time; 1 late; .*2 not yet due \(not counted\)/)
  t.match(s1.rule, /at least 100% of the duties that fell due/)
})

t.test('a case answered at both stages counts once at each stage; the stages are never added up', async (t) => {
  const r = await annual()
  t.same(r.outcomesByServiceArea, [
    { serviceArea: 'waste', stage1: { responded: 2, upheld: 2, notUpheld: 0 }, stage2: { responded: 1, upheld: 1, notUpheld: 0 } },
    { serviceArea: 'housing', stage1: { responded: 1, upheld: 0, notUpheld: 1 }, stage2: { responded: 1, upheld: 0, notUpheld: 1 } },
    { serviceArea: 'parking', stage1: { responded: 1, upheld: 0, notUpheld: 1 }, stage2: { responded: 0, upheld: 0, notUpheld: 0 } },
  ])
  t.match(r.performance.stage1.outcomes, { responded: 4, upheld: 2 })
  t.match(r.performance.stage2.outcomes, { responded: 2, upheld: 1 })
})

t.test('the council\'s own target: 75% met, 83.3% met, 66.7% amber from 60', async (t) => {
  const bad = await h.app.inject({ method: 'PATCH', url: '/v1/councils/current', headers: admin, payload: { reporting: { timelinessTargetPercent: 70, amberFromPercent: 80 } } })
  t.equal(bad.statusCode, 400)
  t.match(bad.json().errors, [{ field: '/reporting/amberFromPercent', rule: 'range' }])
  t.equal((await h.app.inject({ method: 'PATCH', url: '/v1/councils/current', headers: h.team, payload: { reporting: { timelinessTargetPercent: 70 } } })).statusCode, 403, 'only admin sets targets')
  const ok = await h.app.inject({ method: 'PATCH', url: '/v1/councils/current', headers: admin, payload: { reporting: { timelinessTargetPercent: 75, amberFromPercent: 60 } } })
  t.equal(ok.statusCode, 200, ok.body)
  t.same(ok.json().reporting, { population: null, timelinessTargetPercent: 75, amberFromPercent: 60 })
  const r = await annual()
  t.match(duty(r, 'stage1_acknowledgement'), { rating: 'met', met: true })
  t.match(duty(r, 'stage1_response'), { rating: 'met', met: true }, 'exactly at the target is met')
  t.match(duty(r, 'stage2_acknowledgement'), { rating: 'amber', met: false })
  t.match(duty(r, 'stage2_response'), { rating: 'not_met' })
  t.match(r.targets, { targetPercent: 75, amberFromPercent: 60, rule: /at least 75% .*amber from 60%/ })
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...h.team, accept: 'text/html' } })
  t.match(html.body, /Target 75%/)
  t.match(html.body, /Not met \(amber\)/)
  await h.app.inject({ method: 'PATCH', url: '/v1/councils/current', headers: admin, payload: { reporting: { timelinessTargetPercent: 100, amberFromPercent: 90 } } })
})

t.test('labels follow the council\'s policy when it changes', async (t) => {
  const before = await annual()
  t.equal(before.policy.labels.stage1_response, 'Stage 1 response within 10 working days of acknowledgement')
  const put = await h.app.inject({
    method: 'PUT', url: '/v1/councils/current/policy', headers: admin,
    payload: { preset: 'west-oxfordshire-2025', overrides: { stage1: { response: { workingDays: 15 } }, clockMayPause: true } },
  })
  t.equal(put.statusCode, 200, put.body)
  const after = await annual()
  t.equal(after.policy.labels.stage1_response, 'Stage 1 response within 15 working days of acknowledgement')
  t.equal(after.policy.labels.stage2_response, 'Stage 2 response within 20 working days of the escalation request')
  t.equal(after.selfAssessment.rows.find((row: { ref: string }) => row.ref === '6.3').data.requirement, 'Stage 1 response within 15 working days of acknowledgement, or by the date as properly extended')
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...h.team, accept: 'text/html' } })
  t.match(html.body, /within 15 working days of acknowledgement/)
  t.notMatch(html.body, /within 10 working days of acknowledgement/, 'the Code\'s default no longer quoted')
})

t.test('trends beside the same period last year, per 10,000 residents; the Ombudsman beside the council', async (t) => {
  // Last year: one complaint received Mon 3 Feb 2025, acknowledged Tue 4 Feb, answered (upheld) Mon 10 Feb 2025.
  const old = await h.receive('2025-02-03', { serviceAreas: ['waste'] })
  await h.act(old, '2025-02-03', 'triage', { as: 'complaint' })
  await h.act(old, '2025-02-04', 'acknowledgement', { decision: 'accepted' })
  await h.act(old, '2025-02-10', 'stage1-response', { response: RESPONSE([{ aspect: 'bins', finding: 'upheld' }]) })
  // This year: P (answered at both stages) taken to the Ombudsman, who finds fault on Mon 2 Mar 2026 and
  // recommends an apology by 20 Mar (not yet due) and a payment by 2 Mar (past as at 3 Mar, not done).
  const p = seeded.bothStages[0]!
  await h.act(p, '2026-02-16', 'ombudsman-referral', { referredOn: '2026-02-16', reference: '25 000 111' })
  await h.act(p, '2026-03-02', 'ombudsman-decision', {
    decidedOn: '2026-03-02', decision: 'upheld_fault', recommendedRemedies: [
      { type: 'apology', description: 'Apologise', dueDate: '2026-03-20' },
      { type: 'financial', description: 'Pay for the trouble', dueDate: '2026-03-02', amountPence: 10000 },
    ],
  })
  h.on('2026-03-03')
  const set = await h.app.inject({ method: 'PATCH', url: '/v1/councils/current', headers: admin, payload: { reporting: { population: 50000 } } })
  t.equal(set.statusCode, 200, set.body)
  const r = await annual()
  t.same(r.trends.samePeriodLastYear, { from: '2024-04-01', to: '2025-03-31' })
  const trend = (key: string) => r.trends.figures.find((f: { key: string }) => f.key === key)
  // This year: P, Q, R, S, V, T (6 complaints); last year 1. 6 per 50,000 is 1.2 per 10,000; 1 is 0.2.
  t.same(trend('complaints'), { key: 'complaints', label: 'Complaints', kind: 'count', thisPeriod: 6, samePeriodLastYear: 1, change: 5, per10000: { thisPeriod: 1.2, samePeriodLastYear: 0.2 } })
  t.match(trend('stage1UpheldRate'), { kind: 'percent', thisPeriod: 50, samePeriodLastYear: 100, change: -50, per10000: null })
  t.match(trend('stage1OnTime'), { thisPeriod: 75, samePeriodLastYear: 100 })
  t.match(r.ombudsman, {
    decided: 1, decisions: { upheldFault: 1 }, upheldRate: 100, councilUpheldRate: { stage1: 50, stage2: 50 },
    recommendations: { recommended: 2, doneOnTime: 0, openOverdue: 1, openNotYetDue: 1, complianceRate: 0 },
  })
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...h.team, accept: 'text/html' } })
  t.match(html.body, /council's recorded population of 50,000/)
  t.match(html.body, /<th scope="row">Complaints<\/th><td>6<\/td><td>1<\/td><td>\+5<\/td><td>1\.2<\/td><td>0\.2<\/td>/)
  t.match(html.body, /Compliance on time \(of those whose date has come\)<\/th><td>0%/)
})

t.test('the annual report as CSV: one row per figure, section,item,stage,measure,value', async (t) => {
  const json = await annual()
  const res = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...h.team, accept: 'text/csv' } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/csv/)
  t.match(res.headers['content-disposition'], /attachment; filename="annual-report-2025-04-01-2026-03-31\.csv"/)
  const [header, ...rows] = parseCsv(res.body)
  t.same(header, ['section', 'item', 'stage', 'measure', 'value'])
  t.ok(rows.every((r) => r.length === 5), 'every row has five fields')
  const value = (section: string, item: string, stage: string, measure: string) =>
    rows.filter((r) => r[0] === section && r[1] === item && r[2] === stage && r[3] === measure).map((r) => r[4])
  for (const d of json.timeliness as Duty[]) {
    const stage = d.duty.startsWith('stage1') ? '1' : '2'
    t.same(value('timeliness', d.duty, stage, 'fellDue'), [String(d.fellDue)], `${d.duty} fell due`)
    t.same(value('timeliness', d.duty, stage, 'notYetDue'), [String(d.notYetDue)])
    t.same(value('timeliness', d.duty, stage, 'rating'), [d.rating])
  }
  t.equal(rows.filter((r) => r[0] === 'self_assessment' && r[3] === 'status').length, json.selfAssessment.rows.length, 'a status row per provision')
  t.same(value('self_assessment', '6.3', '', 'status'), [json.selfAssessment.rows.find((r: { ref: string }) => r.ref === '6.3').status])
  t.same(value('outcomes_by_service_area', 'waste', '1', 'responded'), ['2'])
  t.same(value('outcomes_by_service_area', 'waste', '2', 'responded'), ['1'], 'each stage its own row, never summed')
  t.same(value('trends', 'complaints', '', 'per10000'), ['1.2'])
  t.same(value('ombudsman', 'recommendations', '', 'openOverdue'), ['1'])
  t.same(value('volumes', '2026-02', '', 'received'), [String(json.byMonth.find((m: { key: string }) => m.key === '2026-02').volumes.received)])
  t.notMatch(res.body, /Pat Doe|pat@example|Secret details/)
  const half = await h.app.inject({ method: 'GET', url: '/v1/reports/half-year?year=2025&half=2', headers: { ...h.team, accept: 'text/csv' } })
  t.match(parseCsv(half.body)[1], ['period', '', '', 'council', h.council.name])
  t.same(parseCsv(half.body).find((r) => r[0] === 'period' && r[3] === 'kind'), ['period', '', '', 'kind', 'half-year'])
})
