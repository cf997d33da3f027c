/**
 * The built form, as an operator ships it (issue #11, "Done when"): `npm run build`, a production-only install,
 * and plain `node` on dist/. Run with `npm run test:built` (not part of `npm test`); `.ci/run` runs it.
 */
import t from 'tap'
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js'
import { signDevelopmentToken } from '../src/http/auth/sign-token.js'
import { dataDirectory, identityProvider, node, productionCopy, run, startServer, type Run } from './helpers/built-form.js'

// 32 bytes as hex: production requires a key that seals webhook secrets at rest.
const WEBHOOK_SECRET_KEY = 'a'.repeat(64)
const STACK_FRAME = /^\s+at .+[(:]/m

const json = (res: Run): any => JSON.parse(res.stdout)

t.test('the built service, from a production-only install, with plain node', async (t) => {
  const copy = await productionCopy(t)

  t.test('the install has no development dependency', async (t) => {
    const tree = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ls', '--omit=dev', '--depth=0', '--json'], { cwd: copy, env: { HOME: process.env.HOME ?? '' } })
    const installed = Object.keys((JSON.parse(tree.stdout) as { dependencies?: Record<string, unknown> }).dependencies ?? {})
    t.ok(installed.includes('fastify'), 'production dependencies are installed')
    for (const dev of ['tap', 'typescript', 'eslint', 'fast-check']) t.notOk(installed.includes(dev), `${dev} is not`)
    const bare = await run(process.execPath, ['-e', 'import("typescript").then(() => process.exit(3), () => process.exit(0))'], { cwd: copy })
    t.equal(bare.code, 0, 'typescript cannot even be imported there')
  })

  t.test('NODE_ENV=production with no auth settings refuses to start, in one line naming the variables', async (t) => {
    const dataDir = await dataDirectory(t)
    for (const [label, extra] of [['nothing else set', {}], ['with WEBHOOK_SECRET_KEY', { WEBHOOK_SECRET_KEY }]] as const) {
      const res = await node(copy, 'dist/src/server.js', [], { NODE_ENV: 'production', PGLITE_DIR: dataDir, PORT: '0', ...extra }, 60_000)
      t.equal(res.code, 1, `${label}: exit status 1`)
      t.match(res.stderr, /^Invalid configuration: AUTH_JWT_SECRET \(or AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_COUNCIL_PROVIDERS=true\) is required: NODE_ENV=production/, `${label}: the message names the variables`)
      t.equal(res.stderr.trim().split('\n').length, 1, `${label}: one line`)
      t.notMatch(res.stderr, STACK_FRAME, `${label}: no stack trace`)
      t.notMatch(res.stdout, /listening/i, `${label}: it never listened`)
    }
  })

  t.test('the published development secret, set explicitly, is refused in production', async (t) => {
    const res = await node(copy, 'dist/src/server.js', [], {
      NODE_ENV: 'production', PGLITE_DIR: await dataDirectory(t), PORT: '0', WEBHOOK_SECRET_KEY, AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    })
    t.equal(res.code, 1)
    t.match(res.stderr, /^Invalid configuration: AUTH_JWT_SECRET is the development secret the README publishes/)
    t.notMatch(res.stderr, STACK_FRAME)
  })

  t.test('an operator puts councils into service from the CLI, each with its own identity provider, and each is served alone', async (t) => {
    const dataDir = await dataDirectory(t)
    const wodcIdp = await identityProvider(t, 'RS256', 'wodc')
    const rbcIdp = await identityProvider(t, 'ES256', 'runnymede')
    const oxfIdp = await identityProvider(t, 'RS256', 'oxford')
    // The CLI needs no way to verify tokens; the same environment as the server's, as an operator would have it.
    const env = { NODE_ENV: 'production', PGLITE_DIR: dataDir, AUTH_COUNCIL_PROVIDERS: 'true', AUTH_ALLOW_HTTP_JWKS: 'true', WEBHOOK_SECRET_KEY }
    const council = (...args: string[]) => node(copy, 'dist/scripts/council.js', args, env, 90_000)

    const created = await council('create', '--slug', 'wodc', '--name', 'West Oxfordshire District Council', '--prefix', 'WOD',
      '--division', 'england-and-wales', '--preset', 'west-oxfordshire-2025')
    t.equal(created.code, 0, created.stderr)
    t.match(json(created), { slug: 'wodc', referencePrefix: 'WOD', suspended: false })
    const second = await council('create', '--slug', 'runnymede', '--name', 'Runnymede Borough Council', '--prefix', 'RBC', '--preset', 'runnymede-2024')
    t.equal(second.code, 0, second.stderr)
    const third = await council('create', '--slug', 'oxford', '--name', 'Oxford City Council', '--prefix', 'OXF', '--preset', 'oxford-draft')
    t.equal(third.code, 0, third.stderr)

    const renamed = await council('rename', '--slug', 'wodc', '--name', 'West Oxfordshire DC')
    t.equal(renamed.code, 0, renamed.stderr)
    t.equal(json(renamed).name, 'West Oxfordshire DC')
    const suspended = await council('suspend', '--slug', 'oxford')
    t.equal(suspended.code, 0, suspended.stderr)
    t.equal(json(suspended).suspended, true)

    const addWodc = await council('idp', 'add', '--slug', 'wodc', '--issuer', wodcIdp.issuer, '--jwks-url', wodcIdp.jwksUrl, '--audience', 'complaints-api')
    t.equal(addWodc.code, 0, addWodc.stderr)
    const addRbc = await council('idp', 'add', '--slug', 'runnymede', '--issuer', rbcIdp.issuer, '--jwks-url', rbcIdp.jwksUrl, '--audience', 'complaints-api',
      '--roles-claim', 'realm_access.roles', '--council-claim', 'council')
    t.equal(addRbc.code, 0, addRbc.stderr)
    const addOxf = await council('idp', 'add', '--slug', 'oxford', '--issuer', oxfIdp.issuer, '--jwks-url', oxfIdp.jwksUrl, '--audience', 'complaints-api')
    t.equal(addOxf.code, 0, addOxf.stderr)

    const listed = await council('list')
    t.equal(listed.code, 0, listed.stderr)
    t.same(json(listed).map((c: any) => [c.slug, c.name, c.suspended]), [
      ['oxford', 'Oxford City Council', true],
      ['runnymede', 'Runnymede Borough Council', false],
      ['wodc', 'West Oxfordshire DC', false],
    ], 'list shows the three councils, the rename and the suspension')

    const server = await startServer(t, copy, env)
    /** The reply's body as an assertion's message only when the status is not the one expected. */
    const unless = (status: number, res: { status: number; body: unknown }) => res.status === status ? `${status}` : JSON.stringify(res.body)
    const call = async (token: string, url: string, init: RequestInit = {}) => {
      const res = await fetch(`${server.url}${url}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } })
      return { status: res.status, body: await res.json() as any }
    }
    const wodcTeam = await wodcIdp.sign({ roles: ['complaints_team'] }, 'wodc-alice')
    const rbcTeam = await rbcIdp.sign({ council: 'runnymede', realm_access: { roles: ['complaints_team'] } }, 'rbc-bob')

    t.test('each council\'s provider acts in its council, under its own preset', async (t) => {
      const me = await call(wodcTeam, '/v1/me')
      t.equal(me.status, 200, unless(200, me))
      t.same(me.body.council, { slug: 'wodc', name: 'West Oxfordshire DC' })
      t.equal((await call(wodcTeam, '/v1/councils/current/policy')).body.preset, 'west-oxfordshire-2025')
      const rbc = await call(rbcTeam, '/v1/me')
      t.equal(rbc.status, 200, unless(200, rbc))
      t.equal(rbc.body.council.slug, 'runnymede')
      t.equal((await call(rbcTeam, '/v1/councils/current/policy')).body.preset, 'runnymede-2024')
    })

    t.test('and nowhere else', async (t) => {
      const logged = await call(wodcTeam, '/v1/complaints', {
        method: 'POST', body: JSON.stringify({ channel: 'web_form', person: { name: 'Pat Doe', email: 'pat@example.org' }, summary: 'Bins missed' }),
      })
      t.equal(logged.status, 201, unless(201, logged))
      t.match(logged.body.reference, /^WOD-/)
      t.equal((await call(rbcTeam, `/v1/complaints/${logged.body.id}`)).status, 404, 'another council\'s token does not see the case')
      const forgedIssuer = await wodcIdp.sign({ council: 'runnymede', realm_access: { roles: ['admin'] } }, 'mallory', { issuer: rbcIdp.issuer })
      t.equal((await call(forgedIssuer, '/v1/me')).status, 401, 'wodc\'s key claiming runnymede\'s issuer: runnymede\'s keys refuse it')
      const wrongCouncil = await rbcIdp.sign({ council: 'wodc', realm_access: { roles: ['admin'] } }, 'mallory')
      t.equal((await call(wrongCouncil, '/v1/me')).status, 401, 'runnymede\'s provider naming another council')
      const claimsOther = await call(await wodcIdp.sign({ council: 'runnymede', roles: ['admin'] }, 'mallory'), '/v1/me')
      t.equal(claimsOther.body.council.slug, 'wodc', 'a council claim in wodc\'s token is ignored: the issuer decides')
      const suspended = await call(await oxfIdp.sign({ roles: ['complaints_team'] }, 'oxf-carol'), '/v1/me')
      t.equal(suspended.status, 403, 'the suspended council\'s own provider: 403')
      t.equal(suspended.body.code, 'AUTH.COUNCIL_SUSPENDED')
    })

    t.test('the README\'s development secret opens nothing', async (t) => {
      for (const slug of ['demo', 'wodc', 'runnymede']) {
        const dev = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { subject: 'anyone', council: slug, roles: ['admin'] })
        const res = await call(dev, '/v1/me')
        t.equal(res.status, 401, `a development token for ${slug}`)
        t.equal(res.body.code, 'AUTH.UNAUTHENTICATED')
      }
      const operator = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { subject: 'ops', council: null, roles: ['operator'] })
      t.equal((await call(operator, '/v1/operator/councils')).status, 401, 'nor an operator token')
    })

    t.test('the production server says nothing of a development secret and logs no stack trace', async (t) => {
      t.notMatch(server.output(), /development secret/)
      t.notMatch(server.output(), STACK_FRAME)
    })
  })
})
