import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// The correspondence evidence asks, of each stage's response, whether the person was also told how to escalate
// (to stage 2 after stage 1, to the Ombudsman after stage 2): a duty `escalation_details` of the same stage, done
// when the response is, as src/domain/case/correspondence.ts counts it. The gap count gets the same two rows, and
// the answered cases are counted again.
const gaps = (escalationDetails: boolean) => sql`create or replace function case_correspondence_gaps(s jsonb, c uuid) returns integer language sql stable as $$
    select coalesce(sum(greatest(d.done - (
        select count(*) from case_correspondence cc
        where cc.case_id = c and cc.direction = 'out' and not cc.struck_out and cc.stage = d.stage and d.duty = any(cc.duties)
      ), 0)), 0)::integer
    from (values
      (1, 'stage1_acknowledgement', case when s->'stage1'->>'acknowledgedOn' is not null then 1 else 0 end),
      (1, 'extension_notice', case when jsonb_typeof(s->'stage1'->'extensions') = 'array' then jsonb_array_length(s->'stage1'->'extensions') else 0 end),
      (1, 'stage1_response', case when s->'stage1'->>'response' is not null then 1 else 0 end),
      (1, 'escalation_details', case when ${sql.lit(escalationDetails)} and s->'stage1'->>'response' is not null then 1 else 0 end),
      (2, 'stage2_acknowledgement', case when s->'stage2'->>'acknowledgedOn' is not null then 1 else 0 end),
      (2, 'extension_notice', case when jsonb_typeof(s->'stage2'->'extensions') = 'array' then jsonb_array_length(s->'stage2'->'extensions') else 0 end),
      (2, 'stage2_response', case when s->'stage2'->>'response' is not null then 1 else 0 end),
      (2, 'escalation_details', case when ${sql.lit(escalationDetails)} and s->'stage2'->>'response' is not null then 1 else 0 end)
    ) as d(stage, duty, done)
  $$`

const recount = sql`update cases set correspondence_gaps = case_correspondence_gaps(state, id) where state->'stage1'->>'response' is not null`

export async function up(db: Kysely<any>): Promise<void> {
  await gaps(true).execute(db)
  await recount.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await gaps(false).execute(db)
  await recount.execute(db)
}
