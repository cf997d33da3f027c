/**
 * Reporting reads only its own tables: case_report_facts (one row per case) and case_report_remedies, kept
 * current by the case service in the same transaction as each case write. Every figure is one aggregate over one
 * dated column with its own (council_id, date) index, so a council's year is a few index range scans. The
 * monthly summaries (report_monthly*) hold the same counts per council and month, moved by the difference between
 * a case's old and new facts on every write, so that whole past months are read without visiting the cases.
 */
import { sql, type Insertable, type Kysely, type RawBuilder, type Transaction } from 'kysely'
import type { CaseReportFactsTable, CaseReportRemedyTable, Database } from './database.js'

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S
type Camelised<T> = { [K in keyof T as Camel<K & string>]: T[K] }

export type ReportFacts = Camelised<Omit<CaseReportFactsTable, 'updated_at'>>
export type ReportRemedy = Camelised<CaseReportRemedyTable>

const snake = (key: string): string => key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)

function toColumns<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), v]))
}

/**
 * The facts of one case replace what was there: the row is upserted, its remedies rewritten, and the monthly
 * summaries moved by the difference between the old row and the new (the old one locked first).
 */
export async function replaceReportFacts(trx: Transaction<Database>, c: { facts: ReportFacts; remedies: ReportRemedy[] }): Promise<void> {
  const previous = await sql<{ old: unknown; remedies: unknown }>`select to_jsonb(f) as old,
      (select coalesce(jsonb_agg(to_jsonb(r)), '[]'::jsonb) from case_report_remedies r where r.case_id = f.case_id) as remedies
    from case_report_facts f where case_id = ${c.facts.caseId} for update`.execute(trx)
  const old = previous.rows[0]?.old
  const row = { ...toColumns(c.facts), updated_at: new Date() } as unknown as Insertable<CaseReportFactsTable>
  await trx.insertInto('case_report_facts').values(row)
    .onConflict((oc) => oc.column('case_id').doUpdateSet((eb) => {
      const set: Record<string, unknown> = {}
      for (const column of Object.keys(row)) if (column !== 'case_id') set[column] = eb.ref(`excluded.${column}` as 'excluded.status')
      return set as never
    }))
    .execute()
  await trx.deleteFrom('case_report_remedies').where('case_id', '=', c.facts.caseId).execute()
  if (c.remedies.length > 0) {
    await trx.insertInto('case_report_remedies').values(c.remedies.map((r) => toColumns(r) as unknown as CaseReportRemedyTable)).execute()
  }
  const current = sql`select 1 as sign, f.* from case_report_facts f where f.case_id = ${c.facts.caseId}`
  const currentRemedies = sql`select 1 as sign, ${REMEDY_DIMS} from case_report_remedies r join case_report_facts f on f.case_id = r.case_id where r.case_id = ${c.facts.caseId}`
  if (old === undefined) {
    await applyToSummaries(trx, current, currentRemedies)
  } else {
    const oldFacts = sql`jsonb_populate_record(null::case_report_facts, ${JSON.stringify(old)}::jsonb)`
    await applyToSummaries(trx,
      sql`select -1 as sign, o.* from ${oldFacts} o union all ${current}`,
      sql`select -1 as sign, ${REMEDY_DIMS} from jsonb_populate_recordset(null::case_report_remedies, ${JSON.stringify(previous.rows[0]?.remedies ?? [])}::jsonb) r
        cross join ${oldFacts} f union all ${currentRemedies}`)
  }
}

const REMEDY_DIMS = sql`r.council_id, coalesce(f.service_area, '(none)') as service_area, f.channel, r.offered_on, r.due_on, r.type, r.status, r.amount_pence`

// The monthly summaries (migration 20261122T180000): per council and month, in all, by service area and by channel, the counts
// each figure takes from a case's own dated facts. A duty not done counts as late there: they are read only for
// months wholly before the day the figures are as at; the rest of a period is counted live.

const monthOf = (d: string) => `(${d} - (extract(day from ${d})::int - 1))`

/** [summary column, dated column, aggregate over rows with that date and a `sign` of +1 or -1 each]. */
const MEASURES: [string, string, string][] = (() => {
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
    const [ackDue, ackOn] = [`s${s}_ack_due_on`, `s${s}_ack_on`]
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
})()

