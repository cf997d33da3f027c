import type { ResponseContent } from './outcome.schema.js'

export type ResponseElement =
  | 'stage'
  | 'complaintDefinition'
  | 'decision'
  | 'reasons'
  | 'remedies'
  | 'outstandingActions'
  | 'howToEscalate'
  | 'financialAmount'

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === ''

/**
 * The elements a response must state (DOMAIN.md; WODC 6.2 a-g). Returns the missing ones by name, empty
 * when complete. `decisionFromStage1`: at stage 2 agreeing with stage 1 is itself the decision.
 */
export function validateResponse(response: ResponseContent, stage: 1 | 2, decisionFromStage1 = false): ResponseElement[] {
  const missing: ResponseElement[] = []
  if (response.stage !== stage) missing.push('stage')
  if (blank(response.complaintDefinition)) missing.push('complaintDefinition')
  if ((response.findings ?? []).length === 0 && !decisionFromStage1) missing.push('decision')
  if (blank(response.reasons)) missing.push('reasons')
  const remedies = response.remedies
  if (remedies === undefined || (remedies.length === 0 && blank(response.noRemedyStatement))) missing.push('remedies')
  if (remedies?.some((r) => r.type === 'financial' && r.amountPence === undefined)) missing.push('financialAmount')
  if (response.outstandingActions === undefined) missing.push('outstandingActions')
  if (blank(response.howToEscalate)) missing.push('howToEscalate')
  return missing
}
