import { listEvents } from '../db/case.repository.js'
import { caseScope, seesPersonalData } from './case-access.js'
import { readCase, type Caller, type CaseDeps } from './cases.js'

/** Fields of an amendment that hold personal data: their values show only to those who see the case's personal data. */
const PERSONAL = /^\/(person|representative|summary|desiredOutcome|adjustmentsReviewOn)(\/|$)/

/** An amendment as this caller may read it: every field named, the personal values withheld where they must be. */
function visibleData(type: string, data: Record<string, unknown>, personal: boolean): Record<string, unknown> {
  if (type !== 'amended' || personal) return data
  const changes = (data.changes as { field: string }[] | undefined) ?? []
  return { ...data, changes: changes.map((c) => (PERSONAL.test(c.field) ? { field: c.field, hidden: true } : c)) }
}

export interface TimelineEntry {
  sequence: number
  type: string
  actor: string
  occurredAt: string
  recordedAt: string
  data: Record<string, unknown>
}

/** The history of a case the caller may see (404 otherwise), oldest first. */
export async function caseTimeline(deps: CaseDeps, caller: Caller, caseId: string): Promise<TimelineEntry[]> {
  const row = await readCase(deps, caller, caseId)
  const events = await listEvents(deps.db, caller.council.id, row.id)
  const personal = seesPersonalData(caseScope(caller.principal), row)
  return events.map((e) => ({
    sequence: e.sequence, type: e.type, actor: e.actor,
    occurredAt: e.occurredAt.toISOString(), recordedAt: e.recordedAt.toISOString(), data: visibleData(e.type, e.data, personal),
  }))
}
