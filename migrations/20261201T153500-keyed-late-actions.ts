import type { Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// Data quality: how many of a case's actions were keyed in more than the policy's threshold of working days after
// they happened, and its two summary columns (the reporting model's dataQuality source). The summaries are
// recounted from the facts on start, since the model's fingerprint changes with them.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('case_report_facts').addColumn('keyed_late_actions', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('report_monthly').addColumn('data_quality_actions_keyed_late', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('report_monthly').addColumn('data_quality_cases_keyed_late', 'integer', (c) => c.notNull().defaultTo(0)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('report_monthly').dropColumn('data_quality_cases_keyed_late').execute()
  await db.schema.alterTable('report_monthly').dropColumn('data_quality_actions_keyed_late').execute()
  await db.schema.alterTable('case_report_facts').dropColumn('keyed_late_actions').execute()
}
