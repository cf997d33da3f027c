import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // A suspended council keeps its data; its tokens are refused until an operator reinstates it.
  await db.schema.alterTable('councils').addColumn('suspended_at', 'timestamptz').execute()

  // A case keeps the calendar it started under, as it keeps its policy: changing the council's division
  // changes new cases only. Existing cases take their council's division of today.
  await db.schema
    .alterTable('cases')
    .addColumn('bank_holiday_division', 'text', (c) => c.notNull().defaultTo('england-and-wales')
      .check(sql`bank_holiday_division in ('england-and-wales', 'scotland', 'northern-ireland')`))
    .execute()
  await sql`update cases set bank_holiday_division = councils.bank_holiday_division from councils where councils.id = cases.council_id`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('bank_holiday_division').execute()
  await db.schema.alterTable('councils').dropColumn('suspended_at').execute()
}
