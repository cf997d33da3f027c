import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { CaseRow } from './case.repository.js'
import type { Database } from './database.js'
import { camelized, type Camelized } from './row-mapping.js'

/**
 * What a queue line reads (services/case-view.ts caseSummary): the projected columns, and of the case's state
 * only its receivedAt as recorded; not the state, the policy snapshot or the intake (about 4 KB a line).
 */
const QUEUE_COLUMNS = [
  'id', 'reference', 'version', 'status', 'escalation_window_ends_on', 'kind', 'stage', 'channel', 'sensitive', 'service_areas',
  'lead_service_area', 'handler', 'stage2_handler', 'next_due_on', 'next_due_kind', 'open_remedies', 'next_remedy_due_on', 'updated_at',
  'received_on', 'last_contact_on', 'policy_version', 'bank_holiday_division',
  'adjustments_review_on', 'correspondence_gaps',
] as const satisfies readonly (keyof CaseRow)[]
/** A queue line as the services read it. */
export type QueueLine = Camelized<Pick<CaseRow, typeof QUEUE_COLUMNS[number]>> & { receivedAtText: string }

export interface QueueFilter {
  councilId: string
  /** Visibility: all, or only cases assigned to / logged by a subject. */
  scope: { all: boolean; handler: string | null; creator: string | null }
  today: string
  /** Any of these stored statuses, each with its escalation window passed or not by `today` (see domain readStatus). */
  statusIn?: Array<{ status: string; window?: 'passed' | 'not_passed' }>
  stage?: number
  kind?: string
  handler?: string
  serviceArea?: string
  channel?: string
  receivedFrom?: string
  receivedTo?: string
  overdue?: boolean
  dueOnOrBefore?: string
  sensitive?: boolean
  remediesOverdue?: boolean
  /** Only open cases whose reasonable adjustments are due for review (Code 5.6). */
  adjustmentsReviewDue?: boolean
  reference?: string
  crmReference?: string
  /** Changed at or after this instant. */
  updatedSince?: string
  /** Personal-data filters: they never match a sensitive case whose personal data the scope may not see. */
  personEmail?: string
  personPhone?: string
  /** A to_tsquery('simple') query over the summary and the names (built by the service from plain words). */
  text?: string
  /** `due` (the default): next due date, then id. `updated`: last change, then id. */
  order?: 'due' | 'updated'
  after?: { due: string | null; id: string }
  afterUpdate?: { updatedAt: string; id: string }
  /**
   * Open cases (a council duty running) whose last contact, or receipt, is on or before the day their own rule
   * says: any rule's (the index range), then the rule of the case's policy versions and bank-holiday division
   * (null: every version / division).
   */
  updateDue?: {
    lastContactOnOrBefore: string
    rules: { policyVersions: number[] | null; division: string | null; lastContactOnOrBefore: string }[]
  }
  /** Only cases with a duty to tell the person done and no outgoing correspondence recorded for it. */
  correspondenceGap?: boolean
  limit: number
}

/**
 * The document the free-text filter searches; word for word the expression of the cases_text_idx index
 * (migration 20261201T154500-find-complaints.ts), or the planner cannot use it.
 */
const TEXT_DOCUMENT = sql.raw(`to_tsvector('simple'::regconfig,
    coalesce(intake->>'summary', '') || ' ' || coalesce(intake->'person'->>'name', '') || ' ' || coalesce(intake->'representative'->>'name', ''))`)

/**
 * Cases stored in any of these shapes (the domain's storedStatusesReadingAs...), their escalation window read as
 * of `today`: the one SQL form of the rule of what reads as closed. An empty list matches nothing.
 */
export function statusMatching(eb: ExpressionBuilder<Database, 'cases'>, matches: QueueFilter['statusIn'] & object, today: string): Expression<SqlBool> {
  return eb.or([
    ...matches.map((m) => eb.and([
      eb('status', '=', m.status),
      ...(m.window === 'passed' ? [eb('escalation_window_ends_on', '<', today)] : []),
      ...(m.window === 'not_passed' ? [eb.or([eb('escalation_window_ends_on', 'is', null), eb('escalation_window_ends_on', '>=', today)])] : []),
    ])),
    ...(matches.length === 0 ? [sql<boolean>`false`] : []),
  ])
}

/**
 * A work queue sorted by next due date (cases with none last), then id, with keyset pagination so that a
 * page is as fast at the millionth case as at the first. The status filter comes from the domain's rule of what
 * reads as closed (storedStatusesReadingAs), so the queue and the case agree on every case's status.
 */
export async function listQueue(db: Kysely<Database>, f: QueueFilter): Promise<QueueLine[]> {
  return (await queueRows(db, f)).map(camelized)
}

