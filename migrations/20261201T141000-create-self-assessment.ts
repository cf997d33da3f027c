import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // The council's answer for one provision of the Code in one year's self-assessment: whether it complies (for
  // provisions the data cannot evidence), its evidence, commentary and any action with a date; who and when.
  await db.schema
    .createTable('self_assessment_answers')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('complies', 'boolean')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('links', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('commentary', 'text', (c) => c.notNull())
    .addColumn('action', 'text')
    .addColumn('action_due_on', 'date')
    .addColumn('answered_by', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('self_assessment_answers_pk', ['council_id', 'year', 'ref'])
    .execute()
  // The governing body's response and the Member responsible's sign-off of one year's self-assessment.
  await db.schema
    .createTable('self_assessment_signoffs')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('governing_body', 'text', (c) => c.notNull())
    .addColumn('governing_body_response', 'text', (c) => c.notNull())
    .addColumn('responded_on', 'date', (c) => c.notNull())
    .addColumn('member_responsible', 'text', (c) => c.notNull())
    .addColumn('member_signed_off_on', 'date', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('self_assessment_signoffs_pk', ['council_id', 'year'])
    .execute()
  // Published versions: the whole self-assessment as it stood, frozen; a later change is published as a new one.
  await db.schema
    .createTable('self_assessment_versions')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('self_assessment_versions_pk', ['council_id', 'year', 'version'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('self_assessment_versions').execute()
  await db.schema.dropTable('self_assessment_signoffs').execute()
  await db.schema.dropTable('self_assessment_answers').execute()
}
