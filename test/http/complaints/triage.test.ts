import t from 'tap'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { act, createComplaint, get, queueIds, step, triagedComplaint } from '../../helpers/complaints.js'

const NOW = new Date('2026-01-05T10:00:00Z')

t.test('triage, upgrade and downgrade', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'alice')

  t.test('as a complaint: the Code\'s deadlines run', async (t) => {
    const c = await createComplaint(app, team)
    const res = await act(app, team, c.id, 'triage', { as: 'complaint' })
    t.equal(res.statusCode, 200, res.body)
    t.equal(res.headers.etag, '"2"')
    t.match(res.json(), { status: 'triaged_complaint', kind: 'complaint', version: 2, triage: { as: 'complaint', signpostedTo: null } })
    t.same(res.json().nextDue, { kind: 'stage1_acknowledgement', due: '2026-01-12' })
    const timeline = await get(app, team, `/v1/complaints/${c.id}/timeline`)
    t.match(timeline.json().items, [{ type: 'case_received' }, { sequence: 2, type: 'triaged', actor: 'alice', data: { as: 'complaint' } }])
  })

  t.test('as a service request: recorded, with no Code deadlines', async (t) => {
    const c = await createComplaint(app, team)
    const res = await act(app, team, c.id, 'triage', { as: 'service_request' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { status: 'service_request', kind: 'service_request', deadlines: [], nextDue: null })
    t.ok((await queueIds(app, team, 'status=service_request&limit=100')).includes(c.id), 'monitored in the queue')
  })

  t.test('signposted: needs where to and why', async (t) => {
    const c = await createComplaint(app, team)
    const bare = await act(app, team, c.id, 'triage', { as: 'signposted' })
    t.equal(bare.statusCode, 422, bare.body)
    t.match(bare.json(), { code: 'CASE.SIGNPOST_DETAILS_REQUIRED', missing: ['signpostedTo', 'reason'] })
    const half = await act(app, team, c.id, 'triage', { as: 'signposted', signpostedTo: 'Oxfordshire County Council' })
    t.equal(half.statusCode, 422)
    t.same(half.json().missing, ['reason'])
    const blank = await act(app, team, c.id, 'triage', { as: 'signposted', signpostedTo: 'Oxfordshire County Council', reason: '   ' })
    t.equal(blank.statusCode, 400, 'a blank reason is no reason')
    t.match(blank.json().errors, [{ location: 'body', field: '/reason', rule: 'notBlank' }], 'named as the field and the rule')
    t.equal((await get(app, team, `/v1/complaints/${c.id}`)).json().version, 1, 'refused attempts change nothing')

    const res = await act(app, team, c.id, 'triage', { as: 'signposted', signpostedTo: 'Oxfordshire County Council', reason: 'Highways are the county\'s' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), {
      status: 'signposted', kind: 'signposted', deadlines: [], nextDue: null,
      triage: { as: 'signposted', signpostedTo: 'Oxfordshire County Council', reason: 'Highways are the county\'s' },
    })
  })

  t.test('triage happens once', async (t) => {
    const c = await triagedComplaint(app, team)
    const again = await act(app, team, c.id, 'triage', { as: 'service_request' })
    t.equal(again.statusCode, 409)
    t.match(again.json(), { code: 'CASE.ALREADY_TRIAGED', status: 409 })
    t.equal(again.headers['content-type'], 'application/problem+json; charset=utf-8')
  })

  t.test('a bad triage body is a validation error naming the field', async (t) => {
    const c = await createComplaint(app, team)
    const res = await act(app, team, c.id, 'triage', { as: 'grumble' })
    t.equal(res.statusCode, 400)
    t.ok(res.json().errors.some((e: { field: string }) => e.field === '/as'), res.body)
    const extra = await act(app, team, c.id, 'triage', { as: 'complaint', type: 'downgrade' })
    t.equal(extra.statusCode, 400, 'the command type comes from the URL, never the body')
    t.match(extra.json().errors, [{ field: '/type', rule: 'additionalProperties' }])
  })

  t.test('upgrade: a service request becomes a complaint when the person wants to complain', async (t) => {
    const c = await createComplaint(app, team)
    await step(app, team, c.id, 'triage', { as: 'service_request' })
    const res = await act(app, team, c.id, 'upgrade', { reason: 'The person now wants to complain about the delay' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { status: 'triaged_complaint', kind: 'complaint', triage: { as: 'complaint' } })
    t.equal(res.json().deadlines[0].kind, 'stage1_acknowledgement', 'the Code\'s deadlines now apply')
    t.ok((await queueIds(app, team, 'kind=complaint&limit=100')).includes(c.id))

    const twice = await act(app, team, c.id, 'upgrade', {})
    t.equal(twice.statusCode, 409)
    t.equal(twice.json().code, 'CASE.NOT_A_SERVICE_REQUEST')
  })

  t.test('upgrade needs a service request', async (t) => {
    const untriaged = await createComplaint(app, team)
    const res = await act(app, team, untriaged.id, 'upgrade', {})
    t.equal(res.statusCode, 409)
    t.equal(res.json().code, 'CASE.NOT_A_SERVICE_REQUEST')
  })

  t.test('downgrade: only with the person\'s agreement', async (t) => {
    const c = await triagedComplaint(app, team)
    const refused = await act(app, team, c.id, 'downgrade', { personAgreed: false, reason: 'Better as a request' })
    t.equal(refused.statusCode, 422)
    t.equal(refused.json().code, 'CASE.DOWNGRADE_NEEDS_AGREEMENT')
    const silent = await act(app, team, c.id, 'downgrade', { reason: 'Better as a request' })
    t.equal(silent.statusCode, 400, 'agreement must be stated')
    t.ok(silent.json().errors.some((e: { field: string }) => e.field === '/personAgreed'), silent.body)
    const noReason = await act(app, team, c.id, 'downgrade', { personAgreed: true })
    t.equal(noReason.statusCode, 400)
    t.ok(noReason.json().errors.some((e: { field: string }) => e.field === '/reason'), noReason.body)
    t.equal((await get(app, team, `/v1/complaints/${c.id}`)).json().status, 'triaged_complaint', 'still a complaint')

    const res = await act(app, team, c.id, 'downgrade', { personAgreed: true, reason: 'The person only wants the bin collected' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { status: 'service_request', kind: 'service_request', deadlines: [], nextDue: null })
  })

  t.test('downgrade after acceptance is allowed; of a service request or an untriaged case it is a conflict', async (t) => {
    const accepted = await triagedComplaint(app, team)
    await step(app, team, accepted.id, 'acknowledgement', { decision: 'accepted' })
    const res = await act(app, team, accepted.id, 'downgrade', { personAgreed: true, reason: 'Agreed by phone' })
    t.equal(res.statusCode, 200, res.body)
    t.equal(res.json().status, 'service_request')
    const again = await act(app, team, accepted.id, 'downgrade', { personAgreed: true, reason: 'Again' })
    t.equal(again.statusCode, 409)
    t.equal(again.json().code, 'CASE.NOT_A_COMPLAINT')

    const untriaged = await createComplaint(app, team)
    const early = await act(app, team, untriaged.id, 'downgrade', { personAgreed: true, reason: 'Too early' })
    t.equal(early.statusCode, 409)
    t.equal(early.json().code, 'CASE.NOT_TRIAGED')
  })
})
