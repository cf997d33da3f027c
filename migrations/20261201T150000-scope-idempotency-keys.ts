import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
// Idempotency keys were one space per council: the website form stored `public:<key>` beside the staff's own
// keys, so a staff key `public:K` met a form's `K`. From now on every stored key carries its caller's namespace
// (`staff:` or `public:`). Existing keys are moved into the namespace of whoever made the case they point at.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update idempotency_keys k set key = 'staff:' || k.key
    where not (k.key like 'public:%' and (k.case_id is null
      or exists (select 1 from cases c where c.id = k.case_id and c.created_by = 'public-web-form')))
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update idempotency_keys set key = substr(key, 7) where key like 'staff:%'`.execute(db)
}
