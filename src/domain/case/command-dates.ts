/**
 * Dates carried by commands. The schema's pattern lets '2026-02-30' through, and a date recorded as a past fact
 * (when the person was told, when a remedy was delivered) must not be in the future: either slip would put a
 * false record in front of the Ombudsman, so both are refused with the offending fields named.
 */
import { parseIsoDate } from '../calendar/epoch-day.js'
import { domainError, type DomainError } from '../errors/domain-error.js'
import type { ResponseContent } from '../outcomes/outcome.schema.js'
import type { CaseCommand } from './commands.schema.js'

interface DateField {
  path: string
  value: string | null | undefined
  /** Records something that has already happened, so it cannot be after today. */
  past: boolean
}

function responseDates(r: ResponseContent | undefined): DateField[] {
  return [
    ...(r?.remedies ?? []).map((x, i) => ({ path: `response.remedies.${i}.dueDate`, value: x.dueDate, past: false })),
    ...(r?.outstandingActions ?? []).map((x, i) => ({ path: `response.outstandingActions.${i}.dueDate`, value: x.dueDate, past: false })),
  ]
}

function dateFields(c: CaseCommand): DateField[] {
  switch (c.type) {
    case 'receive': return [{ path: 'awareOn', value: c.awareOn, past: false }] // order against receipt: decideReceive
    case 'extend': return [{ path: 'toldPersonOn', value: c.toldPersonOn, past: true }, { path: 'newDueDate', value: c.newDueDate, past: false }]
    case 'respond_stage1':
    case 'respond_stage2': return responseDates(c.response)
    case 'refer_to_ombudsman': return [{ path: 'referredOn', value: c.referredOn, past: true }]
    case 'record_ombudsman_decision':
      return [
        { path: 'decidedOn', value: c.decidedOn, past: true },
        ...c.recommendedRemedies.map((r, i) => ({ path: `recommendedRemedies.${i}.dueDate`, value: r.dueDate, past: false })),
      ]
    case 'complete_remedy':
    case 'complete_action': return [{ path: 'completedOn', value: c.completedOn, past: true }]
    case 'withdraw': return [{ path: 'withdrawnOn', value: c.withdrawnOn, past: true }]
    default: return []
  }
}

export function commandDateError(c: CaseCommand, today: string): DomainError | null {
  const fields = dateFields(c).filter((f): f is DateField & { value: string } => typeof f.value === 'string')
  const invalid = fields.filter((f) => parseIsoDate(f.value) === null).map((f) => f.path)
  if (invalid.length > 0) return domainError('CASE.INVALID_DATE', `not calendar dates (YYYY-MM-DD): ${invalid.join(', ')}`, invalid)
  const future = fields.filter((f) => f.past && f.value > today).map((f) => f.path)
  if (future.length > 0) return domainError('CASE.DATE_IN_FUTURE', `after today (${today}): ${future.join(', ')}`, future)
  return null
}
