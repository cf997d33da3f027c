import type { Kysely, Transaction } from 'kysely'
import type { Database } from './database.js'

export interface StoredPolicy {
  version: number
  preset: string
  overrides: Record<string, unknown>
  policy: Record<string, unknown>
  createdBy: string
  createdAt: Date
}

export async function findCurrentPolicy(db: Kysely<Database>, councilId: string): Promise<StoredPolicy | null> {
  const row = await db
    .selectFrom('council_policies')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row
    ? { version: row.version, preset: row.preset, overrides: row.overrides, policy: row.policy, createdBy: row.created_by, createdAt: row.created_at }
    : null
}

/**
 * Adds the next version; the primary key makes two concurrent changes collide instead of both landing. Given the
 * version the change was made on, it adds exactly the one after it, so a change made on a stale read collides too.
 */
export async function insertPolicyVersion(
  trx: Transaction<Database>,
  councilId: string,
  entry: { preset: string; overrides: Record<string, unknown>; policy: Record<string, unknown>; createdBy: string },
  madeOnVersion: number | null = null,
): Promise<number> {
  const latest = madeOnVersion !== null ? { version: madeOnVersion } : await trx
    .selectFrom('council_policies')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('council_id', '=', councilId)
    .executeTakeFirst()
  const version = (latest?.version ?? 0) + 1
  await trx
    .insertInto('council_policies')
    .values({
      council_id: councilId,
      version,
      preset: entry.preset,
      overrides: JSON.stringify(entry.overrides),
      policy: JSON.stringify(entry.policy),
      created_by: entry.createdBy,
    })
    .execute()
  return version
}
