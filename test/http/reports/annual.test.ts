import t from 'tap'
import { harness, seedWorkedExample } from '../../helpers/reports-worked-example.js'

// Seeding the worked example is some 50 requests; on a busy machine PGlite needs more than the default 120 s.
t.setTimeout(300_000)

const h = await harness(t)

t.test('an empty year renders: JSON with zeros, HTML with "no data" charts', async (t) => {
  const json = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2024', headers: h.team })
  t.equal(json.statusCode, 200, json.body)
  const r = json.json()
  t.match(r.period, { kind: 'annual', label: '2024-25', from: '2024-04-01', to: '2025-03-31' })
  t.equal(r.performance.volumes.received, 0)
  t.equal(r.byMonth.length, 12)
  const data = r.selfAssessment.rows.filter((row: { basis: string }) => row.basis === 'data')
  t.ok(data.length >= 9 && data.every((row: { data: { met: boolean | null } }) => row.data.met === null), 'nothing due: neither met nor not met')
  t.equal(r.serviceImprovements, null)
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2024', headers: { ...h.team, accept: 'text/html' } })
  t.equal(html.statusCode, 200)
  t.match(html.headers['content-type'], /^text\/html/)
  t.match(html.body, /^<!doctype html>/)
  t.match(html.body, /No data for this period/)
  t.match(html.body, /Not yet recorded/)
  t.notMatch(html.body, /<script|src=|href="(?!#)|url\(|@import/, 'self-contained: no scripts or external resources')
})

t.test('a full year', async (t) => {
  await seedWorkedExample(h)
  const posted = await h.app.inject({
    method: 'POST', url: '/v1/reports/exceptional-circumstances', headers: h.team,
    payload: { startsOn: '2026-02-09', endsOn: '2026-02-13', affected: 'Cyber incident: case system offline', ombudsmanToldOn: '2026-02-10', returnedToComplianceOn: '2026-02-16' },
  })
  t.equal(posted.statusCode, 201, posted.body)
  const outside = await h.app.inject({
    method: 'POST', url: '/v1/reports/exceptional-circumstances', headers: h.team,
    payload: { startsOn: '2024-06-01', endsOn: null, affected: 'Flood at the civic centre', ombudsmanToldOn: null, returnedToComplianceOn: null },
  })
  t.equal(outside.statusCode, 201)
  const listed = await h.app.inject({ method: 'GET', url: '/v1/reports/exceptional-circumstances', headers: h.team })
  t.equal(listed.json().items.length, 2)
  const narrative = await h.app.inject({
    method: 'PUT', url: '/v1/reports/annual/2025/narrative', headers: h.team,
    payload: { serviceImprovements: 'Crews now photograph missed bins.\n\nRepairs are booked at first contact.', governanceResponse: 'The committee noted the report <and> asked for quarterly updates.' },
  })
  t.equal(narrative.statusCode, 200, narrative.body)
  t.equal(narrative.json().updatedBy, 'alice')

  const res = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: h.team })
  t.equal(res.statusCode, 200, res.body)
  const r = res.json()
  t.match(r.period, { label: '2025-26', from: '2025-04-01', to: '2026-03-31' })
  t.equal(r.performance.volumes.received, 8)
  t.same(r.refusedComplaintTypes, [{ code: 'personnel_matter', label: 'Personnel matter', count: 1, inCatalogue: true }])
  t.match(r.nonCompliance, {
    lateAcknowledgements: { stage1: 2, stage2: 0 }, lateResponses: { stage1: 1, stage2: 0 }, extensionsBeyondCap: { stage1: 1, stage2: 0 }, remediesOverdue: 1,
  })
  t.equal(r.nonCompliance.exceptionalCircumstances.length, 2, 'the continuing flood overlaps the year too')
  const item = (re: RegExp) => r.selfAssessment.rows.map((row: { data: unknown }) => row.data).find((i: { requirement: string } | null) => i !== null && re.test(i.requirement))
  t.match(item(/^Stage 1 acknowledged within 5 working days of receipt$/), { value: 71.4, met: false, rating: 'not_met' })
  t.match(item(/^Stage 1 response within 10 working days of acknowledgement/), { value: 66.7, met: false }, 'two of the three that fell due; two not yet due are not counted')
  t.match(item(/Stage 1 extensions of at most 10/), { value: 1, met: false })
  t.match(item(/^Stage 2 acknowledged within 5 working days of the escalation request$/), { value: 100, met: true, rating: 'met' })
  t.match(item(/^Stage 2 response/), { met: null, rating: 'nothing_due' }, 'the only stage 2 response is not yet due')
  t.match(item(/Refusals/), { value: 1, met: true })
  t.match(item(/Remedies/), { value: 1, met: false })
  t.match(item(/Exceptional/), { value: 2, met: false })
  t.same(r.outcomesByServiceArea, [
    { serviceArea: 'waste', stage1: { responded: 2, upheld: 2, notUpheld: 0 }, stage2: { responded: 0, upheld: 0, notUpheld: 0 } },
    { serviceArea: 'housing', stage1: { responded: 1, upheld: 0, notUpheld: 1 }, stage2: { responded: 0, upheld: 0, notUpheld: 0 } },
  ])
  t.same(r.remedies.byType.map((x: { label: string }) => x.label), ['Apology', 'Financial remedy'], 'remedy types in words')
  t.match(r.remedies, { offered: 2, financialTotalPence: 5000 })
  t.match(r.serviceImprovements, /photograph/)
  t.same(r.byMonth.map((m: { key: string; volumes: { received: number } }) => m.volumes.received), [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 7, 0])

  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...h.team, accept: 'text/html,application/xhtml+xml;q=0.9' } })
  t.equal(html.statusCode, 200)
  t.match(html.body, /Testshire District Council: complaints performance and service improvement report 2025-26/)
  t.equal((html.body.match(/<svg /g) ?? []).length, 3, 'three charts')
  t.equal((html.body.match(/<svg role="img" aria-labelledby="[^"]+"/g) ?? []).length, 3, 'each chart has a text alternative')
  t.match(html.body, /<desc id="[^"]+">Bar chart\. [^<]*February 2026: 7 received, 5 complaints/, 'months in words in the text alternative')
  t.notMatch(html.body, />26-0\d</, 'no "26-04" month labels')
  t.match(html.body, /@page\{size:A4/)
  t.match(html.body, /counter\(page\)/)
  t.match(html.body, /<div class="introduced"><p>Compared with [^<]*<\/p><table class="keep"><caption>Headline figures</, 'the trends sentence and its table are one block')
  t.match(html.body, /div\.introduced:has\(> table\.keep\)\{break-inside:avoid/, 'which print keeps on one page, so the heading is not left at the foot of a page')
  t.match(html.body, /<nav aria-labelledby="contents">/)
  t.match(html.body, /<th scope="col">Fell due<\/th>/)
  t.notMatch(html.body, /No data for this period/)
  t.match(html.body, /Personnel matter/)
  t.match(html.body, />1 complaint refused; 0 naming an entry/, 'one refusal, in the singular')
  t.match(html.body, /Cyber incident/)
  t.match(html.body, /£50\.00/)
  t.match(html.body, /&lt;and&gt;/, 'recorded text is escaped')
  t.match(html.body, /<p>Repairs are booked at first contact\.<\/p>/)
  t.notMatch(html.body, /Pat Doe|pat@example|Secret details/)
})

t.test('the 6-monthly versions split the financial year', async (t) => {
  const first = (await h.app.inject({ method: 'GET', url: '/v1/reports/half-year?year=2025&half=1', headers: h.team })).json()
  t.match(first.period, { kind: 'half-year', from: '2025-04-01', to: '2025-09-30' })
  t.equal(first.performance.volumes.received, 0)
  t.equal(first.byMonth.length, 6)
  const second = (await h.app.inject({ method: 'GET', url: '/v1/reports/half-year?year=2025&half=2', headers: h.team })).json()
  t.match(second.period, { from: '2025-10-01', to: '2026-03-31' })
  t.equal(second.performance.volumes.received, 8)
  t.match(second.serviceImprovements, /photograph/)
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/half-year?year=2025&half=2', headers: { ...h.team, accept: 'text/html' } })
  t.match(html.body, /second half \(October to March\)/)
  t.equal((await h.app.inject({ method: 'GET', url: '/v1/reports/half-year?year=2025&half=3', headers: h.team })).statusCode, 400)
})

t.test('exceptional circumstances are checked', async (t) => {
  const backwards = await h.app.inject({
    method: 'POST', url: '/v1/reports/exceptional-circumstances', headers: h.team,
    payload: { startsOn: '2026-02-09', endsOn: '2026-02-01', affected: 'x', ombudsmanToldOn: null, returnedToComplianceOn: null },
  })
  t.equal(backwards.statusCode, 400)
})
