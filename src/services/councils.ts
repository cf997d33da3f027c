import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import {
  findCouncilBySlug, findCouncilSettings, findCouncilSettingsBySlug, updateCouncilSettings, type Council, type CouncilSettings,
} from '../db/council.repository.js'
import { AppError } from './app-error.js'
import { changePolicy, type PolicyInForce } from './policies.js'

export type { Council, CouncilSettings }

/** The council a token names, if this deployment serves it. */
export function councilBySlug(db: Kysely<Database>, slug: string): Promise<Council | null> {
  return findCouncilBySlug(db, slug)
}

/** The council of a public form's URL, only when it has turned public intake on. */
export async function publicIntakeCouncil(db: Kysely<Database>, slug: string): Promise<CouncilSettings | null> {
  const settings = await findCouncilSettingsBySlug(db, slug)
  return settings?.publicIntake.enabled ? settings : null
}

export interface CouncilSettingsPatch {
  name?: string
  publicIntake?: { enabled?: boolean; allowedOrigins?: string[] }
}

export async function councilSettings(db: Kysely<Database>, councilId: string): Promise<CouncilSettings> {
  const settings = await findCouncilSettings(db, councilId)
  if (!settings) throw new AppError('COUNCIL.NOT_FOUND', 'This council no longer exists.')
  return settings
}

/** Origins are compared exactly as browsers send them: scheme, host and port, lower case, no trailing slash. */
const normaliseOrigin = (origin: string): string => origin.toLowerCase().replace(/\/$/, '')

export async function changeCouncilSettings(db: Kysely<Database>, councilId: string, patch: CouncilSettingsPatch): Promise<CouncilSettings> {
  const origins = patch.publicIntake?.allowedOrigins
  const updated = await updateCouncilSettings(db, councilId, {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.publicIntake?.enabled !== undefined ? { publicIntakeEnabled: patch.publicIntake.enabled } : {}),
    ...(origins !== undefined ? { publicIntakeOrigins: [...new Set(origins.map(normaliseOrigin))] } : {}),
  })
  if (!updated) throw new AppError('COUNCIL.NOT_FOUND', 'This council no longer exists.')
  return updated
}

const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '23505'

/**
 * A new version of the council's policy. With If-Match, a change made on a stale read is refused (412); two
 * concurrent changes collide on the (council, version) key and the loser gets 412 too, never a silent overwrite.
 */
export async function replacePolicy(
  db: Kysely<Database>,
  councilId: string,
  change: { preset: string; overrides: Record<string, unknown> },
  by: string,
  ifMatch: number | null,
): Promise<PolicyInForce> {
  try {
    return await changePolicy(db, councilId, change, by, ifMatch)
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('POLICY.VERSION_MISMATCH', 'The policy changed while this change was recorded: read it again.')
    }
    throw error
  }
}
