import { createHash } from 'node:crypto'
import { Writable } from 'node:stream'
import { sql } from 'kysely'
import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

/**
 * Personal data never reaches the log, at any level, on any failing path: canary values go through a database
 * error (a constraint the test adds, so the driver's error carries the failing row, the parameters and the
 * statement), validation errors, malformed JSON, unsafe text and a crashing handler, and the whole log, at
 * level trace, is searched for them.
 */
const CANARIES = {
  name: 'Canaryname Zebedee',
  email: 'canary.zebedee@example.org',
  phone: '07700 900461',
  address: '17 Canary Wharf Lane',
  summary: 'The canarycomplaint about my neighbour Zebedee',
  staffName: 'Canarystaff Quentin',
  staffEmail: 'quentin.canarystaff@example.org',
  // A subject in a URL: some identity providers' `sub` is the person's email address.
  subjectEmail: 'canarysubject.wilhelmina@example.org',
  // The caller's own subject, when a provider's `sub` is the person's email address.
  callerEmail: 'canarycaller.octavia@example.org',
}

// The staff routes' `:subject`, as a client puts it in the URL: percent-encoded, or not.
const subjectPath = `/v1/councils/current/staff/${encodeURIComponent(CANARIES.subjectEmail)}`
const rawSubjectPath = `/v1/councils/current/staff/${CANARIES.subjectEmail}`

