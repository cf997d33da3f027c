/**
 * The summarised figures of whole past months, in the shape the live aggregates return (live.ts), so that the
 * service adds the two up. Late there counts every duty not done; pending is 0 (the months ended before today).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../database.js'
import { BREAKDOWNS, BREAKDOWN_NAMES, SOURCES, SOURCE_NAMES, TOTAL_FROM, summarisedFigures, type BreakdownName, type SourceName } from './figures.js'
import type { AggregateRow, GroupBy } from './live.js'

function keyOf(groupBy: GroupBy): RawBuilder<unknown> {
  return groupBy === 'none' ? sql`null::text` : groupBy === 'month' ? sql`month::text` : sql`dim_value`
}

/** A total (or a total by month) adds up the channel rows: each case is under exactly one channel. */
const dimOf = (groupBy: GroupBy): string => (groupBy === 'none' || groupBy === 'month' ? TOTAL_FROM : groupBy)

const where = (councilIds: string[], groupBy: GroupBy, fromMonth: string, toMonth: string) =>
  sql`council_id = any(${sql.val(councilIds)}::uuid[]) and dim = ${dimOf(groupBy)} and month between ${fromMonth}::date and ${toMonth}::date`

const FIGURES = summarisedFigures()

/**
 * Every source and breakdown over whole months [fromMonth, toMonth] (first days of months): per source, a row
 * per council and key where its first figure (the count of all its cases) is not zero.
 */
export async function summarised(db: Kysely<Database>, councilIds: string[], groupBy: GroupBy, fromMonth: string, toMonth: string):
  Promise<Record<SourceName | BreakdownName, AggregateRow[]>> {
  const key = keyOf(groupBy)
  const w = where(councilIds, groupBy, fromMonth, toMonth)
  const [main, details] = await Promise.all([
    sql<AggregateRow>`select council_id, ${key} as key, ${sql.join(FIGURES.map((f) => sql`sum(${sql.ref(f.column)})::int as ${sql.ref(f.column)}`))}
      from report_monthly where ${w} group by council_id, key`.execute(db),
    sql<AggregateRow>`select council_id, ${key} as key, breakdown, detail, sum(count)::int as count
      from report_monthly_details where ${w} group by council_id, key, breakdown, detail having sum(count) <> 0`.execute(db),
  ])
  const out = {} as Record<SourceName | BreakdownName, AggregateRow[]>
  for (const source of SOURCE_NAMES) {
    const names = Object.keys(SOURCES[source].figures)
    const first = FIGURES.find((f) => f.source === source && f.figure === names[0])!.column
    out[source] = main.rows.filter((r) => Number(r[first]) !== 0).map((r) => {
      const row: AggregateRow = { council_id: r.council_id, key: r.key }
      for (const name of names) {
        const f = FIGURES.find((x) => x.source === source && x.figure === name)
        row[name] = f === undefined ? 0 : Number(r[f.column])
      }
      return row
    })
  }
  for (const name of BREAKDOWN_NAMES) {
    const as = BREAKDOWNS[name].as
    out[name] = details.rows.filter((r) => r.breakdown === name).map((r): AggregateRow => ({ council_id: r.council_id, key: r.key, [as]: r.detail ?? null, count: r.count ?? 0 }))
  }
  return out
}

/**
 * Remedies offered in whole months [fromMonth, toMonth], by type. Overdue: the open ones due in a month before
 * today's; those due from the first of this month to yesterday are the caller's to count live.
 */
export async function summarisedRemedies(db: Kysely<Database>, councilIds: string[], groupBy: GroupBy, fromMonth: string, toMonth: string, today: string): Promise<AggregateRow[]> {
  const thisMonth = `${today.slice(0, 7)}-01`
  const result = await sql<AggregateRow>`select council_id, ${keyOf(groupBy)} as key, type, sum(offered)::int as offered, sum(done)::int as done, sum(open)::int as open,
      (coalesce(sum(open) filter (where due_month < ${thisMonth}::date), 0))::int as overdue, sum(undeliverable)::int as undeliverable, sum(amount_pence)::float8 as amount_pence
    from report_monthly_remedies where ${where(councilIds, groupBy, fromMonth, toMonth)}
    group by council_id, key, type having sum(offered) <> 0`.execute(db)
  return result.rows
}
