import t from 'tap'
import { CODE_PROVISIONS } from '../../../src/domain/index.js'
import { bearer, tokenFor } from '../../helpers/build.js'
import { RESPONSE, harness } from '../../helpers/reports-worked-example.js'

const h = await harness(t)
const admin = bearer(await tokenFor(h.council, ['admin'], 'ada'))
const reporting = bearer(await tokenFor(h.council, ['reporting'], 'rita'))

// Two complaints in February 2026: X acknowledged on time (Mon 2 Feb, due 9 Feb) and answered on time (Fri 13 Feb,
// due 16 Feb); Y received Mon 2 Feb and acknowledged late on Tue 10 Feb (due 9 Feb), its response due 24 Feb is
// answered on Mon 23 Feb. As at Tue 3 March 2026: 6.2 is 1 of 2 (not met), 6.3 is 2 of 2 (met).
const x = await h.receive('2026-02-02', { serviceAreas: ['waste'] })
await h.act(x, '2026-02-02', 'triage', { as: 'complaint' })
await h.act(x, '2026-02-02', 'acknowledgement', { decision: 'accepted' })
await h.act(x, '2026-02-13', 'stage1-response', { response: RESPONSE([{ aspect: 'bins', finding: 'upheld' }]) })
const y = await h.receive('2026-02-02', { serviceAreas: ['waste'] })
await h.act(y, '2026-02-02', 'triage', { as: 'complaint' })
await h.act(y, '2026-02-10', 'acknowledgement', { decision: 'accepted' })
await h.act(y, '2026-02-23', 'stage1-response', { response: RESPONSE([{ aspect: 'bins', finding: 'not_upheld' }]) })
h.on('2026-03-03')

const URL = '/v1/reports/self-assessment/2025'
const get = async (headers = reporting) => {
  const res = await h.app.inject({ method: 'GET', url: URL, headers })
  t.equal(res.statusCode, 200, res.body)
  return res.json()
}
type Row = { ref: string; basis: string; status: string; paragraph: string | null; data: { rule: string; figure: string } | null; answer: { answeredBy: string; complies: boolean | null } | null }
const row = (sa: { rows: Row[] }, ref: string) => sa.rows.find((r) => r.ref === ref)!
const answer = (ref: string, payload: Record<string, unknown>, headers = admin) =>
  h.app.inject({ method: 'PUT', url: `${URL}/provisions/${ref}`, headers, payload })

t.test('every provision of the catalogue, in order, evidenced from data or answered by the council', async (t) => {
  const sa = await get()
  t.same(sa.rows.map((r: Row) => r.ref), CODE_PROVISIONS.map((p) => p.ref))
  t.match(row(sa, '6.2'), { paragraph: '6.2', basis: 'data', status: 'not_met', data: { figure: /1 of 2 that fell due \(50%\) on time/, rule: /at least 100%/ } })
  t.match(row(sa, '6.3'), { basis: 'data', status: 'met', data: { figure: /2 of 2 that fell due \(100%\) on time/ } })
  t.match(row(sa, '6.stage2.response'), { paragraph: null, basis: 'data', status: 'nothing_due' })
  t.match(row(sa, '5.2'), { paragraph: '5.2', basis: 'council', status: 'not_answered', answer: null })
  t.equal(sa.summary.not_answered, CODE_PROVISIONS.filter((p) => p.evidence === null).length)
  t.match(row(sa, '9.1-9.3'), { basis: 'data', status: 'not_met', data: { figure: /0 service improvements recorded .*1 response upheld/ } }, 'a complaint upheld and nothing learnt')
  t.same(sa.versions, [])
})

t.test('the council answers: comply, evidence, links, commentary, an action with a date; who and when', async (t) => {
  const res = await answer('5.2', { complies: true, evidence: 'The policy has two stages', links: ['https://www.example.gov.uk/complaints-policy'], commentary: 'Stage 0 removed in 2025' })
  t.equal(res.statusCode, 200, res.body)
  t.match(res.json(), { ref: '5.2', status: 'complies', answer: { complies: true, links: ['https://www.example.gov.uk/complaints-policy'], answeredBy: 'ada', answeredAt: '2026-03-03T12:00:00.000Z', action: null } })
  const no = await answer('5.6', { complies: false, evidence: 'Adjustments are recorded but not reviewed', commentary: 'A review step is being added', action: { text: 'Add a review date to every adjustment', dueOn: '2026-06-30' } })
  t.match(no.json(), { status: 'does_not_comply', answer: { action: { text: /review date/, dueOn: '2026-06-30' } } })
  const onData = await answer('6.2', { evidence: '', commentary: 'Late acknowledgements were during the cyber incident', action: { text: 'Cover rota for the inbox', dueOn: null } })
  t.equal(onData.statusCode, 200, onData.body)
  t.match(onData.json(), { basis: 'data', status: 'not_met', answer: { complies: null, commentary: /cyber incident/ } }, 'a data row keeps its rating, with the council\'s commentary')
})

