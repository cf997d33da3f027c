import type { CaseRecord } from '../domain/index.js'
import type { Principal } from './principal.js'

/**
 * Who sees which cases of their council: the complaints team all of them ("master view"); a handler those
 * assigned to them at either stage; intake those it logged. Anything else is invisible, and invisible cases
 * answer 404 so that their existence does not leak.
 */
export interface CaseScope {
  all: boolean
  handler: string | null
  creator: string | null
}

export function caseScope(principal: Principal): CaseScope {
  const roles = principal.roles
  return {
    all: roles.includes('complaints_team'),
    handler: roles.includes('handler') ? principal.subject : null,
    creator: roles.includes('intake') ? principal.subject : null,
  }
}

type Assignment = Pick<CaseRecord, 'handler' | 'stage2Handler' | 'createdBy'>

function isAssigned(scope: CaseScope, row: Assignment): boolean {
  return scope.handler !== null && (row.handler === scope.handler || row.stage2Handler === scope.handler)
}

export function canSee(scope: CaseScope, row: Assignment): boolean {
  return scope.all || isAssigned(scope, row) || (scope.creator !== null && row.createdBy === scope.creator)
}

/** Allocation is the complaints team's; handlers act on their own cases; intake only logs. */
const TEAM_ONLY = new Set(['assign', 'assign_stage2'])

export function canAct(scope: CaseScope, row: Assignment, command: string): boolean {
  if (scope.all) return true
  return isAssigned(scope, row) && !TEAM_ONLY.has(command)
}

/** Sensitive cases: only the complaints team and the assigned handler see personal data. */
export function seesPersonalData(scope: CaseScope, row: Assignment & Pick<CaseRecord, 'sensitive'>): boolean {
  return !row.sensitive || scope.all || isAssigned(scope, row)
}
