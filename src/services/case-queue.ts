import { addWorkingDays, londonDate, storedStatusesReadingAs, type CaseStatus, type Channel, type TriageAs } from '../domain/index.js'
import { listQueue } from '../db/case-queue.repository.js'
import { displayNames } from '../db/staff.repository.js'
import { caseScope } from './case-access.js'
import { caseSummary } from './case-view.js'
import type { Caller, CaseDeps } from './cases.js'

/** Where a page ended: the next page starts after this (due date, id). */
export interface QueuePosition { due: string | null; id: string }

export interface QueueQuery {
  status?: CaseStatus
  stage?: number
  kind?: TriageAs
  /** A handler's subject, or `me` for the caller. */
  handler?: string
  serviceArea?: string
  channel?: Channel
  receivedFrom?: string
  receivedTo?: string
  overdue?: boolean
  dueWithinWorkingDays?: number
  sensitive?: boolean
  remediesOverdue?: boolean
  adjustmentsReviewDue?: boolean
  limit: number
  after?: QueuePosition
}

/** The caller's work queue: the cases they may see, filtered, by next due date, one page at a time. */
export async function listCases(deps: CaseDeps, caller: Caller, q: QueueQuery) {
  const { principal, council } = caller
  const now = deps.now()
  const today = londonDate(now)
  const calendar = deps.calendars.get(council.bankHolidayDivision)
  const rows = await listQueue(deps.db, {
    councilId: council.id,
    scope: caseScope(principal),
    today,
    limit: q.limit + 1,
    ...(q.status ? { statusIn: storedStatusesReadingAs(q.status) } : {}),
    ...(q.stage ? { stage: q.stage } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.handler ? { handler: q.handler === 'me' ? principal.subject : q.handler } : {}),
    ...(q.serviceArea ? { serviceArea: q.serviceArea } : {}),
    ...(q.channel ? { channel: q.channel } : {}),
    ...(q.receivedFrom ? { receivedFrom: q.receivedFrom } : {}),
    ...(q.receivedTo ? { receivedTo: q.receivedTo } : {}),
    ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
    ...(q.dueWithinWorkingDays !== undefined ? { dueOnOrBefore: addWorkingDays(calendar, today, q.dueWithinWorkingDays).date } : {}),
    ...(q.sensitive !== undefined ? { sensitive: q.sensitive } : {}),
    ...(q.remediesOverdue ? { remediesOverdue: true } : {}),
    ...(q.adjustmentsReviewDue ? { adjustmentsReviewDue: true } : {}),
    ...(q.after ? { after: q.after } : {}),
  })
  const page = rows.slice(0, q.limit)
  const last = page[page.length - 1]
  const next: QueuePosition | null = rows.length > q.limit && last ? { due: last.next_due_on, id: last.id } : null
  // Handlers by display name: one query for the page's subjects, not one per line.
  const subjects = new Set(page.flatMap((row) => [row.handler, row.stage2_handler].filter((s): s is string => s !== null)))
  const names = await displayNames(deps.db, council.id, [...subjects])
  return { items: page.map((row) => caseSummary(row, now, names)), next }
}
