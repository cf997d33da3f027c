import type { Transaction } from 'kysely'
import type { Database } from './database.js'

export type Claim = { claimed: true } | { claimed: false; requestHash: string; caseId: string | null }

/**
 * Claims a key inside the intake's transaction. A concurrent claim of the same key waits on the first
 * transaction (the primary key), then finds the row it committed: one case, however many retries.
 */
export async function claimIdempotencyKey(trx: Transaction<Database>, councilId: string, key: string, requestHash: string): Promise<Claim> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ council_id: councilId, key, request_hash: requestHash, case_id: null })
    .onConflict((oc) => oc.columns(['council_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst()
  if (inserted) return { claimed: true }
  const existing = await trx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'case_id'])
    .where('council_id', '=', councilId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow()
  return { claimed: false, requestHash: existing.request_hash, caseId: existing.case_id }
}

export async function recordIdempotentResult(trx: Transaction<Database>, councilId: string, key: string, caseId: string): Promise<void> {
  await trx.updateTable('idempotency_keys').set({ case_id: caseId }).where('council_id', '=', councilId).where('key', '=', key).execute()
}
