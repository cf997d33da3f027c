import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.js'
import {
  findOpenCasesHeldBy, findStaffMember, insertSeenSubject, listStaff, upsertStaffMember, type HeldCase, type StaffDetails, type StaffMember,
} from '../db/staff.repository.js'
import { storedStatusesReadingAsOpen } from '../domain/index.js'
import { AppError, fieldError } from './app-error.js'

export type { StaffMember, StaffDetails }
export { displayNames } from '../db/staff.repository.js'

export async function staffOf(db: Kysely<Database>, councilId: string, filter: { registered?: boolean; active?: boolean } = {}): Promise<StaffMember[]> {
  return listStaff(db, councilId, filter)
}

export async function staffMember(db: Kysely<Database>, councilId: string, subject: string): Promise<StaffMember> {
  const member = await findStaffMember(db, councilId, subject)
  if (!member) throw new AppError('STAFF.NOT_FOUND', 'No such subject among your council\'s staff.')
  return member
}

export async function putStaffMember(db: Kysely<Database>, councilId: string, subject: string, details: StaffDetails, by: string, now: Date): Promise<StaffMember> {
  return upsertStaffMember(db, councilId, subject, { ...details, serviceAreas: [...new Set(details.serviceAreas)] }, by, now)
}

/**
 * Subjects already recorded, so that a first request records one and the thousand after it write nothing. Per
 * process and short-lived: a miss costs one insert that does nothing.
 */
const SEEN_TTL_MS = 10 * 60_000
const SEEN_MAX = 50_000
const seen = new Map<string, number>()

/** A first authenticated request of an unknown subject records it as seen (not assignable). Never fails a request. */
export async function noteSeen(db: Kysely<Database>, councilId: string, subject: string, now: Date): Promise<void> {
  const key = `${councilId}\u0000${subject}`
  const until = seen.get(key)
  if (until !== undefined && until > now.getTime()) return
  try {
    await insertSeenSubject(db, councilId, subject, now)
  } catch {
    return // a database fault shows in the request's own work; recording a sighting is not worth a failure
  }
  if (seen.size >= SEEN_MAX) seen.clear()
  seen.set(key, now.getTime() + SEEN_TTL_MS)
}

export type Capability = 'stage1' | 'stage2'

/** Assignment refuses a subject who is not an active, registered member of staff with the capability (422). */
export async function requireAssignable(trx: Transaction<Database>, councilId: string, subject: string, capability: Capability): Promise<void> {
  const member = await findStaffMember(trx, councilId, subject)
  const field = '/handler'
  const refuse = (code: string, detail: string, rule: string) => {
    throw fieldError(code, detail, field, rule)
  }
  if (!member || !member.registered) refuse('STAFF.NOT_STAFF', `"${subject}" is not registered as a member of your council's staff (PUT /v1/councils/current/staff/{subject}).`, 'staff')
  if (!member!.active) refuse('STAFF.INACTIVE', `"${subject}" is not an active member of staff.`, 'active')
  if (capability === 'stage1' && !member!.mayHandleStage1) refuse('STAFF.MAY_NOT_HANDLE_STAGE1', `"${subject}" may not handle stage 1 complaints.`, 'mayHandleStage1')
  if (capability === 'stage2' && !member!.mayReviewStage2) refuse('STAFF.MAY_NOT_REVIEW_STAGE2', `"${subject}" may not review at stage 2.`, 'mayReviewStage2')
}

/** The open cases a subject holds, at either stage (for reassigning a leaver's work): not reading as closed, not withdrawn. */
export function openCasesHeldBy(db: Kysely<Database>, councilId: string, subject: string, today: string): Promise<HeldCase[]> {
  return findOpenCasesHeldBy(db, councilId, subject, storedStatusesReadingAsOpen(), today)
}
