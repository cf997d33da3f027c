import t from 'tap'
import { sql } from 'kysely'
import { listQueue, type QueueFilter } from '../../src/db/case-queue.repository.js'
import { findCaseByReference } from '../../src/db/case.repository.js'
import { insertCouncil } from '../../src/db/council.repository.js'
import { testDatabase } from '../helpers/database.js'
import { assertServedBy, plansOf, statementsOf } from '../helpers/plans.js'

// Finding a case (issue 14) goes to the index made for that lookup, whoever asks, and never reads the council's
// cases one by one. The planner chooses by the table's statistics, so the council gets a few thousand cases of
// varied people first (a million would choose the same, more so), then ANALYZE.
const database = await testDatabase()
t.teardown(() => database.close())
const db = database.db
const council = await insertCouncil(db, { slug: 'find-plans', name: 'Find plans', referencePrefix: 'FND' })

await sql`insert into cases (council_id, reference, version, policy_version, policy, state, intake, status, stage, channel, received_at,
    received_on, sensitive, anonymous, service_areas, categories, created_by, handler, crm_reference, next_due_on, updated_at)
  select ${council.id}::uuid, 'FND-2026-' || lpad(n::text, 6, '0'), 1, 0, '{}'::jsonb, '{}'::jsonb,
    jsonb_build_object('summary', 'Complaint number ' || n || ' about ' || (array['bins', 'parking', 'housing', 'noise'])[1 + n % 4],
      'person', jsonb_build_object('name', 'Person ' || n || ' Surname' || (n % 500), 'email', 'person' || n || '@example.org', 'phone', '07700 ' || lpad(n::text, 6, '0'))),
    'stage1_acknowledged', 1, 'email', now(), current_date, n % 10 = 0, false, '{}', '{}', 'seed', 'handler-' || (n % 50),
    'CXM-' || n, current_date + (n % 60), now() - make_interval(mins => n)
  from generate_series(1, 4000) n`.execute(db)
await sql`analyze cases`.execute(db)

const base: QueueFilter = { councilId: council.id, scope: { all: true, handler: null, creator: null }, today: '2026-06-01', limit: 51 }
const explain = async (filter: Partial<QueueFilter>) => plansOf(db, await statementsOf(db, () => listQueue(db, { ...base, ...filter })))

const handlerScope = { all: false, handler: 'handler-7', creator: null }
const lookups: [string, Partial<QueueFilter>, RegExp][] = [
  ['reference', { reference: 'FND-2026-000123' }, /cases_council_reference_unique/],
  ['crm reference', { crmReference: 'CXM-123' }, /cases_crm_reference_idx/],
  ['person\'s email', { personEmail: 'person123@example.org' }, /cases_person_email_idx/],
  ['person\'s email, for a handler', { personEmail: 'person123@example.org', scope: handlerScope }, /cases_person_email_idx/],
  ['person\'s phone', { personPhone: '+447700000123' }, /cases_person_phone_idx/],
  ['free text', { text: "'surname7':* & 'parking':*" }, /cases_text_idx/],
  ['free text, for intake', { text: "'surname7':*", scope: { all: false, handler: null, creator: 'seed' } }, /cases_text_idx/],
  ['by last change', { order: 'updated' }, /cases_updated_idx/],
  ['changed since, by last change', { order: 'updated', updatedSince: new Date(Date.now() - 3_600_000).toISOString() }, /cases_updated_idx/],
  ['a later page by last change', { order: 'updated', afterUpdate: { updatedAt: new Date(Date.now() - 3_600_000).toISOString(), id: '00000000-0000-4000-8000-000000000000' } }, /cases_updated_idx/],
]

for (const [name, filter, index] of lookups) {
  t.test(`${name}: served by its index`, async (t) => {
    assertServedBy(t, await explain(filter), index)
  })
}

t.test('by last change, a page is read in index order: no sort of the council\'s cases', async (t) => {
  for (const [name, filter] of lookups.slice(-3)) {
    for (const p of await explain(filter)) t.notMatch(p, /Sort/, `${name}\n${p}`)
  }
})

t.test('the case by its reference', async (t) => {
  const plans = await plansOf(db, await statementsOf(db, () => findCaseByReference(db, council.id, 'FND-2026-000123')))
  t.match(plans[0], /cases_council_reference_unique/, plans[0] ?? '')
  t.equal((await findCaseByReference(db, council.id, 'FND-2026-000123'))?.crmReference, 'CXM-123')
  t.equal((await findCaseByReference(db, council.id, 'FND-2026-000123'))?.personPhone, '+447700000123', 'the generated key')
})
