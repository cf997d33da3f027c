import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'
import { awaitingDutyFigures } from './reporting/live.js'
import { camelized, type SnakeCased } from './row-mapping.js'

/** One holder's open caseload: the open caseload's figures (awaitingDutyFigures) for the cases they hold now. */
export interface HeldCaseload {
  /** The subject holding the cases; null: nobody is assigned. */
  subject: string | null
  displayName: string | null
  /** Null when the subject has no staff record at all (assigned before staff records, or removed). */
  active: boolean | null
  registered: boolean | null
  open: number
  stage1: number
  stage2: number
  overdue: number
  dueSoon: number
  /** The earliest due date among the holder's cases (the most pressing duty). */
  nextDueOn: string | null
  /** Cases with a duty done and no letter recorded for it (the correspondence log's gaps). */
  correspondenceGaps: number
}

/**
 * The open caseload by who holds each case now: the stage 2 reviewer for a stage 2 duty, the stage 1 handler for
 * any other; by the same figures as the report's open caseload, so the holders' rows add up to its total. A
 * council's open cases are a range of the (council_id, next_due_on, id) queue index, whatever its size.
 */
export async function caseloadByHolder(db: Kysely<Database>, councilId: string, today: string, soonBy: string): Promise<HeldCaseload[]> {
  const result = await sql<SnakeCased<HeldCaseload>>`
    with held as (
      select case when next_due_kind like 'stage2_%' then stage2_handler else handler end as subject, next_due_on, next_due_kind, correspondence_gaps
      from cases where council_id = ${councilId}::uuid and next_due_on is not null
    )
    select h.subject, s.display_name, s.active, s.registered, ${awaitingDutyFigures(today, soonBy)},
      min(h.next_due_on)::text as next_due_on,
      (count(*) filter (where h.correspondence_gaps > 0))::int as correspondence_gaps
    from held h left join staff s on s.council_id = ${councilId}::uuid and s.subject = h.subject
    group by h.subject, s.display_name, s.active, s.registered`.execute(db)
  return result.rows.map(camelized)
}
