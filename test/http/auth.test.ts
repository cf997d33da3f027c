import { SignJWT, exportSPKI, generateKeyPair } from 'jose'
import t from 'tap'
import { TEST_SECRET, bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

t.test('GET /v1/me', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)

  t.test('without a token is 401 problem+json', async (t) => {
    const res = await app.inject({ method: 'GET', url: '/v1/me' })
    t.equal(res.statusCode, 401)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.equal(res.json().code, 'AUTH.UNAUTHENTICATED')
  })

  t.test('with a bad signature is 401', async (t) => {
    const forged = await new SignJWT({ council: council.slug, roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-of-at-least-32-characters!!'))
    const res = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(forged) })
    t.equal(res.statusCode, 401)
    t.match(res.json().detail, /signature/)
  })

  t.test('with an expired token is 401', async (t) => {
    const expired = await new SignJWT({ council: council.slug, roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('bob').setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(TEST_SECRET))
    const res = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(expired) })
    t.equal(res.statusCode, 401)
  })

  t.test('with a token for a council this deployment does not serve is 403', async (t) => {
    const res = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(await tokenFor({ slug: 'nowhere' }, ['admin'])) })
    t.equal(res.statusCode, 403)
    t.equal(res.json().code, 'AUTH.UNKNOWN_COUNCIL')
  })

  t.test('with a valid token returns the principal, ignoring unknown roles', async (t) => {
    const token = await new SignJWT({ council: council.slug, roles: ['handler', 'superuser'] })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRET))
    const res = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) })
    t.equal(res.statusCode, 200)
    t.same(res.json(), { subject: 'alice', council: { slug: council.slug, name: council.name }, roles: ['handler'] })
  })

  t.test('a malformed Authorization header is 401', async (t) => {
    const res = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: 'Basic abc' } })
    t.equal(res.statusCode, 401)
  })
})

t.test('claim names, issuer and audience follow the configuration', async (t) => {
  const app = await build(t, {
    env: { AUTH_COUNCIL_CLAIM: 'org', AUTH_ROLES_CLAIM: 'realm_access.roles', AUTH_ISSUER: 'https://idp.test', AUTH_AUDIENCE: 'complaints' },
  })
  const council = await seedCouncil(app)
  const sign = (issuer: string) => new SignJWT({ org: council.slug, realm_access: { roles: ['reporting'] } })
    .setProtectedHeader({ alg: 'HS256' }).setSubject('carol').setIssuer(issuer).setAudience('complaints').setExpirationTime('1h')
    .sign(new TextEncoder().encode(TEST_SECRET))
  const ok = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(await sign('https://idp.test')) })
  t.equal(ok.statusCode, 200)
  t.same(ok.json().roles, ['reporting'])
  const wrongIssuer = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(await sign('https://elsewhere')) })
  t.equal(wrongIssuer.statusCode, 401)
})

t.test('tokens signed by an identity provider\'s key pair verify with its public key', async (t) => {
  const { publicKey, privateKey } = await generateKeyPair('RS256')
  const app = await build(t, { env: { AUTH_JWT_SECRET: '', AUTH_PUBLIC_KEY: await exportSPKI(publicKey) } })
  const council = await seedCouncil(app)
  const token = await new SignJWT({ council: council.slug, roles: ['admin'] })
    .setProtectedHeader({ alg: 'RS256' }).setSubject('dave').setExpirationTime('1h').sign(privateKey)
  t.equal((await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) })).statusCode, 200)
  const hs = await tokenFor(council, ['admin'])
  t.equal((await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(hs) })).statusCode, 401, 'HS256 is not accepted in place of the key')
})
