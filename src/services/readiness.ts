import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { pendingMigrations } from '../db/migrate.js'

export interface Readiness {
  database: 'ok' | 'unreachable'
  /** `current`, `pending: <names>`, or `unknown` when the database cannot be asked. */
  migrations: string
  /** Why the database is unreachable, for the log only: driver messages name hosts and users. */
  error?: unknown
}

/** Whether this instance can serve: the database answers and every migration has run. */
export async function checkReadiness(db: Kysely<Database>): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db)
    const pending = await pendingMigrations(db)
    return { database: 'ok', migrations: pending.length > 0 ? `pending: ${pending.join(', ')}` : 'current' }
  } catch (error) {
    return { database: 'unreachable', migrations: 'unknown', error }
  }
}
