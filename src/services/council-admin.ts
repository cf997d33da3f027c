import type { Kysely } from 'kysely'
import { PRESET_IDS, resolvePolicy } from '../domain/index.js'
import type { Database } from '../db/database.js'
import { findCouncilBySlug, insertCouncil, listCouncils, updateCouncil, type Council } from '../db/council.repository.js'
import { insertPolicyVersion } from '../db/policy.repository.js'
import { AppError } from './app-error.js'

/**
 * The deployment operator's use cases, shared by the operator API and `npm run council`: put a council into
 * service with its starting policy, rename it, change what applies to its new cases, suspend and reinstate it.
 */

export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const
export type Division = (typeof DIVISIONS)[number]

export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$'
export const PREFIX_PATTERN = '^[A-Z0-9]{2,8}$'

export interface NewCouncilRequest {
  slug: string
  name: string
  referencePrefix: string
  bankHolidayDivision: Division
  preset: string
}

type Field = { field: string; rule: string; message: string }

function invalid(errors: Field[]): AppError {
  return new AppError('COUNCIL.INVALID', errors.map((e) => `${e.field.slice(1)} ${e.message}`).join('; '), {
    errors: errors.map((e) => ({ location: 'body' as const, ...e })),
  })
}

// The API's schemas check the same rules first (400); the CLI reaches the service directly and gets them here.
function checkName(name: string): Field[] {
  return name.trim() === '' || name.length > 200 ? [{ field: '/name', rule: 'length', message: 'must be 1 to 200 characters' }] : []
}
function checkPrefix(prefix: string): Field[] {
  return new RegExp(PREFIX_PATTERN).test(prefix) ? [] : [{ field: '/referencePrefix', rule: 'pattern', message: 'must be 2 to 8 capital letters or digits' }]
}
function checkDivision(division: string): Field[] {
  return (DIVISIONS as readonly string[]).includes(division) ? [] : [{ field: '/bankHolidayDivision', rule: 'enum', message: `must be one of ${DIVISIONS.join(', ')}` }]
}

const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '23505'

const notFound = (slug: string): AppError => new AppError('COUNCIL.NOT_FOUND', `This deployment has no council "${slug}".`)

/** A new council and version 1 of its policy (the preset), in one transaction: never a council without a policy. */
export async function createCouncil(db: Kysely<Database>, request: NewCouncilRequest, by: string): Promise<Council> {
  const errors = [
    ...(new RegExp(SLUG_PATTERN).test(request.slug) && request.slug.length <= 63 ? [] : [{ field: '/slug', rule: 'pattern', message: 'must be lower-case letters and digits in words joined by hyphens (at most 63)' }]),
    ...checkName(request.name), ...checkPrefix(request.referencePrefix), ...checkDivision(request.bankHolidayDivision),
  ]
  const policy = resolvePolicy(request.preset, {})
  if (!policy.ok) errors.push({ field: '/preset', rule: 'enum', message: `must be one of ${PRESET_IDS.join(', ')}` })
  if (errors.length > 0 || !policy.ok) throw invalid(errors)
  try {
    return await db.transaction().execute(async (trx) => {
      const council = await insertCouncil(trx, {
        slug: request.slug, name: request.name.trim(), referencePrefix: request.referencePrefix, bankHolidayDivision: request.bankHolidayDivision,
      })
      await insertPolicyVersion(trx, council.id, { preset: request.preset, overrides: {}, policy: policy.policy, createdBy: by })
      return council
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('COUNCIL.SLUG_TAKEN', `A council "${request.slug}" already exists.`)
    throw error
  }
}

export async function councils(db: Kysely<Database>): Promise<Council[]> {
  return listCouncils(db)
}

export async function councilNamed(db: Kysely<Database>, slug: string): Promise<Council> {
  const council = await findCouncilBySlug(db, slug)
  if (!council) throw notFound(slug)
  return council
}

export interface CouncilOperatorChange {
  name?: string
  /** New cases only: existing references stay as they were issued. */
  referencePrefix?: string
  /** New cases only: open cases keep the calendar they started under, as they keep their policy. */
  bankHolidayDivision?: Division
}

export async function changeCouncil(db: Kysely<Database>, slug: string, change: CouncilOperatorChange): Promise<Council> {
  const errors = [
    ...(change.name !== undefined ? checkName(change.name) : []),
    ...(change.referencePrefix !== undefined ? checkPrefix(change.referencePrefix) : []),
    ...(change.bankHolidayDivision !== undefined ? checkDivision(change.bankHolidayDivision) : []),
  ]
  if (errors.length > 0) throw invalid(errors)
  const council = await councilNamed(db, slug)
  const updated = await updateCouncil(db, council.id, { ...change, ...(change.name !== undefined ? { name: change.name.trim() } : {}) })
  if (!updated) throw notFound(slug)
  return updated
}

/** Its tokens get 403 from now on; its cases, policy and staff stay. Suspending twice keeps the first instant. */
export async function suspendCouncil(db: Kysely<Database>, slug: string, now: Date): Promise<Council> {
  const council = await councilNamed(db, slug)
  if (council.suspendedAt !== null) return council
  return (await updateCouncil(db, council.id, { suspendedAt: now })) ?? council
}

export async function reinstateCouncil(db: Kysely<Database>, slug: string): Promise<Council> {
  const council = await councilNamed(db, slug)
  if (council.suspendedAt === null) return council
  return (await updateCouncil(db, council.id, { suspendedAt: null })) ?? council
}