t.test('answers are checked', async (t) => {
  const notAllowed = await answer('6.2', { complies: true, evidence: '', commentary: '' })
  t.equal(notAllowed.statusCode, 400)
  t.match(notAllowed.json().errors, [{ field: '/complies', rule: 'evidenced-from-data' }])
  const required = await answer('5.1', { evidence: 'x', commentary: '' })
  t.match(required.json().errors, [{ field: '/complies', rule: 'required' }])
  t.equal((await answer('9.9', { complies: true, evidence: 'x', commentary: '' })).statusCode, 400, 'no such provision')
  t.equal((await answer('5.1', { complies: true, evidence: 'x', commentary: '', links: ['not a link'] })).statusCode, 400)
  t.equal((await answer('5.1', { complies: true, evidence: 'x', commentary: '', action: { text: 'y', dueOn: '2026-02-30' } })).statusCode, 400, 'a real date')
  t.equal((await answer('5.1', { complies: true, evidence: 'x', commentary: '' }, h.team)).statusCode, 403, 'only admin answers')
  t.equal((await answer('5.1', { complies: true, evidence: 'x', commentary: '' }, reporting)).statusCode, 403)
})

t.test('publishing needs the sign-off and every answer; freezes a version; a change makes a new one', async (t) => {
  const publish = () => h.app.inject({ method: 'POST', url: `${URL}/versions`, headers: admin })
  const unsigned = await publish()
  t.equal(unsigned.statusCode, 422)
  t.equal(unsigned.json().code, 'SELF_ASSESSMENT.NOT_SIGNED_OFF')
  const signOff = await h.app.inject({
    method: 'PUT', url: `${URL}/sign-off`, headers: admin,
    payload: { governingBody: 'Audit and Governance Committee', governingBodyResponse: 'Noted; asked for quarterly updates', respondedOn: '2026-03-02', memberResponsible: 'Chair of the Audit and Governance Committee', memberSignedOffOn: '2026-03-03' },
  })
  t.equal(signOff.statusCode, 200, signOff.body)
  t.match(signOff.json(), { recordedBy: 'ada', memberSignedOffOn: '2026-03-03' })
  const incomplete = await publish()
  t.equal(incomplete.statusCode, 422)
  t.equal(incomplete.json().code, 'SELF_ASSESSMENT.INCOMPLETE')
  t.ok(incomplete.json().missing.includes('1.2') && !incomplete.json().missing.includes('5.2'), 'names the provisions still to answer')
  for (const ref of incomplete.json().missing as string[]) {
    const res = await answer(ref, { complies: true, evidence: `Evidence for ${ref}`, commentary: '' })
    t.equal(res.statusCode, 200, `${ref}: ${res.body}`)
  }
  const first = await publish()
  t.equal(first.statusCode, 201, first.body)
  t.match(first.json(), { version: 1, publishedBy: 'ada' })
  t.equal(first.headers.location, `${URL}/versions/1`)
  t.match(await get(), { versions: [{ version: 1 }], changedSincePublished: false })

  h.on('2026-03-04')
  await answer('5.2', { complies: false, evidence: 'An informal stage crept back in', commentary: '', action: { text: 'Retrain staff', dueOn: '2026-05-01' } })
  const draft = await get()
  t.equal(draft.changedSincePublished, true)
  t.equal(row(draft, '5.2').status, 'does_not_comply')
  const v1 = await h.app.inject({ method: 'GET', url: `${URL}/versions/1`, headers: reporting })
  t.equal(v1.statusCode, 200, v1.body)
  t.match(row(v1.json().content, '5.2'), { status: 'complies' }, 'the published version is frozen')
  t.match(v1.json().content.signOff, { governingBody: 'Audit and Governance Committee' })
  const second = await publish()
  t.match(second.json(), { version: 2 })
  const v2 = await h.app.inject({ method: 'GET', url: `${URL}/versions/2`, headers: reporting })
  t.match(row(v2.json().content, '5.2'), { status: 'does_not_comply' })
  t.equal(row((await h.app.inject({ method: 'GET', url: `${URL}/versions/1`, headers: reporting })).json().content, '5.2').status, 'complies', 'the old version stays readable')
  t.equal((await h.app.inject({ method: 'GET', url: `${URL}/versions/3`, headers: reporting })).statusCode, 404)
  t.equal((await h.app.inject({ method: 'POST', url: `${URL}/versions`, headers: h.team })).statusCode, 403)
})

t.test('the annual report carries the self-assessment; no personal data', async (t) => {
  const json = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: reporting })
  t.match(json.json().selfAssessment, { versions: [{ version: 1 }, { version: 2 }], signOff: { memberResponsible: /Chair/ } })
  const html = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...reporting, accept: 'text/html' } })
  t.match(html.body, /Published as version 2 on 4 March 2026/)
  t.match(html.body, /Signed off by the Member responsible for complaints \(Chair of the Audit and Governance Committee\) on 3 March 2026/)
  t.match(html.body, /Retrain staff \(by 1 May 2026\)/)
  t.match(html.body, /Does not comply/)
  for (const body of [json.body, html.body]) t.notMatch(body, /Pat Doe|pat@example\.org|Secret details/)
})
