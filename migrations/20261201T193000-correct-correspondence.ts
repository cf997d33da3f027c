import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// Correcting the correspondence log: an entry recorded in error (on the wrong case, with the wrong duties) is
// struck out, never deleted; one recorded with the wrong date is redated, its first date kept. A struck-out entry
// stays in the log but evidences no duty and is no contact, so the gap count leaves it out (as
// src/domain/case/correspondence.ts does) and the cases' counts are taken again.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table case_correspondence
    add column struck_out boolean not null default false,
    add column corrected_at timestamptz,
    add column corrected_by text,
    add column correction_reason text,
    add column first_occurred_at timestamptz`.execute(db)
  await sql`create or replace function case_correspondence_gaps(s jsonb, c uuid) returns integer language sql stable as $$
    select coalesce(sum(greatest(d.done - (
        select count(*) from case_correspondence cc
        where cc.case_id = c and cc.direction = 'out' and not cc.struck_out and cc.stage = d.stage and d.duty = any(cc.duties)
      ), 0)), 0)::integer
    from (values
      (1, 'stage1_acknowledgement', case when s->'stage1'->>'acknowledgedOn' is not null then 1 else 0 end),
      (1, 'extension_notice', case when jsonb_typeof(s->'stage1'->'extensions') = 'array' then jsonb_array_length(s->'stage1'->'extensions') else 0 end),
      (1, 'stage1_response', case when s->'stage1'->>'response' is not null then 1 else 0 end),
      (2, 'stage2_acknowledgement', case when s->'stage2'->>'acknowledgedOn' is not null then 1 else 0 end),
      (2, 'extension_notice', case when jsonb_typeof(s->'stage2'->'extensions') = 'array' then jsonb_array_length(s->'stage2'->'extensions') else 0 end),
      (2, 'stage2_response', case when s->'stage2'->>'response' is not null then 1 else 0 end)
    ) as d(stage, duty, done)
  $$`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create or replace function case_correspondence_gaps(s jsonb, c uuid) returns integer language sql stable as $$
    select coalesce(sum(greatest(d.done - (
        select count(*) from case_correspondence cc
        where cc.case_id = c and cc.direction = 'out' and cc.stage = d.stage and d.duty = any(cc.duties)
      ), 0)), 0)::integer
    from (values
      (1, 'stage1_acknowledgement', case when s->'stage1'->>'acknowledgedOn' is not null then 1 else 0 end),
      (1, 'extension_notice', case when jsonb_typeof(s->'stage1'->'extensions') = 'array' then jsonb_array_length(s->'stage1'->'extensions') else 0 end),
      (1, 'stage1_response', case when s->'stage1'->>'response' is not null then 1 else 0 end),
      (2, 'stage2_acknowledgement', case when s->'stage2'->>'acknowledgedOn' is not null then 1 else 0 end),
      (2, 'extension_notice', case when jsonb_typeof(s->'stage2'->'extensions') = 'array' then jsonb_array_length(s->'stage2'->'extensions') else 0 end),
      (2, 'stage2_response', case when s->'stage2'->>'response' is not null then 1 else 0 end)
    ) as d(stage, duty, done)
  $$`.execute(db)
  // Struck-out entries count again, and contacts again: take both afresh before the columns go.
  await sql`alter table case_correspondence drop column first_occurred_at, drop column correction_reason,
    drop column corrected_by, drop column corrected_at, drop column struck_out`.execute(db)
  await sql`update cases set correspondence_gaps = case_correspondence_gaps(state, id),
    last_contact_on = (select max(occurred_on) from case_correspondence cc where cc.case_id = cases.id)
    where exists (select 1 from case_correspondence cc where cc.case_id = cases.id)`.execute(db)
}
