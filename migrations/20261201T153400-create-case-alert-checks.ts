import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// What the deadline alert scheduler last worked out for a case: at which case version, and the next date an alert
// becomes due. A case needs a look again only when it changed (its version moved) or that date has come, so a pass
// reads a handful of rows rather than every open case. Losing a row only costs a recomputation: the events
// themselves are kept exactly-once by case_events' unique (case_id, dedupe_key).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_alert_checks')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('case_version', 'integer', (c) => c.notNull())
    .addColumn('next_alert_on', 'date')
    .addColumn('checked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('case_alert_checks_next_idx').on('case_alert_checks').column('next_alert_on').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_alert_checks').execute()
}
