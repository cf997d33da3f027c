import type { Kysely } from 'kysely'
import { DEFAULT_UPDATE_EVERY_WORKING_DAYS, presets, resolvePolicy, type Policy } from '../domain/index.js'
import type { Database } from '../db/database.js'
import { findCurrentPolicy, findPolicyVersion, insertPolicyVersion, listPolicyVersions, listUpdateIntervals, type StoredPolicy } from '../db/policy.repository.js'
import { AppError } from './app-error.js'

export const DEFAULT_PRESET = 'lgsco-2024'

export interface PolicyInForce {
  /** 0 is the Code's defaults, in force until the council records its own policy. */
  version: number
  preset: string
  overrides: Record<string, unknown>
  policy: Policy
  createdBy: string | null
  createdAt: string | null
}

const CODE_DEFAULTS: PolicyInForce = { version: 0, preset: DEFAULT_PRESET, overrides: {}, policy: presets[DEFAULT_PRESET], createdBy: null, createdAt: null }

export async function policyInForce(db: Kysely<Database>, councilId: string): Promise<PolicyInForce> {
  const stored = await findCurrentPolicy(db, councilId)
  return stored ? inForce(stored) : CODE_DEFAULTS
}

export type PolicyVersionSummary = Omit<PolicyInForce, 'policy'>

/**
 * The council's policy history, oldest first, starting with version 0 (the Code's defaults, under which cases
 * logged before the council recorded a policy run), so any case's `policy.version` can be looked up here.
 */
export async function policyVersions(db: Kysely<Database>, councilId: string): Promise<PolicyVersionSummary[]> {
  const { policy: _defaults, ...zero } = CODE_DEFAULTS
  const recorded = (await listPolicyVersions(db, councilId)).map((v) => ({
    version: v.version, preset: v.preset, overrides: v.overrides, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(),
  }))
  return [zero, ...recorded]
}

/**
 * The regular-update interval of each of the council's policy versions, 0 included: what each case's snapshot
 * says (a case keeps the version it started under, and a version never changes once recorded), so the work
 * queue can judge "update due" by each case's own policy without reading the snapshots.
 */
export async function updateIntervalsByVersion(db: Kysely<Database>, councilId: string): Promise<Map<number, number>> {
  const every = (value: number | null | undefined) => value ?? DEFAULT_UPDATE_EVERY_WORKING_DAYS
  const recorded = await listUpdateIntervals(db, councilId)
  return new Map([[0, every(CODE_DEFAULTS.policy.updateEveryWorkingDays)], ...recorded.map((r) => [r.version, every(r.every)] as const)])
}

/** One version as it was recorded; 404 when the council has no such version. */
export async function policyVersion(db: Kysely<Database>, councilId: string, version: number): Promise<PolicyInForce> {
  if (version === 0) return CODE_DEFAULTS
  const stored = await findPolicyVersion(db, councilId, version)
  if (!stored) throw new AppError('POLICY.VERSION_NOT_FOUND', `Your council has no policy version ${version}.`)
  return inForce(stored)
}

function inForce(stored: StoredPolicy): PolicyInForce {
  return {
    version: stored.version,
    preset: stored.preset,
    overrides: stored.overrides,
    policy: stored.policy as Policy,
    createdBy: stored.createdBy,
    createdAt: stored.createdAt.toISOString(),
  }
}

const cache = new WeakMap<Kysely<Database>, Map<string, PolicyInForce>>()

/**
 * The policy in force from this process's cache. For intake only: the insert checks that the version is still
 * the council's latest (another instance may have changed it), and a change made here evicts it at once.
 */
export async function cachedPolicyInForce(db: Kysely<Database>, councilId: string): Promise<PolicyInForce> {
  let byCouncil = cache.get(db)
  if (byCouncil === undefined) cache.set(db, (byCouncil = new Map<string, PolicyInForce>()))
  const hit = byCouncil.get(councilId)
  if (hit !== undefined) return hit
  const fresh = await policyInForce(db, councilId)
  byCouncil.set(councilId, fresh)
  return fresh
}

export function forgetPolicy(db: Kysely<Database>, councilId: string): void {
  cache.get(db)?.delete(councilId)
}

/** The body field a policy error points at: the preset itself, or the override that produced the bad value. */
function policyErrorField(field: string): string {
  if (field === 'preset') return '/preset'
  return field === '' ? '/overrides' : `/overrides/${field.replaceAll('.', '/')}`
}

/**
 * Records a new version of the council's policy; open cases keep the snapshot they started under. With ifMatch,
 * a stale version is refused at once, and the insert claims exactly the version after it: a change that lands
 * between the comparison and the insert makes the primary key collide (412), never a silent overwrite.
 */
export async function changePolicy(
  db: Kysely<Database>,
  councilId: string,
  change: { preset: string; overrides: Record<string, unknown> },
  by: string,
  ifMatch: number | null = null,
): Promise<PolicyInForce> {
  const result = resolvePolicy(change.preset, change.overrides)
  if (!result.ok) {
    throw new AppError('POLICY.INVALID', result.errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors: result.errors.map((e) => ({ location: 'body' as const, field: policyErrorField(e.field), rule: 'policy', message: e.message })),
    })
  }
  await db.transaction().execute(async (trx) => {
    const current = ifMatch === null ? null : (await findCurrentPolicy(trx, councilId))?.version ?? 0
    if (current !== null && current !== ifMatch) {
      throw new AppError('POLICY.VERSION_MISMATCH', `The policy in force is version ${current}, not ${ifMatch}: read it again.`)
    }
    await insertPolicyVersion(trx, councilId, { preset: change.preset, overrides: change.overrides, policy: result.policy, createdBy: by }, ifMatch)
  })
  forgetPolicy(db, councilId)
  return policyInForce(db, councilId)
}
