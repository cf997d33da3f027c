import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { CaseTable, Database } from './database.js'

export type CaseRow = Selectable<CaseTable>

/** The projection columns a service computes from the case's state on every write. */
export interface CaseProjection {
  status: string
  kind: string | null
  stage: number
  leadServiceArea: string | null
  handler: string | null
  stage2Handler: string | null
  nextDueOn: string | null
  nextDueKind: string | null
  escalationWindowEndsOn: string | null
  openRemedies: number
  nextRemedyDueOn: string | null
}

export interface NewCase {
  councilId: string
  reference: string
  policyVersion: number
  policy: unknown
  state: unknown
  intake: Record<string, unknown>
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
  data: unknown
}

function projectionColumns(p: CaseProjection) {
  return {
    status: p.status,
    kind: p.kind,
    stage: p.stage,
    lead_service_area: p.leadServiceArea,
    handler: p.handler,
    stage2_handler: p.stage2Handler,
    next_due_on: p.nextDueOn,
    next_due_kind: p.nextDueKind,
    escalation_window_ends_on: p.escalationWindowEndsOn,
    open_remedies: p.openRemedies,
    next_remedy_due_on: p.nextRemedyDueOn,
  }
}

/**
 * The next number of a council's year, atomically: the upsert takes a row lock, so concurrent intakes on
 * PostgreSQL queue on it and each gets its own number.
 */
export async function nextReferenceNumber(trx: Transaction<Database>, councilId: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('case_reference_counters')
    .values({ council_id: councilId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['council_id', 'year']).doUpdateSet({ last_number: sql`case_reference_counters.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow()
  return row.last_number
}

export async function insertCase(trx: Transaction<Database>, c: NewCase): Promise<CaseRow> {
  return trx
    .insertInto('cases')
    .values({
      council_id: c.councilId,
      reference: c.reference,
      version: 1,
      policy_version: c.policyVersion,
      policy: JSON.stringify(c.policy),
      state: JSON.stringify(c.state),
      intake: JSON.stringify(c.intake),
      channel: c.channel,
      received_at: c.receivedAt,
      received_on: c.receivedOn,
      sensitive: c.sensitive,
      anonymous: c.anonymous,
      service_areas: c.serviceAreas,
      categories: c.categories,
      created_by: c.createdBy,
      linked_case_id: c.linkedCaseId,
      crm_reference: c.crmReference,
      bank_holiday_division: c.bankHolidayDivision,
      ...projectionColumns(c.projection),
      created_at: c.now,
      updated_at: c.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/**
 * Writes a new state only if the case is still at the version it was read at; null means someone else
 * changed it first (the caller answers 412/409). The row lock also serialises concurrent commands.
 */
export async function updateCase(
  trx: Transaction<Database>,
  id: string,
  expectedVersion: number,
  change: { state: unknown; intake?: Record<string, unknown>; serviceAreas?: string[]; projection: CaseProjection; now: Date },
): Promise<CaseRow | null> {
  const row = await trx
    .updateTable('cases')
    .set({
      version: expectedVersion + 1,
      state: JSON.stringify(change.state),
      ...(change.intake ? { intake: JSON.stringify(change.intake) } : {}),
      ...(change.serviceAreas ? { service_areas: change.serviceAreas } : {}),
      ...projectionColumns(change.projection),
      updated_at: change.now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst()
  return row ?? null
}

export async function appendEvents(trx: Transaction<Database>, caseId: string, councilId: string, fromSequence: number, events: NewEvent[]): Promise<void> {
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
      data: JSON.stringify(e.data),
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

export async function findCase(db: Kysely<Database>, councilId: string, id: string): Promise<CaseRow | null> {
  const row = await db.selectFrom('cases').selectAll().where('council_id', '=', councilId).where('id', '=', id).executeTakeFirst()
  return row ?? null
}

/** The case under a row lock: concurrent commands on it queue here until this transaction ends. */
export async function findCaseForUpdate(trx: Transaction<Database>, councilId: string, id: string): Promise<CaseRow | null> {
  const row = await trx.selectFrom('cases').selectAll().where('council_id', '=', councilId).where('id', '=', id).forUpdate().executeTakeFirst()
  return row ?? null
}

export async function listEvents(db: Kysely<Database>, councilId: string, caseId: string) {
  return db
    .selectFrom('case_events')
    .select(['sequence', 'type', 'actor', 'occurred_at', 'recorded_at', 'data'])
    .where('council_id', '=', councilId)
    .where('case_id', '=', caseId)
    .orderBy('sequence')
    .execute()
}