const dims = (dated: string) => `council_id, ${monthOf(dated)} as month, d.dim, d.dim_value`
// Each case counts three times: in the council's figures ('all'), under its service area and under its channel.
const expand = (serviceArea: string, channel: string) =>
  sql.raw(`cross join lateral (values ('all', ''), ('serviceArea', coalesce(${serviceArea}, '(none)')), ('channel', ${channel})) as d(dim, dim_value)`)

/**
 * Adds the contributions of the facts rows `source` yields (each with a `sign`: +1 to count a row, -1 to take
 * it back) to the summaries. Rows are upserted in key order, table by table, so concurrent writers cannot deadlock.
 */
async function applyToSummaries(db: Kysely<Database>, source: RawBuilder<unknown>, remedySource: RawBuilder<unknown>): Promise<void> {
  const src = sql`(${source}) f ${expand('f.service_area', 'f.channel')}`
  const columns = MEASURES.map(([c]) => c)
  const dated = [...new Set(MEASURES.map(([, d]) => d))]
  const branches = dated.map((d) => sql`select ${sql.raw(dims(d))}, ${sql.raw(MEASURES.map(([c, dd, agg]) => `${dd === d ? agg : '0'} as ${c}`).join(', '))}
    from ${src} where ${sql.ref(d)} is not null group by 1, 2, 3, 4`)
  await sql`insert into report_monthly (council_id, month, dim, dim_value, ${sql.raw(columns.join(', '))})
    select council_id, month, dim, dim_value, ${sql.raw(columns.map((c) => `sum(${c})::int`).join(', '))}
    from (${sql.join(branches, sql`\nunion all\n`)}) b group by 1, 2, 3, 4
    having ${sql.raw(columns.map((c) => `sum(${c}) <> 0`).join(' or '))}
    order by 1, 2, 3, 4
    on conflict (council_id, month, dim, dim_value) do update set ${sql.raw(columns.map((c) => `${c} = report_monthly.${c} + excluded.${c}`).join(', '))}`.execute(db)
  await sql`insert into report_monthly_refusals (council_id, month, dim, dim_value, code, count)
    select ${sql.raw(dims('received_on'))}, r.code, sum(sign)::int
    from ${src} cross join lateral unnest(refusal_codes) as r(code)
    where acceptance = 'refused' group by 1, 2, 3, 4, 5 having sum(sign) <> 0 order by 1, 2, 3, 4, 5
    on conflict (council_id, month, dim, dim_value, code) do update set count = report_monthly_refusals.count + excluded.count`.execute(db)
  const wd = (stage: 1 | 2) => sql`select ${sql.raw(dims(`s${stage}_responded_on`))}, ${sql.lit(stage)} as stage, ${sql.ref(`s${stage}_working_days`)} as days, sum(sign) as n
      from ${src} where ${sql.ref(`s${stage}_responded_on`)} is not null and ${sql.ref(`s${stage}_working_days`)} is not null group by 1, 2, 3, 4, 5, 6`
  await sql`insert into report_monthly_working_days (council_id, month, dim, dim_value, stage, days, count)
    select council_id, month, dim, dim_value, stage, days, sum(n)::int from (${wd(1)} union all ${wd(2)}) w
    group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6
    on conflict (council_id, month, dim, dim_value, stage, days) do update set count = report_monthly_working_days.count + excluded.count`.execute(db)
  await sql`insert into report_monthly_remedies (council_id, month, dim, dim_value, type, due_month, offered, done, open, undeliverable, amount_pence)
    select council_id, ${sql.raw(monthOf('offered_on'))}, d.dim, d.dim_value, type, ${sql.raw(monthOf('due_on'))},
      sum(sign)::int, coalesce(sum(sign) filter (where status = 'done'), 0)::int, coalesce(sum(sign) filter (where status = 'open'), 0)::int,
      coalesce(sum(sign) filter (where status = 'undeliverable'), 0)::int, coalesce(sum(sign * amount_pence) filter (where type = 'financial'), 0)::bigint
    from (${remedySource}) r ${expand('r.service_area', 'r.channel')} group by 1, 2, 3, 4, 5, 6
    having sum(sign) <> 0 or sum(sign) filter (where status = 'done') <> 0 or sum(sign) filter (where status = 'open') <> 0
      or sum(sign) filter (where status = 'undeliverable') <> 0 or sum(sign * amount_pence) filter (where type = 'financial') <> 0
    order by 1, 2, 3, 4, 5, 6
    on conflict (council_id, month, dim, dim_value, type, due_month) do update set offered = report_monthly_remedies.offered + excluded.offered,
      done = report_monthly_remedies.done + excluded.done, open = report_monthly_remedies.open + excluded.open,
      undeliverable = report_monthly_remedies.undeliverable + excluded.undeliverable, amount_pence = report_monthly_remedies.amount_pence + excluded.amount_pence`.execute(db)
}

