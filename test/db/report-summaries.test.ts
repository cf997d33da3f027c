import t from 'tap'
import { sql, type Kysely } from 'kysely'
import { randomUUID } from 'node:crypto'
import type { Database } from '../../src/db/database.js'
import { insertCouncil } from '../../src/db/council.repository.js'
import { SOURCES, summaryColumns } from '../../src/db/reporting/figures.js'
import { replaceReportFacts, type ReportFacts, type ReportRemedy } from '../../src/db/reporting/facts-store.js'
import { liveBreakdown, liveRemedies, liveSource, type AggregateRow, type GroupBy } from '../../src/db/reporting/live.js'
import { summarised, summarisedRemedies } from '../../src/db/reporting/summary-read.js'
import { ensureSummaries, modelFingerprint, rebuildSummaries } from '../../src/db/reporting/summary-store.js'
import { testDatabase } from '../helpers/database.js'

// Deterministic pseudo-random facts: every kind of null, date order and value the figures distinguish.
let seed = 7
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const maybe = <T>(value: T): T | null => (random() < 0.35 ? null : value)
const date = () => `2026-0${1 + Math.floor(random() * 3)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`

function randomFacts(caseId: string, councilId: string): { facts: ReportFacts; remedies: ReportRemedy[] } {
  const stage = (s: 1 | 2) => ({
    [`s${s}AckDueOn`]: maybe(date()), [`s${s}AckOn`]: maybe(date()), [`s${s}DueOriginalOn`]: maybe(date()), [`s${s}DueOn`]: maybe(date()),
    [`s${s}RespondedOn`]: maybe(date()), [`s${s}Outcome`]: maybe(pick(['upheld', 'not_upheld'])),
    [`s${s}DetailedOutcome`]: maybe(pick(['upheld', 'partly_upheld', 'not_upheld'])), [`s${s}ExtensionDays`]: pick([0, 0, 5, 12]),
    [`s${s}BeyondCap`]: random() < 0.2, [`s${s}PausedDays`]: pick([0, 0, 3]), [`s${s}WorkingDays`]: maybe(pick([4, 9, 10, 15])),
  })
  const acceptance = maybe(pick(['accepted', 'refused']))
  const facts = {
    caseId, councilId, receivedOn: date(), status: 'received', kind: maybe(pick(['complaint', 'service_request', 'signposted'])),
    channel: pick(['email', 'phone']), serviceArea: maybe(pick(['waste', 'housing'])), categories: pick([[], ['delay'], ['delay', 'conduct']]),
    acceptance, refusalCodes: acceptance === 'refused' ? pick([['a'], ['a', 'b']]) : [], withdrawnOn: maybe(date()),
    ...stage(1), escalatedOn: maybe(date()), escalationDecision: maybe(pick(['refuse', 'final_at_stage1', 'accept'])), ...stage(2),
    ombudsmanReferredOn: maybe(date()), ombudsmanDecision: maybe(pick(['upheld_fault', 'no_fault'])), ombudsmanDecidedOn: maybe(date()),
    nextDueOn: maybe(date()), nextDueKind: 'stage1_response', keyedLateActions: pick([0, 0, 1, 3]),
  } as ReportFacts
  const remedies: ReportRemedy[] = Array.from({ length: Math.floor(random() * 3) }, (_, i) => ({
    caseId, remedyId: `r${i}`, councilId, source: 'stage1', type: pick(['apology', 'financial']), status: pick(['open', 'done', 'undeliverable']),
    offeredOn: date(), dueOn: date(), completedOn: null, amountPence: pick([null, 5000]),
  }))
  return { facts, remedies }
}

/** The summaries with their slots added up, zero rows left out. */
async function summaryState(db: Kysely<Database>) {
  const cols = summaryColumns()
  const monthly = await sql<Record<string, unknown>>`select council_id, dim, month::text, dim_value, ${sql.join(cols.map((c) => sql`sum(${sql.ref(c)})::int as ${sql.ref(c)}`))}
    from report_monthly group by 1, 2, 3, 4 having ${sql.join(cols.map((c) => sql`sum(${sql.ref(c)}) <> 0`), sql` or `)} order by 1, 2, 3, 4`.execute(db)
  const details = await sql`select council_id, dim, month::text, dim_value, breakdown, detail, sum(count)::int as n from report_monthly_details
    group by 1, 2, 3, 4, 5, 6 having sum(count) <> 0 order by 1, 2, 3, 4, 5, 6`.execute(db)
  const remedies = await sql`select council_id, dim, month::text, dim_value, type, due_month::text, sum(offered)::int, sum(done)::int, sum(open)::int,
    sum(undeliverable)::int, sum(amount_pence)::int from report_monthly_remedies group by 1, 2, 3, 4, 5, 6
    having sum(offered) <> 0 or sum(amount_pence) <> 0 order by 1, 2, 3, 4, 5, 6`.execute(db)
  return { monthly: monthly.rows, details: details.rows, remedies: remedies.rows }
}

