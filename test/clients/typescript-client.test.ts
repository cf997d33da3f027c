/**
 * The TypeScript client in clients/typescript drives one whole case over real HTTP: intake, triage, acceptance,
 * allocation, the stage 1 response, escalation, stage 2 and the Ombudsman. The bodies are typed by the contract's
 * generated types and the answers are read through them, so a contract that no longer matches the server, or a
 * client whose types no longer match the contract, breaks this test (and `npm run typecheck`).
 */
import t from 'tap'
import { createComplaintsClient, etagOf, type Schemas } from '../../clients/typescript/src/index.js'
import { committedClientTypes, generateClientTypes } from '../../scripts/client-types.js'
import { generateContract } from '../../scripts/contract.js'
import { build, seedCouncil, tokenFor } from '../helpers/build.js'

t.test('the client\'s committed types are what openapi-typescript makes of the contract', async (t) => {
  t.equal(await committedClientTypes(), await generateClientTypes(await generateContract()), 'clients/typescript/src/schema.ts is stale: run `npm run openapi` and commit the result')
})

const response = (stage: 1 | 2, finding: 'upheld' | 'not_upheld'): Schemas['ResponseContent'] => ({
  stage,
  complaintDefinition: 'Garden waste was not collected for a month and calls were not returned',
  findings: [{ aspect: 'missed collections', finding }],
  reasons: 'The round was re-planned without the road on it',
  remedies: stage === 1 ? [{ type: 'apology', description: 'An apology', dueDate: '2026-01-30' }] : [],
  ...(stage === 2 ? { noRemedyStatement: 'The stage 1 remedy stands' } : {}),
  outstandingActions: [],
  howToEscalate: stage === 1 ? 'Ask the complaints team for a stage 2 review' : 'You may contact the Local Government and Social Care Ombudsman',
})

t.test('a whole case through the generated client', async (t) => {
  let now = new Date('2026-01-05T09:00:00Z')
  const app = await build(t, { now: () => now })
  const council = await seedCouncil(app)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const team = createComplaintsClient({ baseUrl, token: await tokenFor(council, ['complaints_team'], 'alice') })
  const carol = createComplaintsClient({ baseUrl, token: () => tokenFor(council, ['handler'], 'carol') })

  const me = await team.GET('/v1/me')
  t.same(me.data, { subject: 'alice', council: { slug: council.slug, name: council.name }, roles: ['complaints_team'] }, 'Principal is what /v1/me returns')

  const created = await team.POST('/v1/complaints', {
    params: { header: { 'idempotency-key': 'client-test-0001' } },
    body: { channel: 'email', person: { name: 'Sam Taylor', email: 'sam@example.org' }, summary: 'Garden waste not collected for a month', awareOn: '2025-12-15' },
  })
  t.equal(created.response.status, 201)
  const id = created.data!.id
  t.equal(created.response.headers.get('location'), `/v1/complaints/${id}`, 'Location, as declared')
  t.equal(etagOf(created.response), `"${created.data!.version}"`, 'ETag, as declared')
  t.equal(created.data!.deadlines.find((d) => d.kind === 'stage1_acknowledgement')?.due, '2026-01-12')

  const replay = await team.POST('/v1/complaints', {
    params: { header: { 'idempotency-key': 'client-test-0001' } },
    body: { channel: 'email', person: { name: 'Sam Taylor', email: 'sam@example.org' }, summary: 'Garden waste not collected for a month', awareOn: '2025-12-15' },
  })
  t.equal(replay.data!.id, id, 'a retry with the key creates nothing')
  t.equal(replay.response.headers.get('idempotent-replayed'), 'true')

  /** The version last read goes back as If-Match with each action. */
  let etag = etagOf(created.response)!
  const params = () => ({ path: { id }, header: { 'if-match': etag } })
  async function step(call: Promise<{ data?: Schemas['Case']; error?: Schemas['Problem']; response: Response }>): Promise<Schemas['Case']> {
    const r = await call
    if (!r.data) throw new Error(`${r.response.url}: ${r.response.status} ${JSON.stringify(r.error)}`)
    etag = etagOf(r.response)!
    return r.data
  }

  let c = await step(team.POST('/v1/complaints/{id}/triage', { params: params(), body: { as: 'complaint' } }))
  t.equal(c.kind, 'complaint')
  const stale = await team.POST('/v1/complaints/{id}/acknowledgement', {
    params: { path: { id }, header: { 'if-match': '"1"' } }, body: { decision: 'accepted' },
  })
  t.equal(stale.response.status, 412, 'a stale If-Match is refused')
  t.equal(stale.error?.code, 'CASE.VERSION_MISMATCH', 'the problem carries a code of the enum')
  c = await step(team.POST('/v1/complaints/{id}/acknowledgement', { params: params(), body: { decision: 'accepted' } }))
  c = await step(team.POST('/v1/complaints/{id}/assignment', { params: params(), body: { serviceArea: 'waste', handler: 'bob' } }))
  t.equal(c.handler, 'bob')

  now = new Date('2026-01-19T09:00:00Z')
  c = await step(team.POST('/v1/complaints/{id}/stage1-response', { params: params(), body: { response: response(1, 'upheld') } }))
  t.equal(c.stage1.response?.outcome, 'upheld')
  t.equal(c.remedies[0]?.status, 'open')

  now = new Date('2026-01-20T09:00:00Z')
  c = await step(team.POST('/v1/complaints/{id}/escalation', { params: params(), body: { channel: 'web_form' } }))
  c = await step(team.POST('/v1/complaints/{id}/stage2-acknowledgement', { params: params() }))
  t.ok(c.stage2?.acknowledgedAt, 'stage 2 acknowledged without a body, as the contract allows')
  c = await step(team.POST('/v1/complaints/{id}/stage2-assignment', { params: params(), body: { handler: 'carol' } }))
  c = await step(team.POST('/v1/complaints/{id}/remedies/{remedyId}/completion', { params: { ...params(), path: { id, remedyId: 's1-r1' } }, body: { completedOn: '2026-01-20' } }))
  t.equal(c.remedies[0]?.status, 'done')

  now = new Date('2026-02-10T09:00:00Z')
  c = await step(carol.POST('/v1/complaints/{id}/stage2-response', { params: params(), body: { agreesWithStage1: true, response: response(2, 'not_upheld') } }))
  t.equal(c.stage2?.response?.outcome, 'upheld', 'agreeing with an upheld stage 1 is upheld')
  t.equal(c.status, 'closed')
  now = new Date('2026-03-02T09:00:00Z')
  c = await step(team.POST('/v1/complaints/{id}/ombudsman-referral', { params: params(), body: { referredOn: '2026-02-11', reference: '25 999 001' } }))
  c = await step(team.POST('/v1/complaints/{id}/ombudsman-decision', { params: params(), body: { decidedOn: '2026-03-02', decision: 'no_fault', recommendedRemedies: [] } }))
  t.equal(c.ombudsman?.decision, 'no_fault')

  const timeline = await team.GET('/v1/complaints/{id}/timeline', { params: { path: { id } } })
  t.ok((timeline.data?.items.length ?? 0) >= 12, 'the timeline holds every step')
  const queue = await team.GET('/v1/complaints', { params: { query: { status: 'closed' } } })
  t.same(queue.data?.items.map((s) => s.id), [id], 'the queue finds it by status')
})
