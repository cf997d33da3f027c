import t from 'tap'
import { SignJWT } from 'jose'
import { TEST_SECRET, bearer, build, operatorToken, tokenFor } from '../../helpers/build.js'
import { createComplaint, get, step } from '../../helpers/complaints.js'

// Monday 29 December 2025: five working days later is 6 January in England and Wales, 7 January in Scotland
// (2 January is a Scottish bank holiday).
const NOW = new Date('2025-12-29T10:00:00Z')

const ackDue = (c: { deadlines: { kind: string; due: string }[] }) => c.deadlines.find((d) => d.kind === 'stage1_acknowledgement')?.due

t.test('the operator puts councils into service and runs them', async (t) => {
  const app = await build(t, { now: () => NOW })
  const ops = bearer(await operatorToken('ops-anna'))
  const post = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/v1/operator/councils', headers: ops, payload })
  const patch = (slug: string, payload: Record<string, unknown>) => app.inject({ method: 'PATCH', url: `/v1/operator/councils/${slug}`, headers: ops, payload })

  t.test('creating a council records its starting policy', async (t) => {
    const res = await post({ slug: 'wodc', name: 'West Oxfordshire District Council', referencePrefix: 'WOD', bankHolidayDivision: 'england-and-wales', preset: 'west-oxfordshire-2025' })
    t.equal(res.statusCode, 201, res.body)
    t.equal(res.headers.location, '/v1/operator/councils/wodc')
    t.same(res.json(), { slug: 'wodc', name: 'West Oxfordshire District Council', referencePrefix: 'WOD', bankHolidayDivision: 'england-and-wales', suspended: false, suspendedAt: null })
    const admin = await tokenFor({ slug: 'wodc' }, ['admin'], 'ada')
    const policy = (await get(app, admin, '/v1/councils/current/policy')).json()
    t.equal(policy.version, 1)
    t.equal(policy.preset, 'west-oxfordshire-2025')
    t.equal(policy.createdBy, 'operator:ops-anna')
    t.equal((await get(app, admin, '/v1/councils/current')).json().name, 'West Oxfordshire District Council')
  })

  t.test('bad requests name the field; a taken slug is 409; an unknown preset is 422', async (t) => {
    const badPrefix = await post({ slug: 'x', name: 'X', referencePrefix: 'wod', preset: 'lgsco-2024' })
    t.equal(badPrefix.statusCode, 400)
    t.equal(badPrefix.json().errors[0].field, '/referencePrefix')
    const badSlug = await post({ slug: 'West Oxon', name: 'X', referencePrefix: 'XX' })
    t.equal(badSlug.statusCode, 400)
    t.equal(badSlug.json().errors[0].field, '/slug')
    const taken = await post({ slug: 'wodc', name: 'Again', referencePrefix: 'WO2', preset: 'lgsco-2024' })
    t.equal(taken.statusCode, 409)
    t.equal(taken.json().code, 'COUNCIL.SLUG_TAKEN')
    const preset = await post({ slug: 'nowhere', name: 'Nowhere', referencePrefix: 'NW', preset: 'atlantis-2030' })
    t.equal(preset.statusCode, 422)
    t.equal(preset.json().errors[0].field, '/preset')
    t.equal((await get(app, await operatorToken(), '/v1/operator/councils/nowhere')).statusCode, 404, 'nothing half-written')
  })

  t.test('only an operator token opens the operator API, and it opens nothing else', async (t) => {
    const admin = await tokenFor({ slug: 'wodc' }, ['admin', 'complaints_team'])
    const refused = await get(app, admin, '/v1/operator/councils')
    t.equal(refused.statusCode, 403)
    t.equal(refused.json().code, 'AUTH.OPERATOR_ONLY')
    const noCouncil = await get(app, await operatorToken(), '/v1/me')
    t.equal(noCouncil.statusCode, 403)
    t.equal(noCouncil.json().code, 'AUTH.COUNCIL_REQUIRED')
    const neither = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRET))
    t.equal((await get(app, neither, '/v1/operator/councils')).statusCode, 401, 'no council claim and no operator role')
    // A council token that also claims `operator` is still only a council token.
    const both = await tokenFor({ slug: 'wodc' }, ['admin', 'operator' as 'admin'])
    t.equal((await get(app, both, '/v1/operator/councils')).statusCode, 403)
    t.equal((await app.inject({ method: 'GET', url: '/v1/operator/councils' })).statusCode, 401)
  })

  t.test('list and rename', async (t) => {
    t.equal((await post({ slug: 'oxford', name: 'Oxford City Council', referencePrefix: 'OXF', preset: 'oxford-draft' })).statusCode, 201)
    const list = (await get(app, await operatorToken(), '/v1/operator/councils')).json()
    t.same(list.items.map((c: { slug: string }) => c.slug), ['oxford', 'wodc'])
    const renamed = await patch('oxford', { name: 'Oxford City Council (shared services)' })
    t.equal(renamed.statusCode, 200)
    t.equal(renamed.json().name, 'Oxford City Council (shared services)')
    t.equal((await patch('nowhere', { name: 'X' })).statusCode, 404)
    t.equal((await patch('oxford', {})).statusCode, 400, 'an empty change is refused')
  })

  t.test('a new prefix and division apply to new cases only', async (t) => {
    const team = await tokenFor({ slug: 'wodc' }, ['complaints_team'])
    const before = await createComplaint(app, team)
    t.match(before.reference, /^WOD-2025-\d{6}$/)
    t.equal(ackDue(before), '2026-01-06')

    const changed = await patch('wodc', { referencePrefix: 'WODC', bankHolidayDivision: 'scotland' })
    t.equal(changed.statusCode, 200, changed.body)
    t.same([changed.json().referencePrefix, changed.json().bankHolidayDivision], ['WODC', 'scotland'])

    const after = await createComplaint(app, team)
    t.match(after.reference, /^WODC-2025-\d{6}$/)
    t.equal(ackDue(after), '2026-01-07', 'a new case runs on the new calendar')

    const reread = (await get(app, team, `/v1/complaints/${before.id}`)).json()
    t.equal(reread.reference, before.reference, 'an issued reference never changes')
    t.equal(ackDue(reread), '2026-01-06', 'an open case keeps the calendar it started under')
    const acted = await step(app, team, before.id, 'triage', { as: 'complaint' })
    t.equal(ackDue(acted), '2026-01-06', 'also when it is next changed')
  })

  t.test('a suspended council\'s tokens get 403; its data stays; reinstated, it works again', async (t) => {
    const team = await tokenFor({ slug: 'wodc' }, ['complaints_team'])
    const existing = await createComplaint(app, team)
    const suspended = await app.inject({ method: 'PUT', url: '/v1/operator/councils/wodc/suspension', headers: ops })
    t.equal(suspended.statusCode, 200)
    t.same([suspended.json().suspended, suspended.json().suspendedAt], [true, NOW.toISOString()])
    const refused = await get(app, team, '/v1/complaints')
    t.equal(refused.statusCode, 403)
    t.equal(refused.json().code, 'AUTH.COUNCIL_SUSPENDED')
    const other = await tokenFor({ slug: 'oxford' }, ['complaints_team'])
    t.equal((await get(app, other, '/v1/me')).statusCode, 200, 'other councils are untouched')
    const reinstated = await app.inject({ method: 'DELETE', url: '/v1/operator/councils/wodc/suspension', headers: ops })
    t.equal(reinstated.json().suspended, false)
    const back = await get(app, team, `/v1/complaints/${existing.id}`)
    t.equal(back.statusCode, 200)
    t.equal(back.json().reference, existing.reference)
  })
})