/**
 * Remedies offered in whole months [fromMonth, toMonth], by type, as remedies() counts them: overdue are the open
 * ones due in a month before today's, from the summary, and those due from the first of this month to yesterday.
 */
export async function summarisedRemedies(db: Kysely<Database>, councilIds: string[], groupBy: Exclude<GroupBy, 'category'>, fromMonth: string, toMonth: string, today: string): Promise<AggregateRow[]> {
  const key = summaryKey(groupBy)
  const thisMonth = `${today.slice(0, 7)}-01`
  const toEnd = sql`(${toMonth}::date + interval '1 month' - interval '1 day')::date`
  const liveKey = groupBy === 'month' ? sql.raw(`${monthOf('r.offered_on')}::text`) : groupBy === 'none' ? sql`null::text` : groupBy === 'serviceArea' ? sql`coalesce(f.service_area, '(none)')` : sql`f.channel`
  const [summary, overdue] = await Promise.all([
    sql<AggregateRow>`select council_id, ${key} as key, type, sum(offered)::int as offered, sum(done)::int as done, sum(open)::int as open,
        (coalesce(sum(open) filter (where due_month < ${thisMonth}::date), 0))::int as overdue, sum(undeliverable)::int as undeliverable, sum(amount_pence)::float8 as amount_pence
      from report_monthly_remedies where council_id = any(${sql.val(councilIds)}::uuid[]) and month between ${fromMonth}::date and ${toMonth}::date and dim = ${summaryDim(groupBy)}
      group by council_id, key, type having sum(offered) <> 0`.execute(db),
    thisMonth >= today ? Promise.resolve({ rows: [] as AggregateRow[] }) : sql<AggregateRow>`select r.council_id, ${liveKey} as key, r.type, count(*)::int as overdue
      from case_report_remedies r ${groupBy === 'serviceArea' || groupBy === 'channel' ? sql`join case_report_facts f on f.case_id = r.case_id` : sql``}
      where r.council_id = any(${sql.val(councilIds)}::uuid[]) and r.status = 'open' and r.due_on >= ${thisMonth}::date and r.due_on < ${today}::date
        and r.offered_on between ${fromMonth}::date and ${toEnd}
      group by r.council_id, key, r.type`.execute(db),
  ])
  return [...summary.rows, ...overdue.rows]
}

/** The sources of the figures the summaries hold, with the prefix of their columns there. */
export const SUMMARISED = ['volumes', 'ack1', 'ack2', 'resp1', 'resp2', 'out1', 'out2', 'esc', 'ombRef', 'ombDec'] as const
export type SummarisedSource = (typeof SUMMARISED)[number]
const PREFIX: Record<SummarisedSource, string> = {
  volumes: 'vol', ack1: 'ack1', ack2: 'ack2', resp1: 'resp1', resp2: 'resp2', out1: 'out1', out2: 'out2', esc: 'esc', ombRef: 'ombref', ombDec: 'ombdec',
}

function summaryKey(groupBy: Exclude<GroupBy, 'category'>): RawBuilder<unknown> {
  switch (groupBy) {
    case 'none': return sql`null::text`
    case 'month': return sql`month::text`
    case 'serviceArea': case 'channel': return sql`dim_value`
  }
}

const summaryDim = (groupBy: Exclude<GroupBy, 'category'>): string => (groupBy === 'none' || groupBy === 'month' ? 'all' : groupBy)

/**
 * The summarised figures of whole months [fromMonth, toMonth] (first days of months), in the shape the live
 * aggregates return: per source, a row per council and key where its first count is not zero; and the refusals
 * by code and the working-days histograms. Late there counts every duty not done, with none pending.
 */
