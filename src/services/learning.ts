/**
 * The learning register (Code 9.1-9.3): service improvements made because of complaints, each linked to the
 * complaints that prompted it, recorded on its own or from a case, and followed until done. The reports show it
 * as "you said, we did" and count it.
 */
import type { Kysely } from 'kysely'
import { domainError, londonDate } from '../domain/index.js'
import type { Database } from '../db/database.js'
import {
  findLearningAction, foreignCaseIds, insertLearningAction, listLearningActions, updateLearningAction,
  type LearningAction, type LearningActionInput,
} from '../db/learning.repository.js'
import { readCase, type CaseDeps, type Caller } from './cases.js'

export type { LearningAction } from '../db/learning.repository.js'

async function checkCases(db: Kysely<Database>, councilId: string, caseIds: string[]): Promise<void> {
  const unknown = await foreignCaseIds(db, councilId, caseIds)
  if (unknown.length > 0) throw domainError('LEARNING.UNKNOWN_CASE', `${unknown.length} of the linked complaints are not cases of this council`, unknown)
}

export async function recordLearningAction(db: Kysely<Database>, councilId: string, input: LearningActionInput, by: string, now: Date): Promise<LearningAction> {
  await checkCases(db, councilId, input.caseIds)
  const id = await db.transaction().execute((trx) => insertLearningAction(trx, councilId, { ...input, recordedOn: londonDate(now), recordedBy: by }, now))
  return (await findLearningAction(db, councilId, id))!
}

/** From a case the caller may see: linked to it, in its lead service area unless another is given. */
export async function recordLearningFromCase(deps: CaseDeps, caller: Caller, caseId: string, input: Omit<LearningActionInput, 'caseIds' | 'serviceArea'> & { serviceArea?: string }): Promise<LearningAction> {
  const row = await readCase(deps, caller, caseId)
  const serviceArea = input.serviceArea ?? row.leadServiceArea ?? row.serviceAreas[0] ?? '(none)'
  return recordLearningAction(deps.db, caller.council.id, { ...input, serviceArea, caseIds: [caseId] }, caller.principal.subject, deps.now())
}

/** null when the council has no such action. */
export async function changeLearningAction(db: Kysely<Database>, councilId: string, id: string, change: Partial<LearningActionInput>, now: Date): Promise<LearningAction | null> {
  if (change.caseIds !== undefined) await checkCases(db, councilId, change.caseIds)
  const found = await db.transaction().execute((trx) => updateLearningAction(trx, councilId, id, change, now))
  return found ? findLearningAction(db, councilId, id) : null
}

export const learningRegister = (db: Kysely<Database>, councilId: string) => listLearningActions(db, councilId)

export interface LearningFigures {
  /** Improvements recorded in the period. */
  recorded: number
  /** Done in the period. */
  done: number
  /** Not done as at the report's date. */
  open: number
  /** Not done and past their due date. */
  overdue: number
  /** Complaints that prompted the improvements recorded in the period. */
  complaintsLinked: number
}

export function learningFigures(actions: LearningAction[], from: string, to: string, today: string): LearningFigures {
  const inPeriod = (d: string | null) => d !== null && d >= from && d <= to
  const recorded = actions.filter((a) => inPeriod(a.recordedOn))
  return {
    recorded: recorded.length,
    done: actions.filter((a) => inPeriod(a.doneOn)).length,
    open: actions.filter((a) => a.doneOn === null).length,
    overdue: actions.filter((a) => a.doneOn === null && a.dueOn < today).length,
    complaintsLinked: new Set(recorded.flatMap((a) => a.caseIds)).size,
  }
}

/** The register as the reports of [from, to] show it: recorded by the end of the period and not done before it. */
export async function learningForPeriod(db: Kysely<Database>, councilId: string, from: string, to: string, today: string): Promise<{ actions: LearningAction[]; figures: LearningFigures }> {
  const actions = await listLearningActions(db, councilId, { from, to })
  return { actions, figures: learningFigures(actions, from, to, today) }
}
