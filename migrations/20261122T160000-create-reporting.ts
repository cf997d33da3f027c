import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per case, rewritten in the same transaction as every write of the case: the facts the reports count,
  // already reduced to dates, flags and working-day figures, with no personal data.
  await db.schema
    .createTable('case_report_facts')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('service_area', 'text')
    .addColumn('categories', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('acceptance', 'text')
    .addColumn('refusal_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('withdrawn_on', 'date')
    .addColumn('s1_ack_due_on', 'date')
    .addColumn('s1_ack_on', 'date')
    .addColumn('s1_due_original_on', 'date')
    .addColumn('s1_due_on', 'date')
    .addColumn('s1_responded_on', 'date')
    .addColumn('s1_outcome', 'text')
    .addColumn('s1_detailed_outcome', 'text')
    .addColumn('s1_extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('s1_beyond_cap', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('s1_paused_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('s1_working_days', 'integer')
    .addColumn('escalated_on', 'date')
    .addColumn('escalation_decision', 'text')
    .addColumn('s2_ack_due_on', 'date')
    .addColumn('s2_ack_on', 'date')
    .addColumn('s2_due_original_on', 'date')
    .addColumn('s2_due_on', 'date')
    .addColumn('s2_responded_on', 'date')
    .addColumn('s2_outcome', 'text')
    .addColumn('s2_detailed_outcome', 'text')
    .addColumn('s2_extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('s2_beyond_cap', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('s2_paused_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('s2_working_days', 'integer')
    .addColumn('ombudsman_referred_on', 'date')
    .addColumn('ombudsman_decision', 'text')
    .addColumn('ombudsman_decided_on', 'date')
    .addColumn('next_due_on', 'date')
    .addColumn('next_due_kind', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  // Each figure counts the cases whose own date falls in the period: one index per such date, council first,
  // carrying the columns that figure reads, so that a council's year is an index-only range scan.
  const covering: [string, string[]][] = [
    ['received_on', ['kind', 'acceptance', 'withdrawn_on', 'service_area', 'channel', 'refusal_codes']],
    ['s1_ack_due_on', ['s1_ack_on']],
    ['s1_due_on', ['s1_due_original_on', 's1_responded_on', 's1_extension_days', 's1_beyond_cap', 's1_paused_days']],
    ['s1_responded_on', ['s1_outcome', 's1_detailed_outcome', 's1_working_days', 'service_area']],
    ['escalated_on', ['escalation_decision']],
    ['s2_ack_due_on', ['s2_ack_on']],
    ['s2_due_on', ['s2_due_original_on', 's2_responded_on', 's2_extension_days', 's2_beyond_cap', 's2_paused_days']],
    ['s2_responded_on', ['s2_outcome', 's2_detailed_outcome', 's2_working_days', 'service_area']],
    ['ombudsman_referred_on', []],
    ['ombudsman_decided_on', ['ombudsman_decision']],
  ]
  for (const [column, include] of covering) {
    const extra = include.length > 0 ? sql` include (${sql.join(include.map((c) => sql.ref(c)))})` : sql``
    await sql`create index ${sql.ref(`case_report_facts_${column}_idx`)} on case_report_facts (council_id, ${sql.ref(column)})${extra}`.execute(db)
  }
  await sql`create index case_report_facts_open_idx on case_report_facts (council_id, next_due_on) include (next_due_kind) where next_due_on is not null`.execute(db)

  await db.schema
    .createTable('case_report_remedies')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('remedy_id', 'text', (c) => c.notNull())
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('offered_on', 'date', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('completed_on', 'date')
    .addColumn('amount_pence', 'bigint')
    .addPrimaryKeyConstraint('case_report_remedies_pk', ['case_id', 'remedy_id'])
    .execute()
  await sql`create index case_report_remedies_offered_idx on case_report_remedies (council_id, offered_on) include (type, status, due_on, amount_pence)`.execute(db)

  // Periods when something outside the council's control (e.g. a cyber incident) stopped it meeting the Code.
  await db.schema
    .createTable('exceptional_circumstances')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date')
    .addColumn('affected', 'text', (c) => c.notNull())
    .addColumn('ombudsman_told_on', 'date')
    .addColumn('returned_to_compliance_on', 'date')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('exceptional_circumstances_period', sql`ends_on is null or ends_on >= starts_on`)
    .execute()
  await db.schema.createIndex('exceptional_circumstances_council_idx').on('exceptional_circumstances').columns(['council_id', 'starts_on']).execute()

  // What the annual report says in words: learning and improvements, and the governance response (Code 9).
  await db.schema
    .createTable('annual_report_narratives')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('service_improvements', 'text', (c) => c.notNull())
    .addColumn('governance_response', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('annual_report_narratives_pk', ['council_id', 'year'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('annual_report_narratives').execute()
  await db.schema.dropTable('exceptional_circumstances').execute()
  await db.schema.dropTable('case_report_remedies').execute()
  await db.schema.dropTable('case_report_facts').execute()
}
