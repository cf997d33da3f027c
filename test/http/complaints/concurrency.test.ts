import t from 'tap'
import { sql } from 'kysely'
import { rebuildSummaries } from '../../../src/db/reporting/summary-store.js'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { usingPostgres } from '../../helpers/database.js'
import { act, get, intakeBody, postIntake, queueIds, triagedComplaint } from '../../helpers/complaints.js'

const skip = usingPostgres() ? false : 'needs real concurrency: PostgreSQL only'
const NOW = new Date('2026-01-05T10:00:00Z')

t.test('concurrency', { skip }, async (t) => {
  const app = await build(t, { now: () => NOW })

  t.test('50 concurrent intakes get 50 distinct references', async (t) => {
    const council = await seedCouncil(app, { referencePrefix: 'CON' })
    const team = await tokenFor(council, ['complaints_team'])
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => postIntake(app, team, intakeBody({ summary: `Complaint ${i}` }))))
    t.same(answers.map((r) => r.statusCode), Array(50).fill(201))
    const references = answers.map((r) => r.json().reference as string).sort()
    const expected = Array.from({ length: 50 }, (_, i) => `CON-2026-${String(i + 1).padStart(6, '0')}`)
    t.same(references, expected, 'numbers 1 to 50, none skipped, none twice')
    t.equal(new Set(answers.map((r) => r.json().id)).size, 50)
  })

  t.test('20 concurrent retries with one Idempotency-Key create one case', async (t) => {
    const council = await seedCouncil(app, { referencePrefix: 'IDC' })
    const team = await tokenFor(council, ['complaints_team'])
    const body = intakeBody({ summary: 'Submitted from a flaky website form' })
    const answers = await Promise.all(Array.from({ length: 20 }, () => postIntake(app, team, body, { 'idempotency-key': 'form-submission-7f3a' })))
    t.same(answers.map((r) => r.statusCode), Array(20).fill(201), answers.map((r) => r.statusCode).join(','))
    t.equal(new Set(answers.map((r) => r.json().id)).size, 1, 'all 20 name the same case')
    t.equal(answers.filter((r) => r.headers['idempotent-replayed'] === 'true').length, 19, 'one created it, 19 were replays')
    t.same((await queueIds(app, team, 'limit=100')).length, 1)
    const next = await postIntake(app, team, intakeBody())
    t.equal(next.json().reference, 'IDC-2026-000002', 'the losers used up no reference number')
  })

  t.test('two concurrent acknowledgements: exactly one applies', async (t) => {
    const council = await seedCouncil(app)
    const team = await tokenFor(council, ['complaints_team'], 'alice')
    const bob = await tokenFor(council, ['handler'], 'bob')

    for (let round = 0; round < 5; round++) {
      const c = await triagedComplaint(app, team)
      const answers = await Promise.all([
        act(app, team, c.id, 'acknowledgement', { decision: 'accepted' }),
        act(app, team, c.id, 'acknowledgement', { decision: 'accepted' }),
      ])
      t.same(answers.map((r) => r.statusCode).sort(), [200, 409], `round ${round}: ${answers.map((r) => r.body).join(' | ')}`)
      t.equal(answers.find((r) => r.statusCode === 409)?.json().code, 'CASE.ALREADY_ACKNOWLEDGED')
      const timeline = await get(app, team, `/v1/complaints/${c.id}/timeline`)
      t.equal(timeline.json().items.filter((e: { type: string }) => e.type === 'acknowledged').length, 1, 'one acknowledgement in the history')
      t.equal((await get(app, team, `/v1/complaints/${c.id}`)).json().version, 3)
    }

    for (let round = 0; round < 5; round++) {
      const c = await triagedComplaint(app, team)
      await act(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob' })
      const answers = await Promise.all([
        act(app, team, c.id, 'acknowledgement', { decision: 'accepted' }, { 'if-match': '"3"' }),
        act(app, bob, c.id, 'acknowledgement', { decision: 'accepted' }, { 'if-match': '"3"' }),
      ])
      t.same(answers.map((r) => r.statusCode).sort(), [200, 412], `If-Match round ${round}`)
      t.equal(answers.find((r) => r.statusCode === 412)?.json().code, 'CASE.VERSION_MISMATCH')
      const timeline = await get(app, team, `/v1/complaints/${c.id}/timeline`)
      t.same(timeline.json().items.map((e: { sequence: number }) => e.sequence), [1, 2, 3, 4], 'event sequence has no gap and no duplicate')
    }
  })

  t.test('concurrent changes of one case all apply in turn: no event lost or doubled, summaries as a recount has them', async (t) => {
    // Each change waits for the one before it on the case's row lock, then writes its facts and events from what
    // that one left (services/cases.ts reads them again when the lock had to wait).
    const council = await seedCouncil(app)
    const team = await tokenFor(council, ['complaints_team'])
    const c = await triagedComplaint(app, team, { categories: ['start'] })
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => app.inject({
      method: 'PATCH', url: `/v1/complaints/${c.id}`, headers: { authorization: `Bearer ${team}` }, payload: { categories: [`category-${i}`] },
    })))
    t.same(answers.map((r) => r.statusCode), Array(12).fill(200), answers.map((r) => r.statusCode).join(','))
    t.same(answers.map((r) => r.json().version).sort((a, b) => a - b), Array.from({ length: 12 }, (_, i) => c.version + 1 + i), 'each saw the one before it')
    const timeline = await get(app, team, `/v1/complaints/${c.id}/timeline`)
    t.same(timeline.json().items.map((e: { sequence: number }) => e.sequence), Array.from({ length: 2 + 12 }, (_, i) => i + 1), 'event sequence has no gap and no duplicate')
    const last = answers.find((r) => r.json().version === c.version + 12)!.json()
    const counted = async () => (await sql<{ dim_value: string; n: number }>`select dim_value, sum(volumes_received)::int as n from report_monthly
      where council_id = ${council.id} and dim = 'category' group by 1 having sum(volumes_received) <> 0 order by 1`.execute(app.db)).rows
    const moved = await counted()
    t.same(moved, [{ dim_value: last.categories[0], n: 1 }], 'the case counts once, under the category it was left with')
    await rebuildSummaries(app.db)
    t.same(await counted(), moved, 'a recount from the facts agrees')
  })
})
