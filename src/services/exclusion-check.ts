import { closedOn, effectiveStatus, twelveMonthTest, type Exclusion } from '../domain/index.js'
import { findCase } from '../db/case.repository.js'
import type { CaseRecord } from '../domain/index.js'
import { AppError, fieldError } from './app-error.js'
import { canAct, canSee, caseScope } from './case-access.js'
import { readCase, type Caller, type CaseDeps } from './cases.js'

export interface ExclusionCheckFacts {
  awareOn?: string
  matters?: string[]
  description?: string
  alreadyConsideredCaseId?: string
}

export interface ExclusionAdvice {
  caseId: string
  reference: string
  policy: { id: string; version: number }
  mayApply: Array<Exclusion & { reasons: string[] }>
  twelveMonth: { awareOn: string; receivedOn: string; timeLimitMonths: number; withinLimit: boolean; limitDate: string } | null
  alreadyConsidered: {
    considered: boolean
    cases: Array<{ id: string; reference: string; source: 'linked' | 'given'; considered: boolean; reason: string }>
  }
}

/** Words too common in complaints and catalogues to say anything about which entry applies. */
const STOPWORDS = new Set([
  'about', 'after', 'also', 'been', 'being', 'complaint', 'complaints', 'council', 'councils', 'does', 'each', 'example', 'from', 'have',
  'including', 'into', 'matter', 'matters', 'more', 'other', 'person', 'relevant', 'service', 'services', 'should', 'since', 'such', 'than',
  'that', 'their', 'them', 'there', 'they', 'this', 'through', 'under', 'were', 'what', 'when', 'where', 'which', 'will', 'with', 'would',
])

/** A crude English stem, enough to let "appealed" meet "appeal" and "missed" meet "missed". */
function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length)
  }
  return word
}

function keywords(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    if (word.length >= 4 && !STOPWORDS.has(word)) out.set(stem(word), word)
  }
  return out
}

/**
 * Catalogue entries the free text may point at: a word of the entry's label, or two words of its description.
 * A hint for the person deciding, never a decision: each complaint is considered on its own merits (Code 2.1).
 */
export function matchCatalogue(catalogue: readonly Exclusion[], description: string): Map<string, string[]> {
  const said = keywords(description)
  const matches = new Map<string, string[]>()
  for (const entry of catalogue) {
    const inLabel = [...keywords(entry.label).keys()].filter((k) => said.has(k))
    const inDescription = [...keywords(entry.description).keys()].filter((k) => said.has(k))
    if (inLabel.length > 0 || new Set(inDescription).size >= 2) {
      matches.set(entry.code, [...new Set([...inLabel, ...inDescription])].map((k) => said.get(k)!))
    }
  }
  return matches
}

function considered(row: CaseRecord, now: Date): { considered: boolean; reason: string } {
  const state = row.state
  const response = state.stage2?.response ?? state.stage1.response
  if (response) return { considered: true, reason: `stage ${state.stage2?.response ? 2 : 1} response sent on ${response.respondedOn}` }
  const closed = closedOn(state, now)
  if (closed !== null) return { considered: true, reason: `closed on ${closed}` }
  return { considered: false, reason: `not yet considered (status ${effectiveStatus(state, now)})` }
}


type Because = (code: string, reason: string) => void
type EarlierCase = ExclusionAdvice['alreadyConsidered']['cases'][number]

/** The catalogue codes of the case's policy; throws when the facts name a matter the catalogue does not list. */
function knownMatters(policy: CaseRecord['policy'], matters: readonly string[]): Set<string> {
  const known = new Set(policy.exclusions.map((e) => e.code))
  const unknown = matters.filter((code) => !known.has(code))
  if (unknown.length > 0) {
    throw new AppError('EXCLUSION_CHECK.UNKNOWN_EXCLUSION', `Not in this case's policy catalogue: ${unknown.join(', ')}.`, {
      errors: matters.flatMap((code, i) => known.has(code) ? [] : [{ location: 'body' as const, field: `/matters/${i}`, rule: 'catalogue', message: `"${code}" is not in the catalogue of policy ${policy.id}` }]),
      missing: unknown,
    })
  }
  return known
}

