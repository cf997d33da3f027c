import t from 'tap'
import { sql } from 'kysely'
import { listQueue, type QueueFilter } from '../../src/db/case-queue.repository.js'
import { insertCouncil } from '../../src/db/council.repository.js'
import { testDatabase } from '../helpers/database.js'
import { assertServedBy, plansOf, statementsOf } from '../helpers/plans.js'

// The queue filters that have an index of their own are served by it: a range of that index, then the page
// sorted, instead of every case of the council read and filtered. With the index gone, or the filter written so
// that it cannot use it (`$1 = any(service_areas)`, which a GIN index does not serve), the plan names another.
// The council gets a few thousand varied cases and ANALYZE first, so the planner judges by real statistics;
// plain index scans are turned off so that it must pick the narrowest index (the council's queue index in
// order would otherwise win on a table this small).
const database = await testDatabase()
t.teardown(() => database.close())
const db = database.db
const council = await insertCouncil(db, { slug: 'filter-plans', name: 'Filter plans', referencePrefix: 'FLT' })

const STATUSES = ['received', 'triaged_complaint', 'stage1_acknowledged', 'stage1_responded', 'stage2_acknowledged', 'stage2_responded', 'withdrawn']
const AREAS = ['waste', 'parking', 'housing', 'planning', 'council_tax', 'highways', 'licensing', 'benefits']
await sql`insert into cases (council_id, reference, version, policy_version, policy, state, intake, status, stage, channel, received_at,
    received_on, sensitive, anonymous, service_areas, lead_service_area, categories, created_by, handler, stage2_handler, next_due_on, updated_at)
  select ${council.id}::uuid, 'FLT-2026-' || lpad(n::text, 6, '0'), 1, 0, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb,
    (${sql.val(STATUSES)}::text[])[1 + n % 7], 1 + n % 2, 'email', timestamptz '2025-01-01' + make_interval(hours => n * 5),
    date '2025-01-01' + n * 5 / 24, false, false, array[(${sql.val(AREAS)}::text[])[1 + n % 8]], (${sql.val(AREAS)}::text[])[1 + (n / 8) % 8],
    '{}', 'intake-' || (n % 20), 'handler-' || (n % 60), case when n % 2 = 0 then 'reviewer-' || (n % 30) end,
    current_date + (n % 60), now() - make_interval(mins => n)
  from generate_series(1, 4000) n`.execute(db)
await sql`analyze cases`.execute(db)

const base: QueueFilter = { councilId: council.id, scope: { all: true, handler: null, creator: null }, today: '2026-06-01', limit: 51 }

const bitmapPlans = async (filter: Partial<QueueFilter>) =>
  plansOf(db, await statementsOf(db, () => listQueue(db, { ...base, ...filter })), { indexScans: false })

const ownIndex: [string, Partial<QueueFilter>, RegExp][] = [
  ['status', { statusIn: [{ status: 'stage1_acknowledged' }] }, /cases_queue_status_idx/],
  ['received between two instants', { receivedFrom: '2025-05-01T00:00:00Z', receivedTo: '2025-05-08T00:00:00Z' }, /cases_council_received_idx/],
  ['service area, the lead or any', { serviceArea: 'licensing' }, /cases_service_areas_idx/],
  ['handler, at either stage', { handler: 'reviewer-7' }, /cases_queue_handler_idx[\s\S]*cases_queue_stage2_handler_idx/],
  ['intake\'s own cases', { scope: { all: false, handler: null, creator: 'intake-3' } }, /cases_queue_created_by_idx/],
  ['kind', { kind: 'service_request' }, /cases_queue_kind_idx/],
]

for (const [name, filter, index] of ownIndex) {
  t.test(`${name}: served by its own index`, async (t) => {
    assertServedBy(t, await bitmapPlans(filter), index)
  })
}

t.test('the service area filter matches the lead area or any of the case\'s areas', async (t) => {
  const cases = await listQueue(db, { ...base, serviceArea: 'licensing', limit: 5000 })
  const expected = await sql<{ n: number }>`select count(*)::int as n from cases
    where council_id = ${council.id} and (lead_service_area = 'licensing' or 'licensing' = any(service_areas))`.execute(db)
  t.equal(cases.length, expected.rows[0]!.n)
  t.ok(cases.some((c) => c.leadServiceArea === 'licensing' && !c.serviceAreas.includes('licensing')), 'by the lead area alone')
  t.ok(cases.some((c) => c.leadServiceArea !== 'licensing' && c.serviceAreas.includes('licensing')), 'by another of its areas')
})
