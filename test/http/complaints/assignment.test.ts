import t from 'tap'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { act, createComplaint, get, queueIds, step, triagedComplaint } from '../../helpers/complaints.js'

const NOW = new Date('2026-01-05T10:00:00Z')
const STAGE1_RESPONSE = {
  response: {
    stage: 1, complaintDefinition: 'Missed bins', findings: [{ aspect: 'missed collections', finding: 'upheld' }],
    reasons: 'Crew error', remedies: [{ type: 'apology', description: 'We apologise', dueDate: '2026-01-06' }],
    outstandingActions: [], howToEscalate: 'Reply within 14 days',
  },
}

t.test('assignment and reassignment', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  const bob = await tokenFor(council, ['handler'], 'bob')
  const carol = await tokenFor(council, ['handler'], 'carol')

  t.test('the team assigns a lead service area and a handler, who then sees and works the case', async (t) => {
    const c = await triagedComplaint(app, team)
    t.equal((await get(app, bob, `/v1/complaints/${c.id}`)).statusCode, 404, 'not bob\'s yet')
    const res = await act(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { leadServiceArea: 'waste', handler: 'bob', stage1: { serviceArea: 'waste', handler: 'bob', handlers: ['bob'] } })
    t.equal((await get(app, bob, `/v1/complaints/${c.id}`)).statusCode, 200)
    t.same(await queueIds(app, bob, 'handler=me'), [c.id])
    const ack = await act(app, bob, c.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(ack.statusCode, 200, 'the assigned handler acts on it')
    const timeline = await get(app, team, `/v1/complaints/${c.id}/timeline`)
    t.match(timeline.json().items.map((e: { type: string; actor: string }) => [e.type, e.actor]),
      [['case_received', 'alice'], ['triaged', 'alice'], ['assigned', 'alice'], ['acknowledged', 'bob']])
  })

  t.test('reassignment moves the case to the new handler; the old one loses it', async (t) => {
    const c = await triagedComplaint(app, team)
    await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    await step(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
    const res = await act(app, team, c.id, 'assignment', { serviceArea: 'housing', handler: 'carol' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { leadServiceArea: 'housing', handler: 'carol', stage1: { handlers: ['bob', 'carol'] } })
    t.equal((await get(app, bob, `/v1/complaints/${c.id}`)).statusCode, 404)
    t.equal((await act(app, bob, c.id, 'pause', { reason: 'waiting' })).statusCode, 404)
    t.notOk((await queueIds(app, bob, 'handler=me&limit=100')).includes(c.id))
    t.equal((await get(app, carol, `/v1/complaints/${c.id}`)).statusCode, 200)
    t.ok((await queueIds(app, team, 'serviceArea=housing&limit=100')).includes(c.id))
    t.notOk((await queueIds(app, team, 'handler=bob&limit=100')).includes(c.id))
  })

  t.test('a handler cannot assign, not even their own case', async (t) => {
    const c = await triagedComplaint(app, team)
    await step(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
    const res = await act(app, bob, c.id, 'assignment', { serviceArea: 'waste', handler: 'carol' })
    t.equal(res.statusCode, 403)
    t.equal(res.json().code, 'AUTH.FORBIDDEN')
    t.equal((await get(app, team, `/v1/complaints/${c.id}`)).json().handler, 'bob')
  })

  t.test('assignment needs a triaged, open complaint', async (t) => {
    const untriaged = await createComplaint(app, team)
    const early = await act(app, team, untriaged.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
    t.equal(early.statusCode, 409)
    t.equal(early.json().code, 'CASE.NOT_TRIAGED')

    const c = await triagedComplaint(app, team)
    await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    await step(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
    await step(app, bob, c.id, 'stage1-response', STAGE1_RESPONSE)
    const late = await act(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'carol' })
    t.equal(late.statusCode, 409)
    t.equal(late.json().code, 'CASE.ALREADY_RESPONDED')
  })

  t.test('both a service area and a handler are required', async (t) => {
    const c = await triagedComplaint(app, team)
    const res = await act(app, team, c.id, 'assignment', { serviceArea: 'waste' })
    t.equal(res.statusCode, 400)
    t.match(res.json().errors, [{ field: '/handler', rule: 'required' }])
    const empty = await act(app, team, c.id, 'assignment', { serviceArea: '', handler: 'bob' })
    t.equal(empty.statusCode, 400)
    t.ok(empty.json().errors.some((e: { field: string }) => e.field === '/serviceArea'), empty.body)
  })
})
