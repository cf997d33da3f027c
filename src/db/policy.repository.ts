import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from './database.js'

export interface StoredPolicy {
  version: number
  preset: string
  overrides: Record<string, unknown>
  policy: Record<string, unknown>
  createdBy: string
  createdAt: Date
}

type PolicyRow = { version: number; preset: string; overrides: Record<string, unknown>; policy: Record<string, unknown>; created_by: string; created_at: Date }

const toStored = (row: PolicyRow): StoredPolicy =>
  ({ version: row.version, preset: row.preset, overrides: row.overrides, policy: row.policy, createdBy: row.created_by, createdAt: row.created_at })

/** Every recorded version, oldest first, without the resolved policy (a listing, not a read). */
export async function listPolicyVersions(db: Kysely<Database>, councilId: string): Promise<Omit<StoredPolicy, 'policy'>[]> {
  const rows = await db
    .selectFrom('council_policies')
    .select(['version', 'preset', 'overrides', 'created_by', 'created_at'])
    .where('council_id', '=', councilId)
    .orderBy('version', 'asc')
    .execute()
  return rows.map((row) => ({ version: row.version, preset: row.preset, overrides: row.overrides, createdBy: row.created_by, createdAt: row.created_at }))
}

export async function findPolicyVersion(db: Kysely<Database>, councilId: string, version: number): Promise<StoredPolicy | null> {
  const row = await db.selectFrom('council_policies').selectAll().where('council_id', '=', councilId).where('version', '=', version).executeTakeFirst()
  return row ? toStored(row) : null
}

export async function findCurrentPolicy(db: Kysely<Database>, councilId: string): Promise<StoredPolicy | null> {
  const row = await db
    .selectFrom('council_policies')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? toStored(row) : null
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

/** Each recorded version's regular-update interval (`updateEveryWorkingDays`; null where the policy leaves it to the default). */
export async function listUpdateIntervals(db: Kysely<Database>, councilId: string): Promise<{ version: number; every: number | null }[]> {
  const rows = await db.selectFrom('council_policies')
    .select(['version', sql<number | null>`(policy->>'updateEveryWorkingDays')::int`.as('every')])
    .where('council_id', '=', councilId)
    .execute()
  return rows.map((r) => ({ version: r.version, every: r.every === null ? null : Number(r.every) }))
}
