import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // A council's staff as data. A row an admin never registered is a subject merely seen (first authenticated
  // request): it is not assignable.
  await db.schema
    .createTable('staff')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('registered', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('display_name', 'text')
    .addColumn('email', 'text')
    .addColumn('service_areas', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('may_handle_stage1', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('may_review_stage2', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('first_seen_at', 'timestamptz')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('staff_pk', ['council_id', 'subject'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('staff').execute()
}
