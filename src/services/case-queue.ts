import { addWorkingDays, DEFAULT_UPDATE_EVERY_WORKING_DAYS, emailKey, updateDue, updateDueCutoff, londonDate, type Division, phoneKey, storedStatusesReadingAs, type CaseStatus, type Channel, type TriageAs } from '../domain/index.js'
import { listQueue } from '../db/case-queue.repository.js'
import { findCaseByReference } from '../db/case.repository.js'
import { displayNames } from '../db/staff.repository.js'
import { AppError } from './app-error.js'
import { canSee, caseScope } from './case-access.js'
import { caseSummary } from './case-view.js'
import type { Calendars } from './calendars.js'
import { updateIntervalsByVersion } from './policies.js'
import { notFound, type Caller, type CaseDeps } from './cases.js'

/** Where a page ended: the next page starts after this (due date or last change, then id). */
export type QueuePosition = { due: string | null; id: string } | { updatedAt: string; id: string }

export type QueueSort = 'due' | 'updated'

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
  reference?: string
  crmReference?: string
  updatedSince?: string
  personEmail?: string
  personPhone?: string
  /** Free text over the summary and the names. */
  q?: string
  sort?: QueueSort
  /** Only open cases whose regular update is due (no contact for more than the policy's working days). */
  updateDue?: boolean
  /** Only cases with (true) or without (false) a duty to tell the person done with no correspondence recorded for it. */
  correspondenceGap?: boolean
  limit: number
  after?: QueuePosition
}

const MAX_WORDS = 8

/**
 * Plain words to a prefix query for to_tsquery('simple'): every word must start a word of the summary or a name
 * ("tay" finds Taylor). Only letters and digits reach the query, so its syntax can never be broken from outside.
 */
export function textQuery(text: string): string {
  const words = (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS)
  if (words.length === 0) {
    throw new AppError('VALIDATION', 'q: must hold at least one letter or digit', {
      errors: [{ location: 'querystring', field: '/q', rule: 'words', message: 'must hold at least one letter or digit' }],
    })
  }
  return words.map((w) => `'${w}':*`).join(' & ')
}

function contactKey(field: 'personEmail' | 'personPhone', value: string): string {
  const key = field === 'personEmail' ? emailKey(value) : phoneKey(value)
  if (key === null) {
    throw new AppError('VALIDATION', `${field}: must not be empty`, {
      errors: [{ location: 'querystring', field: `/${field}`, rule: 'minLength', message: 'must not be empty' }],
    })
  }
  return key
}

const DIVISIONS: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland']

/**
 * "Update due" as a filter: for each interval the council's policy versions use, the latest last contact that
 * makes an update due today, per bank-holiday division where their holidays make it differ. The case's own
 * version and division pick its rule, so the queue agrees with the case (services/case-view.ts).
 */
export function updateDueRules(calendars: Calendars, intervals: ReadonlyMap<number, number>, today: string) {
  const byEvery = new Map<number, number[]>()
  for (const [version, every] of intervals) byEvery.set(every, [...(byEvery.get(every) ?? []), version])
  const rules: { policyVersions: number[] | null; division: string | null; lastContactOnOrBefore: string }[] = []
  for (const [every, versions] of byEvery) {
    const policyVersions = byEvery.size === 1 ? null : versions.sort((a, b) => a - b)
    const cutoffs = DIVISIONS.map((division) => ({ division, cutoff: updateDueCutoff(calendars.get(division), today, every) }))
    if (cutoffs.every((c) => c.cutoff === cutoffs[0]!.cutoff)) rules.push({ policyVersions, division: null, lastContactOnOrBefore: cutoffs[0]!.cutoff })
    else for (const c of cutoffs) rules.push({ policyVersions, division: c.division, lastContactOnOrBefore: c.cutoff })
  }
  const lastContactOnOrBefore = rules.reduce((m, r) => (r.lastContactOnOrBefore > m ? r.lastContactOnOrBefore : m), '0000-01-01')
  return { lastContactOnOrBefore, rules }
}

/**
 * The caller's work queue: the cases they may see, filtered, by next due date (or by last change), one page at a
 * time. Filters on personal data (email, phone, free text) never match a sensitive case whose personal data the
 * caller may not see.
 */
export async function listCases(deps: CaseDeps, caller: Caller, q: QueueQuery) {
  const { principal, council } = caller
  const now = deps.now()
  const today = londonDate(now)
  const calendar = deps.calendars.get(council.bankHolidayDivision)
  const sort = q.sort ?? 'due'
  // Regular updates go by each case's own policy and calendar, as the case answers it (a queue spans cases under
  // several policy versions and divisions): the filter needs each version's interval first, the lines only after.
  const intervalsRead = updateIntervalsByVersion(deps.db, council.id)
  const intervals = q.updateDue ? await intervalsRead : null
  if (q.after && ('updatedAt' in q.after) !== (sort === 'updated')) {
    throw new AppError('VALIDATION', 'cursor: belongs to another sort order', {
      errors: [{ location: 'querystring', field: '/cursor', rule: 'sort', message: 'belongs to another sort order' }],
    })
  }
  const rowsRead = listQueue(deps.db, {
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
    ...(q.reference ? { reference: q.reference.trim().toUpperCase() } : {}),
    ...(q.crmReference ? { crmReference: q.crmReference } : {}),
    ...(q.updatedSince ? { updatedSince: q.updatedSince } : {}),
    ...(q.personEmail !== undefined ? { personEmail: contactKey('personEmail', q.personEmail) } : {}),
    ...(q.personPhone !== undefined ? { personPhone: contactKey('personPhone', q.personPhone) } : {}),
    ...(q.q !== undefined ? { text: textQuery(q.q) } : {}),
    order: sort,
    ...(intervals ? { updateDue: updateDueRules(deps.calendars, intervals, today) } : {}),
    ...(q.correspondenceGap !== undefined ? { correspondenceGap: q.correspondenceGap } : {}),
    ...(q.after && 'due' in q.after ? { after: q.after } : {}),
    ...(q.after && 'updatedAt' in q.after ? { afterUpdate: q.after } : {}),
  })
  const [rows, byVersion] = await Promise.all([rowsRead, intervalsRead])
  const page = rows.slice(0, q.limit)
  const last = page[page.length - 1]
  const position = (row: NonNullable<typeof last>): QueuePosition =>
    sort === 'updated' ? { updatedAt: row.updatedAt.toISOString(), id: row.id } : { due: row.nextDueOn, id: row.id }
  const next: QueuePosition | null = rows.length > q.limit && last ? position(last) : null
  // Handlers by display name: one query for the page's subjects, not one per line.
  const subjects = new Set(page.flatMap((row) => [row.handler, row.stage2Handler].filter((s): s is string => s !== null)))
  const names = await displayNames(deps.db, council.id, [...subjects])
  const items = page.map((row) => ({
    ...caseSummary(row, now, names),
    updateDue: row.nextDueOn !== null && updateDue(deps.calendars.get(row.bankHolidayDivision as Division), row.lastContactOn ?? row.receivedOn, today,
      byVersion.get(row.policyVersion) ?? DEFAULT_UPDATE_EVERY_WORKING_DAYS),
    correspondenceGap: row.correspondenceGaps > 0,
  }))
  return { items, next }
}

/** A case by its reference (as printed on letters; any letter case), or 404 when there is none the caller may see. */
export async function readCaseByReference(deps: CaseDeps, caller: Caller, reference: string) {
  const row = await findCaseByReference(deps.db, caller.council.id, reference.trim().toUpperCase())
  if (!row || !canSee(caseScope(caller.principal), row)) throw notFound()
  return row
}
