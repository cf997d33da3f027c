/**
 * The correspondence log's evidence: was the person told, and when? Each duty the Code gives the council to tell
 * the person something (acknowledge each stage, notify each extension with the Ombudsman's details, send each
 * response, and with each response say how to escalate: to stage 2 after stage 1, to the Ombudsman after stage 2)
 * is matched with the letter, email, call or meeting recorded for it; a duty done with none recorded is
 * a gap. An entry struck out by a correction stays in the log but evidences nothing and is no contact. Pure: the
 * caller passes the state, the log and the day. The database counts the gaps the same way (the function
 * case_correspondence_gaps of the migrations): change both together.
 */
import { workingDaysBetween } from '../calendar/working-days.js'
import type { Calendar } from '../calendar/calendar.js'
import type { CaseState } from './case-state.js'

export const CORRESPONDENCE_DUTIES = [
  'stage1_acknowledgement', 'stage2_acknowledgement', 'extension_notice', 'regular_update', 'stage1_response', 'stage2_response',
  'escalation_details',
] as const
export type CorrespondenceDuty = typeof CORRESPONDENCE_DUTIES[number]

/** What the evidence needs of an entry in the log. */
export interface CorrespondenceFact {
  id: string
  direction: 'in' | 'out'
  occurredOn: string
  stage: 1 | 2
  duties: readonly CorrespondenceDuty[]
  ombudsmanDetailsGiven: boolean
  /** Struck out by a correction (recorded in error): kept in the log, evidence of nothing. */
  struckOut?: boolean
}

/** The entries that stand: those no correction struck out. */
export const standingCorrespondence = (log: readonly CorrespondenceFact[]): CorrespondenceFact[] => log.filter((e) => e.struckOut !== true)

export interface DutyEvidence {
  duty: Exclude<CorrespondenceDuty, 'regular_update'>
  stage: 1 | 2
  /** When the duty was done as the case records it (acknowledged, extended, responded). */
  doneOn: string
  /** The entry that told the person, or null: a gap. */
  toldBy: { id: string; on: string } | null
  /** Extension notices: whether that notice gave the Ombudsman's details (Code 6.5). */
  ombudsmanDetailsGiven?: boolean
}

export function dutyEvidence(state: CaseState, log: readonly CorrespondenceFact[]): DutyEvidence[] {
  const out = standingCorrespondence(log).filter((e) => e.direction === 'out').sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
  const telling = (duty: CorrespondenceDuty, stage: 1 | 2) => out.filter((e) => e.stage === stage && e.duties.includes(duty))
  const first = (duty: CorrespondenceDuty, stage: 1 | 2) => telling(duty, stage)[0] ?? null
  const evidence: DutyEvidence[] = []
  const stages = [[1, state.stage1], [2, state.stage2]] as const
  for (const [stage, record] of stages) {
    if (record === null) continue
    if (record.acknowledgedOn !== null) {
      const e = first(stage === 1 ? 'stage1_acknowledgement' : 'stage2_acknowledgement', stage)
      evidence.push({ duty: stage === 1 ? 'stage1_acknowledgement' : 'stage2_acknowledgement', stage, doneOn: record.acknowledgedOn, toldBy: e && { id: e.id, on: e.occurredOn } })
    }
    // The n-th extension of a stage is told by its n-th extension notice.
    const notices = telling('extension_notice', stage)
    record.extensions.forEach((x, i) => {
      const e = notices[i] ?? null
      evidence.push({
        duty: 'extension_notice', stage, doneOn: x.toldPersonOn, toldBy: e && { id: e.id, on: e.occurredOn },
        ombudsmanDetailsGiven: e === null ? x.ombudsmanDetailsGiven : e.ombudsmanDetailsGiven,
      })
    })
    if (record.response !== null) {
      const duty = stage === 1 ? 'stage1_response' : 'stage2_response'
      const e = first(duty, stage)
      evidence.push({ duty, stage, doneOn: record.response.respondedOn, toldBy: e && { id: e.id, on: e.occurredOn } })
      // How to escalate (stage 2, then the Ombudsman) is told with the response: the letter that sends it usually
      // serves both duties, and is recorded with both; one without it leaves the person not knowing where to go.
      const x = first('escalation_details', stage)
      evidence.push({ duty: 'escalation_details', stage, doneOn: record.response.respondedOn, toldBy: x && { id: x.id, on: x.occurredOn } })
    }
  }
  return evidence
}

/** The last day of contact either way, or the day of receipt when there has been none. */
export function lastContactOn(state: CaseState, log: readonly CorrespondenceFact[]): string {
  return standingCorrespondence(log).reduce((last, e) => (e.occurredOn > last ? e.occurredOn : last), state.receivedOn)
}

/** An update is due once more than `everyWorkingDays` working days have passed since the last contact. */
export function updateDue(calendar: Calendar, lastContact: string, today: string, everyWorkingDays: number): boolean {
  return workingDaysBetween(calendar, lastContact, today) > everyWorkingDays
}

/**
 * The latest last-contact day that makes an update due today: a case whose last contact is on or before it is
 * due (for the queue's query over the stored last-contact column).
 */
export function updateDueCutoff(calendar: Calendar, today: string, everyWorkingDays: number): string {
  let day = today
  const back = (d: string) => new Date(Date.parse(`${d}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  for (let i = 0; i < 400 && !updateDue(calendar, day, today, everyWorkingDays); i++) day = back(day)
  return day
}

/** The default of the Ombudsman's expectation of regular updates, where the policy says nothing. */
export const DEFAULT_UPDATE_EVERY_WORKING_DAYS = 10
