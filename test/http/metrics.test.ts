import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'
import { acceptedComplaint, createComplaint } from '../helpers/complaints.js'
import { usingPostgres } from '../helpers/database.js'

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789abcdef'

/** The value of one series in a Prometheus text exposition, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!m || m[1] !== name) continue
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]))
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3])
  }
  return undefined
}

let now = new Date('2026-03-02T10:00:00Z') // a Monday
// Both apps are built at the top, as the other http tests do, and closed when the file ends.
const plain = await build(t)
const app = await build(t, { env: { METRICS_TOKEN }, now: () => now })

t.test('without METRICS_TOKEN there is no /metrics', async (t) => {
  const app = plain
  const res = await app.inject({ method: 'GET', url: '/metrics' })
  t.equal(res.statusCode, 404)
  t.equal((await app.inject({ method: 'GET', url: '/metrics', headers: bearer(METRICS_TOKEN) })).statusCode, 404)
})

t.test('with METRICS_TOKEN', async (t) => {
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'])

  t.test('the token is required: none, a wrong one, or a staff token get 401', async (t) => {
    for (const headers of [{}, bearer('not-the-metrics-token-but-long-enough-0000'), bearer(team)]) {
      const res = await app.inject({ method: 'GET', url: '/metrics', headers })
      t.equal(res.statusCode, 401)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.equal(res.headers['www-authenticate'], 'Bearer realm="metrics"')
      t.notMatch(res.body, /http_requests_total/)
    }
  })

  t.test('granted: requests, the database, and open, overdue and unacknowledged cases by council and stage', async (t) => {
    await createComplaint(app, team, { person: { name: 'Sam Secretname', email: 'sam.secret@example.org' }, summary: 'Confidential complaint text' })
    await acceptedComplaint(app, team)
    await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(team) })
    await app.inject({ method: 'GET', url: '/no/such/path/12345' })
    // Thursday 12 March: the unaccepted case's acknowledgement (due 9 March) is overdue; the accepted case's
    // response (10 working days from 2 March: 16 March) is not yet due.
    now = new Date('2026-03-12T10:00:00Z')

    const res = await app.inject({ method: 'GET', url: '/metrics', headers: bearer(METRICS_TOKEN) })
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /^text\/plain; version=0\.0\.4/)
    const text = res.body
    const slug = council.slug

    t.equal(sample(text, 'http_requests_total', { method: 'GET', route: '/v1/me', status_code: '200' }), 1)
    t.equal(sample(text, 'http_requests_total', { method: 'POST', route: '/v1/complaints', status_code: '201' }), 2)
    t.equal(sample(text, 'http_requests_total', { method: 'GET', route: '/metrics', status_code: '401' }), 3)
    t.equal(sample(text, 'http_requests_total', { route: 'unmatched', status_code: '404' }), 1, 'unknown paths share one series')
    t.notMatch(text, /no\/such\/path/, 'no raw URL becomes a label')
    t.ok((sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/v1/me', status_code: '200' }) ?? 0) >= 1, 'latency histogram')
    t.ok(sample(text, 'http_request_duration_seconds_bucket', { route: '/v1/me', le: '+Inf' }) !== undefined)

    t.equal(sample(text, 'complaints_open_cases', { council: slug, stage: '1' }), 2)
    t.equal(sample(text, 'complaints_open_cases', { council: slug, stage: '2' }), undefined, 'nothing at stage 2')
    t.equal(sample(text, 'complaints_overdue_cases', { council: slug, stage: '1' }), 1)
    t.equal(sample(text, 'complaints_oldest_unacknowledged_age_seconds', { council: slug, stage: '1' }), 10 * 86_400, 'received 2 March 10:00, now 12 March 10:00')

    t.equal(sample(text, 'database_info', { backend: usingPostgres() ? 'postgres' : 'pglite' }), 1)
    t.ok((sample(text, 'database_size_bytes') ?? 0) > 0)
    if (usingPostgres()) {
      t.equal(sample(text, 'database_pool_connections', { state: 'max' }), 10)
      t.ok((sample(text, 'database_pool_connections', { state: 'total' }) ?? 0) >= 1)
      t.equal(sample(text, 'database_pool_connections', { state: 'waiting' }), 0)
    } else {
      t.equal(sample(text, 'database_pool_connections', { state: 'total' }), undefined, 'the embedded database has no pool')
    }
    t.ok((sample(text, 'process_resident_memory_bytes') ?? 0) > 0, 'prom-client\'s process metrics')

    t.notMatch(text, /Secretname|sam\.secret|Confidential|Pat Doe|example\.org/, 'no personal data or case text')
  })
})
