import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'

export interface RecommendationCounts { recommended: number; doneOnTime: number; doneLate: number; openOverdue: number; openNotYetDue: number; undeliverable: number }

/** The Ombudsman's recommended remedies from decisions made in [from, to]: done by their date, late, or open. */
export async function ombudsmanRecommendations(db: Kysely<Database>, councilId: string, from: string, to: string, today: string): Promise<RecommendationCounts> {
  const { rows } = await sql<Record<keyof RecommendationCounts, number>>`
    select count(*)::int as recommended,
      (count(*) filter (where status = 'done' and completed_on <= due_on))::int as "doneOnTime",
      (count(*) filter (where status = 'done' and (completed_on is null or completed_on > due_on)))::int as "doneLate",
      (count(*) filter (where status = 'open' and due_on < ${today}::date))::int as "openOverdue",
      (count(*) filter (where status = 'open' and due_on >= ${today}::date))::int as "openNotYetDue",
      (count(*) filter (where status = 'undeliverable'))::int as undeliverable
    from case_report_remedies
    where council_id = ${councilId}::uuid and source = 'ombudsman' and offered_on between ${from}::date and ${to}::date`.execute(db)
  const r = rows[0]
  return {
    recommended: Number(r?.recommended ?? 0), doneOnTime: Number(r?.doneOnTime ?? 0), doneLate: Number(r?.doneLate ?? 0),
    openOverdue: Number(r?.openOverdue ?? 0), openNotYetDue: Number(r?.openNotYetDue ?? 0), undeliverable: Number(r?.undeliverable ?? 0),
  }
}
