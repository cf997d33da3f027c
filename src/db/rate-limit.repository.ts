import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'

/**
 * Counts one request against a fixed window, atomically: the upsert takes the row's lock, so concurrent
 * requests on any instance each see their own count. An expired window restarts at 1. Time is the database's,
 * the one clock every instance shares.
 */
export async function hitRateLimit(db: Kysely<Database>, key: string, windowMs: number): Promise<{ hits: number; ttlMs: number }> {
  const window = sql`(${windowMs}::integer * interval '1 millisecond')`
  const expired = sql`rate_limit_counters.window_started_at + ${window} <= now()`
  const { rows } = await sql<{ hits: number; ttl_ms: number }>`
    insert into rate_limit_counters (key, window_started_at, hits) values (${key}, now(), 1)
    on conflict (key) do update set
      hits = case when ${expired} then 1 else rate_limit_counters.hits + 1 end,
      window_started_at = case when ${expired} then now() else rate_limit_counters.window_started_at end
    returning hits, greatest(0, extract(epoch from (window_started_at + ${window} - now())) * 1000)::integer as ttl_ms
  `.execute(db)
  const row = rows[0]!
  return { hits: row.hits, ttlMs: row.ttl_ms }
}

/** Windows that ended long ago are dead weight; any instance may sweep them now and then. */
export async function sweepRateLimits(db: Kysely<Database>, olderThanMs: number): Promise<void> {
  await db.deleteFrom('rate_limit_counters')
    .where(sql<boolean>`window_started_at < now() - (${olderThanMs}::integer * interval '1 millisecond')`)
    .execute()
}
