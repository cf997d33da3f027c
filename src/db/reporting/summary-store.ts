/**
 * The monthly summaries (report_monthly, report_monthly_details, report_monthly_remedies): per council, month,
 * dimension (service area, channel, category; the council's total is the sum of its channels) and value, what each summarised figure counts. Every write
 * moves them by the difference a case's facts made (one fixed statement); the rebuild recounts them from the
 * facts with the SQL of the same definitions, and runs on start whenever the definitions change.
 *
 * Each key has several rows ("slots"): a writer adds to one slot, chosen per transaction, so that concurrent
 * writes to one council's month do not queue on one row; readers add the slots up.
 */
import { createHash } from 'node:crypto'
import { CompiledQuery, sql, type Kysely } from 'kysely'
import type { Database } from '../database.js'
import { prepared } from '../prepared.js'
import {
  BREAKDOWNS, BREAKDOWN_NAMES, DIMENSIONS, NO_VALUE, REMEDY_STATUSES, SOURCES, SOURCE_NAMES, summarisedFigures, summaryColumns,
} from './figures.js'
import { categoriesSql, conditionSql, firstOfMonth, measureSql } from './figure-sql.js'
import type { SummaryChange } from './summary-delta.js'

export const SLOTS = 16
let nextSlot = 0
/** The slot of the next transaction: consecutive transactions of a process use different rows. */
export const takeSlot = (): number => (nextSlot = (nextSlot + 1) % SLOTS)

const KEY = 'council_id, dim, month, dim_value, slot'
const COLUMNS = summaryColumns()
const REMEDY_COUNTS = ['offered', ...REMEDY_STATUSES, 'amount_pence']

const upsert = (table: string, conflict: string, counts: string[], param: string, guard: string) => `insert into ${table} (${conflict}, ${counts.join(', ')})
    select ${conflict}, ${counts.join(', ')} from jsonb_populate_recordset(null::${table}, ${param}::jsonb) where ${guard}
    on conflict (${conflict}) do update set ${counts.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`

/**
 * The summary change as three data-modifying CTEs (`summary_monthly`, `summary_details`, `summary_remedies`) of a
 * larger fixed statement, reading the change from parameters $first, $first+1 and $first+2 (summaryParams) and
 * applied only where `guard` holds (e.g. the case write it belongs to happened).
 */
export function summaryCtes(first: number, guard = 'true'): string {
  return `summary_monthly as (${upsert('report_monthly', KEY, COLUMNS, `$${first}`, guard)}),
  summary_details as (${upsert('report_monthly_details', `${KEY}, breakdown, detail`, ['count'], `$${first + 1}`, guard)}),
  summary_remedies as (${upsert('report_monthly_remedies', `${KEY}, type, due_month`, REMEDY_COUNTS, `$${first + 2}`, guard)})`
}

export const summaryParams = (change: SummaryChange): string[] =>
  [JSON.stringify(change.monthly), JSON.stringify(change.details), JSON.stringify(change.remedies)]

/** One statement, the same text on every write (so PostgreSQL plans it once per connection). */
const APPLY = prepared(`with ${summaryCtes(1)} select 1 as applied`)

export async function applySummaryChange(db: Kysely<Database>, change: SummaryChange): Promise<void> {
  if (change.monthly.length === 0 && change.details.length === 0 && change.remedies.length === 0) return
  await db.executeQuery(CompiledQuery.raw(APPLY, summaryParams(change)))
}

/** The dimensions and values each facts row `f` counts under (as summary-delta.ts lists them). */
const DIMS = sql`cross join lateral (
    select 'serviceArea'::text as dim, coalesce(f.service_area, ${NO_VALUE}) as dim_value
    union all select 'channel', f.channel
    union all select 'category', c from ${categoriesSql('f')} as c) d`

