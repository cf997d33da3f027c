import t from 'tap'
import { buildApp } from '../../../src/app.js'
import type { DatabaseHandle } from '../../../src/db/create-db.js'
import { attempt, claim } from '../../../src/services/webhook-delivery.js'
import { bearer, seedCouncil, testConfig, tokenFor } from '../../helpers/build.js'
import { createComplaint, step } from '../../helpers/complaints.js'
import { sharedPostgres, testDatabase, usingPostgres } from '../../helpers/database.js'
import { startReceiver, type Received } from '../../helpers/webhook-receiver.js'

const NOW = new Date('2026-01-05T10:00:00Z')
const ENV = { WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', WEBHOOK_TIMEOUT_MS: '2000' }

/** An instance of the service on a database it does not own (closing it leaves the database to the others). */
function instance(database: DatabaseHandle) {
  return buildApp(testConfig(ENV), { database: { ...database, close: async () => {} }, now: () => NOW })
}

/** Every event arrived; a case's first arrivals are in version order; an id never names two different messages. */
function checkArrivals(t: any, received: Received[], expected: Array<{ id: string; caseId: string; caseVersion: number }>) {
  const byId = new Map<string, string>()
  for (const m of received) {
    const body = JSON.stringify(m.data)
    if (byId.has(m.id)) t.equal(byId.get(m.id), body, `a duplicate of ${m.id} is the same message`)
    byId.set(m.id, body)
  }
  t.same([...byId.keys()].sort(), expected.map((e) => e.id).sort(), 'every event arrived')
  const firsts = [...byId.values()].map((b) => JSON.parse(b))
  for (const caseId of new Set(expected.map((e) => e.caseId))) {
    const versions = firsts.filter((e) => e.caseId === caseId).map((e) => e.caseVersion)
    t.same(versions, [...versions].sort((a, b) => a - b), `case ${caseId.slice(0, 8)} in order`)
  }
}

async function populate(app: any, receiverUrl: string) {
  const council = await seedCouncil(app)
  const admin = await tokenFor(council, ['admin'])
  const team = await tokenFor(council, ['complaints_team'])
  const created = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: bearer(admin), payload: { url: receiverUrl } })
  for (let i = 0; i < 6; i++) {
    const c = await createComplaint(app, team)
    await step(app, team, c.id, 'triage', { as: 'complaint' })
    await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
  }
  const feed = await app.inject({ method: 'GET', url: '/v1/events?limit=500', headers: bearer(team) })
  return { secret: created.json().secret as string, events: feed.json().items as Array<{ id: string; caseId: string; caseVersion: number }> }
}

t.test('the service restarted in the middle of a backlog: every event arrives, in order per case', async (t) => {
  const database = await testDatabase()
  t.teardown(() => database.close())
  const receiver = await startReceiver(t)
  const first = await instance(database)
  const { secret, events } = await populate(first, receiver.url)
  receiver.state.secrets.push(secret)
  t.equal(events.length, 18)

  await first.eventWorker.runOnce(NOW)
  // The first instance claims a batch and sends it, then dies before it can record that the receiver said yes.
  const deps = first.eventWorker.webhooks
  const claimed = await claim(deps, NOW)
  t.ok(claimed.length > 0)
  await Promise.all(claimed.map((d) => attempt(deps, d, NOW)))
  await first.close()

  const second = await instance(database)
  t.teardown(() => second.close())
  t.equal((await second.eventWorker.runOnce(NOW)).attempted, 0, 'the dead instance\'s lease holds until it runs out')
  const afterLease = new Date(NOW.getTime() + 60_000)
  for (let i = 0; i < 50 && (await second.eventWorker.runOnce(afterLease)).attempted > 0; i++);
  t.ok(receiver.received.length > events.length, 'the unacknowledged batch was sent again (at least once)')
  t.ok(receiver.received.every((m) => m.verifiedWith === 0))
  checkArrivals(t, receiver.received, events)
})

t.test('two instances on one PostgreSQL deliver each event once', { skip: usingPostgres() ? false : 'needs two instances on one server: PostgreSQL only' }, async (t) => {
  const [one, two] = await sharedPostgres(t)
  const receiver = await startReceiver(t)
  const a = await instance(one)
  const b = await instance(two)
  t.teardown(async () => {
    await a.close()
    await b.close()
  })
  const { secret, events } = await populate(a, receiver.url)
  receiver.state.secrets.push(secret)
  for (let round = 0; round < 50; round++) {
    const [x, y] = await Promise.all([a.eventWorker.runOnce(NOW), b.eventWorker.runOnce(NOW)])
    if (x.attempted + y.attempted + x.queued + y.queued === 0) break
  }
  t.equal(receiver.received.length, events.length, 'no message twice')
  checkArrivals(t, receiver.received, events)
})
