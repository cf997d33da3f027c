import type { FastifyInstance } from 'fastify'
import { countRequest, sweepOldWindows } from '../../services/rate-limits.js'

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void

const SWEEP_EVERY = 500

/**
 * A @fastify/rate-limit store on the service's own database. The plugin's default in-memory store counts per
 * process, so N instances behind a load balancer would allow N times the limit; this counts in PostgreSQL (or
 * PGlite, where there is one instance anyway), shared by every instance, with no Redis to run.
 */
export function databaseRateLimitStore(db: FastifyInstance['db']) {
  let calls = 0
  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      calls += 1
      if (calls % SWEEP_EVERY === 0) void sweepOldWindows(db).catch(() => undefined)
      countRequest(db, key, timeWindow).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      )
    }

    child(): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore()
    }
  }
}