const sorted = (rows: AggregateRow[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v])))
  .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

const database = await testDatabase()
t.teardown(() => database.close())
const db = database.db
const council = await insertCouncil(db, { slug: 'summaries', name: 'Summaries', referencePrefix: 'SUM' })
const ids = Array.from({ length: 25 }, () => randomUUID())
for (const id of ids) {
  await db.insertInto('cases').values({
    id, council_id: council.id, reference: id, version: 1, policy_version: 0, policy: '{}', state: '{}', intake: '{}', status: 'received', stage: 1,
    channel: 'email', received_at: new Date(), received_on: '2026-01-01', sensitive: false, anonymous: false, service_areas: [], categories: [], created_by: 't',
    kind: null, lead_service_area: null, handler: null, stage2_handler: null, next_due_on: null, next_due_kind: null, escalation_window_ends_on: null,
    open_remedies: 0, next_remedy_due_on: null, linked_case_id: null, crm_reference: null,
  }).execute()
}
// Every case written several times over: each write moves the summaries by what its facts changed.
for (let i = 0; i < 120; i++) {
  const id = ids[i % ids.length]!
  await db.transaction().execute((trx) => replaceReportFacts(trx, randomFacts(id, council.id)))
}

t.test('the summaries moved write by write equal a recount from the facts', async (t) => {
  const moved = await summaryState(db)
  t.ok(moved.monthly.length > 20 && moved.details.length > 0 && moved.remedies.length > 0, 'the writes reached every summary')
  await rebuildSummaries(db)
  t.same(await summaryState(db), moved)
})

t.test('whole past months read from the summaries equal the live counts, for every grouping', async (t) => {
  const today = '2026-06-15'
  for (const groupBy of ['none', 'month', 'serviceArea', 'channel', 'category'] as GroupBy[]) {
    const q = { councilIds: [council.id], from: '2026-01-01', to: '2026-03-31', groupBy, today }
    const s = await summarised(db, q.councilIds, groupBy, q.from, '2026-03-01')
    for (const source of Object.keys(SOURCES) as (keyof typeof SOURCES)[]) {
      t.same(sorted(s[source]), sorted((await liveSource(db, q, source)).filter((r) => Object.values(r).some((v) => typeof v === 'number' && v !== 0))), `${groupBy}: ${source}`)
    }
    for (const b of ['refusals', 'wd1', 'wd2'] as const) t.same(sorted(s[b]), sorted(await liveBreakdown(db, q, b)), `${groupBy}: ${b}`)
    const rem = await summarisedRemedies(db, q.councilIds, groupBy, q.from, '2026-03-01', today)
    t.same(sorted(rem), sorted(await liveRemedies(db, q)), `${groupBy}: remedies`)
  }
})

t.test('the summaries are recounted on start only when the definitions changed', async (t) => {
  let told = 0
  const hooks = { recounting: () => { told += 1 } }
  t.equal(await ensureSummaries(db, hooks), 'current')
  t.equal(told, 0, 'nothing to say when the summaries are current')
  await sql`update report_model set fingerprint = 'older' where id = 1`.execute(db)
  const before = await summaryState(db)
  t.equal(await ensureSummaries(db, hooks), 'rebuilt')
  t.equal(told, 1, 'the start-up is told before the recount (it logs it: at a million cases it takes minutes)')
  t.same(await summaryState(db), before)
  t.equal((await sql<{ fingerprint: string }>`select fingerprint from report_model`.execute(db)).rows[0]?.fingerprint, modelFingerprint())
})

t.test('instances starting together recount the summaries once', async (t) => {
  await sql`update report_model set fingerprint = 'older' where id = 1`.execute(db)
  const before = await summaryState(db)
  const outcomes = await Promise.all([ensureSummaries(db), ensureSummaries(db), ensureSummaries(db)])
  t.same(outcomes.sort(), ['current', 'current', 'rebuilt'])
  t.same(await summaryState(db), before)
})
