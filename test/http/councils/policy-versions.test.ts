import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { createComplaint, get } from '../../helpers/complaints.js'

t.test('a case\'s dates can be explained from the policy version it runs under', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  const other = await seedCouncil(app)
  const admin = await tokenFor(council, ['admin'], 'ada')
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  const put = (preset: string, overrides: Record<string, unknown> = {}) =>
    app.inject({ method: 'PUT', url: '/v1/councils/current/policy', headers: bearer(admin), payload: { preset, overrides } })

  t.test('before any change the history is version 0, the Code\'s defaults', async (t) => {
    const res = await get(app, team, '/v1/councils/current/policy/versions')
    t.equal(res.statusCode, 200)
    t.same(res.json().items, [{ version: 0, preset: 'lgsco-2024', overrides: {}, createdBy: null, createdAt: null }])
    const zero = await get(app, team, '/v1/councils/current/policy/versions/0')
    t.equal(zero.json().policy.stage1.response.workingDays, 10)
  })

  const underDefaults = await createComplaint(app, team)
  t.equal((await put('lgsco-2024', { stage1: { response: { workingDays: 15 } } })).statusCode, 200)
  const underV1 = await createComplaint(app, team)
  t.equal((await put('runnymede-2024')).statusCode, 200)

  t.test('every version is listed, oldest first, with who recorded it', async (t) => {
    const items = (await get(app, team, '/v1/councils/current/policy/versions')).json().items
    t.same(items.map((v: { version: number }) => v.version), [0, 1, 2])
    t.same(items.map((v: { preset: string }) => v.preset), ['lgsco-2024', 'lgsco-2024', 'runnymede-2024'])
    t.same(items[1].overrides, { stage1: { response: { workingDays: 15 } } })
    t.equal(items[2].createdBy, 'ada')
    t.match(items[2].createdAt, /^\d{4}-\d\d-\d\dT.*Z$/)
    t.notOk('policy' in items[1], 'the listing is a summary')
  })

  t.test('each case names its version, and that version reads back as it was', async (t) => {
    t.equal(underDefaults.policy.version, 0)
    t.equal(underV1.policy.version, 1)
    const v1 = await get(app, team, `/v1/councils/current/policy/versions/${underV1.policy.version}`)
    t.equal(v1.statusCode, 200)
    t.equal(v1.headers.etag, '"1"')
    t.equal(v1.json().policy.stage1.response.workingDays, 15, 'the version the case runs under, not the one in force')
    t.equal((await get(app, team, '/v1/councils/current/policy')).json().version, 2)
  })

  t.test('any role of the council may read it; a version another council has is not yours', async (t) => {
    const reporting = await tokenFor(council, ['reporting'])
    t.equal((await get(app, reporting, '/v1/councils/current/policy/versions/2')).statusCode, 200)
    const outsider = await tokenFor(other, ['admin'])
    const res = await get(app, outsider, '/v1/councils/current/policy/versions/1')
    t.equal(res.statusCode, 404)
    t.equal(res.json().code, 'POLICY.VERSION_NOT_FOUND')
    t.equal((await get(app, null, '/v1/councils/current/policy/versions')).statusCode, 401)
  })

  t.test('an unknown or malformed version is a clear problem', async (t) => {
    t.equal((await get(app, team, '/v1/councils/current/policy/versions/3')).statusCode, 404)
    const bad = await get(app, team, '/v1/councils/current/policy/versions/first')
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().errors[0].field, '/version')
  })
})