export async function summarised(db: Kysely<Database>, councilIds: string[], groupBy: Exclude<GroupBy, 'category'>, fromMonth: string, toMonth: string):
  Promise<Record<SummarisedSource | 'refusals' | 'wd1' | 'wd2', AggregateRow[]>> {
  const key = summaryKey(groupBy)
  const where = sql`council_id = any(${sql.val(councilIds)}::uuid[]) and month between ${fromMonth}::date and ${toMonth}::date and dim = ${summaryDim(groupBy)}`
  const [main, refusals, days] = await Promise.all([
    sql<AggregateRow>`select council_id, ${key} as key, ${sql.raw(MEASURES.map(([c]) => `sum(${c})::int as ${c}`).join(', '))}
      from report_monthly where ${where} group by council_id, key`.execute(db),
    sql<AggregateRow>`select council_id, ${key} as key, code, sum(count)::int as count
      from report_monthly_refusals where ${where} group by council_id, key, code having sum(count) <> 0`.execute(db),
    sql<AggregateRow>`select council_id, ${key} as key, stage, days as value, sum(count)::int as count
      from report_monthly_working_days where ${where} group by council_id, key, stage, days having sum(count) <> 0`.execute(db),
  ])
  const out = {} as Record<SummarisedSource | 'refusals' | 'wd1' | 'wd2', AggregateRow[]>
  for (const source of SUMMARISED) {
    const prefix = `${PREFIX[source]}_`
    const names = MEASURES.map(([c]) => c).filter((c) => c.startsWith(prefix))
    out[source] = main.rows.filter((r) => Number(r[names[0]!]) !== 0).map((r) => {
      const row: AggregateRow = { council_id: r.council_id, key: r.key }
      for (const c of names) row[c.slice(prefix.length)] = Number(r[c])
      if (source.startsWith('ack') || source.startsWith('resp')) row.pending = 0
      return row
    })
  }
  out.refusals = refusals.rows
  const histogram = (stage: number) => days.rows.filter((r) => Number(r.stage) === stage).map((r): AggregateRow => ({ council_id: r.council_id, key: r.key, value: r.value ?? null, count: r.count ?? 0 }))
  out.wd1 = histogram(1)
  out.wd2 = histogram(2)
  return out
}


export type GroupBy = 'none' | 'month' | 'serviceArea' | 'category' | 'channel'

export interface ReportQuery {
  councilIds: string[]
  from: string
  to: string
  groupBy: GroupBy
  /** London date the figures are as at: an open duty due before it is late, one due on or after it pending. */
  today: string
}

/** One row of an aggregate: the council, the group key (null for the council's total) and the counts. */
export type AggregateRow = { council_id: string; key: string | null } & Record<string, number | string | null>

interface Dimension {
  key: RawBuilder<unknown>
  lateral: RawBuilder<unknown> | null
}

const firstOfMonth = (date: RawBuilder<unknown>) => sql`(${date} - (extract(day from ${date})::int - 1))::text`

function dimension(groupBy: GroupBy, dated: string): Dimension {
  switch (groupBy) {
    case 'none': return { key: sql`null::text`, lateral: null }
    // The first of the month by date arithmetic: date_trunc would go through timestamptz and time zones (2x slower).
    case 'month': return { key: firstOfMonth(sql.ref(dated)), lateral: null }
    case 'serviceArea': return { key: sql`coalesce(service_area, '(none)')`, lateral: null }
    case 'channel': return { key: sql`channel`, lateral: null }
    case 'category': return {
      key: sql`g.category`,
      lateral: sql`cross join lateral unnest(case when cardinality(categories) = 0 then array['(none)'] else categories end) as g(category)`,
    }
  }
}

/**
 * Runs `measures` over the rows whose `dated` column falls in [from, to], grouped by council and key: plain hash
 * aggregates that the covering indexes answer alone. Totals are the service's to make: sums of the groups where a
 * case is in one group, a query with groupBy 'none' where it may be in several (categories).
 */
async function aggregate(db: Kysely<Database>, table: 'case_report_facts' | 'case_report_remedies', dated: string, q: ReportQuery, measures: RawBuilder<unknown>, by: RawBuilder<unknown> | null = null): Promise<AggregateRow[]> {
  const d = dimension(q.groupBy, dated)
  const result = await sql<AggregateRow>`
    select council_id, ${d.key} as key, ${by === null ? sql`` : sql`${by} as value,`} ${measures}
    from ${sql.table(table)} ${d.lateral ?? sql``}
    where council_id = any(${sql.val(q.councilIds)}::uuid[]) and ${sql.ref(dated)} between ${q.from}::date and ${q.to}::date
    group by council_id, key${by === null ? sql`` : sql`, value`}`.execute(db)
  return result.rows
}

