/** The reporting model's conditions and measures as SQL, for the live aggregates and for the summaries' rebuild. */
import { sql, type RawBuilder } from 'kysely'
import { NO_VALUE, type Condition, type Measure } from './figures.js'

/** `today` is the day the figures are as at; null in the summaries (every date there is before it). */
export function conditionSql(c: Condition, today: string | null): RawBuilder<unknown> {
  if ('is' in c) return sql`${sql.ref(c.is)} = ${sql.lit(c.value)}`
  if ('isNull' in c) return sql`${sql.ref(c.isNull)} is null`
  if ('isSet' in c) return sql`${sql.ref(c.isSet)} is not null`
  if ('atMost' in c) return sql`${sql.ref(c.atMost)} <= ${sql.ref(c.than)}`
  if ('after' in c) return sql`${sql.ref(c.after)} > ${sql.ref(c.than)}`
  if ('positive' in c) return sql`${sql.ref(c.positive)} > 0`
  if ('isTrue' in c) return sql`${sql.ref(c.isTrue)}`
  if ('beforeToday' in c) return today === null ? sql`${sql.ref(c.beforeToday)} is not null` : sql`${sql.ref(c.beforeToday)} < ${today}::date`
  if ('not' in c) return sql`not (${conditionSql(c.not, today)})`
  const parts = ('all' in c ? c.all : c.any).map((p) => sql`(${conditionSql(p, today)})`)
  return sql.join(parts, 'all' in c ? sql` and ` : sql` or `)
}

/** The aggregate of one measure over the rows of a group, as an integer. */
export function measureSql(m: Measure, today: string | null): RawBuilder<unknown> {
  if ('sum' in m) return sql`coalesce(sum(${sql.ref(m.sum)}), 0)::int`
  return m.count === null ? sql`count(*)::int` : sql`(count(*) filter (where ${conditionSql(m.count, today)}))::int`
}

/** The values a case counts under in a report grouped by category: each of its categories, or '(none)'. */
export const categoriesSql = (table: string) =>
  sql`unnest(case when cardinality(${sql.ref(`${table}.categories`)}) = 0 then array[${NO_VALUE}] else ${sql.ref(`${table}.categories`)} end)`

/** The first of the month of a date column (date arithmetic: date_trunc would go through time zones, 2x slower). */
export const firstOfMonth = (date: RawBuilder<unknown>) => sql`(${date} - (extract(day from ${date})::int - 1))`
