import type { Kysely } from 'kysely'
import type { StoredStatusMatch } from '../domain/index.js'
import { statusMatching } from './case-queue.repository.js'
import type { Database } from './database.js'

export interface StaffMember {
  subject: string
  /** False for a subject only seen (an authenticated request), never registered by an admin. */
  registered: boolean
  displayName: string | null
  email: string | null
  serviceAreas: string[]
  mayHandleStage1: boolean
  mayReviewStage2: boolean
  active: boolean
  firstSeenAt: Date | null
  updatedBy: string | null
  updatedAt: Date
}

export type StaffDetails = Pick<StaffMember, 'displayName' | 'email' | 'serviceAreas' | 'mayHandleStage1' | 'mayReviewStage2' | 'active'>

const columns = ['subject', 'registered', 'display_name', 'email', 'service_areas', 'may_handle_stage1', 'may_review_stage2', 'active', 'first_seen_at', 'updated_by', 'updated_at'] as const

type Row = { subject: string; registered: boolean; display_name: string | null; email: string | null; service_areas: string[]; may_handle_stage1: boolean; may_review_stage2: boolean; active: boolean; first_seen_at: Date | null; updated_by: string | null; updated_at: Date }

const toMember = (r: Row): StaffMember => ({
  subject: r.subject, registered: r.registered, displayName: r.display_name, email: r.email, serviceAreas: r.service_areas,
  mayHandleStage1: r.may_handle_stage1, mayReviewStage2: r.may_review_stage2, active: r.active, firstSeenAt: r.first_seen_at,
  updatedBy: r.updated_by, updatedAt: r.updated_at,
})

export async function listStaff(db: Kysely<Database>, councilId: string, filter: { registered?: boolean; active?: boolean } = {}): Promise<StaffMember[]> {
  let q = db.selectFrom('staff').select(columns).where('council_id', '=', councilId)
  if (filter.registered !== undefined) q = q.where('registered', '=', filter.registered)
  if (filter.active !== undefined) q = q.where('active', '=', filter.active)
  return (await q.orderBy('subject').execute()).map(toMember)
}

export async function findStaffMember(db: Kysely<Database>, councilId: string, subject: string): Promise<StaffMember | null> {
  const row = await db.selectFrom('staff').select(columns).where('council_id', '=', councilId).where('subject', '=', subject).executeTakeFirst()
  return row ? toMember(row) : null
}

/** Registers or updates a member of staff (an admin's act): the row becomes registered. */
export async function upsertStaffMember(db: Kysely<Database>, councilId: string, subject: string, details: StaffDetails, by: string, now: Date): Promise<StaffMember> {
  const values = {
    registered: true, display_name: details.displayName, email: details.email, service_areas: details.serviceAreas,
    may_handle_stage1: details.mayHandleStage1, may_review_stage2: details.mayReviewStage2, active: details.active, updated_by: by, updated_at: now,
  }
  const row = await db.insertInto('staff').values({ council_id: councilId, subject, ...values })
    .onConflict((oc) => oc.columns(['council_id', 'subject']).doUpdateSet(values))
    .returning(columns).executeTakeFirstOrThrow()
  return toMember(row)
}

/** Records a subject as seen, once: an existing row (seen or registered) is left alone. */
export async function insertSeenSubject(db: Kysely<Database>, councilId: string, subject: string, now: Date): Promise<void> {
  await db.insertInto('staff').values({ council_id: councilId, subject, first_seen_at: now, display_name: null, email: null, updated_by: null })
    .onConflict((oc) => oc.columns(['council_id', 'subject']).doNothing()).execute()
}

/** Display names of the given subjects (registered staff only), for showing handlers by name. */
export async function displayNames(db: Kysely<Database>, councilId: string, subjects: string[]): Promise<Map<string, string>> {
  if (subjects.length === 0) return new Map()
  const rows = await db.selectFrom('staff').select(['subject', 'display_name']).where('council_id', '=', councilId)
    .where('subject', 'in', subjects).where('display_name', 'is not', null).execute()
  return new Map(rows.map((r) => [r.subject, r.display_name!]))
}

export interface HeldCase { id: string; stage: number; stage1: boolean; stage2: boolean; serviceArea: string | null }

/** The cases a subject holds at either stage whose stored shape is one of `open` (storedStatusesReadingAsOpen), as of `today`. */
export async function findOpenCasesHeldBy(db: Kysely<Database>, councilId: string, subject: string, open: StoredStatusMatch[], today: string): Promise<HeldCase[]> {
  const rows = await db.selectFrom('cases')
    .select(['id', 'stage', 'handler', 'stage2_handler', 'lead_service_area'])
    .where('council_id', '=', councilId)
    .where((eb) => eb.or([eb('handler', '=', subject), eb('stage2_handler', '=', subject)]))
    .where((eb) => statusMatching(eb, open, today))
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, stage: r.stage, stage1: r.handler === subject, stage2: r.stage2_handler === subject, serviceArea: r.lead_service_area }))
}
