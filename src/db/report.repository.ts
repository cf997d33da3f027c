/**
 * Reporting reads only its own tables: case_report_facts (one row per case) and case_report_remedies, kept
 * current by the case service in the same transaction as each case write. Every figure is one aggregate over one
 * dated column with its own (council_id, date) index, so a council's year is a few index range scans.
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

/** The facts of one case replace what was there: the row is upserted, its remedies rewritten. */
export async function replaceReportFacts(trx: Transaction<Database>, c: { facts: ReportFacts; remedies: ReportRemedy[] }): Promise<void> {
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
}
