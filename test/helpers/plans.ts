import { CompiledQuery, sql, type Kysely } from 'kysely'
import type { Database } from '../../src/db/database.js'
import type { Test } from 'tap'

/** The statements `run` sends (each answered with no rows, so a later page's second range is asked too). */
export async function statementsOf(db: Kysely<Database>, run: () => Promise<unknown>): Promise<CompiledQuery[]> {
  const executor = db.getExecutor() as unknown as { executeQuery: (q: CompiledQuery) => Promise<{ rows: unknown[] }> }
  const seen: CompiledQuery[] = []
  executor.executeQuery = async (q) => { seen.push(q); return { rows: [] } }
  try {
    await run()
  } finally {
    delete (executor as { executeQuery?: unknown }).executeQuery
  }
  return seen
}

/**
 * The plan of each statement, with sequential scans turned off: can an index serve it at all? With `indexScans`
 * false, plain index scans are off too, so the planner must pick the narrowest index (on a small table the
 * council's queue index, read in order, would otherwise win).
 */
export async function plansOf(db: Kysely<Database>, queries: CompiledQuery[], options: { indexScans?: boolean } = {}): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`set enable_seqscan = off`.execute(conn)
    if (options.indexScans === false) await sql`set enable_indexscan = off`.execute(conn)
    try {
      const plans: string[] = []
      for (const q of queries) {
        const res = await conn.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${q.sql}`, [...q.parameters]))
        plans.push(res.rows.map((r) => r['QUERY PLAN']).join('\n'))
      }
      return plans
    } finally {
      await sql`reset enable_seqscan`.execute(conn)
      await sql`reset enable_indexscan`.execute(conn)
    }
  })
}

/** Asserts there is a plan, and that every plan names `index` and none does what `refused` matches. */
export function assertServedBy(t: Pick<Test, 'ok' | 'match' | 'notMatch'>, plans: string[], index: RegExp, refused: RegExp = /Seq Scan/): void {
  t.ok(plans.length > 0)
  for (const p of plans) {
    t.match(p, index, p)
    t.notMatch(p, refused, p)
  }
}
