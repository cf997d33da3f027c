import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

const NOW = new Date('2025-12-19T10:00:00Z')
type Headers = Record<string, string>

async function act(app: FastifyInstance, headers: Headers, id: string, path: string, payload: unknown) {
  const res = await app.inject({ method: 'POST', url: `/v1/complaints/${id}/${path}`, headers, payload: payload as object })
  if (res.statusCode !== 200) throw new Error(`${path}: ${res.body}`)
  return res.json()
}

const raise = (app: FastifyInstance, headers: Headers, id: string, summary: string) =>
  app.inject({ method: 'POST', url: `/v1/complaints/${id}/related-issues`, headers, payload: { summary } })

t.test('related issues', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const other = await seedCouncil(app)
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const bob = bearer(await tokenFor(council, ['handler'], 'bob'))
  const created = await app.inject({
    method: 'POST', url: '/v1/complaints', headers: team,
    payload: { channel: 'phone', person: { name: 'Pat Doe', phone: '01993 123456' }, summary: 'Bins missed', serviceAreas: ['waste'] },
  })
  const c = created.json()
  await act(app, team, c.id, 'triage', { as: 'complaint' })
  await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
  const assigned = await act(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })

  t.test('before the stage 1 response an issue joins the case', async (t) => {
    const res = await app.inject({
      method: 'POST', url: `/v1/complaints/${c.id}/related-issues`, headers: { ...bob, 'if-match': `"${assigned.version}"` },
      payload: { summary: 'The crew also damaged my bin' },
    })
    t.equal(res.statusCode, 200, res.body)
    const body = res.json()
    t.equal(body.id, c.id)
    t.equal(body.version, assigned.version + 1)
    t.equal(res.headers.etag, `"${assigned.version + 1}"`)
    t.same(body.relatedIssues, [{ summary: 'The crew also damaged my bin', addedAt: NOW.toISOString() }])
    t.equal(body.status, 'stage1_acknowledged', 'the case\'s state is unchanged')
    t.equal(body.deadlines.find((d: { kind: string }) => d.kind === 'stage1_response').due, assigned.deadlines.find((d: { kind: string }) => d.kind === 'stage1_response').due)

    const timeline = (await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}/timeline`, headers: team })).json().items
    const last = timeline[timeline.length - 1]
    t.equal(last.type, 'related_issue_added')
    t.equal(last.actor, 'bob')
    t.same(last.data, { index: 0 }, 'the history holds no complaint text')

    const second = await raise(app, team, c.id, 'And the street was left littered')
    t.equal(second.statusCode, 200)
    t.same(second.json().relatedIssues.map((i: { summary: string }) => i.summary), ['The crew also damaged my bin', 'And the street was left littered'])
    const events = (await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}/timeline`, headers: team })).json().items
    t.same(events[events.length - 1].data, { index: 1 })
  })

  t.test('a stale If-Match is refused and adds nothing', async (t) => {
    const res = await app.inject({
      method: 'POST', url: `/v1/complaints/${c.id}/related-issues`, headers: { ...team, 'if-match': `"${assigned.version}"` },
      payload: { summary: 'Lost in a race' },
    })
    t.equal(res.statusCode, 412)
    t.equal(res.json().code, 'CASE.VERSION_MISMATCH')
    const read = (await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}`, headers: team })).json()
    t.equal(read.relatedIssues.length, 2)
  })

  t.test('who may add', async (t) => {
    t.equal((await raise(app, bearer(await tokenFor(council, ['handler'], 'carol')), c.id, 'x')).statusCode, 404, 'a handler not assigned')
    t.equal((await raise(app, bearer(await tokenFor(council, ['intake'])), c.id, 'x')).statusCode, 403, 'intake')
    t.equal((await raise(app, bearer(await tokenFor(other, ['complaints_team'])), c.id, 'x')).statusCode, 404, 'another council')
    t.equal((await raise(app, {}, c.id, 'x')).statusCode, 401, 'no token')
    const empty = await raise(app, team, c.id, '')
    t.equal(empty.statusCode, 400)
    t.equal(empty.json().errors[0].field, '/summary')
  })

  t.test('after the stage 1 response an issue opens a new, linked case', async (t) => {
    const responded = await act(app, bob, c.id, 'stage1-response', {
      response: { stage: 1, complaintDefinition: 'Missed bins', findings: [{ aspect: 'collections', finding: 'upheld' }], reasons: 'Crew error', remedies: [{ type: 'apology', description: 'We apologise', dueDate: '2025-12-22' }], outstandingActions: [], howToEscalate: 'Ask for stage 2' },
    })
    const headers = { ...bob, 'idempotency-key': 'related-0001-abc' }
    const res = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/related-issues`, headers, payload: { summary: 'Now the replacement bin is missing' } })
    t.equal(res.statusCode, 201, res.body)
    const fresh = res.json()
    t.not(fresh.id, c.id)
    t.equal(res.headers.location, `/v1/complaints/${fresh.id}`)
    t.equal(fresh.linkedCaseId, c.id)
    t.equal(fresh.status, 'received')
    t.equal(fresh.version, 1)
    t.equal(fresh.channel, 'phone', 'the same channel')
    t.same(fresh.person, { name: 'Pat Doe', phone: '01993 123456' }, 'the same person')
    t.equal(fresh.summary, 'Now the replacement bin is missing')
    t.same(fresh.serviceAreas, ['waste'])
    t.same(fresh.relatedIssues, [])
    t.not(fresh.reference, c.reference)
    t.equal(fresh.deadlines[0].kind, 'stage1_acknowledgement')

    const original = (await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}`, headers: team })).json()
    t.equal(original.version, responded.version, 'the responded case is untouched')
    t.equal(original.relatedIssues.length, 2)

    const retry = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/related-issues`, headers, payload: { summary: 'Now the replacement bin is missing' } })
    t.equal(retry.statusCode, 201)
    t.equal(retry.json().id, fresh.id, 'a retry with the same key opens nothing new')
    t.equal(retry.headers['idempotent-replayed'], 'true')
    const queue = (await app.inject({ method: 'GET', url: '/v1/complaints', headers: team })).json().items
    t.equal(queue.length, 2)
  })
})
