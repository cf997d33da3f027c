/**
 * The words a committee reads: duty labels taken from the council's policy (never the Code's defaults written
 * into a string), readable months, remedy types in words.
 */
import type { Anchor, Policy, StagePolicy } from '../policy/policy.schema.js'

const ANCHOR_WORDS: Record<Anchor, string> = {
  receipt: 'of receipt',
  acknowledgement: 'of acknowledgement',
  escalation_request: 'of the escalation request',
}

/** "1 complaint", "3 complaints": a count with its noun, singular for one. */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const days = (n: number): string => counted(n, 'working day')

export type Duty = 'acknowledgement' | 'response'

/** "Stage 1 response within 10 working days of acknowledgement", as the council's policy sets it. */
export function dutyLabel(policy: Policy, stage: 1 | 2, duty: Duty): string {
  const s: StagePolicy = stage === 1 ? policy.stage1 : policy.stage2
  const period = duty === 'acknowledgement' ? s.acknowledgement : s.response
  return `Stage ${stage} ${duty === 'acknowledgement' ? 'acknowledged' : 'response'} within ${days(period.workingDays)} ${ANCHOR_WORDS[period.anchor]}`
}

/** "at most 10 working days without good reason" for the stage's extension cap. */
export function extensionCapLabel(policy: Policy, stage: 1 | 2): string {
  const cap = (stage === 1 ? policy.stage1 : policy.stage2).extensionCapWorkingDays
  return `Stage ${stage} extensions of at most ${days(cap)} without good reason`
}

export const responseWorkingDays = (policy: Policy, stage: 1 | 2): number => (stage === 1 ? policy.stage1 : policy.stage2).response.workingDays

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-04" (or "2026-04-01") -> "April 2026". */
export function monthName(key: string): string {
  const month = Number(key.slice(5, 7))
  return `${MONTHS[month - 1] ?? key} ${key.slice(0, 4)}`
}

/** "2026-04" -> "Apr". */
export const monthShort = (key: string): string => (MONTHS[Number(key.slice(5, 7)) - 1] ?? key).slice(0, 3)

/** "2026-04-07" -> "7 April 2026". */
export function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(date)}`
}

const REMEDY_WORDS: Record<string, string> = {
  apology: 'Apology',
  acknowledgement: 'Acknowledging what went wrong',
  explanation: 'Explanation, assistance or reasons',
  action_on_delay: 'Action on delay',
  decision_reconsidered: 'Decision reconsidered or changed',
  record_amended: 'Record amended',
  financial: 'Financial remedy',
  policy_change: 'Change to policy, procedure or practice',
  other: 'Other remedy',
}

/** The remedy types of Code 7.1 in words; an unknown type is shown as it is. */
export const remedyTypeLabel = (type: string): string => REMEDY_WORDS[type] ?? type
