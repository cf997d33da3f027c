import { getHeapStatistics } from 'node:v8'
import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../config.js'
import { HttpProblem } from '../problem.js'

/** Liveness and metrics keep answering under load: an overloaded process is alive, and worth watching. */
const EXEMPT = new Set(['/healthz', '/metrics'])

const WHAT: Record<string, string> = {
  eventLoopDelay: 'event-loop delay',
  heapUsedBytes: 'heap in use',
  rssBytes: 'resident memory',
}

/**
 * An overloaded instance sheds load instead of queueing without bound: while a threshold is exceeded, every
 * request (readiness included, so a load balancer takes the instance out) gets 503 problem+json with
 * `Retry-After`. Register before authentication: a shed request costs no token check and no query.
 */
export async function registerOverloadProtection(app: FastifyInstance, config: Config['overload']): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedBytes ?? Math.floor(getHeapStatistics().heap_size_limit * 0.9),
    maxRssBytes: config.maxRssBytes,
    sampleInterval: config.sampleIntervalMs,
    retryAfter: config.retryAfterSeconds,
    pressureHandler: (request, reply, type) => {
      const path = request.url.split('?')[0]!
      if (EXEMPT.has(path)) return undefined
      const detail = `The service is overloaded (${WHAT[type] ?? type}); retry after ${config.retryAfterSeconds} seconds.`
      reply.header('retry-after', String(config.retryAfterSeconds))
      request.log.warn({ pressure: type }, 'overloaded: request shed')
      // Readiness answers in its own documented shape, so that probes read it as any other "not ready".
      // (Fastify stops a request whose reply an onRequest hook has sent.)
      if (path === '/readyz') {
        void reply.code(503).send({ status: 'not_ready', checks: { database: 'not checked', migrations: 'not checked' }, warnings: [detail] })
        return undefined
      }
      return Promise.reject(new HttpProblem(503, 'OVERLOADED', detail))
    },
  })
}
