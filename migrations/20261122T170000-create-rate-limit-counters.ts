import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // Fixed-window request counters for unauthenticated routes (public intake), shared by every instance.
  await db.schema
    .createTable('rate_limit_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_counters').execute()
}
