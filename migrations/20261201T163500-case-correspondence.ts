import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// The correspondence log of a case: letters, emails, calls and meetings, in and out, each with the duties it
// served. The summary is personal data and stays here (the case's history records the entry without it). The
// case keeps the day of its last contact, so that the work queue finds cases whose regular update is due by an
// index rather than by reading every case's log.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_correspondence')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('in', 'out')`))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('stage', 'smallint', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('duties', sql`text[]`, (c) => c.notNull())
    .addColumn('ombudsman_details_given', 'boolean', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await sql`create index case_correspondence_case_idx on case_correspondence (case_id, occurred_at)`.execute(db)
  await sql`alter table cases add column last_contact_on date`.execute(db)
  await sql`create index cases_last_contact_idx on cases (council_id, (coalesce(last_contact_on, received_on)))`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_last_contact_idx').execute()
  await sql`alter table cases drop column last_contact_on`.execute(db)
  await db.schema.dropTable('case_correspondence').execute()
}
