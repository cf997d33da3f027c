import { applyCommand, type Caller, type CaseDeps } from './cases.js'
import { londonDate } from '../domain/index.js'
import { DomainError } from '../domain/errors/domain-error.js'
import { AppError } from './app-error.js'
import { openCasesHeldBy, requireAssignable } from './staff.js'

export interface Reassignment {
  /** The new stage 1 handler of the leaver's stage 1 cases. */
  handler?: string
  /** The new stage 2 reviewer of the leaver's stage 2 cases. */
  stage2Handler?: string
}

export interface ReassignmentResult {
  reassigned: { caseId: string; stage: 1 | 2; to: string }[]
  /** Cases left as they were, with the rule that kept them (e.g. the new reviewer handled stage 1). */
  skipped: { caseId: string; code: string; detail: string }[]
}

/**
 * Moves a leaver's open cases to others in one call. Each case is reassigned by the domain's own assignment (so it
 * is recorded in that case's history, and the staff and independence rules apply); a case a rule keeps is
 * reported, never half-moved.
 */
export async function reassignOpenCases(deps: CaseDeps, caller: Caller, from: string, to: Reassignment): Promise<ReassignmentResult> {
  // A successor who may not take the work is refused once, up front, rather than once per case.
  await deps.db.transaction().execute(async (trx) => {
    if (to.handler !== undefined) await requireAssignable(trx, caller.council.id, to.handler, 'stage1')
    if (to.stage2Handler !== undefined) await requireAssignable(trx, caller.council.id, to.stage2Handler, 'stage2')
  })
  const result: ReassignmentResult = { reassigned: [], skipped: [] }
  for (const held of await openCasesHeldBy(deps.db, caller.council.id, from, londonDate(deps.now()))) {
    const moves: { stage: 1 | 2; to: string | undefined }[] = []
    if (held.stage2 && held.stage === 2) moves.push({ stage: 2, to: to.stage2Handler })
    if (held.stage1 && held.stage === 1) moves.push({ stage: 1, to: to.handler })
    for (const move of moves) {
      if (move.to === undefined) {
        result.skipped.push({ caseId: held.id, code: 'STAFF.NO_SUCCESSOR', detail: `No ${move.stage === 1 ? 'handler' : 'stage2Handler'} was given for a stage ${move.stage} case.` })
        continue
      }
      try {
        await applyCommand(deps, caller, held.id, move.stage === 1
          ? { type: 'assign', serviceArea: held.serviceArea ?? 'unassigned', handler: move.to }
          : { type: 'assign_stage2', handler: move.to }, { ifMatch: null })
        result.reassigned.push({ caseId: held.id, stage: move.stage, to: move.to })
      } catch (error) {
        const { code, detail } = error as { code?: unknown; detail?: unknown }
        // Only a refusal of the rules skips a case; anything else (a database fault) fails the call.
        if (!(error instanceof AppError || error instanceof DomainError) || typeof code !== 'string') throw error
        result.skipped.push({ caseId: held.id, code, detail: typeof detail === 'string' ? detail : String(error) })
      }
    }
  }
  return result
}
