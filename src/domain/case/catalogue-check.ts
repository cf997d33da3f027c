import { domainError, type DomainError } from '../errors/domain-error.js'
import type { Policy } from '../policy/policy.schema.js'

const blank = (s: string | undefined | null): boolean => s === undefined || s === null || s.trim() === ''
export { blank }

/** A refusal (of a complaint or of an escalation) names catalogue entries and explains itself (Code 2.4, 5.7). */
export function checkRefusal(policy: Policy, codes: readonly string[] | undefined, explanation: string | undefined): DomainError | null {
  if (codes === undefined || codes.length === 0) return domainError('CASE.REFUSAL_NEEDS_EXCLUSION', 'a refusal must name at least one exclusion from the policy\'s catalogue')
  const known = new Set(policy.exclusions.map((e) => e.code))
  const unknown = codes.filter((c) => !known.has(c))
  if (unknown.length > 0) return domainError('CASE.UNKNOWN_EXCLUSION', `not in the policy's catalogue: ${unknown.join(', ')}`, unknown)
  if (blank(explanation)) return domainError('CASE.REFUSAL_NEEDS_EXPLANATION', 'a refusal must explain itself to the person')
  return null
}
