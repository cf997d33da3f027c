/**
 * What a council records for its reports in words and periods: exceptional circumstances and the annual
 * report's narrative. The figures themselves live in db/reporting/ (figures.ts defines each one once).
 */
import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'

export { liveBreakdown, liveOverdueRemedies, liveRemedies, liveSource, openNow, type AggregateRow, type GroupBy, type ReportQuery } from './reporting/live.js'
export { summarised, summarisedRemedies } from './reporting/summary-read.js'
export { insertReportFactsBatch, replaceReportFacts, type ReportFacts, type ReportRemedy } from './reporting/facts-store.js'

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
