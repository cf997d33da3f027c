/**
 * Corrections: a mistaken action is never deleted. A `corrected` event names it and either strikes it out
 * (recorded in error, e.g. on the wrong case) or replaces it by the same action redated; the case is the fold of
 * its history as it stands after its corrections, so its state, deadlines and reports follow the corrected facts.
 *
 * Rules: only an action can be corrected (not the receipt, an amendment or a correction: amend again instead;
 * an amendment already records each field's old and new value, so the amendment that puts the old values back,
 * with its reason, is the whole correction and leaves the history as complete as a correction event would);
 * only the case's latest action still standing (amendments aside), so everything after it was decided on the
 * facts the correction leaves; to correct an earlier one, correct the later ones first. A redated action keeps
 * what it decided and recomputes what follows from its date (the day it counts as done, lateness against the due
 * date it had, a stage 1 escalation window); the new date obeys the back-dating rules.
 */
import { londonDate, toIsoInstant } from '../calendar/london-date.js'
import { workingDaysBetween } from '../calendar/working-days.js'
import { domainError } from '../errors/domain-error.js'
import { escalationWindowEnd } from '../timescales/case-deadlines.js'
import type { CaseState } from './case-state.js'
import type { CommandOf } from './commands.schema.js'
import { fail, meta, stamp, type DecideContext, type DecideResult } from './decide-context.js'
import { CaseEventSchema, type CaseEvent } from './events.schema.js'
import { replay } from './evolve.js'

export interface HistoryEntry {
  sequence: number
  event: CaseEvent
}

/** The domain's own event types: history entries of other kinds (alerts, related issues) are not folded. */
export const DOMAIN_EVENT_TYPES: ReadonlySet<string> = new Set(
  (CaseEventSchema.anyOf as unknown as { properties: { type: { const: string } } }[]).map((s) => s.properties.type.const),
)

const NOT_CORRECTABLE = new Set(['case_received', 'amended', 'corrected'])
const CLOCK_SKEW_MS = 2 * 60_000

/** The history as it stands: struck-out actions dropped, redated ones replaced (the latest correction wins), corrections left out. */
export function standing(history: readonly HistoryEntry[]): HistoryEntry[] {
  const fixes = new Map<number, CaseEvent | null>()
  for (const h of history) if (h.event.type === 'corrected') fixes.set(h.event.sequence, h.event.replacement as CaseEvent | null)
  const out: HistoryEntry[] = []
  for (const h of history) {
    if (h.event.type === 'corrected') continue
    const fix = fixes.get(h.sequence)
    if (fix === undefined) out.push(h)
    else if (fix !== null) out.push({ sequence: h.sequence, event: fix })
  }
  return out
}

export function replayCorrected(history: readonly HistoryEntry[]): CaseState | null {
  return replay(standing(history).map((h) => h.event))
}

/** The same action as if it had happened at `at`: what it decided stays, what follows from its date is recomputed. */
function redated(e: CaseEvent, at: string, before: CaseState, ctx: DecideContext): CaseEvent {
  const on = londonDate(at)
  // It was keyed in when it was first recorded: that stays, so the data-quality figure sees the gap.
  const base = { ...e, at, recordedAt: e.recordedAt ?? e.at }
  switch (base.type) {
    case 'acknowledged':
    case 'stage2_acknowledged':
      return { ...base, acknowledgedOn: on, late: on > base.dueOn }
    case 'responded':
      return {
        ...base, respondedOn: on, late: on > base.dueOn,
        escalationWindowEndsOn: base.stage === 1 ? escalationWindowEnd(ctx.calendar, ctx.policy.escalationWindow, on)?.date ?? null : base.escalationWindowEndsOn,
      }
    case 'escalation_requested':
      return { ...base, requestedAt: at, requestedOn: on, withinWindow: base.windowEndsOn === null || on <= base.windowEndsOn }
    case 'escalation_decided':
      return { ...base, decidedOn: on }
    case 'paused':
      return { ...base, from: on }
    case 'resumed': {
      const stage = base.stage === 1 ? before.stage1 : before.stage2
      const open = stage?.pauses.find((p) => p.until === null)
      return { ...base, until: on, workingDays: open ? Math.max(0, workingDaysBetween(ctx.calendar, open.from, on)) : base.workingDays }
    }
    case 'closed':
      return { ...base, closedOn: on }
    default:
      return base
  }
}

export type CorrectionResult = DecideResult & { state?: CaseState }

/** Decides a correction over the case's whole history; on success also returns the refolded state. */
export function decideCorrection(history: readonly HistoryEntry[], c: CommandOf<'correct'>, ctx: DecideContext): CorrectionResult {
  const st = standing(history)
  const index = st.findIndex((h) => h.sequence === c.sequence)
  if (index < 0) {
    const recorded = history.find((h) => h.sequence === c.sequence)
    if (recorded === undefined || !DOMAIN_EVENT_TYPES.has(recorded.event.type)) {
      return fail(domainError('CASE.NOT_CORRECTABLE', `sequence ${c.sequence} is not an action of this case`, ['sequence']))
    }
    return fail(domainError('CASE.ALREADY_CORRECTED', `the action at sequence ${c.sequence} was struck out already`, ['sequence']))
  }
  const target = st[index]!.event
  if (NOT_CORRECTABLE.has(target.type)) {
    const instead = target.type === 'amended' ? 'undo it by another amendment, with the old values and a reason' : 'amend the case instead'
    return fail(domainError('CASE.NOT_CORRECTABLE', `a ${target.type} event is not corrected (${instead})`, ['sequence']))
  }
  const later = st.slice(index + 1).filter((h) => h.event.type !== 'amended')
  if (later.length > 0) {
    return fail(domainError('CASE.CORRECTION_NOT_LATEST', `correct the later actions first, latest first (sequence ${later.at(-1)!.sequence})`, ['sequence']))
  }
  const before = replay(st.slice(0, index).map((h) => h.event))
  if (before === null) return fail(domainError('CASE.NOT_CORRECTABLE', 'nothing to correct before the receipt', ['sequence']))
  let replacement: CaseEvent | null = null
  if (c.redateTo !== undefined) {
    const at = Date.parse(c.redateTo)
    const now = new Date(ctx.now).getTime()
    if (Number.isNaN(at)) return fail(domainError('CASE.INVALID_DATE', 'redateTo is not an instant', ['redateTo']))
    if (at - now > CLOCK_SKEW_MS) return fail(domainError('CASE.DATE_IN_FUTURE', `redateTo ${c.redateTo} is in the future`, ['redateTo']))
    const previous = before.lastEventAt ?? before.receivedAt
    if (at < Date.parse(previous)) return fail(domainError('CASE.DATE_OUT_OF_ORDER', `redateTo ${c.redateTo} is before the event it follows (${previous})`, ['redateTo']))
    replacement = redated(target, toIsoInstant(new Date(Math.min(at, now))), before, ctx)
  }
  const event: CaseEvent = { type: 'corrected', ...stamp(meta(ctx)), sequence: c.sequence, correctedType: target.type, reason: c.reason, replacement: replacement as Record<string, unknown> | null }
  const last = history.reduce((m, h) => Math.max(m, h.sequence), 0)
  const state = replayCorrected([...history, { sequence: last + 1, event }])
  if (state === null) return fail(domainError('CASE.NOT_CORRECTABLE', 'the correction leaves no case', ['sequence']))
  return { ok: true, events: [event], state }
}
