import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { databaseSizeBytes, openCaseCounts } from '../db/metrics.repository.js'
import { londonDate } from '../domain/index.js'

export interface CaseGauge {
  council: string
  stage: 1 | 2
  open: number
  overdue: number
  /** Seconds the oldest unacknowledged case at this stage has waited; null when none waits. */
  oldestUnacknowledgedSeconds: number | null
}

export interface OperationalGauges {
  cases: CaseGauge[]
  databaseSizeBytes: number
}

/** Open cases, overdue cases and the oldest unacknowledged wait, by council and stage, as at `now`. */
export async function operationalGauges(db: Kysely<Database>, now: Date): Promise<OperationalGauges> {
  const [rows, size] = await Promise.all([openCaseCounts(db, londonDate(now)), databaseSizeBytes(db)])
  const byKey = new Map<string, CaseGauge>()
  for (const row of rows) {
    const stage = row.nextDueKind.startsWith('stage2_') ? 2 : 1
    const key = `${row.council}\u0000${stage}`
    const gauge = byKey.get(key) ?? { council: row.council, stage, open: 0, overdue: 0, oldestUnacknowledgedSeconds: null }
    gauge.open += row.open
    gauge.overdue += row.overdue
    if (row.oldestWaitingSince !== null) {
      const seconds = Math.max(0, Math.round((now.getTime() - row.oldestWaitingSince.getTime()) / 1000))
      gauge.oldestUnacknowledgedSeconds = Math.max(gauge.oldestUnacknowledgedSeconds ?? 0, seconds)
    }
    byKey.set(key, gauge)
  }
  return { cases: [...byKey.values()], databaseSizeBytes: size }
}

/**
 * The gauges are read when Prometheus scrapes; several scrapers (or a dashboard's refreshes) within `ttlMs`
 * share one computation, so scraping never becomes a load of its own. `clock` is monotonic milliseconds.
 */
export function cachedOperationalGauges(
  read: () => Promise<OperationalGauges>,
  ttlMs: number,
  clock: () => number = () => performance.now(),
): () => Promise<OperationalGauges> {
  let cached: { at: number; value: Promise<OperationalGauges> } | null = null
  return () => {
    const at = clock()
    if (cached === null || at - cached.at >= ttlMs) {
      const value = read()
      cached = { at, value }
      // A failed read is not kept: the next scrape tries again.
      value.catch(() => { if (cached?.value === value) cached = null })
    }
    return cached.value
  }
}