const n = (expr: RawBuilder<unknown>) => sql`(${expr})::int`

export function volumes(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  return aggregate(db, 'case_report_facts', 'received_on', q, sql`
    ${n(sql`count(*)`)} as received,
    ${n(sql`count(*) filter (where kind = 'complaint')`)} as complaints,
    ${n(sql`count(*) filter (where kind = 'service_request')`)} as service_requests,
    ${n(sql`count(*) filter (where kind = 'signposted')`)} as signposted,
    ${n(sql`count(*) filter (where kind is null)`)} as untriaged,
    ${n(sql`count(*) filter (where acceptance = 'accepted')`)} as accepted,
    ${n(sql`count(*) filter (where acceptance = 'refused')`)} as refused,
    ${n(sql`count(*) filter (where withdrawn_on is not null)`)} as withdrawn`)
}

/** Refusals at acknowledgement by catalogue entry (a refusal naming two entries counts under each). */
export async function refusalsByCode(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  const d = dimension(q.groupBy, 'received_on')
  const result = await sql<AggregateRow>`
    select council_id, ${d.key} as key, r.code as code, count(*)::int as count
    from case_report_facts ${d.lateral ?? sql``} cross join lateral unnest(refusal_codes) as r(code)
    where council_id = any(${sql.val(q.councilIds)}::uuid[]) and received_on between ${q.from}::date and ${q.to}::date
      and acceptance = 'refused'
    group by council_id, key, code`.execute(db)
  return result.rows
}

export function acknowledgements(db: Kysely<Database>, q: ReportQuery, stage: 1 | 2): Promise<AggregateRow[]> {
  const due = sql.ref(`s${stage}_ack_due_on`)
  const done = sql.ref(`s${stage}_ack_on`)
  return aggregate(db, 'case_report_facts', `s${stage}_ack_due_on`, q, sql`
    ${n(sql`count(*)`)} as due,
    ${n(sql`count(*) filter (where ${done} <= ${due})`)} as met,
    ${n(sql`count(*) filter (where ${done} > ${due} or (${done} is null and ${due} < ${q.today}::date))`)} as late,
    ${n(sql`count(*) filter (where ${done} is null and ${due} >= ${q.today}::date)`)} as pending`)
}

export function responses(db: Kysely<Database>, q: ReportQuery, stage: 1 | 2): Promise<AggregateRow[]> {
  const c = (name: string) => sql.ref(`s${stage}_${name}`)
  const [due, original, done] = [c('due_on'), c('due_original_on'), c('responded_on')]
  return aggregate(db, 'case_report_facts', `s${stage}_due_on`, q, sql`
    ${n(sql`count(*)`)} as due,
    ${n(sql`count(*) filter (where ${done} <= ${original})`)} as within_code,
    ${n(sql`count(*) filter (where ${done} <= ${due})`)} as within_extended,
    ${n(sql`count(*) filter (where ${done} > ${due} or (${done} is null and ${due} < ${q.today}::date))`)} as late,
    ${n(sql`count(*) filter (where ${done} is null and ${due} >= ${q.today}::date)`)} as pending,
    ${n(sql`count(*) filter (where ${c('extension_days')} > 0)`)} as extended,
    ${n(sql`count(*) filter (where ${c('extension_days')} > 0 and not ${c('beyond_cap')})`)} as extended_within_cap,
    ${n(sql`count(*) filter (where ${c('beyond_cap')})`)} as extended_beyond_cap,
    ${n(sql`count(*) filter (where ${c('paused_days')} > 0)`)} as paused,
    ${n(sql`coalesce(sum(${c('paused_days')}), 0)`)} as paused_days`)
}

export function outcomes(db: Kysely<Database>, q: ReportQuery, stage: 1 | 2): Promise<AggregateRow[]> {
  const c = (name: string) => sql.ref(`s${stage}_${name}`)
  return aggregate(db, 'case_report_facts', `s${stage}_responded_on`, q, sql`
    ${n(sql`count(*)`)} as responded,
    ${n(sql`count(*) filter (where ${c('outcome')} = 'upheld')`)} as upheld,
    ${n(sql`count(*) filter (where ${c('outcome')} = 'not_upheld')`)} as not_upheld,
    ${n(sql`count(*) filter (where ${c('detailed_outcome')} = 'upheld')`)} as detailed_upheld,
    ${n(sql`count(*) filter (where ${c('detailed_outcome')} = 'partly_upheld')`)} as detailed_partly_upheld,
    ${n(sql`count(*) filter (where ${c('detailed_outcome')} = 'not_upheld')`)} as detailed_not_upheld`)
}

