import type { Kysely, Selectable, Transaction } from 'kysely'
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
