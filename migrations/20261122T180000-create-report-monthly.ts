import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// Per council and month, in all and by service area and by channel: the counts the performance figures take from each case's own
// dated facts (received on, acknowledgement due, response due, responded on, escalated, Ombudsman), maintained by
// the case service in the same transaction as case_report_facts by applying the difference between a case's old
// and new facts. A duty not done counts here as late: the reports read these rows only for months wholly before
// the day they are as at, and count the rest live from case_report_facts.

const month = (d: string) => `(${d} - (extract(day from ${d})::int - 1))`

/** [summary column, dated column, aggregate over the rows with that date, with `sign` +1 or -1 per row]. */
function measures(): [string, string, string][] {
  const count = (cond: string | null) => (cond === null ? 'sum(sign)' : `coalesce(sum(sign) filter (where ${cond}), 0)`)
  const m: [string, string, string][] = [
    ['vol_received', 'received_on', count(null)],
    ['vol_complaints', 'received_on', count(`kind = 'complaint'`)],
    ['vol_service_requests', 'received_on', count(`kind = 'service_request'`)],
    ['vol_signposted', 'received_on', count(`kind = 'signposted'`)],
    ['vol_untriaged', 'received_on', count('kind is null')],
    ['vol_accepted', 'received_on', count(`acceptance = 'accepted'`)],
    ['vol_refused', 'received_on', count(`acceptance = 'refused'`)],
    ['vol_withdrawn', 'received_on', count('withdrawn_on is not null')],
  ]
  for (const s of [1, 2]) {
    const ackDue = `s${s}_ack_due_on`
    const ackOn = `s${s}_ack_on`
    m.push(
      [`ack${s}_due`, ackDue, count(null)],
      [`ack${s}_met`, ackDue, count(`${ackOn} <= ${ackDue}`)],
      [`ack${s}_late`, ackDue, count(`${ackOn} > ${ackDue} or ${ackOn} is null`)],
    )
    const [due, original, done] = [`s${s}_due_on`, `s${s}_due_original_on`, `s${s}_responded_on`]
    m.push(
      [`resp${s}_due`, due, count(null)],
      [`resp${s}_within_code`, due, count(`${done} <= ${original}`)],
      [`resp${s}_within_extended`, due, count(`${done} <= ${due}`)],
      [`resp${s}_late`, due, count(`${done} > ${due} or ${done} is null`)],
      [`resp${s}_extended`, due, count(`s${s}_extension_days > 0`)],
      [`resp${s}_extended_within_cap`, due, count(`s${s}_extension_days > 0 and not s${s}_beyond_cap`)],
      [`resp${s}_extended_beyond_cap`, due, count(`s${s}_beyond_cap`)],
      [`resp${s}_paused`, due, count(`s${s}_paused_days > 0`)],
      [`resp${s}_paused_days`, due, `coalesce(sum(sign * s${s}_paused_days), 0)`],
    )
    m.push(
      [`out${s}_responded`, done, count(null)],
      [`out${s}_upheld`, done, count(`s${s}_outcome = 'upheld'`)],
      [`out${s}_not_upheld`, done, count(`s${s}_outcome = 'not_upheld'`)],
      [`out${s}_detailed_upheld`, done, count(`s${s}_detailed_outcome = 'upheld'`)],
      [`out${s}_detailed_partly_upheld`, done, count(`s${s}_detailed_outcome = 'partly_upheld'`)],
      [`out${s}_detailed_not_upheld`, done, count(`s${s}_detailed_outcome = 'not_upheld'`)],
    )
  }
  m.push(
    ['esc_requested', 'escalated_on', count(null)],
    ['esc_refused', 'escalated_on', count(`escalation_decision = 'refuse'`)],
    ['esc_final_at_stage1', 'escalated_on', count(`escalation_decision = 'final_at_stage1'`)],
    ['ombref_referred', 'ombudsman_referred_on', count(null)],
    ['ombdec_decided', 'ombudsman_decided_on', count(null)],
    ['ombdec_upheld_fault', 'ombudsman_decided_on', count(`ombudsman_decision = 'upheld_fault'`)],
    ['ombdec_no_fault', 'ombudsman_decided_on', count(`ombudsman_decision = 'no_fault'`)],
    ['ombdec_not_investigated', 'ombudsman_decided_on', count(`ombudsman_decision = 'not_investigated'`)],
    ['ombdec_closed_after_initial_enquiries', 'ombudsman_decided_on', count(`ombudsman_decision = 'closed_after_initial_enquiries'`)],
  )
  return m
}

