/**
 * A write on one instance wakes the long-polls and the webhook worker of another at once (PostgreSQL's
 * LISTEN/NOTIFY), not at their next poll: here the poll is a minute, so anything that answers in seconds was woken.
 */
import t from 'tap'
import { buildApp } from '../../../src/app.js'
import type { DatabaseHandle } from '../../../src/db/create-db.js'
import { bearer, seedCouncil, testConfig, tokenFor } from '../../helpers/build.js'
import { createComplaint } from '../../helpers/complaints.js'
import { sharedPostgres, usingPostgres } from '../../helpers/database.js'
import { startReceiver } from '../../helpers/webhook-receiver.js'

const ENV = { EVENTS_POLL_MS: '60000', WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }

function instance(database: DatabaseHandle, runWorker = false) {
  return buildApp(testConfig(ENV), { database: { ...database, close: async () => {} }, runWorker })
}

t.test('another instance\'s write wakes this one', { skip: usingPostgres() ? false : 'needs two instances on one server: PostgreSQL only' }, async (t) => {
  const [one, two] = await sharedPostgres(t)
  const writer = await instance(one)
  const council = await seedCouncil(writer)
  const team = await tokenFor(council, ['complaints_team'])
  const admin = await tokenFor(council, ['admin'])
  const receiver = await startReceiver(t)
  const subscription = await writer.inject({ method: 'POST', url: '/v1/webhooks', headers: bearer(admin), payload: { url: receiver.url } })
  receiver.state.secrets.push(subscription.json().secret)
  const reader = await instance(two, true)
  t.teardown(async () => {
    await reader.close()
    await writer.close()
  })

  t.test('a long-poll on the other instance answers as soon as the event commits', async (t) => {
    const start = await reader.inject({ method: 'GET', url: '/v1/events?limit=500', headers: bearer(team) })
    // Let the reader's listening connection come up (it starts with the first wait).
    await reader.inject({ method: 'GET', url: `/v1/events?after=${start.json().nextCursor ?? ''}&wait=1`, headers: bearer(team) })
    const began = Date.now()
    const waiting = reader.inject({ method: 'GET', url: `/v1/events?wait=25${start.json().nextCursor ? `&after=${start.json().nextCursor}` : ''}`, headers: bearer(team) })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const c = await createComplaint(writer, team)
    const res = await waiting
    t.same(res.json().items.map((e: { type: string; caseId: string }) => [e.type, e.caseId]), [['case.received', c.id]])
    t.ok(Date.now() - began < 10_000, `answered in ${Date.now() - began} ms, not at the end of the wait`)
  })

  t.test('the other instance\'s webhook worker delivers without waiting for its poll', async (t) => {
    const began = Date.now()
    const c = await createComplaint(writer, team)
    while (!receiver.received.some((m) => m.data.caseId === c.id) && Date.now() - began < 20_000) {
      await Promise.race([receiver.arrivals(receiver.received.length + 1), new Promise((resolve) => setTimeout(resolve, 500))])
    }
    t.ok(receiver.received.some((m) => m.data.caseId === c.id), 'delivered')
    t.ok(Date.now() - began < 10_000, `delivered in ${Date.now() - began} ms`)
    t.ok(receiver.received.every((m) => m.verifiedWith === 0))
  })
})
