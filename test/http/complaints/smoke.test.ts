import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../../helpers/build.js'

t.test('a complaint from intake to stage 1 response', async (t) => {
  const app = await build(t, { now: () => new Date('2025-12-19T10:00:00Z') })
  const council = await seedCouncil(app, { referencePrefix: 'WOD' })
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const created = await app.inject({
    method: 'POST', url: '/v1/complaints', headers: { ...team, 'idempotency-key': 'form-0001-abc' },
    payload: { channel: 'web_form', person: { name: 'Pat Doe', email: 'pat@example.org' }, summary: 'Bins missed three weeks running', awareOn: '2025-12-01' },
  })
  t.equal(created.statusCode, 201, created.body)
  const c = created.json()
  t.match(c.reference, /^WOD-2025-000001$/)
  t.equal(created.headers.etag, '"1"')
  t.equal(c.deadlines[0].kind, 'stage1_acknowledgement')
  t.equal(c.deadlines[0].due, '2025-12-30')
  t.match(c.deadlines[0].basis, /5 working days after receipt on 2025-12-19/)
  const again = await app.inject({
    method: 'POST', url: '/v1/complaints', headers: { ...team, 'idempotency-key': 'form-0001-abc' },
    payload: { channel: 'web_form', person: { name: 'Pat Doe', email: 'pat@example.org' }, summary: 'Bins missed three weeks running', awareOn: '2025-12-01' },
  })
  t.equal(again.statusCode, 201)
  t.equal(again.json().id, c.id)
  const triage = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/triage`, headers: { ...team, 'if-match': '"1"' }, payload: { as: 'complaint' } })
  t.equal(triage.statusCode, 200, triage.body)
  const ack = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/acknowledgement`, headers: team, payload: { decision: 'accepted' } })
  t.equal(ack.statusCode, 200, ack.body)
  const stale = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/assignment`, headers: { ...team, 'if-match': '"1"' }, payload: { serviceArea: 'waste', handler: 'bob' } })
  t.equal(stale.statusCode, 412)
  const assigned = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/assignment`, headers: team, payload: { serviceArea: 'waste', handler: 'bob' } })
  t.equal(assigned.statusCode, 200, assigned.body)
  const queue = await app.inject({ method: 'GET', url: '/v1/complaints?handler=bob', headers: team })
  t.equal(queue.statusCode, 200, queue.body)
  t.equal(queue.json().items.length, 1)
  const bob = bearer(await tokenFor(council, ['handler'], 'bob'))
  const resp = await app.inject({
    method: 'POST', url: `/v1/complaints/${c.id}/stage1-response`, headers: bob,
    payload: { response: { stage: 1, complaintDefinition: 'Missed bins', findings: [{ aspect: 'missed collections', finding: 'upheld' }], reasons: 'Crew error', remedies: [{ type: 'apology', description: 'We apologise', dueDate: '2025-12-22' }], outstandingActions: [], howToEscalate: 'Reply within 14 days' } },
  })
  t.equal(resp.statusCode, 200, resp.body)
  t.equal(resp.json().stage1.response.outcome, 'upheld')
  const timeline = await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}/timeline`, headers: team })
  t.equal(timeline.json().items.length, 5)
  const bodiless = await app.inject({ method: 'POST', url: `/v1/complaints/${c.id}/resume`, headers: team })
  t.equal(bodiless.statusCode, 409, 'an action without a body is validated as an empty one, then refused by the rules')
  t.match(bodiless.json().code, /^CASE\./)
  const carol = bearer(await tokenFor(council, ['handler'], 'carol'))
  t.equal((await app.inject({ method: 'GET', url: `/v1/complaints/${c.id}`, headers: carol })).statusCode, 404)
})
