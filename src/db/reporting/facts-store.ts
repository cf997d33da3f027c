/**
 * Writing what the reports count about one case: its case_report_facts row and remedy rows are replaced in one
 * fixed statement that also returns what was there before, and the summaries are moved by the difference.
 */
import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely'
import type { CaseReportFactsTable, CaseReportRemedyTable, Database } from '../database.js'
import { summaryChange, type FactsRecord, type RemedyRecord } from './summary-delta.js'
import { applySummaryChange, takeSlot } from './summary-store.js'
import { prepared } from '../prepared.js'

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S
type Camelised<T> = { [K in keyof T as Camel<K & string>]: T[K] }

export type ReportFacts = Camelised<Omit<CaseReportFactsTable, 'updated_at'>>
export type ReportRemedy = Camelised<CaseReportRemedyTable>

// Every column, listed once; the compiler checks that none is missing or misspelt.
const FACT_COLUMNS = Object.keys({
  case_id: 1, council_id: 1, received_on: 1, status: 1, kind: 1, channel: 1, service_area: 1, categories: 1, acceptance: 1, refusal_codes: 1,
  withdrawn_on: 1, s1_ack_due_on: 1, s1_ack_on: 1, s1_due_original_on: 1, s1_due_on: 1, s1_responded_on: 1, s1_outcome: 1, s1_detailed_outcome: 1,
  s1_extension_days: 1, s1_beyond_cap: 1, s1_paused_days: 1, s1_working_days: 1, escalated_on: 1, escalation_decision: 1, s2_ack_due_on: 1,
  s2_ack_on: 1, s2_due_original_on: 1, s2_due_on: 1, s2_responded_on: 1, s2_outcome: 1, s2_detailed_outcome: 1, s2_extension_days: 1,
  s2_beyond_cap: 1, s2_paused_days: 1, s2_working_days: 1, ombudsman_referred_on: 1, ombudsman_decision: 1, ombudsman_decided_on: 1,
  next_due_on: 1, next_due_kind: 1, keyed_late_actions: 1, updated_at: 1,
} satisfies Record<keyof CaseReportFactsTable, 1>)
const REMEDY_COLUMNS = Object.keys({
  case_id: 1, remedy_id: 1, council_id: 1, source: 1, type: 1, status: 1, offered_on: 1, due_on: 1, completed_on: 1, amount_pence: 1,
} satisfies Record<keyof CaseReportRemedyTable, 1>)

const list = (columns: string[]) => columns.join(', ')
const excluded = (columns: string[]) => `(${list(columns)}) = row(${columns.map((c) => `excluded.${c}`).join(', ')})`
const FACT_VALUES = FACT_COLUMNS.filter((c) => c !== 'case_id')
const REMEDY_VALUES = REMEDY_COLUMNS.filter((c) => c !== 'case_id' && c !== 'remedy_id')

/** $1 case id, $2 the facts row, $3 the remedy rows, $4 the remedy ids: returns the rows as they were. */
const REPLACE = prepared(`with before as (select to_jsonb(f) - 'updated_at' as facts from case_report_facts f where f.case_id = $1),
  before_remedies as (select coalesce(jsonb_agg(to_jsonb(r) order by r.remedy_id), '[]'::jsonb) as remedies from case_report_remedies r where r.case_id = $1),
  facts as (insert into case_report_facts (${list(FACT_COLUMNS)}) select ${list(FACT_COLUMNS)} from jsonb_populate_record(null::case_report_facts, $2::jsonb)
    on conflict (case_id) do update set ${excluded(FACT_VALUES)}),
  remedies as (insert into case_report_remedies (${list(REMEDY_COLUMNS)}) select ${list(REMEDY_COLUMNS)} from jsonb_populate_recordset(null::case_report_remedies, $3::jsonb)
    on conflict (case_id, remedy_id) do update set ${excluded(REMEDY_VALUES)}),
  gone as (delete from case_report_remedies where case_id = $1 and not (remedy_id = any($4::text[])))
  select (select facts from before) as facts, (select remedies from before_remedies) as remedies`)

const snake = (key: string): string => key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)
function toRecord<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), v]))
}

/**
 * The facts of one case replace what was there, and the summaries move by new minus old. Runs in the case's
 * transaction, under the case's row lock, so no other writer changes this case's facts meanwhile.
 */
export async function replaceReportFacts(trx: Transaction<Database>, c: { facts: ReportFacts; remedies: ReportRemedy[] }): Promise<void> {
  const facts = toRecord(c.facts) as FactsRecord
  const remedies = c.remedies.map((r) => toRecord(r) as RemedyRecord)
  const result = await trx.executeQuery<{ facts: FactsRecord | null; remedies: RemedyRecord[] }>(CompiledQuery.raw(REPLACE, [
    c.facts.caseId, JSON.stringify({ ...facts, updated_at: new Date().toISOString() }), JSON.stringify(remedies), remedies.map((r) => r.remedy_id),
  ]))
  const before = result.rows[0]
  const old = before?.facts ? { facts: before.facts, remedies: before.remedies } : null
  await applySummaryChange(trx, summaryChange(old, { facts, remedies }, takeSlot()))
}

/** Bulk loading (the synthetic seed): many cases' facts and remedies, without the summaries (rebuilt after). */
export async function insertReportFactsBatch(db: Kysely<Database>, batch: { facts: ReportFacts; remedies: ReportRemedy[] }[]): Promise<void> {
  if (batch.length === 0) return
  await db.insertInto('case_report_facts').values(batch.map((c) => toRecord(c.facts) as unknown as Insertable<CaseReportFactsTable>)).execute()
  const remedies = batch.flatMap((c) => c.remedies.map((r) => toRecord(r) as unknown as CaseReportRemedyTable))
  for (let i = 0; i < remedies.length; i += 5000) await db.insertInto('case_report_remedies').values(remedies.slice(i, i + 5000)).execute()
}
