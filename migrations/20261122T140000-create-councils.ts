import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('councils')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bank_holiday_division', 'text', (c) =>
      c.notNull().defaultTo('england-and-wales')
        .check(sql`bank_holiday_division in ('england-and-wales', 'scotland', 'northern-ireland')`))
    .addColumn('reference_prefix', 'text', (c) => c.notNull().check(sql`reference_prefix ~ '^[A-Z0-9]{2,8}$'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('councils').execute()
}
