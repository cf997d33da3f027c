import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import {
  findCouncilBySlug, findCouncilSettings, findCouncilSettingsBySlug, updateCouncilSettings, type Council, type CouncilSettings,
} from '../db/council.repository.js'
import { findReportSettings, saveReportSettings, type ReportSettings } from '../db/report-settings.repository.js'
import { AppError } from './app-error.js'
import { SLUG_PATTERN } from './council-admin.js'
import { changePolicy, type PolicyInForce } from './policies.js'

export type { CouncilSettings }

/** The council of a public form's URL, only when it has turned public intake on and is not suspended. */
export async function publicIntakeCouncil(db: Kysely<Database>, slug: string): Promise<CouncilSettings | null> {
  const settings = await findCouncilSettingsBySlug(db, slug)
  return settings?.publicIntake.enabled && settings.suspendedAt === null ? settings : null
}

export interface CouncilSettingsPatch {
  name?: string
  publicIntake?: { enabled?: boolean; allowedOrigins?: string[] }
  reporting?: { population?: number | null; timelinessTargetPercent?: number; amberFromPercent?: number }
}

export type { Council }

const SLUG = new RegExp(SLUG_PATTERN)

/** The council a token names; every request's council lookup goes through here (cached in council.repository.ts). */
export async function councilBySlug(db: Kysely<Database>, slug: string): Promise<Council | null> {
  // A slug no council could have (the councils table checks the same pattern), e.g. a token's claim holding NUL
  // or broken Unicode, is looked up nowhere.
  if (!SLUG.test(slug)) return null
  return findCouncilBySlug(db, slug)
}

export interface ReportingSettingsView { population: number | null; timelinessTargetPercent: number; amberFromPercent: number }

const reportingView = (r: ReportSettings): ReportingSettingsView => ({ population: r.population, timelinessTargetPercent: r.targetPercent, amberFromPercent: r.amberFromPercent })

export async function councilSettings(db: Kysely<Database>, councilId: string): Promise<CouncilSettings & { reporting: ReportingSettingsView }> {
  const [settings, reporting] = await Promise.all([findCouncilSettings(db, councilId), findReportSettings(db, councilId)])
  if (!settings) throw new AppError('COUNCIL.NOT_FOUND', 'This council no longer exists.')
  return { ...settings, reporting: reportingView(reporting) }
}

/** The reporting settings change, checked as a whole: the amber threshold may not exceed the target. */
async function changeReportingSettings(db: Kysely<Database>, councilId: string, patch: NonNullable<CouncilSettingsPatch['reporting']>): Promise<ReportingSettingsView> {
  const current = await findReportSettings(db, councilId)
  const next: ReportSettings = {
    population: patch.population !== undefined ? patch.population : current.population,
    targetPercent: patch.timelinessTargetPercent ?? current.targetPercent,
    amberFromPercent: patch.amberFromPercent ?? current.amberFromPercent,
  }
  if (next.amberFromPercent > next.targetPercent) {
    const field = patch.amberFromPercent !== undefined ? 'amberFromPercent' : 'timelinessTargetPercent'
    throw new AppError('VALIDATION', `body/reporting/${field}: the amber threshold (${next.amberFromPercent}) may not exceed the target (${next.targetPercent})`, {
      errors: [{ location: 'body', field: `/reporting/${field}`, rule: 'range', message: 'the amber threshold may not exceed the target' }],
    })
  }
  return reportingView(await saveReportSettings(db, councilId, next))
}

/** Origins are compared exactly as browsers send them: scheme, host and port, lower case, no trailing slash. */
const normaliseOrigin = (origin: string): string => origin.toLowerCase().replace(/\/$/, '')

export async function changeCouncilSettings(db: Kysely<Database>, councilId: string, patch: CouncilSettingsPatch): Promise<CouncilSettings & { reporting: ReportingSettingsView }> {
  const origins = patch.publicIntake?.allowedOrigins
  return db.transaction().execute(async (trx) => {
    const reporting = patch.reporting !== undefined ? await changeReportingSettings(trx, councilId, patch.reporting) : reportingView(await findReportSettings(trx, councilId))
    const change = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.publicIntake?.enabled !== undefined ? { publicIntakeEnabled: patch.publicIntake.enabled } : {}),
      ...(origins !== undefined ? { publicIntakeOrigins: [...new Set(origins.map(normaliseOrigin))] } : {}),
    }
    // A patch of the reporting settings alone changes no column of the council itself.
    const updated = Object.keys(change).length > 0 ? await updateCouncilSettings(trx, councilId, change) : await findCouncilSettings(trx, councilId)
    if (!updated) throw new AppError('COUNCIL.NOT_FOUND', 'This council no longer exists.')
    return { ...updated, reporting }
  })
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
