import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'

export interface OpenCaseRow {
  council: string
  /** The council's next outstanding duty on the case, e.g. `stage1_acknowledgement`. */
  nextDueKind: string
  open: number
  overdue: number
  /** When the oldest case still waiting for this acknowledgement started waiting; null for response duties. */
  oldestWaitingSince: Date | null
}

/**
 * Open cases (those with a duty of the council outstanding) by council and next duty, from the report facts'
 * partial index of open cases: one grouped scan of open cases only, however many are closed. Stage 1 waits
 * from receipt (the case's instant); stage 2 from the escalation request's London date.
 */
export async function openCaseCounts(db: Kysely<Database>, today: string): Promise<OpenCaseRow[]> {
  const result = await sql<{ council: string; next_due_kind: string; open: number; overdue: number; oldest: Date | string | null }>`
    select c.slug as council, f.next_due_kind,
      count(*)::int as open,
      (count(*) filter (where f.next_due_on < ${today}::date))::int as overdue,
      min(case
        when f.next_due_kind = 'stage1_acknowledgement' then k.received_at
        when f.next_due_kind = 'stage2_acknowledgement' then f.escalated_on::timestamp at time zone 'Europe/London'
      end) as oldest
    from case_report_facts f
    join councils c on c.id = f.council_id
    left join cases k on k.id = f.case_id and f.next_due_kind = 'stage1_acknowledgement'
    where f.next_due_on is not null
    group by c.slug, f.next_due_kind`.execute(db)
  return result.rows.map((r) => ({
    council: r.council,
    nextDueKind: r.next_due_kind,
    open: r.open,
    overdue: r.overdue,
    oldestWaitingSince: r.oldest === null ? null : new Date(r.oldest),
  }))
}

/** The database's size on disk (both backends). */
export async function databaseSizeBytes(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ bytes: number }>`select pg_database_size(current_database())::int8 as bytes`.execute(db)
  return Number(result.rows[0]!.bytes)
}
