import { readFile } from 'node:fs/promises'
import fc from 'fast-check'
import t from 'tap'
import { signDevelopmentToken } from '../src/http/auth/sign-token.js'
import { bearer, build, seedCouncil, TEST_SECRET, tokenFor } from './helpers/build.js'
import { acceptedComplaint, createComplaint } from './helpers/complaints.js'
import { schemaArbitrary, nastyString, type JsonSchema, type SchemaContext } from './fuzz/schema-arbitrary.js'

/**
 * Contract-driven fuzzing: requests generated from `openapi/openapi.json` for every operation, as every role
 * (and as nobody, and with forged or odd tokens), mostly valid and sometimes hostile. Every answer must be a
 * status the contract declares for that operation, never a 5xx, and every error problem+json.
 *
 * Seeded and bounded in time: FUZZ_SECONDS (default 20) and FUZZ_SEED (default fixed, so CI is repeatable;
 * `npm run fuzz` runs longer with a random seed, printed so a failure can be replayed).
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 20)
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261201

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as the bytes a careless client would send. */
function encode(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]/g, (c) => {
    try {
      return encodeURIComponent(c)
    } catch {
      return '%ED%A0%80'
    }
  })
}

interface Operation {
  method: string
  path: string
  operationId: string
  parameters: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>
  body: JsonSchema | undefined
  declared: Set<string>
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete']

async function operations(): Promise<{ ops: Operation[]; resolve: (ref: string) => JsonSchema }> {
  const contract = JSON.parse(await readFile(new URL('../openapi/openapi.json', import.meta.url), 'utf8'))
  const resolve = (ref: string): JsonSchema => {
    const name = ref.replace(/^#\/components\/schemas\//, '')
    return contract.components.schemas[name] ?? {}
  }
  const ops: Operation[] = []
  for (const [path, item] of Object.entries<Record<string, any>>(contract.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      ops.push({
        method: method.toUpperCase(), path, operationId: op.operationId,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
        declared: new Set(Object.keys(op.responses)),
      })
    }
  }
  return { ops, resolve }
}

t.test('every generated request gets a declared status and never a 5xx', async (t) => {
  const { ops, resolve } = await operations()
  t.equal(ops.length >= 40, true, `the contract lists the operations (${ops.length})`)
  const app = await build(t)
  const council = await seedCouncil(app)
  const other = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'terry')
  await app.inject({
    method: 'PATCH', url: '/v1/councils/current', headers: bearer(await tokenFor(council, ['admin'])),
    payload: { publicIntake: { enabled: true, allowedOrigins: ['https://forms.example.org'] } },
  })
  const fresh = await createComplaint(app, team)
  const accepted = await acceptedComplaint(app, team, 'dora')
  const foreign = await createComplaint(app, await tokenFor(other, ['complaints_team']))

  const roles = [['intake'], ['handler'], ['complaints_team'], ['reporting'], ['admin'], ['complaints_team', 'admin'], []] as const
  const tokens: Array<string | null> = [null, 'not-a-jwt', await signDevelopmentToken(TEST_SECRET, { subject: 'x', council: `${council.slug}\u0000`, roles: ['admin'] })]
  for (const r of roles) tokens.push(await tokenFor(council, [...r], (r as readonly string[]).includes('handler') ? 'dora' : 'fuzzer'))
  tokens.push(await tokenFor(other, ['complaints_team']))
  const staff = [await tokenFor(council, ['complaints_team', 'admin', 'reporting'], 'terry'), await tokenFor(council, ['handler'], 'dora'), await tokenFor(council, ['intake'], 'ivy')]

  const ctx: SchemaContext = {
    resolve,
    knownStrings: [fresh.id, accepted.id, foreign.id, council.slug, 'dora', 's1-r1', 's1-a1', '2026'],
    hostile: false,
  }
  // Most requests are well-formed but for a tainted string here and there, so that they reach the services and
  // the database; one in four is hostile throughout.
  const requestArb = (op: Operation) => fc.oneof(
    { weight: 3, arbitrary: requestOf(op, { ...ctx, hostile: false }) },
    { weight: 1, arbitrary: requestOf(op, { ...ctx, hostile: true }) },
  )
  const requestOf = (op: Operation, ctx: SchemaContext) => {
    const params = op.parameters.map((p) => fc.tuple(
      fc.constant(p),
      ctx.hostile
        ? fc.oneof({ weight: 8, arbitrary: schemaArbitrary(p.schema, ctx) }, { weight: 1, arbitrary: nastyString }, { weight: 1, arbitrary: fc.constant(undefined) })
        : p.required ? schemaArbitrary(p.schema, ctx) : fc.option(schemaArbitrary(p.schema, ctx), { nil: undefined }),
    ))
    return fc.record({
      params: fc.tuple(...params),
      body: op.body ? schemaArbitrary(op.body, ctx) : fc.constant(undefined),
      // Mostly tokens of the council's staff, whose requests go deepest.
      token: ctx.hostile ? fc.constantFrom(...tokens) : fc.constantFrom(...staff),
      contentType: ctx.hostile ? fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8') : fc.constant('application/json'),
      origin: fc.constantFrom(undefined, 'https://forms.example.org', 'https://evil.example'),
    })
  }
  const arbitrary = fc.oneof(...ops.map((op) => fc.tuple(fc.constant(op), requestArb(op))))

  const seen = new Map<string, Set<number>>()
  let requests = 0
  const result = await fc.check(fc.asyncProperty(arbitrary, async ([op, r]) => {
    let url = op.path
    const query: string[] = []
    const headers: Record<string, string> = {}
    for (const [p, value] of r.params) {
      if (value === undefined) continue
      const text = typeof value === 'string' ? value : JSON.stringify(value)
      if (p.in === 'path') url = url.replace(`{${p.name}}`, text === '%FF' ? text : encode(text))
      else if (p.in === 'query') query.push(`${encode(p.name)}=${encode(text)}`)
      // Node refuses header values with control or non-Latin-1 characters before they reach the service.
      else if (p.in === 'header' && /^[\x20-\x7e]*$/.test(text)) headers[p.name] = text
    }
    url = url.replace(/\{[^}]+\}/g, 'missing')
    if (query.length) url += `?${query.join('&')}`
    if (r.token !== null) headers.authorization = `Bearer ${r.token}`
    if (r.origin) headers.origin = r.origin
    const withBody = op.body !== undefined && r.body !== undefined
    if (withBody) headers['content-type'] = r.contentType
    const res = await app.inject({ method: op.method as 'GET', url, headers, ...(withBody ? { payload: JSON.stringify(r.body) } : {}) })
    requests += 1
    const statuses = seen.get(op.operationId) ?? new Set()
    if (process.env.FUZZ_VERBOSE && !statuses.has(res.statusCode)) t.comment(`${op.method} ${url} -> ${res.statusCode} ${res.body.slice(0, 400)}`)
    statuses.add(res.statusCode)
    seen.set(op.operationId, statuses)
    const where = `${op.method} ${url} -> ${res.statusCode} ${res.body.slice(0, 300)}`
    if (res.statusCode >= 500) throw new Error(`server error: ${where}`)
    if (!op.declared.has(String(res.statusCode))) throw new Error(`undeclared status: ${where}`)
    if (res.statusCode >= 400 && !/^application\/problem\+json/.test(String(res.headers['content-type']))) throw new Error(`not problem+json: ${where}`)
  }), { seed: SEED, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false, endOnFailure: true })

  t.comment(`${requests} requests over ${seen.size} operations in ${SECONDS} s, seed ${SEED}`)
  if (process.env.FUZZ_VERBOSE) for (const [id, statuses] of seen) t.comment(`${id}: ${[...statuses].sort().join(' ')}`)
  t.notOk(result.failed, result.failed ? `${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)} (seed ${SEED}, path ${result.counterexamplePath})` : 'no 5xx, no undeclared status')
  t.ok(requests > 0, 'requests were made')
})
