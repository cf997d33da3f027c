import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// The queue's serviceArea filter (the lead service area, or any of the case's service areas) was written as
// `lead_service_area = $1 or $1 = any(service_areas)`: a GIN index cannot serve `= any`, so neither
// cases_service_areas_idx nor, under the OR, cases_queue_lead_service_area_idx was ever used, and the filter
// read every case of the council. One GIN index over the areas with the lead appended serves the whole filter
// (`array_append(service_areas, lead_service_area) @> array[$1]`), and every write maintains one index fewer.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_queue_lead_service_area_idx').execute()
  await db.schema.dropIndex('cases_service_areas_idx').execute()
  await sql`create index cases_service_areas_idx on cases using gin ((array_append(service_areas, lead_service_area)))`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_service_areas_idx').execute()
  await sql`create index cases_service_areas_idx on cases using gin (service_areas)`.execute(db)
  await sql`create index cases_queue_lead_service_area_idx on cases (council_id, lead_service_area, next_due_on, id)`.execute(db)
}
