import t from 'tap'
import { CASE_ACTIONS } from '../../../src/http/routes/complaints/case-actions.js'
import type { Role } from '../../../src/services/principal.js'
import { bearer, build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { act, createComplaint, get, intakeBody, postIntake, queueIds, step, UNKNOWN_ID } from '../../helpers/complaints.js'

const NOW = new Date('2026-01-05T10:00:00Z')
const RESPONSE = {
  complaintDefinition: 'Missed bins', findings: [{ aspect: 'missed collections', finding: 'upheld' }], reasons: 'Crew error',
  remedies: [{ type: 'apology', description: 'We apologise', dueDate: '2026-01-06' }], outstandingActions: [], howToEscalate: 'Reply within 14 days',
}

/** A body each action's schema accepts, so that what a test sees is access control, never validation. */
const VALID_BODIES: Record<string, Record<string, unknown>> = {
  'triage': { as: 'complaint' },
  'upgrade': {},
  'downgrade': { personAgreed: true, reason: 'Agreed' },
  'acknowledgement': { decision: 'accepted' },
  'assignment': { serviceArea: 'waste', handler: 'bob' },
  'extensions': { reason: 'Site visit needed', toldPersonOn: '2026-01-05', ombudsmanDetailsGiven: true, workingDays: 5 },
  'pause': { reason: 'Waiting for the person' },
  'resume': {},
  'stage1-response': { response: { stage: 1, ...RESPONSE } },
  'escalation': { channel: 'email' },
  'escalation-decision': { decision: 'accept', reason: 'Good reason' },
  'stage2-acknowledgement': {},
  'stage2-assignment': { handler: 'dan' },
  'stage2-response': { agreesWithStage1: true, response: { stage: 2, ...RESPONSE } },
  'ombudsman-referral': { referredOn: '2026-01-05', reference: 'LGSCO-25-001' },
  'ombudsman-decision': { decidedOn: '2026-01-05', decision: 'no_fault', recommendedRemedies: [] },
  'remedies/:remedyId/completion': { completedOn: '2026-01-05' },
  'remedies/:remedyId/undeliverable': { reason: 'Not possible', alternative: 'Something else' },
  'actions/:actionId/completion': { completedOn: '2026-01-05' },
  'withdrawal': { withdrawnOn: '2026-01-05', how: 'By phone' },
  'closure': {},
}

interface Route { method: 'GET' | 'POST'; url: (id: string) => string; body?: Record<string, unknown>; name: string }

function actionUrl(path: string): (id: string) => string {
  return (id) => `/v1/complaints/${id}/${path.replace(':remedyId', 's1-r1').replace(':actionId', 's1-a1')}`
}

const CASE_ROUTES: Route[] = [
  { method: 'GET', url: (id) => `/v1/complaints/${id}`, name: 'GET /v1/complaints/{id}' },
  { method: 'GET', url: (id) => `/v1/complaints/${id}/timeline`, name: 'GET /v1/complaints/{id}/timeline' },
  ...CASE_ACTIONS.map((a): Route => ({ method: 'POST', url: actionUrl(a.path), body: VALID_BODIES[a.path] ?? {}, name: `POST /v1/complaints/{id}/${a.path}` })),
]
const ACTION_ROUTES = CASE_ROUTES.filter((r) => r.method === 'POST')
const ALL_ROUTES: Route[] = [
  { method: 'GET', url: () => '/v1/complaints', name: 'GET /v1/complaints' },
  { method: 'POST', url: () => '/v1/complaints', body: intakeBody(), name: 'POST /v1/complaints' },
  ...CASE_ROUTES,
]

t.test('access control on the case routes', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const elsewhere = await seedCouncil(app)
  const token = (roles: Role[], subject: string) => tokenFor(council, roles, subject)
  const team = await token(['complaints_team'], 'alice')
  const ivy = await token(['intake'], 'ivy')
  const ian = await token(['intake'], 'ian')
  const bob = await token(['handler'], 'bob')
  const carol = await token(['handler'], 'carol')
  const otherTeam = await tokenFor(elsewhere, ['complaints_team'], 'alice')
  const otherBob = await tokenFor(elsewhere, ['handler'], 'bob')

  // Logged by intake (ivy), triaged and assigned to bob by the team.
  const mine = await createComplaint(app, ivy)
  await step(app, team, mine.id, 'triage', { as: 'complaint' })
  await step(app, team, mine.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
  const unassigned = await createComplaint(app, team)

  const send = (route: Route, id: string, headers: Record<string, string>) =>
    app.inject({ method: route.method, url: route.url(id), headers, ...(route.body ? { payload: route.body } : {}) })

  t.test('every action route has a valid body in this test', async (t) => {
    for (const a of CASE_ACTIONS) t.ok(VALID_BODIES[a.path], `a body for ${a.path}: add one when adding an action`)
    // The team may act, so each body gets past validation: whatever the answer, it is not 400.
    for (const route of ACTION_ROUTES) {
      const fresh = await createComplaint(app, team)
      const res = await send(route, fresh.id, bearer(team))
      t.not(res.statusCode, 400, `${route.name}: ${res.body}`)
    }
  })

  t.test('no token: 401 everywhere', async (t) => {
    for (const route of ALL_ROUTES) {
      const res = await send(route, mine.id, {})
      t.equal(res.statusCode, 401, route.name)
      t.equal(res.json().code, 'AUTH.UNAUTHENTICATED', route.name)
    }
    const garbage = await send(ALL_ROUTES[0]!, mine.id, { authorization: 'Bearer not.a.token' })
    t.equal(garbage.statusCode, 401, 'an invalid token is no token')
  })

  t.test('reporting and admin: 403 on every case route', async (t) => {
    for (const role of ['reporting', 'admin'] as const) {
      const headers = bearer(await token([role], `${role}-user`))
      for (const route of ALL_ROUTES) {
        const res = await send(route, mine.id, headers)
        t.equal(res.statusCode, 403, `${role}: ${route.name}`)
        t.equal(res.json().code, 'AUTH.FORBIDDEN')
      }
    }
  })

  t.test('another council: the case does not exist, the list is empty', async (t) => {
    for (const route of CASE_ROUTES) {
      const res = await send(route, mine.id, bearer(otherTeam))
      t.equal(res.statusCode, 404, `${route.name}: ${res.body}`)
      t.equal(res.json().code, 'CASE.NOT_FOUND', route.name)
    }
    t.same(await queueIds(app, otherTeam, 'limit=100'), [])
    t.equal((await get(app, otherBob, `/v1/complaints/${mine.id}`)).statusCode, 404, 'a handler of the same name elsewhere is someone else')
    t.same(await queueIds(app, otherBob, 'handler=me'), [])
    t.equal((await get(app, team, `/v1/complaints/${mine.id}`)).json().version, 3, 'nothing was changed from outside')
  })

  t.test('a handler not assigned: 404 on every case route', async (t) => {
    for (const route of CASE_ROUTES) {
      const res = await send(route, mine.id, bearer(carol))
      t.equal(res.statusCode, 404, `${route.name}: ${res.body}`)
    }
    t.same(await queueIds(app, carol, 'limit=100'), [])
  })

  t.test('an unknown id is 404, a malformed one 400', async (t) => {
    t.equal((await get(app, team, `/v1/complaints/${UNKNOWN_ID}`)).statusCode, 404)
    t.equal((await act(app, team, UNKNOWN_ID, 'triage', { as: 'complaint' })).statusCode, 404)
    const bad = await get(app, team, '/v1/complaints/42')
    t.equal(bad.statusCode, 400)
    t.match(bad.json().errors, [{ location: 'params', field: '/id' }])
  })

  t.test('intake creates, and reads only what it created; it never acts', async (t) => {
    const created = await postIntake(app, ivy, intakeBody({ summary: 'Logged by ivy' }))
    t.equal(created.statusCode, 201)
    t.equal((await get(app, ivy, `/v1/complaints/${mine.id}`)).statusCode, 200)
    t.equal((await get(app, ivy, `/v1/complaints/${mine.id}/timeline`)).statusCode, 200)
    t.same((await queueIds(app, ivy, 'limit=100')).sort(), [mine.id, created.json().id].sort())
    t.equal((await get(app, ivy, `/v1/complaints/${unassigned.id}`)).statusCode, 404, 'not logged by ivy')
    for (const route of ACTION_ROUTES) {
      const res = await send(route, mine.id, bearer(ivy))
      t.equal(res.statusCode, 403, `${route.name}`)
    }
    t.equal((await get(app, ian, `/v1/complaints/${mine.id}`)).statusCode, 404, 'another intake user does not see it')
    t.notOk((await queueIds(app, ian, 'limit=100')).includes(mine.id))
  })

  t.test('a handler reads and acts on assigned cases only, and cannot assign or log', async (t) => {
    t.equal((await get(app, bob, `/v1/complaints/${mine.id}`)).statusCode, 200)
    t.equal((await get(app, bob, `/v1/complaints/${mine.id}/timeline`)).statusCode, 200)
    t.same(await queueIds(app, bob, 'limit=100'), [mine.id])
    t.equal((await get(app, bob, `/v1/complaints/${unassigned.id}`)).statusCode, 404)
    const ack = await act(app, bob, mine.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(ack.statusCode, 200, ack.body)
    for (const path of ['assignment', 'stage2-assignment']) {
      const res = await act(app, bob, mine.id, path, VALID_BODIES[path])
      t.equal(res.statusCode, 403, path)
      t.equal(res.json().code, 'AUTH.FORBIDDEN')
    }
    t.equal((await postIntake(app, bob, intakeBody())).statusCode, 403, 'handlers do not log complaints')
  })

  t.test('the complaints team sees and acts on everything in its council', async (t) => {
    const ids = await queueIds(app, team, 'limit=100')
    t.ok(ids.includes(mine.id) && ids.includes(unassigned.id))
    t.equal((await get(app, team, `/v1/complaints/${mine.id}/timeline`)).statusCode, 200)
    t.equal((await act(app, team, unassigned.id, 'triage', { as: 'complaint' })).statusCode, 200)
    t.equal((await act(app, team, unassigned.id, 'assignment', { serviceArea: 'waste', handler: 'carol' })).statusCode, 200)
  })

  t.test('sensitive cases: personal data only for the team and the assigned handler', async (t) => {
    const body = intakeBody({
      sensitive: true, summary: 'About a named officer', desiredOutcome: 'An apology',
      representative: { name: 'Jo Bloggs', relationship: 'daughter', consent: { basis: 'verbal_consent', recordedOn: '2026-01-05' } },
    })
    const logged = await postIntake(app, ivy, body)
    t.equal(logged.statusCode, 201, logged.body)
    const id = logged.json().id
    const hidden = { personalDataHidden: true, person: null, representative: null, summary: null, desiredOutcome: null }
    t.match(logged.json(), { ...hidden, sensitive: true, reference: logged.json().reference }, 'even the intake reply withholds it')
    t.match((await get(app, ivy, `/v1/complaints/${id}`)).json(), hidden, 'intake reads the case without personal data')

    await step(app, team, id, 'triage', { as: 'complaint' })
    await step(app, team, id, 'assignment', { serviceArea: 'hr', handler: 'bob' })
    const shown = { personalDataHidden: false, person: { name: 'Pat Doe' }, representative: { name: 'Jo Bloggs' }, summary: 'About a named officer', desiredOutcome: 'An apology' }
    t.match((await get(app, team, `/v1/complaints/${id}`)).json(), shown, 'the team sees it')
    t.match((await get(app, bob, `/v1/complaints/${id}`)).json(), shown, 'the assigned handler sees it')
    t.match((await get(app, ivy, `/v1/complaints/${id}`)).json(), hidden, 'still hidden from intake after triage')

    const ordinary = await get(app, ivy, `/v1/complaints/${mine.id}`)
    t.match(ordinary.json(), { personalDataHidden: false, person: { name: 'Pat Doe' } }, 'an ordinary case shows intake what it logged')
  })
})
