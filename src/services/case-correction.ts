/**
 * Correcting a mistaken action: the domain decides over the case's whole history (domain/case/correction.ts) and
 * the case is written refolded, with its facts for the reports, in one transaction under If-Match. A sequence that
 * names a correspondence entry's record corrects that entry instead (services/correspondence.ts).
 */
import { decideCorrection, DOMAIN_EVENT_TYPES, type CaseEvent, type CommandOf, type HistoryEntry } from '../domain/index.js'
import { listEvents } from '../db/case.repository.js'
import { calendarOfCase } from './calendars.js'
import { applyToLocked, lockCaseFor, type Caller, type CaseDeps, type CaseRecord } from './cases.js'
import { correctCorrespondenceEntry } from './correspondence.js'

export interface Correction {
  sequence: number
  reason: string
  redateTo?: string
}

/** Stored history entries as the domain's events (entries of other kinds are left out). */
function domainHistory(rows: { sequence: number; type: string; actor: string; occurredAt: Date; recordedAt: Date; data: Record<string, unknown> }[]): HistoryEntry[] {
  return rows.filter((r) => DOMAIN_EVENT_TYPES.has(r.type)).map((r) => {
    const at = r.occurredAt.toISOString()
    const recordedAt = r.recordedAt.toISOString()
    // Back-dated entries were recorded later than they happened; older entries took the database's clock, a few ms on.
    const backdated = r.recordedAt.getTime() - r.occurredAt.getTime() > 1000
    const event = { ...r.data, type: r.type, at, by: r.actor, ...(backdated ? { recordedAt } : {}) } as CaseEvent
    return { sequence: r.sequence, event }
  })
}

export async function correctCase(deps: CaseDeps, caller: Caller, caseId: string, correction: Correction, ifMatch: number | null): Promise<CaseRecord> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockCaseFor(trx, caller, caseId, 'correct', ifMatch)
    const events = await listEvents(trx, caller.council.id, row.id)
    const target = events.find((e) => e.sequence === correction.sequence)
    if (target?.type === 'correspondence_recorded') return correctCorrespondenceEntry(trx, deps, caller, row, target, correction)
    const history = domainHistory(events)
    const command: CommandOf<'correct'> = { type: 'correct', ...correction }
    const result = decideCorrection(history, command, {
      now: deps.now(),
      policy: row.policy,
      calendar: calendarOfCase(deps.calendars, row),
      actor: { subject: caller.principal.subject, roles: [...caller.principal.roles] },
    })
    if (!result.ok) throw result.error
    return applyToLocked(trx, deps, caller, row, command, { decided: { events: result.events, state: result.state! } })
  })
}
