import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from './database.js'
import type { CaseRecord } from '../domain/case/case-record.js'
import { camelized } from './row-mapping.js'

/**
 * Cases the deadline alert scheduler must look at on `today`: never looked at, changed since, or with an alert
 * due by now. Only cases that can have an alert at all: open, or with an open remedy (a remedy outlives the
 * response). `ended` is the domain's list of statuses after which response duties no longer run.
 */
export async function alertCandidates(db: Kysely<Database>, today: string, ended: readonly string[], limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('case_alert_checks as k', 'k.case_id', 'c.id')
    .select('c.id')
    .where((eb) => eb.or([eb('c.status', 'not in', [...ended]), eb('c.open_remedies', '>', 0)]))
    .where((eb) => eb.or([
      eb('k.case_id', 'is', null),
      eb('k.case_version', '<>', eb.ref('c.version')),
      eb('k.next_alert_on', '<=', today),
    ]))
    .orderBy('c.id')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

/**
 * The case under a row lock, or null when another transaction holds it (a command, or the scheduler on another
 * instance): that one goes first and this pass leaves the case for the next. The lock keeps the case's event
 * sequence and its dedupe keys consistent with the writers.
 */
export async function lockCaseForAlerts(trx: Transaction<Database>, caseId: string): Promise<CaseRecord | null> {
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).forUpdate().skipLocked().executeTakeFirst()
  return row ? camelized(row) : null
}

export async function emittedKeys(trx: Transaction<Database>, caseId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const rows = await trx.selectFrom('case_events').select('dedupe_key')
    .where('case_id', '=', caseId).where('dedupe_key', 'in', [...keys]).execute()
  return new Set(rows.map((r) => r.dedupe_key ?? ''))
}

export interface AlertEvent {
  type: string
  key: string
  occurredAt: string
  data: Record<string, unknown>
}

/**
 * Appends the alerts to the case's history and the log, each once: the unique (case_id, dedupe_key) index drops
 * one already written, whatever wrote it. The transaction id is lifted to the case's previous event's, as
 * appendEvents does, so the case's events stay in order in the log. Returns how many were written.
 */
export async function appendAlertEvents(trx: Transaction<Database>, row: CaseRecord, fromSequence: number, alerts: readonly AlertEvent[]): Promise<number> {
  if (alerts.length === 0) return 0
  const result = await trx
    .insertInto('case_events')
    .values(alerts.map((a, i) => ({
      case_id: row.id,
      council_id: row.councilId,
      sequence: fromSequence + i,
      type: a.type,
      actor: 'system:deadline-alerts',
      occurred_at: a.occurredAt,
      data: JSON.stringify(a.data),
      // Time-based events do not change the case: they carry the version they were noticed at.
      case_version: row.version,
      dedupe_key: a.key,
      xid: sql<string>`greatest(pg_current_xact_id(), (select max(p.xid) from case_events p where p.case_id = ${row.id}))`,
    })))
    .onConflict((oc) => oc.columns(['case_id', 'dedupe_key']).where('dedupe_key', 'is not', null).doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0n)
}

export async function saveAlertCheck(trx: Transaction<Database>, caseId: string, caseVersion: number, nextAlertOn: string | null, now: Date): Promise<void> {
  await trx.insertInto('case_alert_checks')
    .values({ case_id: caseId, case_version: caseVersion, next_alert_on: nextAlertOn, checked_at: now })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ case_version: caseVersion, next_alert_on: nextAlertOn, checked_at: now }))
    .execute()
}
