import { CompiledQuery, sql, type Kysely } from 'kysely'
import type { Database } from '../../src/db/database.js'

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

/** The plan of each statement, with sequential scans turned off: can an index serve it at all? */
export async function plansOf(db: Kysely<Database>, queries: CompiledQuery[]): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`set enable_seqscan = off`.execute(conn)
    const plans: string[] = []
    for (const q of queries) {
      const res = await conn.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${q.sql}`, [...q.parameters]))
      plans.push(res.rows.map((r) => r['QUERY PLAN']).join('\n'))
    }
    await sql`reset enable_seqscan`.execute(conn)
    return plans
  })
}
