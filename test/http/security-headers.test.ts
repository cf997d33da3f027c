import { createHash } from 'node:crypto'
import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

const app = await build(t)
const council = await seedCouncil(app)
const team = bearer(await tokenFor(council, ['complaints_team']))

const directives = (csp: unknown): Map<string, string> =>
  new Map(String(csp).split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/)
    return [name!, values.join(' ')]
  }))

t.test('every API answer carries helmet\'s headers and a CSP that allows nothing', async (t) => {
  for (const [url, headers, status] of [
    ['/healthz', {}, 200], ['/v1/me', team, 200], ['/v1/me', {}, 401], ['/v1/nowhere', team, 404],
  ] as const) {
    const res = await app.inject({ method: 'GET', url, headers })
    t.equal(res.statusCode, status, `${url}: ${res.body}`)
    const csp = directives(res.headers['content-security-policy'])
    t.equal(csp.get('default-src'), "'none'", `${url}: default-src 'none'`)
    t.equal(csp.get('frame-ancestors'), "'none'")
    t.notOk(csp.has('script-src') || csp.has('style-src'), 'no source is allowed for scripts or styles')
    t.equal(res.headers['x-content-type-options'], 'nosniff')
    t.equal(res.headers['x-frame-options'], 'DENY')
    t.equal(res.headers['referrer-policy'], 'no-referrer')
    t.match(res.headers['strict-transport-security'], /max-age=\d+/)
    t.equal(res.headers['cross-origin-resource-policy'], 'same-origin')
  }
})

t.test('Cache-Control: no-store on every /v1 answer, errors included; public system routes are cacheable', async (t) => {
  t.equal((await app.inject({ method: 'GET', url: '/v1/me', headers: team })).headers['cache-control'], 'no-store')
  t.equal((await app.inject({ method: 'GET', url: '/v1/me' })).headers['cache-control'], 'no-store', 'a 401')
  const invalid = await app.inject({ method: 'POST', url: '/v1/complaints', headers: team, payload: { nonsense: true } })
  t.equal(invalid.statusCode, 400)
  t.equal(invalid.headers['cache-control'], 'no-store', 'a 400 echoing field names')
  t.equal((await app.inject({ method: 'GET', url: '/healthz' })).headers['cache-control'], undefined)
})

t.test('negotiated reports say Vary: Accept; single-type routes do not', async (t) => {
  const csv = await app.inject({ method: 'GET', url: '/v1/reports/performance?from=2025-04-01&to=2026-03-31', headers: { ...team, accept: 'text/csv' } })
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-type'], /^text\/csv/)
  t.match(csv.headers.vary, /\bAccept\b/)
  const json = await app.inject({ method: 'GET', url: '/v1/reports/performance?from=2025-04-01&to=2026-03-31', headers: team })
  t.match(json.headers.vary, /\bAccept\b/, 'the JSON answer of the same route varies too')
  t.notMatch(String((await app.inject({ method: 'GET', url: '/v1/me', headers: team })).headers.vary ?? ''), /accept/i)
})

t.test('the HTML report may use its own inline styles, and nothing else', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...team, accept: 'text/html' } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/html/)
  t.match(res.headers.vary, /\bAccept\b/)
  t.equal(res.headers['cache-control'], 'no-store')
  const style = /<style>([\s\S]*?)<\/style>/.exec(res.body)
  t.ok(style, 'the report has a style element')
  const csp = directives(res.headers['content-security-policy'])
  t.equal(csp.get('default-src'), "'none'")
  t.equal(csp.get('style-src'), `'sha256-${createHash('sha256').update(style![1]!).digest('base64')}'`, 'exactly the report\'s own style, by hash')
  t.notOk(csp.has('script-src'), 'no scripts')
  t.notMatch(String(res.headers['content-security-policy']), /unsafe-inline|unsafe-eval|\*/)
})

t.test('the interactive docs keep the CSP that lets Swagger UI run', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/docs/' })
  t.equal(res.statusCode, 200)
  const csp = directives(res.headers['content-security-policy'])
  t.match(csp.get('script-src'), /'self'/)
  t.match(csp.get('style-src'), /'self'/)
  t.equal(res.headers['x-content-type-options'], 'nosniff')
})
