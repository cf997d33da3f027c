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
  /**
   * When the action really happened, when it was keyed in later (back-dated); its dates and timeliness are
   * worked out from it. decide() checks it against `now` and the case's previous event.
   */
  occurredAt?: Instant
}

export type DecideResult = { ok: true; events: CaseEvent[] } | { ok: false; error: DomainError }

export interface Meta {
  /** When the event happened: the back-dated instant, or now. */
  at: string
  by: string
  /** The Europe/London date of `at`: what the Code counts from. */
  today: string
  /** Set only when back-dated: when it was recorded. */
  recordedAt?: string
}

export function meta(ctx: DecideContext): Meta {
  const at = ctx.occurredAt ?? ctx.now
  const base = { at: toIsoInstant(at), by: ctx.actor.subject, today: londonDate(at) }
  return ctx.occurredAt === undefined ? base : { ...base, recordedAt: toIsoInstant(ctx.now) }
}

export const ok = (...events: CaseEvent[]): DecideResult => ({ ok: true, events })
export const fail = (error: DomainError): DecideResult => ({ ok: false, error })

/** The fields every event opens with: when it happened, who, and when it was recorded if that was later. */
export function stamp(m: Meta): { at: string; by: string; recordedAt?: string } {
  return m.recordedAt === undefined ? { at: m.at, by: m.by } : { at: m.at, by: m.by, recordedAt: m.recordedAt }
}
