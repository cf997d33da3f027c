import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// The work queue's "correspondence gap": a duty to tell the person done (a stage acknowledged, extended or
// answered) with no outgoing letter, email, call or meeting recorded for it, as the correspondence evidence of
// src/domain/case/correspondence.ts counts it (the n-th extension of a stage is told by its n-th notice). The case
// keeps the count, set by triggers in the transaction that writes the case's state or its correspondence, so that
// the queue reads and filters a column (with a partial index) instead of reading each case's log, and no code path
// that writes either table can leave it stale.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function case_correspondence_gaps(s jsonb, c uuid) returns integer language sql stable as $$
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
  await sql`alter table cases add column correspondence_gaps integer not null default 0`.execute(db)
  await sql`create function cases_set_correspondence_gaps() returns trigger language plpgsql as $$
    begin
      new.correspondence_gaps := case_correspondence_gaps(new.state, new.id);
      return new;
    end
  $$`.execute(db)
  await sql`create trigger cases_correspondence_gaps before insert or update of state on cases
    for each row execute function cases_set_correspondence_gaps()`.execute(db)
  await sql`create function case_correspondence_changed() returns trigger language plpgsql as $$
    begin
      update cases set correspondence_gaps = case_correspondence_gaps(state, id)
        where id = (case when tg_op = 'DELETE' then old.case_id else new.case_id end);
      return null;
    end
  $$`.execute(db)
  await sql`create trigger case_correspondence_changed after insert or update or delete on case_correspondence
    for each row execute function case_correspondence_changed()`.execute(db)
  await sql`update cases set correspondence_gaps = case_correspondence_gaps(state, id)`.execute(db)
  await sql`create index cases_correspondence_gap_idx on cases (council_id, next_due_on, id) where correspondence_gaps > 0`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index cases_correspondence_gap_idx`.execute(db)
  await sql`drop trigger case_correspondence_changed on case_correspondence`.execute(db)
  await sql`drop function case_correspondence_changed()`.execute(db)
  await sql`drop trigger cases_correspondence_gaps on cases`.execute(db)
  await sql`drop function cases_set_correspondence_gaps()`.execute(db)
  await sql`alter table cases drop column correspondence_gaps`.execute(db)
  await sql`drop function case_correspondence_gaps(jsonb, uuid)`.execute(db)
}
