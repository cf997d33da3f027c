import t from 'tap'
import { bearer, tokenFor } from '../helpers/build.js'
import { RESPONSE, harness } from '../helpers/reports-worked-example.js'

const h = await harness(t)
const reporting = bearer(await tokenFor(h.council, ['reporting'], 'rita'))
const bob = bearer(await tokenFor(h.council, ['handler'], 'bob'))
const carol = bearer(await tokenFor(h.council, ['handler'], 'carol'))

// Two upheld complaints about missed bins in February 2026, handled by bob; one about parking, not upheld.
const bins: string[] = []
for (const date of ['2026-02-02', '2026-02-03']) {
  const id = await h.receive(date, { serviceAreas: ['waste'] })
  await h.act(id, date, 'triage', { as: 'complaint' })
  await h.act(id, date, 'acknowledgement', { decision: 'accepted' })
  await h.act(id, date, 'assignment', { serviceArea: 'waste', handler: 'bob' })
  await h.act(id, '2026-02-10', 'stage1-response', { response: RESPONSE([{ aspect: 'bins', finding: 'upheld' }]) })
  bins.push(id)
}
h.on('2026-02-20')

const post = (url: string, headers: Record<string, string>, payload: Record<string, unknown>) => h.app.inject({ method: 'POST', url, headers, payload })

t.test('recorded on its own, linked to the complaints that prompted it', async (t) => {
  const res = await post('/v1/learning-actions', h.team, { what: 'Crews photograph every missed bin', serviceArea: 'waste', owner: 'Waste Services Manager', dueOn: '2026-03-31', caseIds: bins })
  t.equal(res.statusCode, 201, res.body)
  t.match(res.json(), { what: /photograph/, serviceArea: 'waste', doneOn: null, recordedOn: '2026-02-20', recordedBy: 'alice' })
  t.same([...res.json().caseIds].sort(), [...bins].sort())
  const unknown = await post('/v1/learning-actions', h.team, { what: 'x', serviceArea: 'waste', owner: 'y', dueOn: '2026-03-31', caseIds: ['00000000-0000-4000-8000-000000000000'] })
  t.equal(unknown.statusCode, 422)
  t.match(unknown.json(), { code: 'LEARNING.UNKNOWN_CASE', missing: ['00000000-0000-4000-8000-000000000000'] })
  t.equal((await post('/v1/learning-actions', h.team, { what: 'x', serviceArea: 'waste', owner: 'y', dueOn: '2026-02-30' })).statusCode, 400, 'a real date')
  t.equal((await post('/v1/learning-actions', reporting, { what: 'x', serviceArea: 'waste', owner: 'y', dueOn: '2026-03-31' })).statusCode, 403)
})

t.test('recorded from a case by its handler, in the case\'s service area; another handler cannot see it', async (t) => {
  const res = await post(`/v1/complaints/${bins[0]}/learning-actions`, bob, { what: 'Round sheets now list every road', owner: 'Waste Services Manager', dueOn: '2026-02-27' })
  t.equal(res.statusCode, 201, res.body)
  t.match(res.json(), { serviceArea: 'waste', caseIds: [bins[0]], recordedBy: 'bob' })
  t.equal((await post(`/v1/complaints/${bins[0]}/learning-actions`, carol, { what: 'x', owner: 'y', dueOn: '2026-02-27' })).statusCode, 404)
  const done = await h.app.inject({ method: 'PATCH', url: `/v1/learning-actions/${res.json().id}`, headers: h.team, payload: { doneOn: '2026-02-26' } })
  t.equal(done.statusCode, 200, done.body)
  t.equal(done.json().doneOn, '2026-02-26')
  t.equal((await h.app.inject({ method: 'PATCH', url: '/v1/learning-actions/00000000-0000-4000-8000-000000000000', headers: h.team, payload: { doneOn: '2026-02-26' } })).statusCode, 404)
  const list = await h.app.inject({ method: 'GET', url: '/v1/learning-actions', headers: h.team })
  t.equal(list.json().items.length, 2)
})

t.test('counted in the performance figures and shown in the annual report as "you said, we did"', async (t) => {
  h.on('2026-04-02')
  const perf = await h.app.inject({ method: 'GET', url: '/v1/reports/performance?from=2026-02-01&to=2026-03-31', headers: reporting })
  t.equal(perf.statusCode, 200, perf.body)
  t.same(perf.json().learning, { recorded: 2, done: 1, open: 1, overdue: 1, complaintsLinked: 2 })
  const csv = await h.app.inject({ method: 'GET', url: '/v1/reports/performance?from=2026-02-01&to=2026-03-31', headers: { ...reporting, accept: 'text/csv' } })
  t.match(csv.body.split('\r\n')[0], /learning\.recorded/)
  const annual = (await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: reporting })).json()
  t.same([...annual.learning.youSaidWeDid].sort((a: { what: string }, b: { what: string }) => a.what.localeCompare(b.what)), [
    { serviceArea: 'waste', complaints: 2, what: 'Crews photograph every missed bin', owner: 'Waste Services Manager', dueOn: '2026-03-31', doneOn: null },
    { serviceArea: 'waste', complaints: 1, what: 'Round sheets now list every road', owner: 'Waste Services Manager', dueOn: '2026-02-27', doneOn: '2026-02-26' },
  ])
  const row = annual.selfAssessment.rows.find((r: { ref: string }) => r.ref === '9.1-9.3')
  t.match(row, { basis: 'data', status: 'not_met', data: { figure: /2 service improvements recorded .*1 overdue/ } }, 'an overdue improvement is not met')
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...reporting, accept: 'text/html' } })
  t.match(html.body, /You said, we did/)
  t.match(html.body, /<th scope="row">waste<\/th><td>2 complaints<\/td><td>Crews photograph every missed bin<\/td><td>Waste Services Manager<\/td><td>Overdue \(due 31 March 2026\)<\/td>/)
  t.match(html.body, /Done 26 February 2026/)
  for (const body of [perf.body, JSON.stringify(annual), html.body]) {
    t.notMatch(body, /Pat Doe|pat@example\.org|Secret details/)
    for (const id of bins) t.notMatch(body, new RegExp(id), 'no case ids in the reports')
  }
  const open = (await h.app.inject({ method: 'GET', url: '/v1/learning-actions', headers: h.team })).json().items.find((a: { doneOn: string | null }) => a.doneOn === null)
  t.equal((await h.app.inject({ method: 'PATCH', url: `/v1/learning-actions/${open.id}`, headers: h.team, payload: { doneOn: '2026-03-30' } })).statusCode, 200)
  const after = (await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: reporting })).json()
  t.match(after.selfAssessment.rows.find((r: { ref: string }) => r.ref === '9.1-9.3'), { status: 'met' }, 'all done: met')
})
