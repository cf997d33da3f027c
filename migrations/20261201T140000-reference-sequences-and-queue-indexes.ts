import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// Case references come from one sequence per council and year (case_reference_<council id, hex>_<year>) instead
// of a counter row that every intake of the council locked until it committed. Each counter becomes its
// sequence, continuing after the last number given.
//
// Every change to a council notifies `council_changed` (its slug, before and after), so that each instance's cache
// of councils (looked up on every request) forgets it at once.
//
// The work queue orders by next_due_on (nulls last, as a btree sorts them ascending) then id: indexes that carry
// a filter's column before that order serve the filtered pages too, without sorting the council's cases.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`do $$
    declare r record;
    begin
      for r in select council_id, year, last_number from case_reference_counters loop
        execute format('create sequence if not exists %I as integer minvalue 1 start with %s',
          'case_reference_' || replace(r.council_id::text, '-', '') || '_' || r.year, r.last_number + 1);
      end loop;
    end $$`.execute(db)
  await db.schema.dropTable('case_reference_counters').execute()

  await db.schema.dropIndex('cases_handler_idx').execute()
  await db.schema.dropIndex('cases_stage2_handler_idx').execute()
  const queue = (name: string, columns: string[], where?: string) =>
    sql`create index ${sql.id(name)} on cases (${sql.join(['council_id', ...columns, 'next_due_on', 'id'].map((c) => sql.id(c)))})${where ? sql` where ${sql.raw(where)}` : sql``}`.execute(db)
  await queue('cases_queue_handler_idx', ['handler'])
  await queue('cases_queue_stage2_handler_idx', ['stage2_handler'])
  await queue('cases_queue_created_by_idx', ['created_by'])
  await queue('cases_queue_status_idx', ['status'])
  await queue('cases_queue_lead_service_area_idx', ['lead_service_area'])
  await queue('cases_queue_channel_idx', ['channel'])
  await queue('cases_queue_kind_idx', ['kind'])
  await queue('cases_queue_sensitive_idx', [], 'sensitive')
  await sql`create index cases_queue_remedies_idx on cases (council_id, next_remedy_due_on) where open_remedies > 0`.execute(db)
  await sql`create index cases_service_areas_idx on cases using gin (service_areas)`.execute(db)

  await sql`create function notify_council_changed() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then perform pg_notify('council_changed', old.slug); end if;
      if tg_op <> 'DELETE' then perform pg_notify('council_changed', new.slug); end if;
      return null;
    end $$`.execute(db)
  await sql`create trigger councils_changed after insert or update or delete on councils for each row execute function notify_council_changed()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger councils_changed on councils`.execute(db)
  await sql`drop function notify_council_changed()`.execute(db)
  for (const name of ['cases_service_areas_idx', 'cases_queue_remedies_idx', 'cases_queue_sensitive_idx', 'cases_queue_kind_idx', 'cases_queue_channel_idx',
    'cases_queue_lead_service_area_idx', 'cases_queue_status_idx', 'cases_queue_created_by_idx', 'cases_queue_stage2_handler_idx', 'cases_queue_handler_idx']) {
    await db.schema.dropIndex(name).execute()
  }
  await db.schema.createIndex('cases_handler_idx').on('cases').columns(['council_id', 'handler']).execute()
  await db.schema.createIndex('cases_stage2_handler_idx').on('cases').columns(['council_id', 'stage2_handler']).execute()
  await db.schema
    .createTable('case_reference_counters')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_reference_counters_pk', ['council_id', 'year'])
    .execute()
}
