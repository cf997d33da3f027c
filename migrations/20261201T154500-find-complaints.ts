import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// Finding a case without its id: by reference (the unique constraint already indexes it), by the CRM's
// reference, by last change (a CRM mirroring the council's cases), by the person's email or phone (normalised,
// so that the same address or number typed differently finds the same cases), and by free text over the summary
// and names. The email and phone keys are generated columns, so every write of the intake (intake, amendment)
// keeps them in step without the application computing them; their functions are mirrored by
// src/domain/contact/contact-keys.ts (test/db/contact-keys.test.ts checks that they agree).
// The free-text index is over an expression that src/db/case-queue.repository.ts repeats word for word.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function person_email_key(email text) returns text language sql immutable parallel safe
    return nullif(lower(btrim(email)), '')`.execute(db)
  await sql`create function person_phone_key(phone text) returns text language sql immutable parallel safe
    return case
      when regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') = '' then null
      when btrim(phone) like '+%' then '+' || regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^440', '44')
      when regexp_replace(phone, '[^0-9]', '', 'g') like '00%'
        then '+' || regexp_replace(substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3), '^440', '44')
      when regexp_replace(phone, '[^0-9]', '', 'g') like '0%' then '+44' || substr(regexp_replace(phone, '[^0-9]', '', 'g'), 2)
      when regexp_replace(phone, '[^0-9]', '', 'g') ~ '^44[1-9][0-9]{9}$' then '+' || regexp_replace(phone, '[^0-9]', '', 'g')
      else regexp_replace(phone, '[^0-9]', '', 'g')
    end`.execute(db)
  await sql`alter table cases
    add column person_email text generated always as (person_email_key(intake->'person'->>'email')) stored,
    add column person_phone text generated always as (person_phone_key(intake->'person'->>'phone')) stored`.execute(db)
  await sql`create index cases_person_email_idx on cases (council_id, person_email) where person_email is not null`.execute(db)
  await sql`create index cases_person_phone_idx on cases (council_id, person_phone) where person_phone is not null`.execute(db)
  await sql`create index cases_crm_reference_idx on cases (council_id, crm_reference) where crm_reference is not null`.execute(db)
  await sql`create index cases_updated_idx on cases (council_id, updated_at, id)`.execute(db)
  await sql`create index cases_text_idx on cases using gin ((to_tsvector('simple'::regconfig,
    coalesce(intake->>'summary', '') || ' ' || coalesce(intake->'person'->>'name', '') || ' ' || coalesce(intake->'representative'->>'name', ''))))`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['cases_text_idx', 'cases_updated_idx', 'cases_crm_reference_idx', 'cases_person_phone_idx', 'cases_person_email_idx']) {
    await db.schema.dropIndex(name).execute()
  }
  await sql`alter table cases drop column person_phone, drop column person_email`.execute(db)
  await sql`drop function person_phone_key(text)`.execute(db)
  await sql`drop function person_email_key(text)`.execute(db)
}
