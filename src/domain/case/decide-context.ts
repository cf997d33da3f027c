import type { Calendar } from '../calendar/calendar.js'
import { londonDate, toIsoInstant, type Instant } from '../calendar/london-date.js'
import type { DomainError } from '../errors/domain-error.js'
import type { Policy } from '../policy/policy.schema.js'
import type { CaseEvent } from './events.schema.js'

export interface Actor {
  /** Stable identifier of the person or system acting (JWT subject). */
  subject: string
  roles: readonly string[]
}

export interface DecideContext {
  /** The instant of the command; the domain never reads the clock. */
  now: Instant
  /** The policy snapshot the case started under (for receive: the council's current policy). */
  policy: Policy
  /** Optional version label of that snapshot; checked against the case's once it exists. */
  policyVersion?: string
  calendar: Calendar
  actor: Actor
}

export type DecideResult = { ok: true; events: CaseEvent[] } | { ok: false; error: DomainError }

export interface Meta {
  at: string
  by: string
  today: string
}

export function meta(ctx: DecideContext): Meta {
  return { at: toIsoInstant(ctx.now), by: ctx.actor.subject, today: londonDate(ctx.now) }
}

export const ok = (...events: CaseEvent[]): DecideResult => ({ ok: true, events })
export const fail = (error: DomainError): DecideResult => ({ ok: false, error })
