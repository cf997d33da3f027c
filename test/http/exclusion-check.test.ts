import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

const NOW = new Date('2025-12-19T10:00:00Z')
type Headers = Record<string, string>

async function logCase(app: FastifyInstance, team: Headers, extra: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: '/v1/complaints', headers: team, payload: { channel: 'email', person: { name: 'Pat Doe' }, summary: 'A complaint', ...extra } })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json() as { id: string; reference: string; version: number }
}

/** Triage, accept, assign to bob and send bob's stage 1 response. */
async function respondStage1(app: FastifyInstance, team: Headers, bob: Headers, id: string) {
  for (const [path, headers, payload] of [
    ['triage', team, { as: 'complaint' }],
    ['acknowledgement', team, { decision: 'accepted' }],
    ['assignment', team, { serviceArea: 'waste', handler: 'bob' }],
    ['stage1-response', bob, { response: { stage: 1, complaintDefinition: 'Missed bins', findings: [{ aspect: 'collections', finding: 'upheld' }], reasons: 'Crew error', remedies: [{ type: 'apology', description: 'We apologise', dueDate: '2025-12-22' }], outstandingActions: [], howToEscalate: 'Ask for stage 2' } }],
  ] as const) {
    const res = await app.inject({ method: 'POST', url: `/v1/complaints/${id}/${path}`, headers, payload })
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.body}`)
  }
}

const check = (app: FastifyInstance, headers: Headers, id: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/v1/complaints/${id}/exclusion-check`, headers, payload })

t.test('exclusion advice against the case\'s own catalogue', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const admin = bearer(await tokenFor(council, ['admin'], 'ada'))
  const put = await app.inject({ method: 'PUT', url: '/v1/councils/current/policy', headers: admin, payload: { preset: 'west-oxfordshire-2025' } })
  t.equal(put.statusCode, 200, put.body)
  const c = await logCase(app, team, { awareOn: '2024-06-01' })

  t.test('the 12-month test from the awareness date recorded at intake', async (t) => {
    const res = await check(app, team, c.id, {})
    t.equal(res.statusCode, 200, res.body)
    const advice = res.json()
    t.same(advice.policy, { id: 'west-oxfordshire-2025', version: 1 })
    t.same(advice.twelveMonth, { awareOn: '2024-06-01', receivedOn: '2025-12-19', timeLimitMonths: 12, withinLimit: false, limitDate: '2025-06-01' })
    t.same(advice.mayApply.map((e: { code: string }) => e.code), ['over_time_limit'])
    t.match(advice.mayApply[0].reasons[0], /after the 12-month limit \(2025-06-01\)/)
    t.equal(advice.mayApply[0].signpostsTo, 'Local Government and Social Care Ombudsman')
    t.same(advice.alreadyConsidered, { considered: false, cases: [] })
  })

  t.test('an awareness date given in the facts replaces the recorded one', async (t) => {
    const advice = (await check(app, team, c.id, { awareOn: '2025-01-15' })).json()
    t.equal(advice.twelveMonth.withinLimit, true)
    t.equal(advice.twelveMonth.limitDate, '2026-01-15')
    t.same(advice.mayApply, [])
    const later = await check(app, team, c.id, { awareOn: '2025-12-20' })
    t.equal(later.statusCode, 422)
    t.equal(later.json().code, 'EXCLUSION_CHECK.AWARE_AFTER_RECEIPT')
    t.equal(later.json().errors[0].field, '/awareOn')
    const impossible = await check(app, team, c.id, { awareOn: '2025-02-30' })
    t.equal(impossible.statusCode, 400, 'an impossible date is not compared as a string')
  })

  t.test('named matters and the description point at entries, with signposting', async (t) => {
    const res = await check(app, team, c.id, {
      awareOn: '2025-11-01', matters: ['member_conduct'],
      description: 'They refused my planning application and I intend to appeal.',
    })
    t.equal(res.statusCode, 200, res.body)
    const advice = res.json()
    const codes = advice.mayApply.map((e: { code: string }) => e.code)
    t.same(codes, ['appeal_or_legal_rights', 'planning_judgement', 'member_conduct'], 'in catalogue order')
    const byCode = Object.fromEntries(advice.mayApply.map((e: { code: string }) => [e.code, e]))
    t.same(byCode.member_conduct.reasons, ['named in the facts given'])
    t.equal(byCode.member_conduct.signpostsTo, 'Monitoring Officer (councillor code of conduct)')
    t.match(byCode.planning_judgement.reasons[0], /"planning"/)
    t.match(byCode.appeal_or_legal_rights.reasons[0], /"appeal"/)
  })

  t.test('a code not in the catalogue is 422 naming it', async (t) => {
    const res = await check(app, team, c.id, { matters: ['member_conduct', 'already_considered'] })
    t.equal(res.statusCode, 422)
    t.equal(res.json().code, 'EXCLUSION_CHECK.UNKNOWN_EXCLUSION')
    t.same(res.json().errors.map((e: { field: string }) => e.field), ['/matters/1'])
    t.same(res.json().missing, ['already_considered'])
  })

  t.test('advice changes nothing', async (t) => {
    const before = await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}`, headers: team })
    const events = (await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}/timeline`, headers: team })).json().items.length
    await check(app, team, c.id, { matters: ['personnel_matter'], description: 'a missed bin' })
    const after = await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}`, headers: team })
    t.equal(after.json().version, before.json().version)
    t.equal(after.headers.etag, before.headers.etag)
    t.same(after.json().acceptance, null)
    t.equal((await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}/timeline`, headers: team })).json().items.length, events)
  })
})

