import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

/**
 * Memory is sampled every 10 ms here; the event-loop check is off, since a 10 ms window on a busy machine may
 * hold no loop sample at all, which under-pressure reads (rightly, in production) as an infinite delay.
 */
const ONLY_MEMORY = { OVERLOAD_SAMPLE_INTERVAL_MS: '10', OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0' }

/** under-pressure samples the process on a timer; wait for the sample that sees the threshold crossed. */
async function untilUnderPressure(app: FastifyInstance): Promise<boolean> {
  for (let waited = 0; waited < 5000; waited += 10) {
    if (app.isUnderPressure()) return true
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return false
}

// Both apps are built at the top, as the other http tests do, and closed when the file ends.
const heapApp = await build(t, { env: { ...ONLY_MEMORY, OVERLOAD_MAX_HEAP_USED_BYTES: '1', OVERLOAD_RETRY_AFTER_SECONDS: '7' } })
const rssApp = await build(t, { env: { ...ONLY_MEMORY, OVERLOAD_MAX_RSS_BYTES: '1', OVERLOAD_MAX_HEAP_USED_BYTES: '0' } })

t.test('over the heap threshold, requests get 503 problem+json with Retry-After; liveness still answers', async (t) => {
  const app = heapApp
  const council = await seedCouncil(app)
  const team = bearer(await tokenFor(council, ['complaints_team']))
  t.ok(await untilUnderPressure(app), 'the sample sees the heap over 1 byte')

  const res = await app.inject({ method: 'GET', url: '/v1/me', headers: team })
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.equal(res.headers['retry-after'], '7')
  t.match(res.json(), { status: 503, code: 'OVERLOADED', detail: /heap in use.*retry after 7 seconds/, instance: '/v1/me' })
  t.equal(res.headers['cache-control'], 'no-store', 'security headers still apply')
  t.equal(res.headers['x-content-type-options'], 'nosniff')

  const unauthenticated = await app.inject({ method: 'POST', url: '/v1/complaints', payload: {} })
  t.equal(unauthenticated.statusCode, 503, 'shed before authentication and validation')

  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(ready.statusCode, 503, 'readiness says so, so a load balancer takes the instance out')
  t.equal(ready.headers['retry-after'], '7')
  t.match(ready.json(), { status: 'not_ready', warnings: [/overloaded \(heap in use\)/] })
  t.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200, 'liveness: the process is alive')
})

t.test('over the RSS threshold, likewise', async (t) => {
  const app = rssApp
  t.ok(await untilUnderPressure(app))
  const res = await app.inject({ method: 'GET', url: '/v1/calendar/working-days?from=2026-01-01&to=2026-02-01' })
  t.equal(res.statusCode, 503)
  t.equal(res.headers['retry-after'], '10', 'the default Retry-After')
  t.match(res.json(), { code: 'OVERLOADED', detail: /resident memory/ })
})