async function queueRows(db: Kysely<Database>, f: QueueFilter) {
  let q = db.selectFrom('cases').select([...QUEUE_COLUMNS, sql<string>`state->>'receivedAt'`.as('received_at_text')]).where('council_id', '=', f.councilId)
  if (!f.scope.all) {
    const { handler, creator } = f.scope
    q = q.where((eb) => eb.or([
      ...(handler ? [eb('handler', '=', handler), eb('stage2_handler', '=', handler)] : []),
      ...(creator ? [eb('created_by', '=', creator)] : []),
      ...(!handler && !creator ? [sql<boolean>`false`] : []),
    ]))
  }
  if (f.statusIn) {
    const matches = f.statusIn
    q = q.where((eb) => statusMatching(eb, matches, f.today))
  }
  if (f.stage) q = q.where('stage', '=', f.stage)
  if (f.kind) q = q.where('kind', '=', f.kind)
  if (f.handler) q = q.where((eb) => eb.or([eb('handler', '=', f.handler!), eb('stage2_handler', '=', f.handler!)]))
  // The lead service area or any of the case's: the expression of the cases_service_areas_idx GIN index
  // (migration 20261201T234500-one-service-area-index.ts), which `= any(service_areas)` could not use.
  if (f.serviceArea) q = q.where(sql<boolean>`array_append(service_areas, lead_service_area) @> array[${f.serviceArea}]::text[]`)
  if (f.channel) q = q.where('channel', '=', f.channel)
  if (f.receivedFrom) q = q.where('received_at', '>=', new Date(f.receivedFrom))
  if (f.receivedTo) q = q.where('received_at', '<', new Date(f.receivedTo))
  if (f.overdue !== undefined) {
    q = f.overdue
      ? q.where('next_due_on', '<', f.today)
      : q.where((eb) => eb.or([eb('next_due_on', 'is', null), eb('next_due_on', '>=', f.today)]))
  }
  if (f.dueOnOrBefore) q = q.where('next_due_on', '<=', f.dueOnOrBefore)
  if (f.sensitive !== undefined) q = q.where('sensitive', '=', f.sensitive)
  if (f.remediesOverdue) q = q.where('next_remedy_due_on', '<', f.today)
  // The expression of the cases_last_contact_idx index: a range up to the latest cutoff, then each case's own.
  if (f.updateDue) {
    const { lastContactOnOrBefore: upTo, rules } = f.updateDue
    const lastContact = sql<string>`coalesce(last_contact_on, received_on)`
    q = q.where('next_due_on', 'is not', null).where(lastContact, '<=', upTo)
    if (!(rules.length === 1 && rules[0]!.policyVersions === null && rules[0]!.division === null && rules[0]!.lastContactOnOrBefore === upTo)) {
      q = q.where((eb) => eb.or([
        ...rules.map((r) => eb.and([
          ...(r.policyVersions === null ? [] : [eb('policy_version', 'in', r.policyVersions)]),
          ...(r.division === null ? [] : [eb('bank_holiday_division', '=', r.division)]),
          eb(lastContact, '<=', r.lastContactOnOrBefore),
        ])),
        ...(rules.length === 0 ? [sql<boolean>`false`] : []),
      ]))
    }
  }
  if (f.adjustmentsReviewDue) q = q.where('adjustments_review_on', '<=', f.today)
  // The predicate of the cases_correspondence_gap_idx partial index.
  if (f.correspondenceGap !== undefined) q = q.where('correspondence_gaps', f.correspondenceGap ? '>' : '=', 0)
  if (f.reference) q = q.where('reference', '=', f.reference)
  if (f.crmReference) q = q.where('crm_reference', '=', f.crmReference)
  if (f.updatedSince) q = q.where('updated_at', '>=', new Date(f.updatedSince))
  if (f.personEmail) q = q.where('person_email', '=', f.personEmail)
  if (f.personPhone) q = q.where('person_phone', '=', f.personPhone)
  if (f.text) q = q.where(sql<boolean>`${TEXT_DOCUMENT} @@ to_tsquery('simple'::regconfig, ${f.text})`)
  // A lookup by personal data answers only where the caller may see that data (services/case-access.ts
  // seesPersonalData): otherwise "which sensitive case has this email?" would be answered by a count.
  if ((f.personEmail || f.personPhone || f.text) && !f.scope.all) {
    const handler = f.scope.handler
    q = q.where((eb) => eb.or([
      eb('sensitive', '=', false),
      ...(handler ? [eb('handler', '=', handler), eb('stage2_handler', '=', handler)] : []),
    ]))
  }
  if (f.order === 'updated') {
    const a = f.afterUpdate
    const page = a ? q.where((eb) => eb(eb.refTuple('updated_at', 'id'), '>', eb.tuple(new Date(a.updatedAt), a.id))) : q
    return page.orderBy('updated_at').orderBy('id').limit(f.limit).execute()
  }
  // next_due_on then id, as the queue indexes hold them (a btree sorts nulls last): a page is an index range scan
  // from the cursor. Cases with no due date come after all others, by id: a second range when the first runs out.
  const ordered = (query: typeof q) => query.orderBy('next_due_on').orderBy('id').limit(f.limit).execute()
  const after = f.after
  if (after === undefined) return ordered(q)
  if (after.due === null) return ordered(q.where('next_due_on', 'is', null).where('id', '>', after.id))
  const due = after.due
  const dated = await ordered(q.where((eb) => eb(eb.refTuple('next_due_on', 'id'), '>', eb.tuple(due, after.id))))
  if (dated.length === f.limit) return dated
  return [...dated, ...(await ordered(q.where('next_due_on', 'is', null))).slice(0, f.limit - dated.length)]
}
