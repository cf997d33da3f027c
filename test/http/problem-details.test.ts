import t from 'tap'
import { Type } from 'typebox'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

const EchoSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  person: Type.Object({ email: Type.String({ format: 'email' }) }, { additionalProperties: false }),
}, { additionalProperties: false })

t.test('every error is RFC 9457 problem+json', async (t) => {
  const app = await build(t, {
    env: { BODY_LIMIT_BYTES: '2048' },
    extend: (app) => {
      app.post('/test/echo', { config: { public: true }, schema: { body: EchoSchema } }, async (request) => request.body)
      app.get('/test/boom', { config: { public: true } }, async () => {
        throw new Error('database password is hunter2')
      })
    },
  })
  const council = await seedCouncil(app)
  const auth = bearer(await tokenFor(council, ['admin']))

  t.test('validation names the field and the rule', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/test/echo', payload: { name: '', person: { email: 'nope' } } })
    t.equal(res.statusCode, 400)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    const body = res.json()
    t.equal(body.code, 'VALIDATION')
    t.same(body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule]).sort(), [['/name', 'minLength'], ['/person/email', 'format']])
    t.match(body.detail, /body\/person\/email/)
  })

  t.test('a missing property is named as the property', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/test/echo', payload: { person: { email: 'a@b.uk' } } })
    t.equal(res.statusCode, 400)
    t.same(res.json().errors, [{ location: 'body', field: '/name', rule: 'required', message: "must have required property 'name'" }])
  })

  t.test('unknown properties are rejected, not silently stripped', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/test/echo', payload: { name: 'a', person: { email: 'a@b.uk', phone: '1' } } })
    t.equal(res.statusCode, 400)
    t.same(res.json().errors[0], { location: 'body', field: '/person/phone', rule: 'additionalProperties', message: 'is not a known property' })
  })

  t.test('unknown route is 404', async (t) => {
    const res = await app.inject({ method: 'GET', url: '/v1/nothing-here?x=1', headers: auth })
    t.equal(res.statusCode, 404)
    t.equal(res.json().code, 'NOT_FOUND')
    t.equal(res.json().instance, '/v1/nothing-here')
  })

  t.test('wrong media type is 415', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/test/echo', payload: 'name=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    t.equal(res.statusCode, 415)
    t.equal(res.json().code, 'UNSUPPORTED_MEDIA_TYPE')
    for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/xml']) {
      const other = await app.inject({ method: 'POST', url: '/test/echo', payload: '{"name":"a","person":{"email":"a@b.uk"}}', headers: { 'content-type': type } })
      t.equal(other.statusCode, 415, `${type} is 415, not read as text`)
      t.equal(other.json().code, 'UNSUPPORTED_MEDIA_TYPE')
    }
  })

  t.test('malformed JSON is 400', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/test/echo', payload: '{"name":', headers: { 'content-type': 'application/json' } })
    t.equal(res.statusCode, 400)
    t.equal(res.json().code, 'MALFORMED_JSON')
  })

  t.test('a body over the limit is 413', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/test/echo', payload: { name: 'x'.repeat(4096), person: { email: 'a@b.uk' } } })
    t.equal(res.statusCode, 413)
    t.equal(res.json().code, 'BODY_TOO_LARGE')
  })

  t.test('an unexpected failure is 500 with no internal detail', async (t) => {
    const res = await app.inject({ method: 'GET', url: '/test/boom' })
    t.equal(res.statusCode, 500)
    t.notMatch(res.body, /hunter2/)
    t.equal(res.json().code, 'INTERNAL')
  })

  t.test('every response carries x-request-id; an incoming one is kept', async (t) => {
    const kept = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'crm-42.abc' } })
    t.equal(kept.headers['x-request-id'], 'crm-42.abc')
    const fresh = await app.inject({ method: 'GET', url: '/v1/nothing-here', headers: auth })
    t.match(fresh.headers['x-request-id'], /^[0-9a-f-]{36}$/)
    t.equal(fresh.json().requestId, fresh.headers['x-request-id'])
    const junk = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } })
    t.not(junk.headers['x-request-id'], 'bad id with spaces')
  })
})
