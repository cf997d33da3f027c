import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // A council's own reporting settings: the resident population (rates per 10,000 residents) and the share of
  // duties done on time that its self-assessment calls met (the Code's expectation, 100 %, unless it says otherwise).
  await db.schema
    .createTable('council_report_settings')
    .addColumn('council_id', 'uuid', (c) => c.primaryKey().references('councils.id').onDelete('cascade'))
    .addColumn('population', 'integer')
    .addColumn('target_percent', 'numeric(5, 2)', (c) => c.notNull().defaultTo(100))
    .addColumn('amber_from_percent', 'numeric(5, 2)', (c) => c.notNull().defaultTo(90))
    .addCheckConstraint('council_report_settings_population', sql`population is null or population > 0`)
    .addCheckConstraint('council_report_settings_targets', sql`amber_from_percent >= 0 and amber_from_percent <= target_percent and target_percent <= 100`)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('council_report_settings').execute()
}
