/**
 * The figures counted live from case_report_facts (one row per case) and case_report_remedies: for the part
 * months of a period and the current month, which the summaries do not hold. Each source is one aggregate over
 * one dated column with its own (council_id, date) covering index, so a council's year is an index range scan.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../database.js'
import { BREAKDOWNS, SOURCES, type BreakdownName, type Measure, type SourceName } from './figures.js'
import { categoriesSql, conditionSql, firstOfMonth, measureSql } from './figure-sql.js'

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

interface Grouping { key: RawBuilder<unknown>; lateral: RawBuilder<unknown> }

function grouping(groupBy: GroupBy, dated: string, table = 'case_report_facts'): Grouping {
  const none = sql``
  switch (groupBy) {
    case 'none': return { key: sql`null::text`, lateral: none }
    case 'month': return { key: sql`${firstOfMonth(sql.ref(dated))}::text`, lateral: none }
    case 'serviceArea': return { key: sql`coalesce(${sql.ref(`${table}.service_area`)}, '(none)')`, lateral: none }
    case 'channel': return { key: sql.ref(`${table}.channel`), lateral: none }
    case 'category': return { key: sql`g.category`, lateral: sql`cross join lateral ${categoriesSql(table)} as g(category)` }
  }
}

const inPeriod = (q: ReportQuery, dated: string) =>
  sql`case_report_facts.council_id = any(${sql.val(q.councilIds)}::uuid[]) and ${sql.ref(dated)} between ${q.from}::date and ${q.to}::date`

/** Every figure of one source over the rows whose date falls in [q.from, q.to], by council and key. */
export async function liveSource(db: Kysely<Database>, q: ReportQuery, source: SourceName): Promise<AggregateRow[]> {
  const { dated, figures } = SOURCES[source]
  const g = grouping(q.groupBy, dated)
  const measures = Object.entries(figures as Record<string, Measure>).map(([name, m]) => sql`${measureSql(m, q.today)} as ${sql.ref(name)}`)
  const result = await sql<AggregateRow>`select case_report_facts.council_id, ${g.key} as key, ${sql.join(measures)}
    from case_report_facts ${g.lateral}
    where ${inPeriod(q, dated)}
    group by case_report_facts.council_id, key`.execute(db)
  return result.rows
}

/** One breakdown (refusals by code, working-days histogram) over [q.from, q.to], by council, key and value. */
export async function liveBreakdown(db: Kysely<Database>, q: ReportQuery, name: BreakdownName): Promise<AggregateRow[]> {
  const b = BREAKDOWNS[name]
  const g = grouping(q.groupBy, b.dated)
  const unnested = b.by === 'refusal_codes'
  const result = await sql<AggregateRow>`select case_report_facts.council_id, ${g.key} as key, ${unnested ? sql`v.value` : sql.ref(b.by)} as ${sql.ref(b.as)}, count(*)::int as count
    from case_report_facts ${g.lateral} ${unnested ? sql`cross join lateral unnest(refusal_codes) as v(value)` : sql``}
    where ${inPeriod(q, b.dated)} and ${conditionSql(b.where, q.today)}
    group by case_report_facts.council_id, key, ${sql.ref(b.as)}`.execute(db)
  return result.rows
}

/** Remedies offered in the period (by the date of the response or decision that offered them), by type. */
export async function liveRemedies(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  // The remedies table has no group columns of its own: month groups by the offer date, others through the case.
  const g = q.groupBy === 'month' ? { key: sql`${firstOfMonth(sql.ref('r.offered_on'))}::text`, lateral: sql`` } : grouping(q.groupBy, 'offered_on', 'f')
  const result = await sql<AggregateRow>`
    select r.council_id, ${g.key} as key, r.type as type,
      count(*)::int as offered,
      (count(*) filter (where r.status = 'done'))::int as done,
      (count(*) filter (where r.status = 'open'))::int as open,
      (count(*) filter (where r.status = 'open' and r.due_on < ${q.today}::date))::int as overdue,
      (count(*) filter (where r.status = 'undeliverable'))::int as undeliverable,
      coalesce(sum(r.amount_pence) filter (where r.type = 'financial'), 0)::float8 as amount_pence
    from case_report_remedies r
      ${q.groupBy === 'none' || q.groupBy === 'month' ? sql`` : sql`join case_report_facts f on f.case_id = r.case_id`} ${g.lateral}
    where r.council_id = any(${sql.val(q.councilIds)}::uuid[]) and r.offered_on between ${q.from}::date and ${q.to}::date
    group by r.council_id, key, r.type`.execute(db)
  return result.rows
}

/** Open remedies offered in [from, to] and due in [dueFrom, dueBefore), by type: the live part of "overdue". */
export async function liveOverdueRemedies(db: Kysely<Database>, q: ReportQuery, dueFrom: string): Promise<AggregateRow[]> {
  const g = q.groupBy === 'month' ? { key: sql`${firstOfMonth(sql.ref('r.offered_on'))}::text`, lateral: sql`` } : grouping(q.groupBy, 'offered_on', 'f')
  const result = await sql<AggregateRow>`select r.council_id, ${g.key} as key, r.type, count(*)::int as overdue
    from case_report_remedies r ${q.groupBy === 'none' || q.groupBy === 'month' ? sql`` : sql`join case_report_facts f on f.case_id = r.case_id`} ${g.lateral}
    where r.council_id = any(${sql.val(q.councilIds)}::uuid[]) and r.status = 'open' and r.due_on >= ${dueFrom}::date and r.due_on < ${q.today}::date
      and r.offered_on between ${q.from}::date and ${q.to}::date
    group by r.council_id, key, r.type`.execute(db)
  return result.rows
}

/**
 * The open caseload's figures: cases awaiting a council duty now (acknowledgement or response), by stage, overdue
 * and due soon. One definition for the council's total (openNow, over case_report_facts) and the caseload by
 * handler (caseload.repository.ts, over cases): both tables carry the case's next_due_on and next_due_kind.
 */
export function awaitingDutyFigures(today: string, soonBy: string): RawBuilder<unknown> {
  return sql`count(*)::int as open,
      (count(*) filter (where next_due_kind like 'stage1_%'))::int as stage1,
      (count(*) filter (where next_due_kind like 'stage2_%'))::int as stage2,
      (count(*) filter (where next_due_on < ${today}::date))::int as overdue,
      (count(*) filter (where next_due_on >= ${today}::date and next_due_on <= ${soonBy}::date))::int as due_soon`
}

/** Cases awaiting a council duty now, by stage, overdue and due soon (awaitingDutyFigures). */
export async function openNow(db: Kysely<Database>, councilIds: string[], today: string, soonBy: string): Promise<AggregateRow[]> {
  const result = await sql<AggregateRow>`
    select council_id, null as key, ${awaitingDutyFigures(today, soonBy)}
    from case_report_facts
    where council_id = any(${sql.val(councilIds)}::uuid[]) and next_due_on is not null
    group by council_id`.execute(db)
  return result.rows
}
