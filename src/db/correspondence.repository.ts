import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { CaseCorrespondenceTable, Database } from './database.js'
import { camelized, snakeCased, type Camelized } from './row-mapping.js'

/** An entry of a case's correspondence log, as the services read and write it. */
export type CorrespondenceEntry = Camelized<Selectable<CaseCorrespondenceTable>>

export async function insertCorrespondence(trx: Transaction<Database>, entry: CorrespondenceEntry, lastContactOn: string): Promise<void> {
  await trx.insertInto('case_correspondence').values(snakeCased(entry)).execute()
  await trx.updateTable('cases').set({ last_contact_on: lastContactOn }).where('id', '=', entry.caseId).execute()
}

export async function listCorrespondence(db: Kysely<Database>, councilId: string, caseId: string): Promise<CorrespondenceEntry[]> {
  const rows = await db.selectFrom('case_correspondence').selectAll()
    .where('council_id', '=', councilId).where('case_id', '=', caseId)
    .orderBy('occurred_at').orderBy('recorded_at').execute()
  return rows.map(camelized)
}

export async function findCorrespondenceForUpdate(trx: Transaction<Database>, caseId: string, id: string): Promise<CorrespondenceEntry | null> {
  const row = await trx.selectFrom('case_correspondence').selectAll().where('case_id', '=', caseId).where('id', '=', id).forUpdate().executeTakeFirst()
  return row ? camelized(row) : null
}

export type CorrespondenceCorrection =
  | { kind: 'strike_out'; at: Date; by: string; reason: string }
  | { kind: 'redate'; at: Date; by: string; reason: string; occurredAt: Date; occurredOn: string }

/**
 * Writes a correction on an entry and takes the case's last contact again from the entries that stand (the gap
 * count follows by the table's trigger). The caller holds the case's row lock.
 */
export async function correctCorrespondence(trx: Transaction<Database>, entry: CorrespondenceEntry, c: CorrespondenceCorrection): Promise<void> {
  await trx.updateTable('case_correspondence').set({
    corrected_at: c.at, corrected_by: c.by, correction_reason: c.reason,
    ...(c.kind === 'strike_out'
      ? { struck_out: true }
      : { occurred_at: c.occurredAt, occurred_on: c.occurredOn, first_occurred_at: entry.firstOccurredAt ?? entry.occurredAt }),
  }).where('id', '=', entry.id).execute()
  await trx.updateTable('cases')
    .set({ last_contact_on: sql<string>`(select max(occurred_on) from case_correspondence cc where cc.case_id = ${entry.caseId} and not cc.struck_out)` })
    .where('id', '=', entry.caseId).execute()
}
