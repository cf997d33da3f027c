import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'

/** A place in the log: the writing transaction and the position within the log. Ordered as a pair. */
export interface LogPoint {
  xid: string
  position: number
}

export interface LogEntry extends LogPoint {
  caseId: string
  reference: string
  councilId: string
  sequence: number
  type: string
  occurredAt: Date
  recordedAt: Date
  caseVersion: number
  data: Record<string, unknown>
}

export interface LogQuery {
  /** Only this council's events; null reads every council's (the delivery worker fans out per subscription). */
  councilId: string | null
  after: LogPoint | null
  /** Stored event types to keep; null keeps all. */
  types: readonly string[] | null
  limit: number
  /** Only these cases (replay of one case). */
  caseId?: string
  /** Stop at this point (replay of a range), inclusive. */
  until?: LogPoint
}

const HORIZON = sql<string>`(
  with snap as (select pg_current_snapshot() as s)
  select coalesce(
    (select min(x) from snap, pg_snapshot_xip(snap.s) as x
      where not exists (select 1 from pg_stat_activity a where a.backend_xid = x::xid and a.datname is distinct from current_database())),
    (select pg_snapshot_xmax(s) from snap)))`

/**
 * The committed part of the log, in order. Positions come from a sequence, so a transaction that took position
 * 10 may commit after one that took 11: a reader that had moved past 11 would never see 10. Instead the log is
 * read in (transaction id, position) order and only below the horizon: the oldest transaction of this database
 * still running when the statement's snapshot was taken. Every transaction below it has ended, and a transaction
 * still running (or not yet begun) writes ids at or above it, so no event can appear below the horizon later and
 * a cursor in that order never skips one. An event's id is never below its writer's (appendEvents may lift it to
 * the case's previous event's id, to keep a case in order), so "below the horizon" also means "committed".
 * Transactions of other databases on the same server are left out of the horizon, so a long
 * one elsewhere does not stall the feed (pg_stat_activity shows them only to a role that may see them; without
 * that, the horizon falls back to the plain snapshot xmin, which is safe, only slower).
 */
export async function readLog(db: Kysely<Database>, q: LogQuery): Promise<LogEntry[]> {
  let query = db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select([
      'e.xid', 'e.position', 'e.case_id', 'c.reference', 'e.council_id', 'e.sequence', 'e.type', 'e.occurred_at',
      'e.recorded_at', 'e.case_version', 'e.data',
    ])
    .where(sql<boolean>`e.xid < ${HORIZON}`)
    .orderBy('e.xid')
    .orderBy('e.position')
    .limit(q.limit)
  if (q.councilId !== null) query = query.where('e.council_id', '=', q.councilId)
  if (q.after) query = query.where(sql<boolean>`(e.xid, e.position) > (${q.after.xid}::xid8, ${q.after.position}::bigint)`)
  if (q.until) query = query.where(sql<boolean>`(e.xid, e.position) <= (${q.until.xid}::xid8, ${q.until.position}::bigint)`)
  if (q.types) query = query.where('e.type', 'in', q.types.length > 0 ? [...q.types] : ['-'])
  if (q.caseId) query = query.where('e.case_id', '=', q.caseId)
  const rows = await query.execute()
  return rows.map((r) => ({
    xid: String(r.xid),
    position: Number(r.position),
    caseId: r.case_id,
    reference: r.reference,
    councilId: r.council_id,
    sequence: r.sequence,
    type: r.type,
    occurredAt: r.occurred_at,
    recordedAt: r.recorded_at,
    caseVersion: r.case_version,
    data: r.data,
  }))
}

/** One event by its position, committed or not yet visible (null when there is none). */
export async function findLogPoint(db: Kysely<Database>, councilId: string, position: number): Promise<LogPoint | null> {
  const row = await db.selectFrom('case_events').select(['xid', 'position'])
    .where('council_id', '=', councilId).where('position', '=', position).executeTakeFirst()
  return row ? { xid: String(row.xid), position: Number(row.position) } : null
}

/** The last event of the council's log that readers can see now (a new subscription starts after it). */
export async function logEnd(db: Kysely<Database>, councilId: string): Promise<LogPoint | null> {
  const { rows } = await sql<{ xid: string; position: number }>`
    select e.xid::text as xid, e.position from case_events e
    where e.council_id = ${councilId} and e.xid < ${HORIZON}
    order by e.xid desc, e.position desc limit 1`.execute(db)
  const row = rows[0]
  return row ? { xid: String(row.xid), position: Number(row.position) } : null
}
