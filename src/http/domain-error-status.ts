/**
 * The domain never chooses HTTP statuses; this does. A command that the case's state does not allow is a
 * conflict (409); a command that breaks a rule of the Code or the council's policy is unprocessable (422).
 */
const STATE_CONFLICTS = new Set([
  'CASE.NOT_FOUND', 'CASE.ALREADY_EXISTS', 'CASE.NOT_TRIAGED', 'CASE.ALREADY_TRIAGED', 'CASE.NOT_A_SERVICE_REQUEST',
  'CASE.NOT_A_COMPLAINT', 'CASE.NOT_ACKNOWLEDGED', 'CASE.ALREADY_ACKNOWLEDGED', 'CASE.NOT_RESPONDED',
  'CASE.ALREADY_RESPONDED', 'CASE.NOT_ESCALATED', 'CASE.ALREADY_ESCALATED', 'CASE.ESCALATION_ALREADY_DECIDED',
  'CASE.ESCALATION_DECISION_REQUIRED', 'CASE.REFUSED', 'CASE.PROCESS_ENDED', 'CASE.WITHDRAWN', 'CASE.CLOSED',
  'CASE.STILL_OPEN', 'CASE.ALREADY_PAUSED', 'CASE.NOT_PAUSED', 'CASE.CLOCK_PAUSED', 'CASE.ALREADY_REFERRED',
  'CASE.NOT_REFERRED', 'CASE.OMBUDSMAN_DECISION_EXISTS', 'CASE.REMEDY_NOT_OPEN', 'CASE.ACTION_ALREADY_COMPLETED',
  'CASE.ESCALATION_DECISION_NOT_NEEDED', 'CASE.POLICY_MISMATCH',
])

/** An id in the URL (a remedy, an outstanding action) that the case does not have: the resource is not there. */
const MISSING_IN_CASE = new Set(['CASE.REMEDY_NOT_FOUND', 'CASE.ACTION_NOT_FOUND'])

export function domainErrorStatus(code: string): number {
  if (code.startsWith('CALENDAR.') || code.startsWith('EVENTS.')) return 400
  if (code === 'WEBHOOK.NOT_FOUND' || code === 'WEBHOOK.EVENT_NOT_FOUND') return 404
  if (MISSING_IN_CASE.has(code)) return 404
  return STATE_CONFLICTS.has(code) ? 409 : 422
}