/** Recounts every summary from the facts, inside the caller's transaction (which holds the summaries' lock). */
async function recount(db: Kysely<Database>): Promise<void> {
  await sql`delete from report_monthly`.execute(db)
  await sql`delete from report_monthly_details`.execute(db)
  await sql`delete from report_monthly_remedies`.execute(db)
  const figures = summarisedFigures()
  const branches = SOURCE_NAMES.map((source) => {
    const dated = SOURCES[source].dated
    const values = figures.map((f) => (f.source === source ? sql`${measureSql(f.measure, null)} as ${sql.ref(f.column)}` : sql`0 as ${sql.ref(f.column)}`))
    return sql`select f.council_id, d.dim, ${firstOfMonth(sql.ref(`f.${dated}`))} as month, d.dim_value, ${sql.join(values)}
      from case_report_facts f ${DIMS} where ${sql.ref(`f.${dated}`)} is not null group by 1, 2, 3, 4`
  })
  const cols = sql.join(COLUMNS.map((c) => sql.ref(c)))
  const sums = sql.join(COLUMNS.map((c) => sql`sum(${sql.ref(c)})::int`))
  await sql`insert into report_monthly (council_id, dim, month, dim_value, slot, ${cols})
    select council_id, dim, month, dim_value, 0, ${sums} from (${sql.join(branches, sql` union all `)}) b group by 1, 2, 3, 4`.execute(db)
  for (const name of BREAKDOWN_NAMES) {
    const b = BREAKDOWNS[name]
    const unnested = b.by === 'refusal_codes'
    await sql`insert into report_monthly_details (council_id, dim, month, dim_value, slot, breakdown, detail, count)
      select f.council_id, d.dim, ${firstOfMonth(sql.ref(`f.${b.dated}`))}, d.dim_value, 0, ${name}, ${unnested ? sql`v.value` : sql`${sql.ref(`f.${b.by}`)}::text`}, count(*)::int
      from case_report_facts f ${DIMS} ${unnested ? sql`cross join lateral unnest(f.refusal_codes) as v(value)` : sql``}
      where ${sql.ref(`f.${b.dated}`)} is not null and ${conditionSql(b.where, null)}
      group by 1, 2, 3, 4, 6, 7`.execute(db)
  }
  await sql`insert into report_monthly_remedies (council_id, dim, month, dim_value, slot, type, due_month, offered, done, open, undeliverable, amount_pence)
    select r.council_id, d.dim, ${firstOfMonth(sql.ref('r.offered_on'))}, d.dim_value, 0, r.type, ${firstOfMonth(sql.ref('r.due_on'))},
      count(*)::int, (count(*) filter (where r.status = 'done'))::int, (count(*) filter (where r.status = 'open'))::int,
      (count(*) filter (where r.status = 'undeliverable'))::int, coalesce(sum(r.amount_pence) filter (where r.type = 'financial'), 0)::bigint
    from case_report_remedies r join case_report_facts f on f.case_id = r.case_id ${DIMS}
    group by 1, 2, 3, 4, 6, 7`.execute(db)
}

/** Changes whenever a figure, a breakdown, a dimension or the way they are summarised changes. */
export function modelFingerprint(): string {
  const model = { version: 1, SOURCES, BREAKDOWNS, DIMENSIONS, REMEDY_STATUSES, COLUMNS }
  return createHash('sha256').update(JSON.stringify(model)).digest('hex').slice(0, 16)
}

export class SummaryColumnsMissing extends Error {}

const storedFingerprint = async (db: Kysely<Database>): Promise<string | undefined> =>
  (await sql<{ fingerprint: string }>`select fingerprint from report_model where id = 1`.execute(db)).rows[0]?.fingerprint

/**
 * Recounts the summaries from the facts, under an exclusive lock on them: a writer that changed facts before
 * the lock was taken either committed (and is recounted) or waits and then applies its change to the recount.
 * `unlessCurrent`: once the lock is held, skip the recount if another instance has just done it. Returns whether
 * it recounted.
 */
export async function rebuildSummaries(db: Kysely<Database>, options: { unlessCurrent?: boolean } = {}): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await sql`lock table report_monthly, report_monthly_details, report_monthly_remedies in exclusive mode`.execute(trx)
    if (options.unlessCurrent && (await storedFingerprint(trx)) === modelFingerprint()) return false
    await recount(trx)
    await sql`insert into report_model (id, fingerprint, rebuilt_at) values (1, ${modelFingerprint()}, now())
      on conflict (id) do update set fingerprint = excluded.fingerprint, rebuilt_at = excluded.rebuilt_at`.execute(trx)
    return true
  })
}

/** `recounting` is told before a recount starts: at a million cases it takes minutes, before the service listens. */
export interface RecountHooks { recounting?: () => void }

/**
 * On start, after the migrations: the summaries must have a column for every summarised figure (a new figure
 * needs its migration), and are recounted when they were counted under other definitions. Instances starting
 * together recount once: the others wait for the lock and then find the new fingerprint.
 */
export async function ensureSummaries(db: Kysely<Database>, hooks: RecountHooks = {}): Promise<'current' | 'rebuilt'> {
  const present = await sql<{ column_name: string }>`select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = 'report_monthly'`.execute(db)
  const have = new Set(present.rows.map((r) => r.column_name))
  const missing = COLUMNS.filter((c) => !have.has(c))
  if (missing.length > 0) throw new SummaryColumnsMissing(`report_monthly has no column for ${missing.join(', ')}: add a migration for the new figures`)
  if ((await storedFingerprint(db)) === modelFingerprint()) return 'current'
  hooks.recounting?.()
  return (await rebuildSummaries(db, { unlessCurrent: true })) ? 'rebuilt' : 'current'
}
