import type { Kysely } from 'kysely'
import { alertCandidates, appendAlertEvents, emittedKeys, lockCaseForAlerts, saveAlertCheck } from '../db/alert.repository.js'
import { lastEventSequence } from '../db/case.repository.js'
import type { Database } from '../db/database.js'
import {
  alertInstant, caseAlerts, dueAlerts, ENDED_STATUSES, londonDate, nextAlertOn, 
} from '../domain/index.js'
import { calendarOfCase, type Calendars } from './calendars.js'

export interface AlertDeps {
  db: Kysely<Database>
  calendars: Calendars
}

export interface AlertPass {
  /** Cases looked at (locked and computed). */
  checked: number
  /** Cases left for a later pass because another transaction held them. */
  skipped: number
  /** Events written. */
  emitted: number
  /** True when there may be more to do now (the batch was full). */
  more: boolean
}

/**
 * One pass of the deadline alerts at `now`: each case due a look is locked (skipped if locked elsewhere), its due
 * alerts are computed by the domain and appended to its history and the event log, and the date of its next alert
 * is noted. Each case is its own short transaction, so one bad case cannot hold up the rest and a crash loses at
 * most a recomputation. Every instance may run passes at once: the row lock shares out the cases and the unique
 * dedupe key makes each alert exactly-once whatever happens.
 */
export async function runAlertPass(deps: AlertDeps, now: Date, limit = 200): Promise<AlertPass> {
  const today = londonDate(now)
  const ids = await alertCandidates(deps.db, today, [...ENDED_STATUSES], limit)
  const pass: AlertPass = { checked: 0, skipped: 0, emitted: 0, more: ids.length === limit }
  for (const id of ids) {
    const emitted = await deps.db.transaction().execute(async (trx) => {
      const row = await lockCaseForAlerts(trx, id)
      if (row === null) return null
      const alerts = caseAlerts(row.state, row.policy, calendarOfCase(deps.calendars, row))
      const due = dueAlerts(alerts, today)
      const done = await emittedKeys(trx, row.id, due.map((a) => a.key))
      const fresh = due.filter((a) => !done.has(a.key))
      const written = await appendAlertEvents(trx, row, (await lastEventSequence(trx, row.id)) + 1, fresh.map((a) => ({
        type: a.type, key: a.key, occurredAt: alertInstant(a.from), data: a.data,
      })))
      await saveAlertCheck(trx, row.id, row.version, nextAlertOn(alerts, today), now)
      return written
    })
    if (emitted === null) pass.skipped += 1
    else { pass.checked += 1; pass.emitted += emitted }
  }
  return pass
}
