import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { bearer, build, operatorToken, seedCouncil, tokenFor } from '../helpers/build.js'

const NOW = new Date('2025-12-19T10:00:00Z')
const ORIGIN = 'https://forms.example.gov.uk'
const FORM = { person: { name: 'Pat Doe', email: 'pat@example.org' }, summary: 'Bins missed three weeks running', awareOn: '2025-12-01' }

let n = 0
const key = () => `form-key-${++n}-abcdef`

function post(app: FastifyInstance, slug: string, options: { headers?: Record<string, string>; payload?: unknown; ip?: string } = {}) {
  return app.inject({
    method: 'POST', url: `/v1/public/councils/${slug}/complaints`,
    headers: { 'idempotency-key': key(), ...options.headers },
    payload: (options.payload ?? FORM) as object,
    remoteAddress: options.ip ?? '192.0.2.1',
  })
}

t.test('public intake for website forms', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app, { referencePrefix: 'WOD' })
  const other = await seedCouncil(app)
  const admin = bearer(await tokenFor(council, ['admin'], 'ada'))
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))

  await t.test('off by default: 404, the same as for a council that does not exist', async (t) => {
    const off = await post(app, council.slug, { ip: '192.0.2.10' })
    t.equal(off.statusCode, 404)
    t.equal(off.json().code, 'PUBLIC_INTAKE.NOT_AVAILABLE')
    const none = await post(app, 'no-such-council', { ip: '192.0.2.10' })
    t.equal(none.statusCode, 404)
    t.equal(none.json().code, 'PUBLIC_INTAKE.NOT_AVAILABLE')
    t.equal(none.json().detail, off.json().detail)
    const invalid = await post(app, council.slug, { ip: '192.0.2.10', payload: { nonsense: true } })
    t.equal(invalid.statusCode, 404, 'checked before the body')
    const queue = (await app.inject({ method: 'GET', url: '/v1/complaints', headers: team })).json()
    t.equal(queue.items.length, 0)
  })

  const enabled = await app.inject({
    method: 'PATCH', url: '/v1/councils/current', headers: admin, payload: { publicIntake: { enabled: true, allowedOrigins: [ORIGIN] } },
  })
  t.equal(enabled.statusCode, 200, enabled.body)

  t.test('a browser preflight from an allowed origin', async (t) => {
    const res = await app.inject({
      method: 'OPTIONS', url: `/v1/public/councils/${council.slug}/complaints`,
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    })
    t.equal(res.statusCode, 204, res.body)
    t.equal(res.headers['access-control-allow-origin'], ORIGIN)
    t.match(String(res.headers['access-control-allow-methods']), /POST/)
    t.match(String(res.headers['access-control-allow-headers']), /Idempotency-Key/)
    t.match(String(res.headers.vary), /Origin/)
  })

  t.test('a preflight from another origin gets no CORS headers', async (t) => {
    const res = await app.inject({
      method: 'OPTIONS', url: `/v1/public/councils/${council.slug}/complaints`,
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    })
    t.equal(res.statusCode, 403)
    t.equal(res.headers['access-control-allow-origin'], undefined)
    const theirs = await app.inject({
      method: 'OPTIONS', url: `/v1/public/councils/${other.slug}/complaints`,
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
    })
    t.equal(theirs.statusCode, 404, 'one council\'s allow-list says nothing for another')
    t.equal(theirs.headers['access-control-allow-origin'], undefined)
  })

  t.test('a submission gets only its reference and dates back', async (t) => {
    const k = key()
    const res = await post(app, council.slug, { headers: { origin: ORIGIN, 'idempotency-key': k }, ip: '192.0.2.20' })
    t.equal(res.statusCode, 201, res.body)
    t.same(Object.keys(res.json()).sort(), ['acknowledgementDue', 'receivedAt', 'reference'])
    t.same(res.json(), { reference: 'WOD-2025-000001', receivedAt: NOW.toISOString(), acknowledgementDue: '2025-12-30' })
    t.equal(res.headers['access-control-allow-origin'], ORIGIN)
    t.notMatch(res.body, /Pat Doe|pat@example/)

    const queue = (await app.inject({ method: 'GET', url: '/v1/complaints', headers: team })).json().items
    t.equal(queue.length, 1)
    const logged = (await app.inject({ method: 'GET', url: `/v1/complaints/${queue[0].id}`, headers: team })).json()
    t.equal(logged.channel, 'web_form')
    t.equal(logged.sensitive, false)
    t.equal(logged.crmReference, null)
    t.same(logged.person, FORM.person)
    const timeline = (await app.inject({ method: 'GET', url: `/v1/complaints/${logged.id}/timeline`, headers: team })).json().items
    t.equal(timeline[0].actor, 'public-web-form')

    const retry = await post(app, council.slug, { headers: { origin: ORIGIN, 'idempotency-key': k }, ip: '192.0.2.20' })
    t.equal(retry.statusCode, 201)
    t.equal(retry.json().reference, 'WOD-2025-000001', 'a retry logs nothing new')
    t.equal(retry.headers['idempotent-replayed'], 'true')
    const changed = await post(app, council.slug, { headers: { 'idempotency-key': k }, payload: { ...FORM, summary: 'Something else' }, ip: '192.0.2.20' })
    t.equal(changed.statusCode, 422)
    t.equal(changed.json().code, 'IDEMPOTENCY.KEY_REUSED')
  })

  t.test('the website\'s own back end posts without an Origin', async (t) => {
    const res = await post(app, council.slug, { payload: { anonymous: true, summary: 'Graffiti not removed' }, ip: '192.0.2.30' })
    t.equal(res.statusCode, 201, res.body)
    t.equal(res.headers['access-control-allow-origin'], undefined)
  })

  t.test('a suspended council takes no forms (404, as for no council); reinstated, it takes them again', async (t) => {
    const ops = bearer(await operatorToken())
    const ip = '192.0.2.35'
    const suspension = (method: 'PUT' | 'DELETE') =>
      app.inject({ method, url: `/v1/operator/councils/${council.slug}/suspension`, headers: ops })
    t.equal((await suspension('PUT')).statusCode, 200)
    const refused = await post(app, council.slug, { headers: { origin: ORIGIN }, ip })
    t.equal(refused.statusCode, 404, refused.body)
    t.match(refused.headers['content-type'], /^application\/problem\+json/)
    t.equal(refused.json().code, 'PUBLIC_INTAKE.NOT_AVAILABLE')
    const none = await post(app, 'no-such-council', { ip })
    t.equal(refused.json().detail, none.json().detail, 'a suspension is not told apart from a council that does not exist')
    t.equal((await suspension('DELETE')).statusCode, 200)
    const again = await post(app, council.slug, { headers: { origin: ORIGIN }, ip })
    t.equal(again.statusCode, 201, again.body)
    t.match(again.json().reference, /^WOD-2025-/)
  })

  t.test('refused: a foreign origin, no Idempotency-Key, fields only staff set, no person', async (t) => {
    const ip = '192.0.2.40'
    const foreign = await post(app, council.slug, { headers: { origin: 'https://evil.example.com' }, ip })
    t.equal(foreign.statusCode, 403)
    t.equal(foreign.json().code, 'PUBLIC_INTAKE.ORIGIN_NOT_ALLOWED')
    const noKey = await app.inject({ method: 'POST', url: `/v1/public/councils/${council.slug}/complaints`, payload: FORM, remoteAddress: ip })
    t.equal(noKey.statusCode, 400)
    t.same(noKey.json().errors.map((e: { location: string; field: string }) => [e.location, e.field]), [['headers', '/idempotency-key']])
    for (const field of ['sensitive', 'crmReference', 'relatedCaseId', 'channel', 'receivedAt']) {
      const res = await post(app, council.slug, { payload: { ...FORM, [field]: field === 'sensitive' ? true : 'x' }, ip })
      t.equal(res.statusCode, 400, field)
      t.equal(res.json().errors[0].field, `/${field}`)
    }
    const nobody = await post(app, council.slug, { payload: { summary: 'Who am I' }, ip })
    t.equal(nobody.statusCode, 422)
    t.equal(nobody.json().code, 'INTAKE.PERSON_REQUIRED')
  })

  t.test('rate limited per client address and council', async (t) => {
    const ip = '198.51.100.7'
    for (let i = 0; i < 10; i++) {
      const res = await post(app, council.slug, { ip })
      t.equal(res.statusCode, 201, `submission ${i + 1}`)
    }
    const limited = await post(app, council.slug, { headers: { origin: ORIGIN }, ip })
    t.equal(limited.statusCode, 429)
    t.equal(limited.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.equal(limited.json().code, 'RATE_LIMITED')
    t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After says when')
    t.equal(limited.headers['access-control-allow-origin'], ORIGIN, 'the browser can read the refusal')
    t.equal((await post(app, council.slug, { ip: '198.51.100.8' })).statusCode, 201, 'another address is not affected')
    await app.inject({ method: 'PATCH', url: '/v1/councils/current', headers: bearer(await tokenFor(other, ['admin'])), payload: { publicIntake: { enabled: true } } })
    t.equal((await post(app, other.slug, { ip })).statusCode, 201, 'nor another council')
    const counted = await app.db.selectFrom('rate_limit_counters').select(['key', 'hits']).where('key', 'like', `%:${ip}`).execute()
    t.ok(counted.some((c) => c.hits === 11), 'counted in the database, shared by every instance')
  })
})
