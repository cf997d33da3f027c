/**
 * The gap count the database keeps for the work queue (the SQL function case_correspondence_gaps) and the
 * correspondence evidence the case answers (domain dutyEvidence) agree, for any state of the duties and any log:
 * struck-out entries, incoming ones, other stages, several extensions, escalation details with each response.
 * On PGlite, and on PostgreSQL with DATABASE_URL.
 */
import t from 'tap'
import fc from 'fast-check'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { CORRESPONDENCE_DUTIES, dutyEvidence, type CaseState, type CorrespondenceFact } from '../../src/domain/index.js'
import { build, seedCouncil, tokenFor } from '../helpers/build.js'
import { acceptedComplaint, act, createComplaint, step } from '../helpers/complaints.js'
import { responseContent } from '../helpers/lifecycle.js'
import { down, up } from '../../migrations/20261201T195000-escalation-details-evidence.js'

const app = await build(t, { now: () => new Date('2026-01-30T12:00:00Z') })
const council = await seedCouncil(app)
const team = await tokenFor(council, ['complaints_team'])
const c = await createComplaint(app, team, { receivedAt: '2026-01-05T09:00:00Z' })

const day = fc.integer({ min: 5, max: 30 }).map((d) => `2026-01-${String(d).padStart(2, '0')}`)
const stage = fc.record({
  acknowledgedOn: fc.option(day, { nil: null }),
  extensions: fc.array(fc.record({ toldPersonOn: day, ombudsmanDetailsGiven: fc.boolean() }), { maxLength: 3 }),
  response: fc.option(day.map((respondedOn) => ({ respondedOn })), { nil: null }),
})
const state = fc.record({ receivedOn: fc.constant('2026-01-05'), stage1: stage, stage2: fc.option(stage, { nil: null }) })
const entry = fc.record({
  direction: fc.constantFrom('in' as const, 'out' as const),
  stage: fc.constantFrom(1 as const, 2 as const),
  duties: fc.subarray([...CORRESPONDENCE_DUTIES]),
  occurredOn: day,
  struckOut: fc.boolean(),
})

t.test('SQL and the domain count the same gaps', async (t) => {
  let runs = 0
  await fc.assert(fc.asyncProperty(state, fc.array(entry, { maxLength: 8 }), async (s, log) => {
    runs++
    await app.db.deleteFrom('case_correspondence').where('case_id', '=', c.id).execute()
    const facts: CorrespondenceFact[] = log.map((e) => ({ ...e, id: randomUUID(), ombudsmanDetailsGiven: false }))
    if (facts.length > 0) {
      await app.db.insertInto('case_correspondence').values(facts.map((f) => ({
        id: f.id, case_id: c.id, council_id: council.id, direction: f.direction, channel: 'letter', occurred_at: `${f.occurredOn}T10:00:00Z`,
        occurred_on: f.occurredOn, stage: f.stage, party: 'p', summary: 's', duties: [...f.duties], ombudsman_details_given: false,
        recorded_by: 'test', recorded_at: new Date(), struck_out: f.struckOut === true,
      }))).execute()
    }
    const { rows } = await sql<{ gaps: number }>`select case_correspondence_gaps(${JSON.stringify(s)}::jsonb, ${c.id}::uuid) as gaps`.execute(app.db)
    const domain = dutyEvidence(s as unknown as CaseState, facts).filter((e) => e.toldBy === null).length
    if (rows[0]!.gaps !== domain) throw new Error(`SQL ${rows[0]!.gaps}, domain ${domain}`)
  }), { numRuns: 150 })
  t.equal(runs, 150, '150 random states and logs agree')
})

t.test('the migration counts the escalation details of the cases already answered, and undoes cleanly', async (t) => {
  const answered = await acceptedComplaint(app, team, 'bob', { receivedAt: '2026-01-26T09:00:00Z' })
  await step(app, team, answered.id, 'stage1-response', { response: responseContent(1, ['upheld']) })
  for (const duties of [['stage1_acknowledgement'], ['stage1_response']]) {
    const res = await act(app, team, answered.id, 'correspondence', { direction: 'out', channel: 'letter', occurredAt: '2026-01-30T10:00:00Z', party: 'p', summary: 's', duties })
    t.equal(res.statusCode, 201, res.body)
  }
  const gaps = async () => (await app.db.selectFrom('cases').select('correspondence_gaps').where('id', '=', answered.id).executeTakeFirstOrThrow()).correspondence_gaps
  t.equal(await gaps(), 1, 'the response told, not how to escalate')
  await down(app.db)
  t.equal(await gaps(), 0, 'down: escalation details are not asked for')
  await up(app.db)
  t.equal(await gaps(), 1, 'up counts the cases already answered')
})
