import t from 'tap'
import { bearer, build, seedCouncil, seedStaff, tokenFor } from '../../helpers/build.js'
import { acceptedComplaint, act, get } from '../../helpers/complaints.js'

t.test('staff as data, and assignment only to active staff with the capability', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app, { staff: [] })
  const admin = await tokenFor(council, ['admin'], 'ada')
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  const put = (subject: string, payload: Record<string, unknown>, token = admin) =>
    app.inject({ method: 'PUT', url: `/v1/councils/current/staff/${encodeURIComponent(subject)}`, headers: bearer(token), payload })

  t.test('admins register staff; the complaints team reads them; others may not', async (t) => {
    const res = await put('bob@wodc.gov.uk', { displayName: 'Bob Barker', email: 'bob@wodc.gov.uk', serviceAreas: ['waste', 'waste'], mayHandleStage1: true, mayReviewStage2: false })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { subject: 'bob@wodc.gov.uk', registered: true, displayName: 'Bob Barker', serviceAreas: ['waste'], active: true, updatedBy: 'ada' })
    t.equal((await put('x', { displayName: 'X', mayHandleStage1: true, mayReviewStage2: true }, team)).statusCode, 403)
    const bad = await put('x', { displayName: 'X', mayHandleStage1: 'yes', mayReviewStage2: true })
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().errors[0].field, '/mayHandleStage1')
    const list = await get(app, team, '/v1/councils/current/staff?registered=true')
    t.same(list.json().items.map((m: { subject: string }) => m.subject), ['bob@wodc.gov.uk'])
    t.equal((await get(app, team, `/v1/councils/current/staff/${encodeURIComponent('bob@wodc.gov.uk')}`)).json().displayName, 'Bob Barker')
    t.equal((await get(app, await tokenFor(council, ['handler'], 'bob@wodc.gov.uk'), '/v1/councils/current/staff')).statusCode, 403)
    t.equal((await get(app, team, '/v1/councils/current/staff/nobody')).statusCode, 404)
  })

  t.test('a first request of an unknown subject records it as seen, not assignable', async (t) => {
    const zoe = await tokenFor(council, ['reporting'], 'zoe')
    t.equal((await get(app, zoe, '/v1/me')).statusCode, 200)
    t.equal((await get(app, zoe, '/v1/me')).statusCode, 200)
    const seen = (await get(app, team, '/v1/councils/current/staff?registered=false')).json().items
    const row = seen.find((m: { subject: string }) => m.subject === 'zoe')
    t.match(row, { registered: false, displayName: null, mayHandleStage1: false, active: false })
    t.match(row.firstSeenAt, /Z$/)
    // Registering a subject seen keeps the sighting and makes them staff.
    const registered = await put('zoe', { displayName: 'Zoe', mayHandleStage1: true, mayReviewStage2: true, active: false })
    t.same([registered.json().registered, registered.json().firstSeenAt], [true, row.firstSeenAt])
  })

  t.test('assignment refuses anyone who is not active staff with the capability (422 naming the rule)', async (t) => {
    const c = await acceptedComplaint(app, team)
    const assign = (handler: string) => act(app, team, c.id, 'assignment', { serviceArea: 'waste', handler })
    const cases: [string, string][] = [['stranger', 'STAFF.NOT_STAFF'], ['alice', 'STAFF.NOT_STAFF'], ['zoe', 'STAFF.INACTIVE']]
    await put('ivy', { displayName: 'Ivy', mayHandleStage1: false, mayReviewStage2: true })
    cases.push(['ivy', 'STAFF.MAY_NOT_HANDLE_STAGE1'])
    for (const [who, code] of cases) {
      const res = await assign(who)
      t.equal(res.statusCode, 422, `${who}: ${res.body}`)
      t.equal(res.json().code, code)
      t.equal(res.json().errors[0].field, '/handler')
    }
    t.equal((await get(app, team, `/v1/complaints/${c.id}`)).json().version, c.version, 'nothing was written')
    const stage2 = await act(app, team, c.id, 'stage2-assignment', { handler: 'bob@wodc.gov.uk' })
    t.equal(stage2.statusCode, 422)
    t.equal(stage2.json().code, 'STAFF.MAY_NOT_REVIEW_STAGE2')
    t.equal((await assign('bob@wodc.gov.uk')).statusCode, 200)
  })

  t.test('a leaver\'s open cases move to a successor in one call, recorded on each case', async (t) => {
    await seedStaff(app, council, ['leaver', 'successor'])
    const one = await acceptedComplaint(app, team, 'leaver')
    const two = await acceptedComplaint(app, team, 'leaver')
    const others = await acceptedComplaint(app, team, 'bob@wodc.gov.uk')
    const withdrawn = await acceptedComplaint(app, team, 'leaver')
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
    t.equal((await act(app, team, withdrawn.id, 'withdrawal', { withdrawnOn: today, how: 'By phone' })).statusCode, 200)
    await seedStaff(app, council, ['leaver'], { active: false })
    const reassign = (payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: '/v1/councils/current/staff/leaver/reassignment', headers: bearer(team), payload })
    const refused = await reassign({ handler: 'zoe' })
    t.equal(refused.statusCode, 422, 'an inactive successor is refused once')
    t.equal(refused.json().code, 'STAFF.INACTIVE')
    const res = await reassign({ handler: 'successor' })
    t.equal(res.statusCode, 200, res.body)
    t.same(res.json().reassigned.map((r: { caseId: string }) => r.caseId).sort(), [one.id, two.id].sort(), 'open cases move; a withdrawn one stays')
    t.same(res.json().skipped, [])
    for (const id of [one.id, two.id]) {
      const c = (await get(app, team, `/v1/complaints/${id}`)).json()
      t.equal(c.stage1.handler ?? c.handler, 'successor')
      const history = (await get(app, team, `/v1/complaints/${id}/timeline`)).body
      t.match(history, /"successor"/, 'the reassignment is in the case\'s history')
    }
    t.equal((await get(app, team, `/v1/complaints/${others.id}`)).json().version, others.version, 'other handlers\' cases are untouched')
    t.same((await reassign({ handler: 'successor' })).json().reassigned, [], 'nothing left to move')
    t.equal((await app.inject({ method: 'POST', url: '/v1/councils/current/staff/leaver/reassignment', headers: bearer(admin), payload: { handler: 'successor' } })).statusCode, 403)
  })
})
