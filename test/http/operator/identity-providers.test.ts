import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose'
import { sql, type CompiledQuery } from 'kysely'
import t from 'tap'
import { signDevelopmentToken } from '../../../src/http/auth/sign-token.js'
import { addIdentityProvider } from '../../../src/services/identity-providers.js'
import { TEST_SECRET, bearer, build, operatorToken, seedCouncil, tokenFor } from '../../helpers/build.js'
import { get } from '../../helpers/complaints.js'

/** A council's identity provider on a random loopback port: it publishes a JWKS and signs tokens. */
async function identityProvider(t: { teardown(fn: () => unknown): void }, alg: 'RS256' | 'ES256') {
  let keys: { kid: string; privateKey: CryptoKey; jwk: JWK }[] = []
  let fetches = 0
  const newKey = async (kid: string) => {
    const { publicKey, privateKey } = await generateKeyPair(alg)
    return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } }
  }
  keys = [await newKey(`${alg}-1`)]
  const server: Server = createServer((_req, res) => {
    fetches += 1
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: keys.map((k) => k.jwk) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => server.close(resolve)))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    issuer: `${base}/realms/council`,
    jwksUrl: `${base}/jwks`,
    fetches: () => fetches,
    /** Publishes a new key in place of the old one, as a provider does at rotation. */
    rotate: async (kid: string) => { keys = [await newKey(kid)] },
    sign: (claims: Record<string, unknown>, subject = 'someone', options: { key?: number; issuer?: string; audience?: string } = {}) => {
      const key = keys[options.key ?? keys.length - 1]!
      return new SignJWT(claims).setProtectedHeader({ alg, kid: key.kid }).setSubject(subject)
        .setIssuer(options.issuer ?? `${base}/realms/council`).setAudience(options.audience ?? 'complaints-api')
        .setIssuedAt().setExpirationTime('10m').sign(key.privateKey)
    },
    /** The current private key, for a token signed before a rotation. */
    currentKey: () => keys[keys.length - 1]!,
  }
}

