/**
 * Several instances run the deadline alerts against one PostgreSQL at once: each alert is written once. PGlite
 * is one process's database, so there the same property is the restart case (deadline-alerts.test.ts).
 */
import t from 'tap'
import { buildApp } from '../../../src/app.js'
import type { DatabaseHandle } from '../../../src/db/create-db.js'
import { bearer, seedCouncil, testConfig, tokenFor } from '../../helpers/build.js'
import { createComplaint, step } from '../../helpers/complaints.js'
import { sharedPostgres, usingPostgres } from '../../helpers/database.js'

const NOW = new Date('2026-01-05T10:00:00Z')

function instance(database: DatabaseHandle) {
  return buildApp(testConfig(), { database: { ...database, close: async () => {} }, now: () => NOW })
}

t.test('two instances running the alerts together write each alert once', { skip: usingPostgres() ? false : 'needs two instances on one server: PostgreSQL only' }, async (t) => {
  const [one, two] = await sharedPostgres(t)
  const a = await instance(one)
  const b = await instance(two)
  t.teardown(async () => {
    await a.close()
    await b.close()
  })
  const council = await seedCouncil(a)
  const team = await tokenFor(council, ['complaints_team'])
  const cases = 40
  for (let i = 0; i < cases; i++) {
    const c = await createComplaint(a, team)
    await step(a, team, c.id, 'triage', { as: 'complaint' })
  }
  // Acknowledgement due Monday 12 January: approaching from Thursday 8th, missed on Tuesday 13th. Small batches,
  // so the two instances interleave over the same cases rather than one taking them all in one go.
  for (const at of ['2026-01-08T09:00:00Z', '2026-01-13T09:00:00Z']) {
    const now = new Date(at)
    for (let round = 0; round < 20; round++) {
      const passes = await Promise.all([a, b, a, b].map((app) => app.eventWorker.alerts(now)))
      if (passes.every((p) => p.checked + p.skipped === 0)) break
    }
  }
  const feed = await a.inject({ method: 'GET', url: '/v1/events?limit=500&types=deadline.approaching,deadline.missed', headers: bearer(team) })
  const items = feed.json().items as Array<{ type: string; caseId: string; data: { deadline: string } }>
  const keys = items.map((e) => `${e.caseId} ${e.type} ${e.data.deadline}`)
  t.equal(new Set(keys).size, keys.length, 'no alert twice')
  t.equal(items.filter((e) => e.type === 'deadline.approaching').length, cases, 'one approaching per case')
  t.equal(items.filter((e) => e.type === 'deadline.missed').length, cases, 'one missed per case')
})