/** The 12-month test from the awareness date (given, or the case's own), null when neither says one. */
function twelveMonthAdvice(row: CaseRecord, facts: ExclusionCheckFacts, because: Because): ExclusionAdvice['twelveMonth'] {
  const { policy, state } = row
  const awareOn = facts.awareOn ?? state.awareOn
  if (!awareOn) return null
  if (awareOn > state.receivedOn) throw fieldError('EXCLUSION_CHECK.AWARE_AFTER_RECEIPT', `The awareness date ${awareOn} is after the case was received (${state.receivedOn}).`, '/awareOn', 'not_after_receipt')
  const test = twelveMonthTest(awareOn, state.receivedOn, policy)
  if (!test.withinLimit) {
    because('over_time_limit', `received on ${state.receivedOn}, after the ${policy.timeLimitMonths}-month limit (${test.limitDate}) from awareness on ${awareOn}; the council may still accept it for good reason (Code 2.2)`)
  }
  return { awareOn, receivedOn: state.receivedOn, timeLimitMonths: policy.timeLimitMonths, ...test }
}

/** The linked case (when the caller may see it) and the case the facts name, each with whether it was considered. */
async function earlierCases(deps: CaseDeps, caller: Caller, row: CaseRecord, facts: ExclusionCheckFacts, now: Date): Promise<EarlierCase[]> {
  const scope = caseScope(caller.principal)
  const earlier: EarlierCase[] = []
  if (row.linkedCaseId) {
    const linked = await findCase(deps.db, caller.council.id, row.linkedCaseId)
    // Shown only to a caller who may read it: a handler's case linked to a case they are not on says nothing of it.
    if (linked && canSee(scope, linked)) earlier.push({ id: linked.id, reference: linked.reference, source: 'linked', ...considered(linked, now) })
  }
  if (facts.alreadyConsideredCaseId && facts.alreadyConsideredCaseId !== row.linkedCaseId) {
    if (facts.alreadyConsideredCaseId === row.id) throw fieldError('EXCLUSION_CHECK.SAME_CASE', 'The earlier case must be another case.', '/alreadyConsideredCaseId', 'other_case')
    const given = await findCase(deps.db, caller.council.id, facts.alreadyConsideredCaseId)
    if (!given || !canSee(scope, given)) throw fieldError('EXCLUSION_CHECK.UNKNOWN_CASE', 'No such case in your council.', '/alreadyConsideredCaseId', 'exists')
    earlier.push({ id: given.id, reference: given.reference, source: 'given', ...considered(given, now) })
  }
  return earlier
}

/**
 * Which entries of the case's own policy catalogue may apply, the 12-month test, and whether the matter was
 * already considered. Advice only: nothing is written, so the case's version does not move.
 */
export async function checkExclusions(deps: CaseDeps, caller: Caller, caseId: string, facts: ExclusionCheckFacts): Promise<ExclusionAdvice> {
  const row = await readCase(deps, caller, caseId)
  if (!canAct(caseScope(caller.principal), row, 'exclusion_check')) throw new AppError('AUTH.FORBIDDEN', 'Your roles do not allow an exclusion check on this case.')
  const policy = row.policy
  const now = deps.now()
  const known = knownMatters(policy, facts.matters ?? [])

  const reasons = new Map<string, string[]>()
  const because: Because = (code, reason) => {
    if (known.has(code)) reasons.set(code, [...(reasons.get(code) ?? []), reason])
  }
  for (const code of facts.matters ?? []) because(code, 'named in the facts given')
  for (const [code, words] of matchCatalogue(policy.exclusions, facts.description ?? '')) {
    because(code, `the description mentions ${words.map((w) => `"${w}"`).join(', ')}`)
  }
  const twelveMonth = twelveMonthAdvice(row, facts, because)
  const earlier = await earlierCases(deps, caller, row, facts, now)
  for (const c of earlier.filter((e) => e.considered)) because('already_considered', `case ${c.reference} about the matter was already considered: ${c.reason}`)

  return {
    caseId: row.id,
    reference: row.reference,
    policy: { id: policy.id, version: row.policyVersion },
    mayApply: policy.exclusions.filter((e) => reasons.has(e.code)).map((e) => ({ ...e, reasons: reasons.get(e.code)! })),
    twelveMonth,
    alreadyConsidered: { considered: earlier.some((e) => e.considered), cases: earlier },
  }
}