const dims = `council_id, %M as month, d.dim, d.dim_value`
// Each case counts three times: in the council's figures ('all'), under its service area and under its channel.
const expand = (serviceArea: string, channel: string) =>
  `cross join lateral (values ('all', ''), ('serviceArea', coalesce(${serviceArea}, '(none)')), ('channel', ${channel})) as d(dim, dim_value)`

export async function up(db: Kysely<any>): Promise<void> {
  const m = measures()
  await db.schema
    .createTable('report_monthly')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('dim_value', 'text', (c) => c.notNull())
    .$call((t) => m.reduce((acc, [column]) => acc.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0)), t))
    .addPrimaryKeyConstraint('report_monthly_pk', ['dim', 'council_id', 'month', 'dim_value'])
    .execute()
  await db.schema
    .createTable('report_monthly_refusals')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('dim_value', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_monthly_refusals_pk', ['dim', 'council_id', 'month', 'dim_value', 'code'])
    .execute()
  await db.schema
    .createTable('report_monthly_working_days')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('dim_value', 'text', (c) => c.notNull())
    .addColumn('stage', 'integer', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_monthly_working_days_pk', ['dim', 'council_id', 'month', 'dim_value', 'stage', 'days'])
    .execute()

  // Remedies by the month offered and the case's service area and channel, with the month each is due: open ones
  // due in a month before today's are overdue; those due earlier this month are counted live.
  await db.schema
    .createTable('report_monthly_remedies')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('dim_value', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('due_month', 'date', (c) => c.notNull())
    .addColumn('offered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('undeliverable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('amount_pence', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_monthly_remedies_pk', ['dim', 'council_id', 'month', 'dim_value', 'type', 'due_month'])
    .execute()
  await sql`create index case_report_remedies_open_idx on case_report_remedies (council_id, due_on) include (offered_on, type) where status = 'open'`.execute(db)

  // Backfill from the facts as they stand (each row counted once).
  await sql.raw(`insert into report_monthly_remedies (council_id, month, dim, dim_value, type, due_month, offered, done, open, undeliverable, amount_pence)
    select r.council_id, ${month('r.offered_on')}, d.dim, d.dim_value, r.type, ${month('r.due_on')},
      count(*), count(*) filter (where r.status = 'done'), count(*) filter (where r.status = 'open'),
      count(*) filter (where r.status = 'undeliverable'), coalesce(sum(r.amount_pence) filter (where r.type = 'financial'), 0)
    from case_report_remedies r join case_report_facts f on f.case_id = r.case_id ${expand('f.service_area', 'f.channel')}
    group by 1, 2, 3, 4, 5, 6`).execute(db)
  const src = `(select 1 as sign, f.* from case_report_facts f) f ${expand('f.service_area', 'f.channel')}`
  const dated = [...new Set(m.map(([, d]) => d))]
  const branches = dated.map((d) => `select ${dims.replace('%M', month(d))}, ${m.map(([c, dd, agg]) => `${dd === d ? agg : '0'} as ${c}`).join(', ')}
    from ${src} where ${d} is not null group by 1, 2, 3, 4`)
  const columns = m.map(([c]) => c)
  await sql.raw(`insert into report_monthly (council_id, month, dim, dim_value, ${columns.join(', ')})
    select council_id, month, dim, dim_value, ${columns.map((c) => `sum(${c})::int`).join(', ')}
    from (${branches.join('\nunion all\n')}) b group by 1, 2, 3, 4`).execute(db)
  await sql.raw(`insert into report_monthly_refusals (council_id, month, dim, dim_value, code, count)
    select ${dims.replace('%M', month('received_on'))}, r.code, sum(sign)::int
    from ${src} cross join lateral unnest(refusal_codes) as r(code)
    where acceptance = 'refused' group by 1, 2, 3, 4, 5`).execute(db)
  await sql.raw(`insert into report_monthly_working_days (council_id, month, dim, dim_value, stage, days, count)
    select council_id, month, dim, dim_value, stage, days, sum(n)::int from (
      select ${dims.replace('%M', month('s1_responded_on'))}, 1 as stage, s1_working_days as days, sum(sign) as n
      from ${src} where s1_responded_on is not null and s1_working_days is not null group by 1, 2, 3, 4, 5, 6
      union all
      select ${dims.replace('%M', month('s2_responded_on'))}, 2 as stage, s2_working_days as days, sum(sign) as n
      from ${src} where s2_responded_on is not null and s2_working_days is not null group by 1, 2, 3, 4, 5, 6
    ) w group by 1, 2, 3, 4, 5, 6`).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index case_report_remedies_open_idx`.execute(db)
  await db.schema.dropTable('report_monthly_remedies').execute()
  await db.schema.dropTable('report_monthly_working_days').execute()
  await db.schema.dropTable('report_monthly_refusals').execute()
  await db.schema.dropTable('report_monthly').execute()
}
