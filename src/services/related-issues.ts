import { appendEvents, lastEventSequence, updateCase } from '../db/case.repository.js'
import type { CaseRecord } from '../domain/index.js'
import { AppError } from './app-error.js'
import { calendarOfCase } from './calendars.js'
import { projectCase } from './case-projection.js'
import { lockCaseFor, receiveCase, type Caller, type CaseDeps, type IntakeDetails } from './cases.js'

/** Before the stage 1 response an issue joins the case; these states have no response and are still open. */
const JOINS_CASE = new Set(['received', 'triaged_complaint', 'service_request', 'stage1_acknowledged'])

export type RelatedIssueResult =
  | { added: true; row: CaseRecord }
  | { added: false; row: CaseRecord; replayed: boolean; linkedTo: string }

/**
 * A further issue the person raises. Before the stage 1 response it is added to the case (the intake keeps the
 * words; the history records only its position, so no complaint text sits in the event log). Once stage 1 has
 * responded, or the case has ended without a response (refused, signposted, withdrawn, closed), it is a new
 * contact: a new case, linked to this one, from the same person by the same channel.
 */
export async function raiseRelatedIssue(
  deps: CaseDeps, caller: Caller, caseId: string, summary: string,
  options: { ifMatch: number | null; idempotencyKey: string | null },
): Promise<RelatedIssueResult> {
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const row = await lockCaseFor(trx, caller, caseId, 'add_related_issue', options.ifMatch)
    const state = row.state
    if (!JOINS_CASE.has(state.status) || state.stage1.response !== null) return { added: false as const, row }
    const at = deps.now().toISOString()
    const issues = row.intake.relatedIssues ?? []
    const policy = row.policy
    const updated = await updateCase(trx, row, {
      state,
      intake: { ...row.intake, relatedIssues: [...issues, { summary, addedAt: at }] },
      projection: projectCase(state, policy, calendarOfCase(deps.calendars, row)),
      now: deps.now(),
    })
    if (!updated) throw new AppError('CASE.VERSION_MISMATCH', 'The case changed while the issue was added: read it again.')
    await appendEvents(trx, row.id, caller.council.id, (await lastEventSequence(trx, row.id)) + 1, [
      { type: 'related_issue_added', actor: caller.principal.subject, occurredAt: at, data: { index: issues.length } },
    ], updated.version)
    return { added: true as const, row: updated }
  })
  if (outcome.added) return outcome

  const original = outcome.row
  const intake = original.intake
  const details: IntakeDetails = {
    channel: intake.channel,
    anonymous: intake.anonymous ?? false,
    sensitive: original.sensitive,
    ...(intake.person ? { person: intake.person } : {}),
    ...(intake.representative ? { representative: intake.representative } : {}),
    summary,
    ...(original.serviceAreas.length > 0 ? { serviceAreas: original.serviceAreas } : {}),
    relatedCaseId: original.id,
  }
  const { row, replayed } = await receiveCase(deps, caller, details, options.idempotencyKey)
  return { added: false, row, replayed, linkedTo: original.id }
}
