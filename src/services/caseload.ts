import type { Kysely } from 'kysely'
import { addWorkingDays, type Calendar } from '../domain/index.js'
import { caseloadByHolder, type HeldCaseload } from '../db/caseload.repository.js'
import type { Database } from '../db/database.js'

/** The open caseload's figures (as the performance report's openNow counts them), for one holder or in all. */
export interface CaseloadFigures {
  open: number
  stage1: number
  stage2: number
  overdue: number
  dueWithin5WorkingDays: number
  /** Of the open cases, those with a duty done and no letter recorded for it (the correspondence log's gaps). */
  correspondenceGaps: number
  /** The earliest due date among the cases (YYYY-MM-DD); null when there are none. */
  nextDueOn: string | null
}

export interface HolderCaseload extends CaseloadFigures {
  subject: string
  /** From the council's staff records; null when the record gives none. */
  displayName: string | null
  /** Whether the subject may still be assigned work: false for a leaver or a long absence; null with no staff record. */
  active: boolean | null
}

export interface Caseload {
  asAt: string
  /** The last day counted as due soon: 5 working days after asAt, as in the performance report. */
  dueSoonBy: string
  total: CaseloadFigures
  /** Cases nobody holds yet (not assigned at their stage). */
  unassigned: CaseloadFigures
  /** Holders with open cases: most overdue first, then most open, then by subject. */
  holders: HolderCaseload[]
}

const EMPTY: CaseloadFigures = { open: 0, stage1: 0, stage2: 0, overdue: 0, dueWithin5WorkingDays: 0, correspondenceGaps: 0, nextDueOn: null }

const figures = (r: HeldCaseload): CaseloadFigures => ({
  open: r.open, stage1: r.stage1, stage2: r.stage2, overdue: r.overdue, dueWithin5WorkingDays: r.dueSoon,
  correspondenceGaps: r.correspondenceGaps, nextDueOn: r.nextDueOn,
})

/** A subject only seen (never registered by an admin) cannot be assigned work, whatever its active flag. */
const assignable = (r: HeldCaseload): boolean | null => (r.active === null ? null : r.registered === true && r.active)

const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b)

function sum(all: CaseloadFigures[]): CaseloadFigures {
  return all.reduce((t, f) => ({
    open: t.open + f.open, stage1: t.stage1 + f.stage1, stage2: t.stage2 + f.stage2, overdue: t.overdue + f.overdue,
    dueWithin5WorkingDays: t.dueWithin5WorkingDays + f.dueWithin5WorkingDays, correspondenceGaps: t.correspondenceGaps + f.correspondenceGaps,
    nextDueOn: earlier(t.nextDueOn, f.nextDueOn),
  }), EMPTY)
}

/**
 * Who holds the council's open cases now, named as the staff records name them: the complaints manager's view of
 * the workload (the stage 1 handler or, for a stage 2 duty, the reviewer). Leavers still holding cases show with
 * `active: false`, to be reassigned.
 */
export async function caseload(db: Kysely<Database>, councilId: string, today: string, calendar: Calendar): Promise<Caseload> {
  const dueSoonBy = addWorkingDays(calendar, today, 5).date
  const rows = await caseloadByHolder(db, councilId, today, dueSoonBy)
  const holders = rows.flatMap((r): HolderCaseload[] => (r.subject === null ? [] : [{ subject: r.subject, displayName: r.displayName, active: assignable(r), ...figures(r) }]))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.subject.localeCompare(b.subject))
  const unassigned = sum(rows.filter((r) => r.subject === null).map(figures))
  return { asAt: today, dueSoonBy, total: sum(rows.map(figures)), unassigned, holders }
}
