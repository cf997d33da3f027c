import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { hitRateLimit, sweepRateLimits } from '../../db/rate-limit.repository.js'

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void

const SWEEP_EVERY = 500
const SWEEP_OLDER_THAN_MS = 60 * 60 * 1000

/**
 * A @fastify/rate-limit store on the service's own database. The plugin's default in-memory store counts per
 * process, so N instances behind a load balancer would allow N times the limit; this counts in PostgreSQL (or
 * PGlite, where there is one instance anyway), shared by every instance, with no Redis to run.
 */
export function databaseRateLimitStore(db: Kysely<Database>) {
  let calls = 0
  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      calls += 1
      if (calls % SWEEP_EVERY === 0) void sweepRateLimits(db, SWEEP_OLDER_THAN_MS).catch(() => undefined)
      hitRateLimit(db, key, timeWindow).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      )
    }

    child(): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore()
    }
  }
}
