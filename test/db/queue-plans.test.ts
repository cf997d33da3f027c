import t from 'tap'
import { listQueue, type QueueFilter } from '../../src/db/case-queue.repository.js'
import { insertCouncil } from '../../src/db/council.repository.js'
import { testDatabase } from '../helpers/database.js'
import { assertServedBy, plansOf, statementsOf } from '../helpers/plans.js'

// A page of the work queue must be an index range scan in queue order, whatever the filter: never a sort of the
// council's cases (which grows with the council). The tables here are small, so sequential scans are turned off
// to ask the planner whether an index can serve the query at all.
const database = await testDatabase()
t.teardown(() => database.close())
const db = database.db
const council = await insertCouncil(db, { slug: 'plans', name: 'Plans', referencePrefix: 'PLN' })

const base: QueueFilter = { councilId: council.id, scope: { all: true, handler: null, creator: null }, today: '2026-06-01', limit: 51 }

const explain = async (filter: Partial<QueueFilter>): Promise<string[]> =>
  plansOf(db, await statementsOf(db, () => listQueue(db, { ...base, ...filter })))

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
  ['status', { statusIn: [{ status: 'stage1_acknowledged' }, { status: 'stage2_responded', window: 'not_passed' }] }],
  ['received between', { receivedFrom: '2026-05-01T00:00:00Z', receivedTo: '2026-05-08T00:00:00Z' }],
  ['service area', { serviceArea: 'waste' }],
]

for (const [name, filter] of filters) {
  t.test(`${name}: served by an index`, async (t) => {
    assertServedBy(t, await explain(filter), /Index|Bitmap/)
  })
}

t.test('a page in queue order needs no sort of the council\'s cases', async (t) => {
  for (const [name, filter] of filters.slice(0, 10)) {
    for (const p of await explain(filter)) t.notMatch(p, /Sort/, `${name}\n${p}`)
  }
})

t.test('cases with a correspondence gap: a range of the partial index, in queue order', async (t) => {
  for (const filter of [{ correspondenceGap: true }, { correspondenceGap: true, after: { due: '2026-05-01', id: '00000000-0000-4000-8000-000000000000' } }]) {
    assertServedBy(t, await explain(filter), /cases_correspondence_gap_idx/, /Seq Scan|Sort/)
  }
})

t.test('update due, one rule or one per policy version and division: served by an index', async (t) => {
  const single = { lastContactOnOrBefore: '2026-05-15', rules: [{ policyVersions: null, division: null, lastContactOnOrBefore: '2026-05-15' }] }
  const several = {
    lastContactOnOrBefore: '2026-05-20',
    rules: [
      { policyVersions: [0, 1], division: null, lastContactOnOrBefore: '2026-05-15' },
      { policyVersions: [2], division: 'england-and-wales', lastContactOnOrBefore: '2026-05-20' },
      { policyVersions: [2], division: 'northern-ireland', lastContactOnOrBefore: '2026-05-19' },
    ],
  }
  for (const updateDue of [single, several]) {
    assertServedBy(t, await explain({ updateDue }), /Index|Bitmap/)
  }
})
