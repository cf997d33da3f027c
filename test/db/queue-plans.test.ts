import t from 'tap'
import { CompiledQuery, sql } from 'kysely'
import { listQueue, type QueueFilter } from '../../src/db/case-queue.repository.js'
import { insertCouncil } from '../../src/db/council.repository.js'
import { testDatabase } from '../helpers/database.js'

// A page of the work queue must be an index range scan in queue order, whatever the filter: never a sort of the
// council's cases (which grows with the council). The tables here are small, so sequential scans are turned off
// to ask the planner whether an index can serve the query at all.
const database = await testDatabase()
t.teardown(() => database.close())
const db = database.db
const council = await insertCouncil(db, { slug: 'plans', name: 'Plans', referencePrefix: 'PLN' })

const base: QueueFilter = { councilId: council.id, scope: { all: true, handler: null, creator: null }, today: '2026-06-01', limit: 51 }

/** The statements listQueue sends for a filter (answered with no rows, so a later page's second range is asked too). */
async function statements(filter: Partial<QueueFilter>): Promise<CompiledQuery[]> {
  const executor = db.getExecutor() as unknown as { executeQuery: (q: CompiledQuery) => Promise<{ rows: unknown[] }> }
  const seen: CompiledQuery[] = []
  executor.executeQuery = async (q) => { seen.push(q); return { rows: [] } }
  try {
    await listQueue(db, { ...base, ...filter })
  } finally {
    delete (executor as { executeQuery?: unknown }).executeQuery
  }
  return seen
}

async function explain(filter: Partial<QueueFilter>): Promise<string[]> {
  const queries = await statements(filter)
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

const filters: [string, Partial<QueueFilter>][] = [
  ['no filter', {}],
  ['a later page', { after: { due: '2026-05-01', id: '00000000-0000-4000-8000-000000000000' } }],
  ['the undated tail', { after: { due: null, id: '00000000-0000-4000-8000-000000000000' } }],
  ['handler', { handler: 'bob' }],
  ['a handler\'s own cases', { scope: { all: false, handler: 'bob', creator: null } }],
  ['intake\'s own cases', { scope: { all: false, handler: null, creator: 'ivy' } }],
  ['kind', { kind: 'service_request' }],
  ['channel', { channel: 'letter' }],
  ['sensitive', { sensitive: true }],
  ['overdue', { overdue: true }],
  ['due by a date', { dueOnOrBefore: '2026-06-08' }],
  ['remedies overdue', { remediesOverdue: true }],
]

for (const [name, filter] of filters) {
  t.test(`${name}: served by an index`, async (t) => {
    const plans = await explain(filter)
    t.ok(plans.length > 0)
    for (const p of plans) {
      t.match(p, /Index|Bitmap/, p)
      t.notMatch(p, /Seq Scan/, p)
    }
  })
}

t.test('a page in queue order needs no sort of the council\'s cases', async (t) => {
  for (const [name, filter] of filters.slice(0, 10)) {
    for (const p of await explain(filter)) t.notMatch(p, /Sort/, `${name}\n${p}`)
  }
})
