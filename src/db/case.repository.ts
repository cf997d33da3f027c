import { CompiledQuery, sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { CaseRecord, IntakeDetails } from '../domain/case/case-record.js'
import type { CaseState } from '../domain/case/case-state.js'
import type { Policy } from '../domain/policy/policy.schema.js'
import type { CaseTable, Database } from './database.js'
import { prepared } from './prepared.js'
import { camelized, snakeCased, type Camelized, type Same } from './row-mapping.js'
import { beforeFactsSql, factsWriteCtes, factsWriteParams, readFactsBefore, type FactsBefore, type ReportFacts, type ReportRemedy } from './reporting/facts-store.js'

/** What the reports count about a case as written (services/report-facts.ts computes it). */
export interface CaseFacts { facts: ReportFacts; remedies: ReportRemedy[] }

/** The stored shape; it stays inside db/ (the rest of the application reads CaseRecord). */
export type CaseRow = Selectable<CaseTable>

/** A column added to cases must be added to CaseRecord too (and the other way round): this fails to compile until it is. */
const recordMatchesRow: Same<Camelized<CaseRow>, CaseRecord> = true
void recordMatchesRow

/** The projection columns a service computes from the case's state on every write (as the case record holds them). */
export type CaseProjection = Pick<CaseRecord, 'status' | 'kind' | 'stage' | 'leadServiceArea' | 'handler' | 'stage2Handler'
  | 'nextDueOn' | 'nextDueKind' | 'escalationWindowEndsOn' | 'openRemedies' | 'nextRemedyDueOn' | 'adjustmentsReviewOn'>

export interface NewCase {
  councilId: string
  policyVersion: number
  policy: Policy
  state: CaseState
  intake: IntakeDetails
  channel: string
  receivedAt: string
  receivedOn: string
  sensitive: boolean
  anonymous: boolean
  serviceAreas: string[]
  categories: string[]
  createdBy: string
  linkedCaseId: string | null
  crmReference: string | null
  bankHolidayDivision: string
  projection: CaseProjection
  now: Date
}

export interface NewEvent {
  type: string
  actor: string
  occurredAt: string
  /** When it was recorded; the database's clock when left out. */
  recordedAt?: string
  data: unknown
}

/** The sequence that numbers a council's cases received in a year. */
const referenceSequence = (councilId: string, year: number): string => `case_reference_${councilId.replaceAll('-', '')}_${year}`

const knownSequences = new WeakMap<Kysely<Database>, Set<string>>()

/**
 * Makes sure the sequence of a council's year exists: created once, outside the case's transaction (DDL commits
 * at once; two instances creating it together both succeed). Numbers come from a sequence, not a locked counter
 * row, so that intakes for one council never queue on each other; a number is drawn only by the insert itself,
 * after every check, so a gap needs a failure of the database between the draw and the commit.
 */
export async function ensureReferenceSequence(db: Kysely<Database>, councilId: string, year: number): Promise<void> {
  const known = knownSequences.get(db) ?? new Set<string>()
  knownSequences.set(db, known)
  const name = referenceSequence(councilId, year)
  if (known.has(name)) return
  try {
    await sql`create sequence if not exists ${sql.id(name)} as integer minvalue 1`.execute(db)
  } catch (error) {
    // Two creators at once: the loser's catalogue insert collides (23505) though the sequence now exists.
    if ((error as { code?: string }).code !== '23505' && (error as { code?: string }).code !== '42P07') throw error
  }
  known.add(name)
}

/** Bulk loading: the sequence of a council's year continues after `last`. */
export async function setReferenceSequence(db: Kysely<Database>, councilId: string, year: number, last: number): Promise<void> {
  await ensureReferenceSequence(db, councilId, year)
  await sql`select setval(${referenceSequence(councilId, year)}::regclass, greatest(${last}, (select last_value from ${sql.id(referenceSequence(councilId, year))})))`.execute(db)
}

const CASE_COLUMNS = [
  'id', 'council_id', 'reference', 'version', 'policy_version', 'policy', 'state', 'intake', 'channel', 'received_at', 'received_on', 'sensitive',
  'anonymous', 'service_areas', 'categories', 'created_by', 'linked_case_id', 'crm_reference', 'status', 'kind', 'stage', 'lead_service_area',
  'handler', 'stage2_handler', 'next_due_on', 'next_due_kind', 'escalation_window_ends_on', 'open_remedies', 'next_remedy_due_on', 'created_at', 'updated_at',
  'bank_holiday_division', 'adjustments_review_on',
] as const

/**
 * The history rows of a write as a data-modifying CTE `events`: $events is a JSON array of NewEvent with their
 * sequence. Each row gets a log position (a sequence) and a transaction id: this transaction's, or the case's
 * previous event's when that one is later (see appendEvents).
 */
const eventsCte = (events: string, caseId: string, councilId: string, version: string, guard: string) => `events as (
    insert into case_events (case_id, council_id, sequence, type, actor, occurred_at, recorded_at, data, case_version, xid)
    select ${caseId}::uuid, ${councilId}::uuid, x.sequence, x.type, x.actor, x.occurred_at, coalesce(x.recorded_at, now()), x.data, ${version},
      greatest(pg_current_xact_id(), (select max(p.xid) from case_events p where p.case_id = ${caseId}::uuid))
    from jsonb_to_recordset(${events}::jsonb) as x(sequence int, type text, actor text, occurred_at timestamptz, recorded_at timestamptz, data jsonb)
    where ${guard})`

const eventsParam = (events: NewEvent[], fromSequence: number): string =>
  JSON.stringify(events.map((e, i) => ({ sequence: fromSequence + i, type: e.type, actor: e.actor, occurred_at: e.occurredAt, recorded_at: e.recordedAt ?? null, data: e.data })))

/**
 * One fixed statement writes a whole intake: the reference drawn from the council's sequence, the case inserted
 * only if the policy it was decided under is still the council's latest (else nothing at all is written: the
 * caller reloads the policy), the idempotency key, if any, pointed at it, its report facts and the summaries'
 * change, and its first events. One statement is atomic on its own, so an intake without a key needs no
 * transaction around it.
 */
const INSERTED = 'exists (select 1 from c)'
const INSERT_CASE = prepared(`with ref as (select nextval($1::regclass) as n where not exists (select 1 from council_policies p where p.council_id = $3::uuid and p.version > $5::int)),
  c as (insert into cases (${CASE_COLUMNS.join(', ')})
    select $4::uuid, $3::uuid, $2::text || lpad(ref.n::text, greatest(6, length(ref.n::text)), '0'), 1, $5::int, $6::jsonb, $7::jsonb, $8::jsonb, $9::text,
      $10::timestamptz, $11::date, $12::boolean, $13::boolean, $14::text[], $15::text[], $16::text, $17::uuid, $18::text, $19::text, $20::text,
      $21::smallint, $22::text, $23::text, $24::text, $25::date, $26::text, $27::date, $28::int, $29::date, $30::timestamptz, $30::timestamptz, $32::text, $33::date from ref
    returning reference, person_email, person_phone, correspondence_gaps),
  k as (update idempotency_keys set case_id = $4 where council_id = $3::uuid and key = $31::text and ${INSERTED}),
  ${factsWriteCtes(34, INSERTED)},
  ${eventsCte('$41', '$4', '$3', '1', INSERTED)}
  select reference, person_email, person_phone, correspondence_gaps from c`)

/**
 * Inserts the case with its facts and first events and returns it as written, or null when the council's policy
 * moved on since it was read (then nothing was written). `idempotencyKey`, when given, is the key claimed for
 * this intake. `facts` is computed from the case as given (its id included).
 */
export async function insertCase(
  db: Kysely<Database>,
  c: NewCase & { id: string; year: number; idempotencyKey: string | null; referencePrefix: string },
  facts: CaseFacts,
  events: NewEvent[],
): Promise<CaseRecord | null> {
  const p = c.projection
  const result = await db.executeQuery<{ reference: string; person_email: string | null; person_phone: string | null; correspondence_gaps: number }>(CompiledQuery.raw(INSERT_CASE, [
    referenceSequence(c.councilId, c.year), `${c.referencePrefix}-${c.year}-`, c.councilId, c.id, c.policyVersion,
    JSON.stringify(c.policy), JSON.stringify(c.state), JSON.stringify(c.intake), c.channel, c.receivedAt, c.receivedOn, c.sensitive, c.anonymous,
    c.serviceAreas, c.categories, c.createdBy, c.linkedCaseId, c.crmReference, p.status, p.kind, p.stage, p.leadServiceArea, p.handler,
    p.stage2Handler, p.nextDueOn, p.nextDueKind, p.escalationWindowEndsOn, p.openRemedies, p.nextRemedyDueOn, c.now, c.idempotencyKey,
    c.bankHolidayDivision, p.adjustmentsReviewOn,
    ...factsWriteParams(null, facts),
    eventsParam(events, 1),
  ]))
  const inserted = result.rows[0]
  if (inserted === undefined) return null
  const { projection, now, receivedAt, year: _year, idempotencyKey: _key, referencePrefix: _prefix, ...given } = c
  return { ...given, ...projection, ...camelized(inserted), version: 1, receivedAt: new Date(receivedAt), lastContactOn: null, createdAt: now, updatedAt: now }
}

/** A case under its row lock, with what the change's write needs to know of it. */
export interface LockedCase {
  record: CaseRecord
  /** Its report facts as stored (null: none), for the summaries' difference. */
  before: FactsBefore | null
  /** The sequence of its last event (0: none). */
  lastSequence: number
}

const BEFORE = beforeFactsSql('c.id')
const LOCK_CASE = prepared(`select c.*, ${BEFORE.facts} as before_facts, ${BEFORE.remedies} as before_remedies,
    (select e.sequence from case_events e where e.case_id = c.id order by e.sequence desc limit 1) as last_sequence,
    (select e.case_version from case_events e where e.case_id = c.id order by e.sequence desc limit 1) as last_event_version
  from cases c where c.council_id = $1::uuid and c.id = $2::uuid for update of c`)
const READ_LAST_SEQUENCE = prepared('select coalesce(max(sequence), 0) as sequence from case_events where case_id = $1::uuid')

/**
 * The case under a row lock (concurrent commands on it queue here until this transaction ends), read with its
 * facts and last event in the same round trip. When the lock had to wait for another writer, the row is that
 * writer's but the rest was read in a snapshot taken before it committed (READ COMMITTED reads other rows as of the
 * statement's start): the case's last event then names an older version than the row, and the facts and the
 * sequence are read again, in a statement of their own. (Every change of a case's version writes an event naming
 * the new version in the same transaction; one that did not only costs this second read.)
 */
export async function lockCase(trx: Transaction<Database>, councilId: string, id: string): Promise<LockedCase | null> {
  type Read = CaseRow & { before_facts: FactsBefore['facts'] | null; before_remedies: FactsBefore['remedies']; last_sequence: number | null; last_event_version: number | null }
  const read = (await trx.executeQuery<Read>(CompiledQuery.raw(LOCK_CASE, [councilId, id]))).rows[0]
  if (read === undefined) return null
  const { before_facts, before_remedies, last_sequence, last_event_version, ...row } = read
  const record = camelized(row)
  if (last_event_version === record.version) {
    return { record, before: before_facts ? { facts: before_facts, remedies: before_remedies } : null, lastSequence: last_sequence ?? 0 }
  }
  return lockedCase(trx, record)
}

/** A case this transaction already holds the lock of, with its facts and last event read now. */
export async function lockedCase(trx: Transaction<Database>, record: CaseRecord): Promise<LockedCase> {
  const before = await readFactsBefore(trx, record.id)
  const lastSequence = (await trx.executeQuery<{ sequence: number }>(CompiledQuery.raw(READ_LAST_SEQUENCE, [record.id]))).rows[0]?.sequence ?? 0
  return { record, before, lastSequence }
}

const UPDATED = 'exists (select 1 from u)'
/**
 * One fixed statement writes a whole change: the case (only if still at the version it was read at), its report
 * facts and the summaries' change, and its events.
 */
const WRITE_CHANGE = prepared(`with u as (update cases set version = $2::int + 1, state = $3::jsonb, intake = coalesce($4::jsonb, intake),
    service_areas = coalesce($5::text[], service_areas), categories = coalesce($6::text[], categories), sensitive = coalesce($7::boolean, sensitive),
    status = $8::text, kind = $9::text, stage = $10::smallint, lead_service_area = $11::text, handler = $12::text, stage2_handler = $13::text,
    next_due_on = $14::date, next_due_kind = $15::text, escalation_window_ends_on = $16::date, open_remedies = $17::int, next_remedy_due_on = $18::date,
    adjustments_review_on = $19::date, updated_at = $20::timestamptz
    where id = $1::uuid and version = $2::int
    returning person_email, person_phone, correspondence_gaps),
  ${factsWriteCtes(21, UPDATED)},
  ${eventsCte('$28', '$1', '$29', '$2::int + 1', UPDATED)}
  select person_email, person_phone, correspondence_gaps from u`)

export interface CaseChange {
  state: CaseState
  intake?: IntakeDetails
  serviceAreas?: string[]
  categories?: string[]
  sensitive?: boolean
  projection: CaseProjection
  now: Date
}

/** The case as a change leaves it (all but what the database computes), for its facts and the reply. */
export function changedCase(record: CaseRecord, change: CaseChange): CaseRecord {
  return {
    ...record,
    version: record.version + 1,
    state: change.state,
    ...(change.intake ? { intake: change.intake } : {}),
    ...(change.serviceAreas ? { serviceAreas: change.serviceAreas } : {}),
    ...(change.categories ? { categories: change.categories } : {}),
    ...(change.sensitive === undefined ? {} : { sensitive: change.sensitive }),
    ...change.projection,
    updatedAt: change.now,
  }
}

/** What the database computes on a write and the write reads back: the contact keys, the correspondence gaps. */
type Computed = Pick<CaseRow, 'person_email' | 'person_phone' | 'correspondence_gaps'>

/** The case as written: the contact keys follow the intake, so they are read back only when it changed. */
function written(next: CaseRecord, change: CaseChange, computed: Computed): CaseRecord {
  const { personEmail, personPhone, correspondenceGaps } = camelized(computed)
  return { ...next, ...(change.intake ? { personEmail, personPhone } : {}), correspondenceGaps }
}

/**
 * Writes a locked case's change, its facts (`next` is changedCase's result, `facts` computed from it) and its
 * events in one statement; null when the case is no longer at the version it was read at (nothing written).
 */
export async function writeCaseChange(trx: Transaction<Database>, locked: LockedCase, change: CaseChange, next: CaseRecord, facts: CaseFacts, events: NewEvent[]): Promise<CaseRecord | null> {
  const { record: row } = locked
  const p = change.projection
  const result = await trx.executeQuery<Computed>(CompiledQuery.raw(WRITE_CHANGE, [
    row.id, row.version, JSON.stringify(change.state), change.intake ? JSON.stringify(change.intake) : null, change.serviceAreas ?? null,
    change.categories ?? null, change.sensitive ?? null, p.status, p.kind, p.stage, p.leadServiceArea, p.handler, p.stage2Handler, p.nextDueOn,
    p.nextDueKind, p.escalationWindowEndsOn, p.openRemedies, p.nextRemedyDueOn, p.adjustmentsReviewOn, change.now,
    ...factsWriteParams(locked.before, facts),
    eventsParam(events, locked.lastSequence + 1), row.councilId,
  ]))
  const computed = result.rows[0]
  return computed === undefined ? null : written(next, change, computed)
}

/**
 * Writes a new state only if the case is still at the version it was read at; null means someone else
 * changed it first (the caller answers 412/409). The row lock also serialises concurrent commands. Returns the
 * case as written (the same objects, not a copy read back).
 */
export async function updateCase(
  trx: Transaction<Database>,
  row: CaseRecord,
  change: CaseChange,
): Promise<CaseRecord | null> {
  const result = await trx
    .updateTable('cases')
    .set({
      version: row.version + 1,
      state: JSON.stringify(change.state),
      ...(change.intake ? { intake: JSON.stringify(change.intake) } : {}),
      ...(change.serviceAreas ? { service_areas: change.serviceAreas } : {}),
      ...(change.categories ? { categories: change.categories } : {}),
      ...(change.sensitive === undefined ? {} : { sensitive: change.sensitive }),
      ...snakeCased(change.projection),
      updated_at: change.now,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    // The contact keys follow the intake in the database, and the correspondence gaps the state (a trigger,
    // migration 20261201T172000-correspondence-gaps.ts): read them back.
    .returning(['person_email', 'person_phone', 'correspondence_gaps'])
    .executeTakeFirst()
  return result === undefined ? null : written(changedCase(row, change), change, result)
}

/**
 * The case's history and the council's event log in one insert, with no shared lock. Each row gets a log position
 * (a sequence) and a transaction id: this transaction's, or the case's previous event's when that one is later.
 * Two changes of one case can take their transaction ids in the opposite order to their row locks; lifting the
 * later change to the earlier one's id keeps a case's events in order in the log (event-log.repository.ts).
 * `caseVersion` is the version the change leaves the case at.
 */
export async function appendEvents(trx: Transaction<Database>, caseId: string, councilId: string, fromSequence: number, events: NewEvent[], caseVersion: number): Promise<void> {
  if (events.length === 0) return
  await trx
    .insertInto('case_events')
    .values(events.map((e, i) => ({
      case_id: caseId,
      council_id: councilId,
      sequence: fromSequence + i,
      type: e.type,
      actor: e.actor,
      occurred_at: e.occurredAt,
      ...(e.recordedAt === undefined ? {} : { recorded_at: e.recordedAt }),
      data: JSON.stringify(e.data),
      case_version: caseVersion,
      xid: sql<string>`greatest(pg_current_xact_id(), (select max(p.xid) from case_events p where p.case_id = ${caseId}))`,
    })))
    .execute()
}

export async function lastEventSequence(trx: Transaction<Database>, caseId: string): Promise<number> {
  const row = await trx
    .selectFrom('case_events')
    .select((eb) => eb.fn.max('sequence').as('sequence'))
    .where('case_id', '=', caseId)
    .executeTakeFirst()
  return row?.sequence ?? 0
}

export async function findCase(db: Kysely<Database>, councilId: string, id: string): Promise<CaseRecord | null> {
  const row = await db.selectFrom('cases').selectAll().where('council_id', '=', councilId).where('id', '=', id).executeTakeFirst()
  return row ? camelized(row) : null
}

/** What the API's view of a case reads (services/case-view.ts): the read path selects no more than this. */
export const CASE_VIEW_COLUMNS = [
  'id', 'reference', 'version', 'stage', 'state', 'policy', 'policy_version', 'intake', 'sensitive', 'service_areas', 'categories',
  'crm_reference', 'lead_service_area', 'handler', 'stage2_handler', 'created_by', 'next_due_on', 'next_due_kind', 'linked_case_id',
  'bank_holiday_division', 'created_at', 'updated_at', 'last_contact_on',
] as const satisfies readonly (keyof CaseRow)[]
/** The part of a case its view reads. */
export type CaseViewRecord = Camelized<Pick<CaseRow, typeof CASE_VIEW_COLUMNS[number]>>

export async function findCaseView(db: Kysely<Database>, councilId: string, id: string): Promise<CaseViewRecord | null> {
  const row = await db.selectFrom('cases').select(CASE_VIEW_COLUMNS).where('council_id', '=', councilId).where('id', '=', id).executeTakeFirst()
  return row ? camelized(row) : null
}

/** A case by its reference (unique within the council). */
export async function findCaseByReference(db: Kysely<Database>, councilId: string, reference: string): Promise<CaseRecord | null> {
  const row = await db.selectFrom('cases').selectAll().where('council_id', '=', councilId).where('reference', '=', reference).executeTakeFirst()
  return row ? camelized(row) : null
}

/** The case under a row lock: concurrent commands on it queue here until this transaction ends. */
export async function findCaseForUpdate(trx: Transaction<Database>, councilId: string, id: string): Promise<CaseRecord | null> {
  const row = await trx.selectFrom('cases').selectAll().where('council_id', '=', councilId).where('id', '=', id).forUpdate().executeTakeFirst()
  return row ? camelized(row) : null
}

/** A case's history, in order. */
export async function listEvents(db: Kysely<Database>, councilId: string, caseId: string) {
  const rows = await db
    .selectFrom('case_events')
    .select(['sequence', 'type', 'actor', 'occurred_at', 'recorded_at', 'data'])
    .where('council_id', '=', councilId)
    .where('case_id', '=', caseId)
    .orderBy('sequence')
    .execute()
  return rows.map(camelized)
}