t.test('no failing path logs personal data', async (t) => {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  const app = await build(t, {
    env: { LOG_LEVEL: 'trace' },
    logDestination: destination,
    extend: (app) => {
      app.post('/test/crash', { config: { public: true } }, async (request) => {
        const body = request.body as Record<string, unknown>
        throw Object.assign(new Error(`could not handle ${JSON.stringify(body)}`), { detail: body.summary, parameters: [body.name] })
      })
    },
  })
  const council = await seedCouncil(app)
  const auth = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const admin = bearer(await tokenFor(council, ['admin'], 'ada'))
  const emailCaller = bearer(await tokenFor(council, ['complaints_team'], CANARIES.callerEmail))
  const staff = { displayName: CANARIES.staffName, email: CANARIES.staffEmail, mayHandleStage1: true, mayReviewStage2: true }
  const intake = { channel: 'email', person: { name: CANARIES.name, email: CANARIES.email, phone: CANARIES.phone, address: CANARIES.address }, summary: CANARIES.summary }
  // The driver's error for this carries the failing row (PostgreSQL's `detail`) or the parameters (PGlite).
  await sql`alter table cases add constraint refuse_marked_summary check (intake->>'summary' not like '%canarycomplaint%')`.execute(app.db)

  const failures = [
    { what: 'a database error', method: 'POST', url: '/v1/complaints', payload: intake, status: 500 },
    { what: 'a validation error', method: 'POST', url: '/v1/complaints', payload: { ...intake, person: { ...intake.person, email: `${CANARIES.name} <bad>` } }, status: 400 },
    { what: 'a body coerced nowhere', method: 'POST', url: '/v1/complaints', payload: { ...intake, sensitive: CANARIES.name }, status: 400 },
    { what: 'unsafe text', method: 'POST', url: '/v1/complaints', payload: { ...intake, summary: `${CANARIES.summary}\u0000` }, status: 400 },
    { what: 'a search term in the query', method: 'GET', url: `/v1/complaints?serviceArea=${encodeURIComponent(CANARIES.address)}%00`, status: 400 },
    { what: 'malformed JSON', method: 'POST', url: '/v1/complaints', body: `{"summary": "${CANARIES.summary}", "person": {"name": "${CANARIES.name}"`, status: 400 },
    { what: 'a crash in a handler', method: 'POST', url: '/test/crash', payload: intake, status: 500 },
    { what: 'a staff record that fails validation', method: 'PUT', url: '/v1/councils/current/staff/staff-7', headers: admin, payload: { ...staff, mayHandleStage1: CANARIES.staffName }, status: 400 },
    { what: 'a staff record with a malformed email', method: 'PUT', url: '/v1/councils/current/staff/staff-7', headers: admin, payload: { ...staff, email: `${CANARIES.staffName} <${CANARIES.staffEmail}` }, status: 400 },
    // Not a failure: a staff record written and read back must not be logged either.
    { what: 'a staff record that is saved', method: 'PUT', url: '/v1/councils/current/staff/staff-7', headers: admin, payload: staff, status: 200 },
    { what: 'a staff record read back', method: 'GET', url: '/v1/councils/current/staff/staff-7', headers: admin, status: 200 },
    // A subject in the URL: on a matched route, a failing one, an unmatched one and one the URL parser refuses.
    { what: 'a staff record saved under an email subject', method: 'PUT', url: subjectPath, headers: admin, payload: { displayName: 'S', mayHandleStage1: true, mayReviewStage2: false }, status: 200 },
    { what: 'an email subject read back, unencoded', method: 'GET', url: rawSubjectPath, headers: admin, status: 200 },
    { what: 'an email subject nobody registered', method: 'GET', url: `/v1/councils/current/staff/x.${encodeURIComponent(CANARIES.subjectEmail)}`, headers: admin, status: 404 },
    { what: 'an email subject\'s cases reassigned', method: 'POST', url: `${subjectPath}/reassignment`, payload: { handler: 'staff-7' }, status: 200 },
    { what: 'an email subject too long for the route', method: 'GET', url: `${subjectPath}${'x'.repeat(200)}`, headers: admin, status: 414 },
    { what: 'an email subject under no route', method: 'GET', url: `${subjectPath}/nowhere?email=${encodeURIComponent(CANARIES.subjectEmail)}`, headers: admin, status: 404 },
    { what: 'an email subject in a malformed URL', method: 'GET', url: `${rawSubjectPath}%E0%A4%A`, headers: admin, status: 400 },
    { what: 'email and name in the query of an unknown route', method: 'GET', url: `/v1/nowhere?email=${encodeURIComponent(CANARIES.subjectEmail)}&name=${encodeURIComponent(CANARIES.name)}`, status: 404 },
    { what: 'email and name in the query of a known route', method: 'GET', url: `/v1/complaints?email=${encodeURIComponent(CANARIES.subjectEmail)}&name=${encodeURIComponent(CANARIES.name)}`, status: 400 },
    { what: 'a caller whose own subject is an email address', method: 'GET', url: '/v1/me', headers: emailCaller, status: 200 },
  ] as const
  for (const f of failures) {
    const res = await app.inject({
      method: f.method, url: f.url, headers: { ...('headers' in f ? f.headers : auth), 'content-type': 'application/json' },
      ...('payload' in f ? { payload: f.payload } : {}), ...('body' in f ? { payload: f.body } : {}),
    })
    t.equal(res.statusCode, f.status, `${f.what} answers ${f.status}`)
    if (f.status === 500) t.notMatch(res.body, /Canary|canary|Zebedee/, `${f.what}: the reply says nothing of the data`)
  }

  const records = lines.map((line) => JSON.parse(line) as Record<string, any>)
  const dbError = records.find((r) => r.level >= 50 && r.err?.code === '23514')
  t.ok(dbError, 'the database error is logged with its SQLSTATE')
  t.equal(dbError?.err.constraint, 'refuse_marked_summary', 'and the constraint it broke')
  t.ok(dbError?.reqId, 'and the request id')
  t.ok(records.some((r) => r.level >= 50 && Array.isArray(r.err?.stack) && r.err.stack.length > 0), 'a crash is logged with its stack frames')
  t.ok(records.filter((r) => r.msg === 'request').length >= failures.length, 'every request was logged')
  const digest = `sha256:${createHash('sha256').update(CANARIES.callerEmail).digest('hex').slice(0, 16)}`
  t.ok(records.some((r) => r.msg === 'request' && r.route === '/v1/me' && r.subject === digest), 'an email subject is logged as its digest, so its lines can still be found')
  t.ok(records.some((r) => r.msg === 'request' && r.subject === 'alice'), 'a subject that is not an email address is logged as it is')
  for (const status of [414, 400]) {
    t.ok(records.some((r) => r.msg === 'request' && r.statusCode === status && r.route === null), `a URL Fastify refuses before any hook (${status}) is logged too, by no route`)
  }

  const everything = lines.join('\n').toLowerCase()
  for (const [field, value] of Object.entries(CANARIES)) {
    // The value, as a URL carries it, and each telling word of it (an email's local part too).
    const words = value.split(/[ @]/).filter((w) => /canary|zebedee|\d{3}/i.test(w))
    for (const part of new Set([value, encodeURIComponent(value), ...words])) {
      t.notOk(everything.includes(part.toLowerCase()), `the log holds nothing of the ${field} ("${part}")`)
    }
  }
})
