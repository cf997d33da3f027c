import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// The monthly summaries, reshaped so that they follow from the reporting model (src/db/reporting/figures.ts):
// one column per summarised figure (named <source>_<figure>), one table for the breakdowns (refusals by code,
// working days to respond), a category dimension beside all / serviceArea / channel, and several rows per key
// ("slots") so that concurrent writers do not queue on one row. The tables start empty: on start the service
// recounts them from case_report_facts whenever report_model's fingerprint differs from the code's definitions.

const FIGURE_COLUMNS: string[] = [
  'volumes_received', 'volumes_complaints', 'volumes_service_requests', 'volumes_signposted', 'volumes_untriaged',
  'volumes_accepted', 'volumes_refused', 'volumes_withdrawn', 'ack1_due', 'ack1_met', 'ack1_late', 'ack2_due',
  'ack2_met', 'ack2_late', 'resp1_due', 'resp1_within_code', 'resp1_within_extended', 'resp1_late', 'resp1_extended',
  'resp1_extended_within_cap', 'resp1_extended_beyond_cap', 'resp1_paused', 'resp1_paused_days', 'resp2_due',
  'resp2_within_code', 'resp2_within_extended', 'resp2_late', 'resp2_extended', 'resp2_extended_within_cap',
  'resp2_extended_beyond_cap', 'resp2_paused', 'resp2_paused_days', 'out1_responded', 'out1_upheld',
  'out1_not_upheld', 'out1_detailed_upheld', 'out1_detailed_partly_upheld', 'out1_detailed_not_upheld',
  'out2_responded', 'out2_upheld', 'out2_not_upheld', 'out2_detailed_upheld', 'out2_detailed_partly_upheld',
  'out2_detailed_not_upheld', 'esc_requested', 'esc_refused', 'esc_final_at_stage1', 'omb_ref_referred',
  'omb_dec_decided', 'omb_dec_upheld_fault', 'omb_dec_no_fault', 'omb_dec_not_investigated',
  'omb_dec_closed_after_initial_enquiries',
]

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_monthly_remedies').execute()
  await db.schema.dropTable('report_monthly_working_days').execute()
  await db.schema.dropTable('report_monthly_refusals').execute()
  await db.schema.dropTable('report_monthly').execute()

  const keyed = (name: string) => db.schema
    .createTable(name)
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('dim_value', 'text', (c) => c.notNull())
    .addColumn('slot', 'smallint', (c) => c.notNull())
  await keyed('report_monthly')
    .$call((t) => FIGURE_COLUMNS.reduce((acc, column) => acc.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0)), t))
    .addPrimaryKeyConstraint('report_monthly_pk', ['dim', 'council_id', 'month', 'dim_value', 'slot'])
    .execute()
  await keyed('report_monthly_details')
    .addColumn('breakdown', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_monthly_details_pk', ['dim', 'council_id', 'month', 'dim_value', 'slot', 'breakdown', 'detail'])
    .execute()
  await keyed('report_monthly_remedies')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('due_month', 'date', (c) => c.notNull())
    .addColumn('offered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('undeliverable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('amount_pence', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_monthly_remedies_pk', ['dim', 'council_id', 'month', 'dim_value', 'slot', 'type', 'due_month'])
    .execute()

  // Which definitions the summaries were counted under.
  await db.schema
    .createTable('report_model')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('rebuilt_at', 'timestamptz', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_model').execute()
  await db.schema.dropTable('report_monthly_remedies').execute()
  await db.schema.dropTable('report_monthly_details').execute()
  await db.schema.dropTable('report_monthly').execute()
}
