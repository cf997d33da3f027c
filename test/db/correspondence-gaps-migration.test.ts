import t from 'tap'
import { sql } from 'kysely'
import { buildApp } from '../../src/app.js'
import { down, up } from '../../migrations/20261201T172000-correspondence-gaps.js'
import { seedCouncil, testConfig, tokenFor } from '../helpers/build.js'
import { acceptedComplaint, act, createComplaint, queueIds } from '../helpers/complaints.js'
import { testDatabase } from '../helpers/database.js'

// The migration that adds the correspondence-gap count backfills the cases already there (every acknowledged case
// with no letter recorded had a gap the day before), and undoes cleanly. On PGlite, and on PostgreSQL with
// DATABASE_URL.
const NOW = new Date('2026-01-08T12:00:00Z')
const database = await testDatabase()
t.teardown(() => database.close())
const app = await buildApp(testConfig(), { database: { ...database, close: async () => {} }, now: () => NOW })
t.teardown(() => app.close())
await app.ready()
const council = await seedCouncil(app)
const team = await tokenFor(council, ['complaints_team'], 'alice')

t.test('existing cases get their gaps counted; down and up again', async (t) => {
  const told = await acceptedComplaint(app, team, undefined, { receivedAt: '2026-01-08T08:00:00Z' })
  const untold = await acceptedComplaint(app, team, undefined, { receivedAt: '2026-01-08T08:10:00Z' })
  const fresh = await createComplaint(app, team, { receivedAt: '2026-01-08T08:20:00Z' })
  const letter = await act(app, team, told.id, 'correspondence', {
    direction: 'out', channel: 'letter', occurredAt: '2026-01-08T09:00:00Z', party: 'the person', summary: 'Acknowledged', duties: ['stage1_acknowledgement'],
  })
  t.equal(letter.statusCode, 201, letter.body)

  const gaps = async () => (await sql<{ id: string; correspondence_gaps: number }>`select id, correspondence_gaps from cases where id in (${told.id}, ${untold.id}, ${fresh.id})`
    .execute(database.db)).rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.id]: r.correspondence_gaps }), {})
  const expected = { [told.id]: 0, [untold.id]: 1, [fresh.id]: 0 }
  t.same(await gaps(), expected)

  await down(database.db)
  const columns = await sql<{ n: number }>`select count(*)::int as n from information_schema.columns where table_name = 'cases' and column_name = 'correspondence_gaps'`.execute(database.db)
  t.equal(columns.rows[0]?.n, 0, 'down drops the column')
  await up(database.db)
  t.same(await gaps(), expected, 'up counts the gaps of the cases already there')
  const gapped = await queueIds(app, team, 'correspondenceGap=true&limit=100')
  t.ok(gapped.includes(untold.id))
  t.notOk(gapped.includes(told.id))
})