/**
 * Responses sent in the period by working days taken (value) and how many (count): a histogram of small
 * integers, from which the service computes the mean and the exact 90th percentile of any union of groups.
 */
export function workingDaysHistogram(db: Kysely<Database>, q: ReportQuery, stage: 1 | 2): Promise<AggregateRow[]> {
  const days = sql.ref(`s${stage}_working_days`)
  return aggregate(db, 'case_report_facts', `s${stage}_responded_on`, q, sql`${n(sql`count(*)`)} as count`, sql`${days}`)
}

export function escalations(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  return aggregate(db, 'case_report_facts', 'escalated_on', q, sql`
    ${n(sql`count(*)`)} as requested,
    ${n(sql`count(*) filter (where escalation_decision = 'refuse')`)} as refused,
    ${n(sql`count(*) filter (where escalation_decision = 'final_at_stage1')`)} as final_at_stage1`)
}

export function ombudsmanReferrals(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  return aggregate(db, 'case_report_facts', 'ombudsman_referred_on', q, sql`${n(sql`count(*)`)} as referred`)
}

export function ombudsmanDecisions(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  return aggregate(db, 'case_report_facts', 'ombudsman_decided_on', q, sql`
    ${n(sql`count(*)`)} as decided,
    ${n(sql`count(*) filter (where ombudsman_decision = 'upheld_fault')`)} as upheld_fault,
    ${n(sql`count(*) filter (where ombudsman_decision = 'no_fault')`)} as no_fault,
    ${n(sql`count(*) filter (where ombudsman_decision = 'not_investigated')`)} as not_investigated,
    ${n(sql`count(*) filter (where ombudsman_decision = 'closed_after_initial_enquiries')`)} as closed_after_initial_enquiries`)
}

/** Remedies offered in the period (by the date of the response or decision that offered them), by type. */
export async function remedies(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  // The remedies table has no group columns of its own: month groups by the offer date, others through the case.
  const d = q.groupBy === 'month' ? { key: firstOfMonth(sql.ref('r.offered_on')), lateral: null } : dimension(q.groupBy, 'offered_on')
  const result = await sql<AggregateRow>`
    select r.council_id, ${d.key} as key, r.type as type,
      count(*)::int as offered,
      (count(*) filter (where r.status = 'done'))::int as done,
      (count(*) filter (where r.status = 'open'))::int as open,
      (count(*) filter (where r.status = 'open' and r.due_on < ${q.today}::date))::int as overdue,
      (count(*) filter (where r.status = 'undeliverable'))::int as undeliverable,
      coalesce(sum(r.amount_pence) filter (where r.type = 'financial'), 0)::float8 as amount_pence
    from case_report_remedies r
      ${q.groupBy === 'none' || q.groupBy === 'month' ? sql`` : sql`join case_report_facts f on f.case_id = r.case_id`} ${d.lateral ?? sql``}
    where r.council_id = any(${sql.val(q.councilIds)}::uuid[]) and r.offered_on between ${q.from}::date and ${q.to}::date
    group by r.council_id, key, r.type`.execute(db)
  return result.rows
}

/** Cases awaiting a council duty now (acknowledgement or response), by stage, overdue and due soon. */
export async function openNow(db: Kysely<Database>, councilIds: string[], today: string, soonBy: string): Promise<AggregateRow[]> {
  const result = await sql<AggregateRow>`
    select council_id, null as key,
      count(*)::int as open,
      (count(*) filter (where next_due_kind like 'stage1_%'))::int as stage1,
      (count(*) filter (where next_due_kind like 'stage2_%'))::int as stage2,
      (count(*) filter (where next_due_on < ${today}::date))::int as overdue,
      (count(*) filter (where next_due_on >= ${today}::date and next_due_on <= ${soonBy}::date))::int as due_soon
    from case_report_facts
    where council_id = any(${sql.val(councilIds)}::uuid[]) and next_due_on is not null
    group by council_id`.execute(db)
  return result.rows
}

export interface ExceptionalCircumstance {
  id: string
  startsOn: string
  endsOn: string | null
  affected: string
  ombudsmanToldOn: string | null
  returnedToComplianceOn: string | null
  recordedBy: string
  createdAt: string
}