t.test('each council\'s own identity provider signs its staff\'s tokens, for that council only', async (t) => {
  const app = await build(t, { env: { AUTH_COUNCIL_PROVIDERS: 'true', AUTH_ALLOW_HTTP_JWKS: 'true', AUTH_JWKS_COOLDOWN_MS: '0' } })
  const a = await seedCouncil(app)
  const b = await seedCouncil(app)
  const idpA = await identityProvider(t, 'RS256')
  const idpB = await identityProvider(t, 'ES256')
  const ops = bearer(await operatorToken())
  const register = (slug: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/v1/operator/councils/${slug}/identity-providers`, headers: ops, payload })

  // A: a Keycloak-like provider that cannot carry a council claim (the issuer implies the council).
  const addedA = await register(a.slug, { issuer: idpA.issuer, jwksUrl: idpA.jwksUrl, audience: 'complaints-api', rolesClaim: 'realm_access.roles' })
  t.equal(addedA.statusCode, 201, addedA.body)
  t.match(addedA.json(), { issuer: idpA.issuer, councilClaim: null, rolesClaim: 'realm_access.roles', createdBy: 'operator:ops' })
  // B: a provider that names the council in a claim of its own.
  t.equal((await register(b.slug, { issuer: idpB.issuer, jwksUrl: idpB.jwksUrl, audience: 'complaints-api', councilClaim: 'org.slug' })).statusCode, 201)

  const me = async (token: string) => get(app, token, '/v1/me')

  t.test('tokens verify against the provider whose iss they carry (RS256 and ES256)', async (t) => {
    const resA = await me(await idpA.sign({ realm_access: { roles: ['complaints_team', 'superuser'] } }, 'alice@a'))
    t.equal(resA.statusCode, 200, resA.body)
    t.same(resA.json(), { subject: 'alice@a', council: { slug: a.slug, name: a.name }, roles: ['complaints_team'] })
    const resB = await me(await idpB.sign({ org: { slug: b.slug }, roles: ['handler'] }, 'bob@b'))
    t.equal(resB.statusCode, 200, resB.body)
    t.same([resB.json().council.slug, resB.json().roles], [b.slug, ['handler']])
  })

  t.test('a token from council A\'s provider can never act for council B', async (t) => {
    const claimsB = await me(await idpA.sign({ council: b.slug, org: { slug: b.slug }, realm_access: { roles: ['admin'] } }))
    t.equal(claimsB.statusCode, 200)
    t.equal(claimsB.json().council.slug, a.slug, 'a council claim in A\'s token is ignored: the issuer decides')
    const forgedIssuer = await me(await idpA.sign({ org: { slug: b.slug }, roles: ['admin'] }, 'mallory', { issuer: idpB.issuer }))
    t.equal(forgedIssuer.statusCode, 401, 'signed with A\'s key but claiming B\'s issuer: B\'s keys refuse it')
    const wrongCouncil = await me(await idpB.sign({ org: { slug: a.slug }, roles: ['admin'] }))
    t.equal(wrongCouncil.statusCode, 401, 'B\'s provider naming another council in its council claim')
    t.match(wrongCouncil.json().detail, /does not name the council/)
    const noCouncil = await me(await idpB.sign({ roles: ['admin'] }))
    t.equal(noCouncil.statusCode, 401)
  })

  t.test('a council\'s provider cannot make an operator', async (t) => {
    const res = await get(app, await idpA.sign({ realm_access: { roles: ['operator'] } }), '/v1/operator/councils')
    t.equal(res.statusCode, 403)
    t.equal(res.json().code, 'AUTH.OPERATOR_ONLY')
  })

  t.test('audience and expiry are checked', async (t) => {
    t.equal((await me(await idpA.sign({ realm_access: { roles: ['handler'] } }, 'x', { audience: 'another-api' }))).statusCode, 401)
  })

  t.test('an unknown issuer falls to the deployment\'s verifier, which refuses a key it does not hold', async (t) => {
    const stranger = await identityProvider(t, 'RS256')
    const res = await me(await stranger.sign({ council: a.slug, roles: ['admin'] }))
    t.equal(res.statusCode, 401)
    t.equal(stranger.fetches(), 0, 'nobody fetched the stranger\'s keys')
  })

  t.test('the deployment\'s verifier no longer acts for a council with its own provider; it still does for the others', async (t) => {
    const shared = await me(await tokenFor(a, ['admin']))
    t.equal(shared.statusCode, 401, 'a token signed with the deployment\'s secret cannot be admin of a council that brought its provider')
    t.match(shared.json().detail, /its own identity provider/)
    const other = await seedCouncil(app)
    t.equal((await me(await tokenFor(other, ['reporting']))).statusCode, 200, 'a council without a provider uses the deployment\'s verifier')
    t.equal((await get(app, await operatorToken(), '/v1/operator/councils')).statusCode, 200, 'the operator\'s token still works')
  })

  t.test('keys rotate without a restart', async (t) => {
    const before = idpA.currentKey()
    const oldToken = await idpA.sign({ realm_access: { roles: ['handler'] } }, 'carol')
    t.equal((await me(oldToken)).statusCode, 200)
    const fetched = idpA.fetches()
    t.equal((await me(oldToken)).statusCode, 200)
    t.equal(idpA.fetches(), fetched, 'the key set is cached')
    await idpA.rotate('RS256-2')
    t.not(idpA.currentKey().kid, before.kid)
    const newToken = await idpA.sign({ realm_access: { roles: ['handler'] } }, 'carol')
    t.equal((await me(newToken)).statusCode, 200, 'a token with the new key is accepted: the JWKS was refetched')
    t.equal(idpA.fetches(), fetched + 1)
    t.equal((await me(oldToken)).statusCode, 401, 'the retired key no longer verifies')
  })

  t.test('a suspended council\'s provider tokens get 403', async (t) => {
    await app.inject({ method: 'PUT', url: `/v1/operator/councils/${a.slug}/suspension`, headers: ops })
    const res = await me(await idpA.sign({ realm_access: { roles: ['handler'] } }))
    t.equal(res.statusCode, 403)
    t.equal(res.json().code, 'AUTH.COUNCIL_SUSPENDED')
    await app.inject({ method: 'DELETE', url: `/v1/operator/councils/${a.slug}/suspension`, headers: ops })
    t.equal((await me(await idpA.sign({ realm_access: { roles: ['handler'] } }))).statusCode, 200)
  })

  t.test('the operator lists and removes providers; an issuer belongs to one council', async (t) => {
    t.equal((await register(b.slug, { issuer: idpA.issuer, jwksUrl: idpA.jwksUrl })).statusCode, 409)
    const list = await get(app, await operatorToken(), `/v1/operator/councils/${a.slug}/identity-providers`)
    t.same(list.json().items.map((p: { issuer: string }) => p.issuer), [idpA.issuer])
    const id = list.json().items[0].id
    const removed = await app.inject({ method: 'DELETE', url: `/v1/operator/councils/${a.slug}/identity-providers/${id}`, headers: ops })
    t.equal(removed.statusCode, 204)
    t.equal((await me(await idpA.sign({ realm_access: { roles: ['handler'] } }))).statusCode, 401, 'its tokens are refused at once')
    t.equal((await app.inject({ method: 'DELETE', url: `/v1/operator/councils/${a.slug}/identity-providers/${id}`, headers: ops })).statusCode, 404)
    const bad = await register(a.slug, { issuer: 'x', jwksUrl: 'ftp://nowhere' })
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().errors[0].field, '/jwksUrl')
  })
})

/** Counts the statements the app sends that read or write the identity providers' table, passing them through. */
function providerQueries(t: { teardown(fn: () => void): void }, app: Awaited<ReturnType<typeof build>>): () => number {
  const executor = app.db.getExecutor() as unknown as { executeQuery: (q: CompiledQuery) => Promise<unknown> }
  const original = executor.executeQuery.bind(executor)
  let count = 0
  executor.executeQuery = (q) => {
    if (q.sql.includes('council_identity_providers')) count++
    return original(q)
  }
  t.teardown(() => { delete (executor as { executeQuery?: unknown }).executeQuery })
  return () => count
}

/** Asks `status()` until it answers `want` (a notification from the database arrives asynchronously), at most 5 s. */
async function eventually(status: () => Promise<number>, want: number): Promise<number> {
  let got = await status()
  for (let waited = 0; got !== want && waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    got = await status()
  }
  return got
}

t.test('what a token\'s issuer names and whether a council has its own provider are cached with the councils, and forgotten when they change', async (t) => {
  const app = await build(t, { env: { AUTH_COUNCIL_PROVIDERS: 'true', AUTH_ALLOW_HTTP_JWKS: 'true' } })
  const [a, b] = [await seedCouncil(app), await seedCouncil(app)]
  const me = async (council: typeof a) => (await get(app, await tokenFor(council, ['complaints_team']), '/v1/me')).statusCode
  const queries = providerQueries(t, app)

  /** Until the change feed is live (PostgreSQL's listening connection) nothing is cached: waits for a request that asks nothing. */
  const untilCached = async (request: () => Promise<number>) => {
    let asked = -1
    const statuses = new Set<number>()
    for (let tries = 0; asked !== 0 && tries < 100; tries++) {
      const before = queries()
      statuses.add(await request())
      asked = queries() - before
      if (asked !== 0) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return [...statuses]
  }

  t.test('a deployment token asks the database once, not on every request', async (t) => {
    t.same(await untilCached(() => me(a)), [200], 'served')
    const before = queries()
    for (let i = 0; i < 3; i++) t.equal(await me(a), 200)
    t.equal(queries() - before, 0, 'three more requests: no query of the providers\' table')
  })

  t.test('so does one with an issuer no council names', async (t) => {
    const token = await signDevelopmentToken(TEST_SECRET, { subject: 'x', council: a.slug, roles: ['handler'], issuer: 'https://deployment.example.gov.uk/' })
    const issued = async () => (await get(app, token, '/v1/me')).statusCode
    t.same(await untilCached(issued), [200], 'served')
    const before = queries()
    for (let i = 0; i < 3; i++) t.equal(await issued(), 200)
    t.equal(queries() - before, 0, 'neither the issuer\'s provider nor the council\'s own is asked again')
  })

  t.test('a provider added here is heeded at once', async (t) => {
    const idp = await identityProvider(t, 'RS256')
    await addIdentityProvider(app.db, a.slug, { issuer: idp.issuer, jwksUrl: idp.jwksUrl }, 'ops', { allowHttp: true })
    t.equal(await me(a), 401, 'the deployment\'s token no longer acts for a council that gained its own provider')
  })

  t.test('a provider another instance (or the CLI) adds or removes is heeded as soon as its notification arrives', async (t) => {
    t.equal(await me(b), 200)
    t.equal(await me(b), 200, 'cached: b has no provider of its own')
    // Straight to the table, as another process would: nothing in this process forgets its cache but the notification.
    await sql`insert into council_identity_providers (council_id, issuer, jwks_url, audience, roles_claim, council_claim, created_by)
      values (${b.id}, ${`https://idp-${b.slug}.example.gov.uk/`}, ${`https://idp-${b.slug}.example.gov.uk/jwks`}, null, 'roles', null, 'another-instance')`.execute(app.db)
    t.equal(await eventually(() => me(b), 401), 401, 'refused once b has its own provider')
    await sql`delete from council_identity_providers where council_id = ${b.id}`.execute(app.db)
    t.equal(await eventually(() => me(b), 200), 200, 'and served again once it has none')
  })

  t.test('an issuer no council named is heeded as soon as one names it, here or elsewhere', async (t) => {
    const c = await seedCouncil(app)
    for (const [where, register] of [
      ['here', (idp: { issuer: string; jwksUrl: string }) => addIdentityProvider(app.db, c.slug, { issuer: idp.issuer, jwksUrl: idp.jwksUrl }, 'ops', { allowHttp: true })],
      ['by another instance', (idp: { issuer: string; jwksUrl: string }) => sql`insert into council_identity_providers (council_id, issuer, jwks_url, audience, roles_claim, council_claim, created_by)
        values (${c.id}, ${idp.issuer}, ${idp.jwksUrl}, null, 'roles', null, 'another-instance')`.execute(app.db)],
    ] as const) {
      const idp = await identityProvider(t, 'ES256')
      const token = await idp.sign({ roles: ['handler'] })
      const status = async () => (await get(app, token, '/v1/me')).statusCode
      t.same(await untilCached(status), [401], `${where}: before, its tokens fall to the deployment's verifier, which refuses them`)
      await register(idp)
      t.equal(await eventually(status, 200), 200, `${where}: once registered, they act for the council`)
    }
  })
})

