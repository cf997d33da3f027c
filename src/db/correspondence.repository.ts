import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { CaseCorrespondenceTable, Database } from './database.js'

export type CorrespondenceRow = Selectable<CaseCorrespondenceTable>

export async function insertCorrespondence(trx: Transaction<Database>, entry: CorrespondenceRow, lastContactOn: string): Promise<void> {
  await trx.insertInto('case_correspondence').values(entry).execute()
  await trx.updateTable('cases').set({ last_contact_on: lastContactOn }).where('id', '=', entry.case_id).execute()
}

export async function listCorrespondence(db: Kysely<Database>, councilId: string, caseId: string): Promise<CorrespondenceRow[]> {
  return db.selectFrom('case_correspondence').selectAll()
    .where('council_id', '=', councilId).where('case_id', '=', caseId)
    .orderBy('occurred_at').orderBy('recorded_at').execute()
}

export async function findCorrespondenceForUpdate(trx: Transaction<Database>, caseId: string, id: string): Promise<CorrespondenceRow | null> {
  return (await trx.selectFrom('case_correspondence').selectAll().where('case_id', '=', caseId).where('id', '=', id).forUpdate().executeTakeFirst()) ?? null
}

export type CorrespondenceCorrection =
  | { kind: 'strike_out'; at: Date; by: string; reason: string }
  | { kind: 'redate'; at: Date; by: string; reason: string; occurredAt: Date; occurredOn: string }

/**
 * Writes a correction on an entry and takes the case's last contact again from the entries that stand (the gap
 * count follows by the table's trigger). The caller holds the case's row lock.
 */
export async function correctCorrespondence(trx: Transaction<Database>, entry: CorrespondenceRow, c: CorrespondenceCorrection): Promise<void> {
  await trx.updateTable('case_correspondence').set({
    corrected_at: c.at, corrected_by: c.by, correction_reason: c.reason,
    ...(c.kind === 'strike_out'
      ? { struck_out: true }
      : { occurred_at: c.occurredAt, occurred_on: c.occurredOn, first_occurred_at: entry.first_occurred_at ?? entry.occurred_at }),
  }).where('id', '=', entry.id).execute()
  await trx.updateTable('cases')
    .set({ last_contact_on: sql<string>`(select max(occurred_on) from case_correspondence cc where cc.case_id = ${entry.case_id} and not cc.struck_out)` })
    .where('id', '=', entry.case_id).execute()
}
