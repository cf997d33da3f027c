import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // The learning register (Code 9.1-9.3): a service improvement made because of complaints, recorded on its own
  // or from a case, followed to completion.
  await db.schema
    .createTable('learning_actions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('service_area', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('done_on', 'date')
    .addColumn('recorded_on', 'date', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('learning_actions_council_idx').on('learning_actions').columns(['council_id', 'recorded_on']).execute()
  // The complaints that prompted each improvement (no personal data: case ids only).
  await db.schema
    .createTable('learning_action_cases')
    .addColumn('action_id', 'uuid', (c) => c.notNull().references('learning_actions.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('learning_action_cases_pk', ['action_id', 'case_id'])
    .execute()
  await db.schema.createIndex('learning_action_cases_case_idx').on('learning_action_cases').column('case_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('learning_action_cases').execute()
  await db.schema.dropTable('learning_actions').execute()
}