t.test('https is required for a provider\'s keys unless the deployment allows http', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  const refused = addIdentityProvider(app.db, council.slug, { issuer: 'http://idp.local/', jwksUrl: 'http://idp.local/jwks' }, 'ops', { allowHttp: false })
  await t.rejects(refused, { code: 'IDP.INVALID', errors: [{ field: '/jwksUrl', rule: 'https' }] })
  const allowed = await addIdentityProvider(app.db, council.slug, { issuer: 'https://idp.example.gov.uk/', jwksUrl: 'https://idp.example.gov.uk/jwks' }, 'ops', { allowHttp: false })
  t.equal(allowed.rolesClaim, 'roles')
})

t.test('a deployment that trusts only councils\' providers serves those councils only', async (t) => {
  const app = await build(t, { env: { AUTH_JWT_SECRET: '', AUTH_COUNCIL_PROVIDERS: 'true', AUTH_ALLOW_HTTP_JWKS: 'true' } })
  const council = await seedCouncil(app)
  const idp = await identityProvider(t, 'ES256')
  await addIdentityProvider(app.db, council.slug, { issuer: idp.issuer, jwksUrl: idp.jwksUrl, audience: 'complaints-api' }, 'ops', { allowHttp: true })
  const ok = await get(app, await idp.sign({ roles: ['intake'] }), '/v1/me')
  t.equal(ok.statusCode, 200, ok.body)
  t.equal(ok.json().council.slug, council.slug)
  const hs = await get(app, await tokenFor(council, ['admin']), '/v1/me')
  t.equal(hs.statusCode, 401, 'no shared secret is trusted')
  t.match(hs.json().detail, /not an identity provider of any council/)
})