t.test('already considered: a linked earlier case, or one named in the facts', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const bob = bearer(await tokenFor(council, ['handler'], 'bob'))
  const earlier = await logCase(app, team)
  await respondStage1(app, team, bob, earlier.id)
  const pending = await logCase(app, team)

  t.test('a case linked to one that had its stage 1 response', async (t) => {
    const linked = await logCase(app, team, { relatedCaseId: earlier.id })
    const advice = (await check(app, team, linked.id, {})).json()
    t.equal(advice.alreadyConsidered.considered, true)
    t.same(advice.alreadyConsidered.cases.map((c: { id: string; source: string }) => [c.id, c.source]), [[earlier.id, 'linked']])
    t.match(advice.alreadyConsidered.cases[0].reason, /stage 1 response sent on 2025-12-19/)
    const entry = advice.mayApply.find((e: { code: string }) => e.code === 'already_considered')
    t.ok(entry, 'the Code\'s catalogue entry is offered')
    t.match(entry.reasons[0], new RegExp(earlier.reference))
  })

  t.test('a case named in the facts', async (t) => {
    const fresh = await logCase(app, team)
    const yes = (await check(app, team, fresh.id, { alreadyConsideredCaseId: earlier.id })).json()
    t.equal(yes.alreadyConsidered.considered, true)
    t.equal(yes.alreadyConsidered.cases[0].source, 'given')
    const no = (await check(app, team, fresh.id, { alreadyConsideredCaseId: pending.id })).json()
    t.equal(no.alreadyConsidered.considered, false, 'a case still waiting for its response was not considered')
    t.notOk(no.mayApply.some((e: { code: string }) => e.code === 'already_considered'))
    const self = await check(app, team, fresh.id, { alreadyConsideredCaseId: fresh.id })
    t.equal(self.statusCode, 422)
    const missing = await check(app, team, fresh.id, { alreadyConsideredCaseId: '00000000-0000-4000-8000-000000000000' })
    t.equal(missing.statusCode, 422)
    t.equal(missing.json().errors[0].field, '/alreadyConsideredCaseId')
  })
})

t.test('who may ask', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const other = await seedCouncil(app)
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const c = await logCase(app, team)
  for (const [path, payload] of [['triage', { as: 'complaint' }], ['acknowledgement', { decision: 'accepted' }], ['assignment', { serviceArea: 'waste', handler: 'bob' }]] as const) {
    const res = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/${path}`, headers: team, payload })
    t.equal(res.statusCode, 200, res.body)
  }
  const status = async (headers: Headers) => (await check(app, headers, c.id, {})).statusCode
  t.equal(await status(bearer(await tokenFor(council, ['handler'], 'bob'))), 200, 'the assigned handler')
  t.equal(await status(bearer(await tokenFor(council, ['handler'], 'carol'))), 404, 'a handler not assigned: existence does not leak')
  t.equal(await status(bearer(await tokenFor(council, ['intake'], 'alice'))), 403, 'intake')
  t.equal(await status(bearer(await tokenFor(council, ['reporting']))), 403, 'reporting')
  t.equal(await status(bearer(await tokenFor(other, ['complaints_team']))), 404, 'another council')
  t.equal(await status({}), 401, 'no token')
})
