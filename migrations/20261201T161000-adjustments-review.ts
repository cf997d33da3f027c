import type { Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// Reasonable adjustments are kept under active review (Code 5.6): an open case's next review date, so that the
// work queue can list the reviews that are due without reading every case's state.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('adjustments_review_on', 'date').execute()
  await db.schema.createIndex('cases_adjustments_review_idx').on('cases').columns(['council_id', 'adjustments_review_on'])
    .where('adjustments_review_on', 'is not', null).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_adjustments_review_idx').execute()
  await db.schema.alterTable('cases').dropColumn('adjustments_review_on').execute()
}
