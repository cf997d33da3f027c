/**
 * Writing what the reports count about one case: its case_report_facts row and remedy rows are replaced, and the
 * summaries moved by the difference from what was there before, as CTEs of the case's own write statement
 * (case.repository.ts), so a write of a case is one round trip however much it counts.
 */
import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely'
import type { CaseReportFactsTable, CaseReportRemedyTable, Database } from '../database.js'
import { summaryChange, type FactsRecord, type RemedyRecord } from './summary-delta.js'
import { summaryCtes, summaryParams, takeSlot } from './summary-store.js'
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

const snake = (key: string): string => key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)
function toRecord<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), v]))
}

/** What a case's facts were before a write (read under the case's row lock), for the summaries' difference. */
export interface FactsBefore { facts: FactsRecord; remedies: RemedyRecord[] }

/** Scalar subqueries for a case's stored facts (null: none yet) and remedy rows, given SQL naming its id. */
export const beforeFactsSql = (caseId: string): { facts: string; remedies: string } => ({
  facts: `(select to_jsonb(f) - 'updated_at' from case_report_facts f where f.case_id = ${caseId})`,
  remedies: `(select coalesce(jsonb_agg(to_jsonb(r) order by r.remedy_id), '[]'::jsonb) from case_report_remedies r where r.case_id = ${caseId})`,
})

/**
 * The facts write as data-modifying CTEs of a larger fixed statement: the case's facts row and remedy rows
 * replaced, and the summaries moved by the difference (summary-store.ts), all only where `guard` holds.
 * Parameters $first .. $first+6, in the order factsWriteParams gives them.
 */
export function factsWriteCtes(first: number, guard: string): string {
  const [id, factsRow, remedyRows, remedyIds] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`)
  return `report_facts as (insert into case_report_facts (${list(FACT_COLUMNS)})
    select ${list(FACT_COLUMNS)} from jsonb_populate_record(null::case_report_facts, ${factsRow}::jsonb) where ${guard}
    on conflict (case_id) do update set ${excluded(FACT_VALUES)}),
  report_remedies as (insert into case_report_remedies (${list(REMEDY_COLUMNS)})
    select ${list(REMEDY_COLUMNS)} from jsonb_populate_recordset(null::case_report_remedies, ${remedyRows}::jsonb) where ${guard}
    on conflict (case_id, remedy_id) do update set ${excluded(REMEDY_VALUES)}),
  report_gone as (delete from case_report_remedies where case_id = ${id}::uuid and not (remedy_id = any(${remedyIds}::text[])) and ${guard}),
  ${summaryCtes(first + 4, guard)}`
}

/** The parameters of factsWriteCtes: the new facts, and the summaries' change from `before` (null: a new case). */
export function factsWriteParams(before: FactsBefore | null, c: { facts: ReportFacts; remedies: ReportRemedy[] }): unknown[] {
  const facts = toRecord(c.facts) as FactsRecord
  const remedies = c.remedies.map((r) => toRecord(r) as RemedyRecord)
  return [
    c.facts.caseId, JSON.stringify({ ...facts, updated_at: new Date().toISOString() }), JSON.stringify(remedies), remedies.map((r) => r.remedy_id),
    ...summaryParams(summaryChange(before, { facts, remedies }, takeSlot())),
  ]
}

const BEFORE = beforeFactsSql('$1')
const REPLACE = prepared(`with ${factsWriteCtes(1, 'true')} select 1 as written`)
const READ_BEFORE = prepared(`select ${BEFORE.facts} as facts, ${BEFORE.remedies} as remedies`)

/** The stored facts of a case, read in a statement of its own (so after the caller's row lock was granted). */
export async function readFactsBefore(trx: Transaction<Database>, caseId: string): Promise<FactsBefore | null> {
  const row = (await trx.executeQuery<{ facts: FactsRecord | null; remedies: RemedyRecord[] }>(CompiledQuery.raw(READ_BEFORE, [caseId]))).rows[0]
  return row?.facts ? { facts: row.facts, remedies: row.remedies } : null
}

/**
 * The facts of one case replace what was there, and the summaries move by new minus old. Runs in the case's
 * transaction, under the case's row lock, so no other writer changes this case's facts meanwhile. (The case
 * service writes facts inside its own case statement, factsWriteCtes; this is the same write on its own.)
 */
export async function replaceReportFacts(trx: Transaction<Database>, c: { facts: ReportFacts; remedies: ReportRemedy[] }): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(REPLACE, factsWriteParams(await readFactsBefore(trx, c.facts.caseId), c)))
}

/** Bulk loading (the synthetic seed): many cases' facts and remedies, without the summaries (rebuilt after). */
export async function insertReportFactsBatch(db: Kysely<Database>, batch: { facts: ReportFacts; remedies: ReportRemedy[] }[]): Promise<void> {
  if (batch.length === 0) return
  await db.insertInto('case_report_facts').values(batch.map((c) => toRecord(c.facts) as unknown as Insertable<CaseReportFactsTable>)).execute()
  const remedies = batch.flatMap((c) => c.remedies.map((r) => toRecord(r) as unknown as CaseReportRemedyTable))
  for (let i = 0; i < remedies.length; i += 5000) await db.insertInto('case_report_remedies').values(remedies.slice(i, i + 5000)).execute()
}
