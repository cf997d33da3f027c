import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'

/** A council's reporting settings: its population (for rates per 10,000 residents) and its timeliness target. */
export interface ReportSettings {
  population: number | null
  targetPercent: number
  amberFromPercent: number
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { population: null, targetPercent: 100, amberFromPercent: 90 }

export async function findReportSettings(db: Kysely<Database>, councilId: string): Promise<ReportSettings> {
  const row = await db.selectFrom('council_report_settings').selectAll().where('council_id', '=', councilId).executeTakeFirst()
  return row ? { population: row.population, targetPercent: Number(row.target_percent), amberFromPercent: Number(row.amber_from_percent) } : DEFAULT_REPORT_SETTINGS
}

/** Fields left out keep their value; the check constraints refuse an amber threshold above the target. */
export async function saveReportSettings(db: Kysely<Database>, councilId: string, change: Partial<ReportSettings>): Promise<ReportSettings> {
  const current = await findReportSettings(db, councilId)
  const next = { ...current, ...change }
  await db.insertInto('council_report_settings')
    .values({ council_id: councilId, population: next.population, target_percent: next.targetPercent, amber_from_percent: next.amberFromPercent })
    .onConflict((oc) => oc.column('council_id').doUpdateSet({
      population: sql`excluded.population`, target_percent: sql`excluded.target_percent`, amber_from_percent: sql`excluded.amber_from_percent`,
    }))
    .execute()
  return next
}
