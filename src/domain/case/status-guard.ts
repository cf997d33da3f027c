/**
 * Which statuses a command is allowed in, and the stable code for each refusal. A status before the
 * allowed ones gives the command's "too early" code, after them its "too late" code, so every
 * state x command pair maps to one predictable error.
 */
import { domainError, type DomainError } from '../errors/domain-error.js'
import type { CaseStatus } from './case-vocabulary.schema.js'

const RANK: Partial<Record<CaseStatus, number>> = {
  received: 0,
  triaged_complaint: 1,
  stage1_acknowledged: 2,
  stage1_responded: 3,
  escalation_pending_decision: 4,
  escalation_requested: 4,
  stage2_acknowledged: 5,
  stage2_responded: 6,
}

const SIDE: Partial<Record<CaseStatus, [string, string]>> = {
  service_request: ['CASE.NOT_A_COMPLAINT', 'the case was triaged as a service request'],
  signposted: ['CASE.NOT_A_COMPLAINT', 'the case was signposted elsewhere'],
  refused: ['CASE.REFUSED', 'the complaint was not accepted'],
  escalation_refused: ['CASE.PROCESS_ENDED', 'the escalation was refused'],
  final_at_stage1: ['CASE.PROCESS_ENDED', 'the stage 1 response was made final'],
  withdrawn: ['CASE.WITHDRAWN', 'the complaint was withdrawn'],
  closed: ['CASE.CLOSED', 'the case is closed'],
}

/** The codes of the side statuses (a service request, a refusal, a withdrawal...) a command allowed in `allowed` meets. */
export function sideStatusCodes(allowed: readonly CaseStatus[]): string[] {
  return [...new Set(Object.entries(SIDE).filter(([status]) => !allowed.includes(status as CaseStatus)).map(([, side]) => side[0]))]
}

/** The statuses a command is allowed in, and its codes when refused; `any` for commands no status refuses. */
export type StatusRule = { allowed: readonly CaseStatus[]; early: string; late: string } | { allowed: 'any' }

export function allowsStatus(rule: StatusRule, status: CaseStatus): boolean {
  return rule.allowed === 'any' || rule.allowed.includes(status)
}

export function guardStatus(status: CaseStatus, command: string, rule: StatusRule): DomainError | null {
  if (rule.allowed === 'any' || rule.allowed.includes(status)) return null
  const side = SIDE[status]
  const why = `${command} is not allowed when the case is ${status}`
  if (side !== undefined) return domainError(side[0], `${why}: ${side[1]}`)
  const rank = RANK[status] ?? 0
  const earlier = rule.allowed.some((a) => (RANK[a] ?? -1) > rank)
  return domainError(earlier ? rule.early : rule.late, why)
}
