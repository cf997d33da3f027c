import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { OperationalGauges } from '../../services/operational-metrics.js'
import { HttpProblem } from '../problem.js'

export interface MetricsOptions {
  /** Bearer token Prometheus sends; without one, /metrics does not exist. */
  token: string | null
  backend: string
  /** The product's gauges, computed (and cached) by the service at scrape time. */
  gauges: () => Promise<OperationalGauges>
  /** PostgreSQL pool connections; absent on the embedded database, which has none. */
  poolStats?: () => { total: number; idle: number; waiting: number; max: number }
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest()

function authorised(request: FastifyRequest, expected: Buffer): boolean {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
  return token !== undefined && timingSafeEqual(digest(token), expected)
}

/** Requests and their durations, labelled by route template (never the URL) and status. */
function countHttpRequests(app: FastifyInstance, registry: Registry): void {
  const labelNames = ['method', 'route', 'status_code'] as const
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route template and status.', labelNames, registers: [registry] })
  const duration = new Histogram({
    name: 'http_request_duration_seconds', help: 'Time to answer HTTP requests, by route template and status.', labelNames, registers: [registry],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  })
  app.addHook('onResponse', async (request, reply) => {
    // Unmatched URLs share one label: a scan of random paths must not create a series per path.
    const labels = { method: request.method, route: request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched'), status_code: String(reply.statusCode) }
    requests.inc(labels)
    duration.observe(labels, reply.elapsedTime / 1000)
  })
}

function registerDatabaseGauges(registry: Registry, options: MetricsOptions): void {
  new Gauge({ name: 'database_info', help: 'The database backend in use (value 1).', labelNames: ['backend'], registers: [registry] }).set({ backend: options.backend }, 1)
  const poolStats = options.poolStats
  if (poolStats) {
    new Gauge({
      name: 'database_pool_connections', help: 'PostgreSQL pool: connections open (total), idle, and requests waiting for one; max is the pool size.',
      labelNames: ['state'], registers: [registry],
      collect() {
        const s = poolStats()
        for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.set({ state }, s[state])
      },
    })
  }
}

/** The product's gauges, read from whatever `current` returns at collection time (set once per scrape). */
function registerProductGauges(registry: Registry, current: () => OperationalGauges | null): void {
  const cases = (name: string, help: string, value: (g: OperationalGauges['cases'][number]) => number | null) => new Gauge({
    name, help, labelNames: ['council', 'stage'], registers: [registry],
    collect() {
      this.reset()
      for (const g of current()?.cases ?? []) {
        const v = value(g)
        if (v !== null) this.set({ council: g.council, stage: String(g.stage) }, v)
      }
    },
  })
  cases('complaints_open_cases', 'Open cases (a duty of the council outstanding), by council and stage.', (g) => g.open)
  cases('complaints_overdue_cases', 'Open cases whose next duty is past its due date (Europe/London), by council and stage.', (g) => g.overdue)
  cases('complaints_oldest_unacknowledged_age_seconds', 'How long the oldest case awaiting acknowledgement has waited, by council and stage.', (g) => g.oldestUnacknowledgedSeconds)
  new Gauge({
    name: 'database_size_bytes', help: 'Size of the database on disk.', registers: [registry],
    collect() {
      const c = current()
      if (c) this.set(c.databaseSizeBytes)
    },
  })
}

/**
 * Prometheus metrics at GET /metrics, for the operator only (METRICS_TOKEN as a bearer token). Labels are route
 * templates, status codes, council slugs and stages: never a URL, a name or any text a council or person wrote.
 */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  if (options.token === null) return
  const expected = digest(options.token)
  // One registry per app (tests build many), not prom-client's global one.
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  countHttpRequests(app, registry)
  registerDatabaseGauges(registry, options)
  // The product's gauges are read once per scrape (the service caches them for a few seconds).
  let current: OperationalGauges | null = null
  registerProductGauges(registry, () => current)

  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    if (!authorised(request, expected)) {
      void reply.header('www-authenticate', 'Bearer realm="metrics"')
      throw new HttpProblem(401, 'METRICS.UNAUTHENTICATED', 'Send the metrics token: `Authorization: Bearer <METRICS_TOKEN>`.')
    }
    current = await options.gauges()
    return reply.type(registry.contentType).send(await registry.metrics())
  })
}
