/**
 * Every deadline a case has now, each explainable in words so a handler can defend it to the Ombudsman.
 * The policy passed in is the case's own snapshot, so a council changing its policy never moves open dates.
 */
import type { Calendar } from '../calendar/calendar.js'
import { addCalendarDays, addWorkingDays, workingDaysBetween } from '../calendar/working-days.js'
import { emptyStage, type CaseState, type StageRecord } from '../case/case-state.js'
import type { Anchor, EscalationWindow, Policy, StagePolicy } from '../policy/policy.schema.js'
import type { Deadline, DeadlineKind } from './deadline.schema.js'

const ANCHOR_WORDS: Record<Anchor, string> = {
  receipt: 'receipt',
  escalation_request: 'the escalation request',
  acknowledgement: 'acknowledgement',
}

function simple(kind: DeadlineKind, due: { date: string; provisional: boolean }, basis: string, doneOn: string | null): Deadline {
  return { kind, due: due.date, basis, provisional: due.provisional, projected: false, doneOn, extendedByWorkingDays: 0, beyondCode: false, pausedWorkingDays: 0, pausedSince: null }
}

interface AnchorDate {
  date: string
  words: string
  projected: boolean
}

/** Paused working days of closed pauses; an open pause is reported, not guessed. */
export function pausedWorkingDays(cal: Calendar, stage: StageRecord): { days: number; since: string | null } {
  let days = 0
  let since: string | null = null
  for (const p of stage.pauses) {
    if (p.until === null) since = p.from
    else days += p.workingDays ?? workingDaysBetween(cal, p.from, p.until)
  }
  return { days, since }
}

/** The response due date of a stage, given the date its anchor fell (or is projected to fall) on. */
export function responseDeadline(cal: Calendar, kind: DeadlineKind, sp: StagePolicy, stage: StageRecord, anchor: AnchorDate): Deadline {
  const extension = stage.extensions.reduce((sum, e) => sum + e.workingDays, 0)
  const paused = pausedWorkingDays(cal, stage)
  const due = addWorkingDays(cal, anchor.date, sp.response.workingDays + extension + paused.days)
  const parts = [`${sp.response.workingDays} working days after ${anchor.words}`]
  if (extension > 0) parts.push(`+ ${extension} working days extension`)
  if (paused.days > 0) parts.push(`+ ${paused.days} working days paused`)
  if (paused.since !== null) parts.push(`clock paused since ${paused.since}`)
  return {
    ...simple(kind, due, parts.join(', '), stage.response?.respondedOn ?? null),
    projected: anchor.projected,
    extendedByWorkingDays: extension,
    beyondCode: stage.extensions.some((e) => e.beyondCode),
    pausedWorkingDays: paused.days,
    pausedSince: paused.since,
  }
}

export function escalationWindowEnd(cal: Calendar, window: EscalationWindow, respondedOn: string): { date: string; provisional: boolean; basis: string } | null {
  if (window.kind === 'none') return null
  const unit = window.kind === 'calendar_days' ? 'calendar days' : 'working days'
  const basis = `${window.days} ${unit} after the stage 1 response on ${respondedOn}`
  if (window.kind === 'calendar_days') return { date: addCalendarDays(respondedOn, window.days), provisional: false, basis }
  return { ...addWorkingDays(cal, respondedOn, window.days), basis }
}

function stage1Deadlines(s: CaseState, p: Policy, cal: Calendar): Deadline[] {
  const ackDue = addWorkingDays(cal, s.receivedOn, p.stage1.acknowledgement.workingDays)
  const ack = simple('stage1_acknowledgement', ackDue, `${p.stage1.acknowledgement.workingDays} working days after receipt on ${s.receivedOn}`, s.stage1.acknowledgedOn)
  if (s.acceptance?.decision === 'refused') return [ack]
  const anchor: AnchorDate =
    p.stage1.response.anchor === 'receipt'
      ? { date: s.receivedOn, words: `receipt on ${s.receivedOn}`, projected: false }
      : s.stage1.acknowledgedOn !== null
        ? { date: s.stage1.acknowledgedOn, words: `acknowledgement on ${s.stage1.acknowledgedOn}`, projected: false }
        : { date: ackDue.date, words: `the acknowledgement due date ${ackDue.date} (projected: not yet acknowledged)`, projected: true }
  return [ack, responseDeadline(cal, 'stage1_response', p.stage1, s.stage1, anchor)]
}

function stage2Deadlines(s: CaseState, p: Policy, cal: Calendar): Deadline[] {
  const esc = s.escalation
  if (esc === null || esc.decision?.decision === 'refuse' || esc.decision?.decision === 'final_at_stage1') return []
  const stage = s.stage2 ?? emptyStage()
  const ackDue = addWorkingDays(cal, esc.requestedOn, p.stage2.acknowledgement.workingDays)
  const ack = simple('stage2_acknowledgement', ackDue, `${p.stage2.acknowledgement.workingDays} working days after ${ANCHOR_WORDS.escalation_request} on ${esc.requestedOn}`, stage.acknowledgedOn)
  const anchor: AnchorDate =
    p.stage2.response.anchor !== 'acknowledgement'
      ? { date: esc.requestedOn, words: `the escalation request on ${esc.requestedOn}`, projected: false }
      : stage.acknowledgedOn !== null
        ? { date: stage.acknowledgedOn, words: `acknowledgement on ${stage.acknowledgedOn}`, projected: false }
        : { date: ackDue.date, words: `the acknowledgement due date ${ackDue.date} (projected: not yet acknowledged)`, projected: true }
  return [ack, responseDeadline(cal, 'stage2_response', p.stage2, stage, anchor)]
}

/**
 * Deadlines that apply to the case now; service requests and signposted matters have none under the Code.
 * Once the person withdraws, duties not yet met lapse (they would otherwise read as overdue forever and count
 * against the council); the ones met stay, as the record of what was done.
 */
export function caseDeadlines(s: CaseState, p: Policy, cal: Calendar): Deadline[] {
  const as = s.triage?.as
  if (as === 'service_request' || as === 'signposted') return []
  const out = stage1Deadlines(s, p, cal)
  const responded = s.stage1.response
  if (responded !== null) {
    const end = escalationWindowEnd(cal, p.escalationWindow, responded.respondedOn)
    if (end !== null) out.push(simple('escalation_window', end, end.basis, s.escalation?.requestedOn ?? null))
  }
  const all = [...out, ...stage2Deadlines(s, p, cal)]
  return s.withdrawal === null ? all : all.filter((d) => d.doneOn !== null)
}

export function findDeadline(deadlines: readonly Deadline[], kind: DeadlineKind): Deadline | undefined {
  return deadlines.find((d) => d.kind === kind)
}
