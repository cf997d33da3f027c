import { listEvents } from '../db/case.repository.js'
import { readCase, type Caller, type CaseDeps } from './cases.js'

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
  return events.map((e) => ({
    sequence: e.sequence, type: e.type, actor: e.actor,
    occurredAt: e.occurred_at.toISOString(), recordedAt: e.recorded_at.toISOString(), data: e.data,
  }))
}