function toCircumstance(r: { id: string; starts_on: string; ends_on: string | null; affected: string; ombudsman_told_on: string | null; returned_to_compliance_on: string | null; recorded_by: string; created_at: Date }): ExceptionalCircumstance {
  return {
    id: r.id, startsOn: r.starts_on, endsOn: r.ends_on, affected: r.affected, ombudsmanToldOn: r.ombudsman_told_on,
    returnedToComplianceOn: r.returned_to_compliance_on, recordedBy: r.recorded_by, createdAt: r.created_at.toISOString(),
  }
}

export async function insertExceptionalCircumstance(db: Kysely<Database>, councilId: string, c: Omit<ExceptionalCircumstance, 'id' | 'createdAt'>): Promise<ExceptionalCircumstance> {
  const row = await db.insertInto('exceptional_circumstances').values({
    council_id: councilId, starts_on: c.startsOn, ends_on: c.endsOn, affected: c.affected, ombudsman_told_on: c.ombudsmanToldOn,
    returned_to_compliance_on: c.returnedToComplianceOn, recorded_by: c.recordedBy,
  }).returningAll().executeTakeFirstOrThrow()
  return toCircumstance(row)
}

/** Periods that overlap [from, to] (all when no range is given), earliest first. */
export async function listExceptionalCircumstances(db: Kysely<Database>, councilId: string, range?: { from: string; to: string }): Promise<ExceptionalCircumstance[]> {
  let query = db.selectFrom('exceptional_circumstances').selectAll().where('council_id', '=', councilId)
  if (range) {
    query = query.where('starts_on', '<=', range.to).where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', range.from)]))
  }
  const rows = await query.orderBy('starts_on').orderBy('created_at').execute()
  return rows.map(toCircumstance)
}

export interface Narrative {
  year: number
  serviceImprovements: string
  governanceResponse: string
  updatedBy: string
  updatedAt: string
}

export async function saveNarrative(db: Kysely<Database>, councilId: string, n: Omit<Narrative, 'updatedAt'>): Promise<Narrative> {
  const values = { council_id: councilId, year: n.year, service_improvements: n.serviceImprovements, governance_response: n.governanceResponse, updated_by: n.updatedBy }
  const row = await db.insertInto('annual_report_narratives').values(values)
    .onConflict((oc) => oc.columns(['council_id', 'year']).doUpdateSet({
      service_improvements: n.serviceImprovements, governance_response: n.governanceResponse, updated_by: n.updatedBy, updated_at: sql`now()`,
    }))
    .returningAll().executeTakeFirstOrThrow()
  return { year: row.year, serviceImprovements: row.service_improvements, governanceResponse: row.governance_response, updatedBy: row.updated_by, updatedAt: row.updated_at.toISOString() }
}

export async function findNarrative(db: Kysely<Database>, councilId: string, year: number): Promise<Narrative | null> {
  const row = await db.selectFrom('annual_report_narratives').selectAll().where('council_id', '=', councilId).where('year', '=', year).executeTakeFirst()
  return row ? { year: row.year, serviceImprovements: row.service_improvements, governanceResponse: row.governance_response, updatedBy: row.updated_by, updatedAt: row.updated_at.toISOString() } : null
}

/** Bulk loading (the synthetic seed): many cases' facts and remedies in two multi-row inserts. */
export async function insertReportFactsBatch(db: Kysely<Database>, batch: { facts: ReportFacts; remedies: ReportRemedy[] }[]): Promise<void> {
  if (batch.length === 0) return
  await db.insertInto('case_report_facts').values(batch.map((c) => toColumns(c.facts) as unknown as Insertable<CaseReportFactsTable>)).execute()
  const remedies = batch.flatMap((c) => c.remedies.map((r) => toColumns(r) as unknown as CaseReportRemedyTable))
  for (let i = 0; i < remedies.length; i += 5000) await db.insertInto('case_report_remedies').values(remedies.slice(i, i + 5000)).execute()
  const ids = sql.val(batch.map((c) => c.facts.caseId))
  await applyToSummaries(db, sql`select 1 as sign, f.* from case_report_facts f where f.case_id = any(${ids}::uuid[])`,
    sql`select 1 as sign, ${REMEDY_DIMS} from case_report_remedies r join case_report_facts f on f.case_id = r.case_id where r.case_id = any(${ids}::uuid[])`)
}
