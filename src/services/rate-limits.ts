import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { hitRateLimit, sweepRateLimits } from '../db/rate-limit.repository.js'

const SWEEP_OLDER_THAN_MS = 60 * 60 * 1000

/**
 * Rate-limit counters live in the service's own database, so every instance behind a load balancer shares them.
 * One hit against a fixed window: the count so far in it and how long until it ends.
 */
export function countRequest(db: Kysely<Database>, key: string, windowMs: number): Promise<{ hits: number; ttlMs: number }> {
  return hitRateLimit(db, key, windowMs)
}

/** Drops windows that ended long ago; any instance may do it now and then. */
export function sweepOldWindows(db: Kysely<Database>): Promise<void> {
  return sweepRateLimits(db, SWEEP_OLDER_THAN_MS)
}
