import t from 'tap'
import { bearer, tokenFor } from '../../helpers/build.js'
import { seedStagesExample } from '../../helpers/reports-stages-example.js'
import { harness } from '../../helpers/reports-worked-example.js'

// Seeding is some 45 requests; on a busy machine PGlite needs more than the default 120 s.
t.setTimeout(300_000)

const h = await harness(t)
await seedStagesExample(h)
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
  const items = r.selfAssessment as { requirement: string; figure: string; met: boolean | null; rule: string }[]
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
  t.ok(after.selfAssessment.some((i: { requirement: string }) => i.requirement.startsWith('Stage 1 response within 15 working days')))
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...h.team, accept: 'text/html' } })
  t.match(html.body, /within 15 working days of acknowledgement/)
  t.notMatch(html.body, /within 10 working days of acknowledgement/, 'the Code\'s default no longer quoted')
})
