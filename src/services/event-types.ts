/**
 * The event types integrators see, and which stored history entries each one stands for. Stored types are the
 * domain's (snake_case); the public names are dotted and stable. Time-based events are stored by the scheduler
 * under their own types; a case closed by its escalation window passing is `case.closed` like any other closure.
 */
const CASE_TYPES = [
  'triaged', 'upgraded', 'downgraded', 'acknowledged', 'assigned', 'extended', 'paused', 'resumed', 'responded',
  'escalation_requested', 'escalation_decided', 'stage2_acknowledged', 'referred_to_ombudsman',
  'ombudsman_decision_recorded', 'remedy_completed', 'remedy_undeliverable', 'action_completed', 'withdrawn',
  'related_issue_added', 'amended', 'corrected', 'correspondence_recorded', 'correspondence_corrected',
] as const

/** Stored types of the scheduler's time-based events. */
export const TIME_EVENT = {
  deadlineApproaching: 'deadline_approaching',
  deadlineMissed: 'deadline_missed',
  escalationWindowPassed: 'escalation_window_passed',
  remedyOverdue: 'remedy_overdue',
} as const

const PUBLIC_TO_STORED: Record<string, readonly string[]> = {
  'case.received': ['case_received'],
  ...Object.fromEntries(CASE_TYPES.map((t) => [`case.${t}`, [t]])),
  'case.closed': ['closed', TIME_EVENT.escalationWindowPassed],
  'deadline.approaching': [TIME_EVENT.deadlineApproaching],
  'deadline.missed': [TIME_EVENT.deadlineMissed],
  'remedy.overdue': [TIME_EVENT.remedyOverdue],
}

export const PUBLIC_EVENT_TYPES: readonly string[] = Object.keys(PUBLIC_TO_STORED).sort()

const STORED_TO_PUBLIC = new Map(Object.entries(PUBLIC_TO_STORED).flatMap(([pub, stored]) => stored.map((s) => [s, pub] as const)))

/** The public name of a stored type; an unknown one (a future domain event) is `case.<type>`. */
export function publicType(stored: string): string {
  return STORED_TO_PUBLIC.get(stored) ?? `case.${stored}`
}

export function storedTypes(publicTypes: readonly string[]): string[] {
  return [...new Set(publicTypes.flatMap((t) => PUBLIC_TO_STORED[t] ?? []))]
}

export function isPublicType(type: string): boolean {
  return type in PUBLIC_TO_STORED
}

/**
 * What an event says beyond its type: never personal data, only what a subscriber needs to decide whether to
 * fetch the case (which deadline, which remedy, why it closed).
 */
export function thinData(stored: string, data: Record<string, unknown>): Record<string, unknown> {
  switch (stored) {
    case TIME_EVENT.deadlineApproaching:
    case TIME_EVENT.deadlineMissed:
      return { deadline: data.deadline, due: data.due }
    case TIME_EVENT.remedyOverdue:
      return { remedyId: data.remedyId, due: data.due }
    case TIME_EVENT.escalationWindowPassed:
      return { closure: 'escalation_window_passed' }
    case 'closed':
      return { closure: 'recorded' }
    default:
      return {}
  }
}
