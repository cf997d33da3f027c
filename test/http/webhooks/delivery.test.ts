import t from 'tap'
import { build, seedCouncil, tokenFor, bearer } from '../../helpers/build.js'
import { createComplaint, get, step, triagedComplaint } from '../../helpers/complaints.js'
import { startReceiver } from '../../helpers/webhook-receiver.js'

const NOW = new Date('2026-01-05T10:00:00Z')
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000)
// A healthy receiver on a loaded test machine can take hundreds of milliseconds to answer: the timeout leaves room.
const ENV = { WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', WEBHOOK_TIMEOUT_MS: '2000' }

async function setup(t: any) {
  const app = await build(t, { now: () => NOW, env: ENV })
  app.eventWorker.webhooks.random = () => 0.5
  const council = await seedCouncil(app)
  const admin = await tokenFor(council, ['admin'], 'ada')
  const team = await tokenFor(council, ['complaints_team'])
  const receiver = await startReceiver(t)
  const subscribe = async (body: Record<string, unknown> = {}) => {
    const res = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: bearer(admin), payload: { url: receiver.url, ...body } })
    if (res.statusCode !== 201) throw new Error(`subscribe answered ${res.statusCode}: ${res.body}`)
    const created = res.json()
    receiver.state.secrets.push(created.secret)
    return created.subscription as { id: string }
  }
  const deliveries = async (id: string) => (await get(app, admin, `/v1/webhooks/${id}/deliveries?limit=100`)).json().items as any[]
  const subscription = async (id: string) => (await get(app, admin, `/v1/webhooks/${id}`)).json()
  const drain = async (now: Date) => {
    for (let i = 0; i < 100 && (await app.eventWorker.runOnce(now)).attempted > 0; i++);
  }
  return { app, council, admin, team, receiver, subscribe, deliveries, subscription, drain }
}

t.test('messages are signed, in order, and every attempt is recorded', async (t) => {
  const { app, team, receiver, subscribe, deliveries, drain } = await setup(t)
  const before = await createComplaint(app, team)
  const sub = await subscribe({ description: 'Jadu CXM' })
  const c = await triagedComplaint(app, team)
  await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
  t.same(await app.eventWorker.runOnce(NOW), { queued: 3, attempted: 1, delivered: 1 }, 'one message per case at a time')
  await drain(NOW)
  t.same(receiver.received.map((m) => m.type), ['case.received', 'case.triaged', 'case.acknowledged'], 'from the subscription on, in order')
  t.notOk(receiver.received.some((m) => m.data.caseId === before.id), 'events before the subscription are not sent')
  t.ok(receiver.received.every((m) => m.verifiedWith === 0), 'the Standard Webhooks verifier accepts every signature')
  const feed = (await get(app, team, '/v1/events?limit=500')).json().items.filter((e: any) => e.caseId === c.id)
  t.same(receiver.received.map((m) => m.id), feed.map((e: any) => e.id), 'webhook-id is the event id')
  t.same(receiver.received[2]!.data, feed[2], 'data is the event as the feed shows it')
  t.notMatch(JSON.stringify(receiver.received), /Pat Doe|pat@example/, 'no personal data')
  const log = await deliveries(sub.id)
  t.equal(log.length, 3)
  t.ok(log.every((d) => d.status === 'delivered' && d.attemptLog.length === 1 && d.attemptLog[0].statusCode === 204))
  t.same(await app.eventWorker.runOnce(NOW), { queued: 0, attempted: 0, delivered: 0 }, 'nothing twice')
})

t.test('a failing receiver: backoff, Retry-After, and a case\'s later message waits', async (t) => {
  const { app, team, receiver, subscribe, deliveries, drain } = await setup(t)
  const sub = await subscribe({ eventTypes: ['case.received', 'case.triaged'] })
  receiver.behave({ kind: 'status', status: 500 })
  const c = await triagedComplaint(app, team)
  await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
  t.same(await app.eventWorker.runOnce(NOW), { queued: 2, attempted: 1, delivered: 0 }, 'only the types asked for')
  const first = async () => (await deliveries(sub.id)).find((d) => d.eventType === 'case.received')
  t.equal((await first()).nextAttemptAt, later(5).toISOString(), 'the schedule\'s first retry: 5 seconds')
  t.match((await first()).lastError, /500/)
  t.same(await app.eventWorker.runOnce(later(4)), { queued: 0, attempted: 0, delivered: 0 }, 'not before it is due, and triaged waits behind it')

  receiver.behave({ kind: 'status', status: 503, retryAfter: '3600' })
  await app.eventWorker.runOnce(later(5))
  t.equal((await first()).nextAttemptAt, later(5 + 3600).toISOString(), 'Retry-After (an hour) outweighs the 5 minute step')

  receiver.behave({ kind: 'ok' })
  await drain(later(5 + 3600))
  t.same(receiver.received.map((m) => m.type), ['case.received', 'case.triaged'])
  t.same((await first()).attemptLog.map((a: any) => a.statusCode), [500, 503, 204], 'every attempt recorded')
})

t.test('410 Gone disables the subscription; enabling resumes where it stopped', async (t) => {
  const { app, team, receiver, subscribe, subscription, drain, admin } = await setup(t)
  const sub = await subscribe()
  receiver.behave({ kind: 'status', status: 410 })
  await createComplaint(app, team)
  await app.eventWorker.runOnce(NOW)
  const gone = await subscription(sub.id)
  t.equal(gone.enabled, false)
  t.match(gone.disabledReason, /410/)
  const c = await createComplaint(app, team)
  receiver.behave({ kind: 'ok' })
  t.equal((await app.eventWorker.runOnce(NOW)).attempted, 0, 'nothing is sent while disabled')
  const res = await app.inject({ method: 'PATCH', url: `/v1/webhooks/${sub.id}`, headers: bearer(admin), payload: { enabled: true } })
  t.equal(res.json().disabledReason, null)
  await drain(NOW)
  t.same(receiver.received.map((m) => m.data.caseId), [c.id], 'what happened meanwhile arrives; the refused message is not retried')
})

t.test('a receiver that stays down: about a day of attempts, then disabled with the reason; replay after', async (t) => {
  const { app, team, receiver, subscribe, subscription, deliveries, drain, admin } = await setup(t)
  const sub = await subscribe()
  await receiver.close()
  const c = await createComplaint(app, team)
  let now = NOW
  for (let i = 0; i < 12; i++) {
    await app.eventWorker.runOnce(now)
    const pending = (await deliveries(sub.id))[0]
    if (pending.status !== 'pending') break
    now = new Date(pending.nextAttemptAt)
  }
  const [failed] = await deliveries(sub.id)
  t.equal(failed.status, 'failed')
  t.equal(failed.attemptLog.length, 8, 'the Standard Webhooks schedule: 8 attempts')
  t.ok(failed.attemptLog.every((a: any) => a.statusCode === null && /ECONNREFUSED/.test(a.error)))
  const hours = (Date.parse(failed.attemptLog.at(-1).attemptedAt) - NOW.getTime()) / 3600_000
  t.ok(hours > 24 && hours < 30, `over about a day (${hours.toFixed(1)} h)`)
  const disabled = await subscription(sub.id)
  t.equal(disabled.enabled, false)
  t.match(disabled.disabledReason, /8 attempts/)

  const back = await startReceiver(t)
  back.state.secrets.push(...receiver.state.secrets)
  await app.inject({ method: 'PATCH', url: `/v1/webhooks/${sub.id}`, headers: bearer(admin), payload: { enabled: true, url: back.url } })
  const replay = await app.inject({ method: 'POST', url: `/v1/webhooks/${sub.id}/replays`, headers: bearer(admin), payload: { fromEventId: failed.eventId } })
  t.equal(replay.statusCode, 202)
  t.same(replay.json(), { queued: 1, eventIds: [failed.eventId] })
  await drain(now)
  t.same(back.received.map((m) => [m.id, m.data.caseId, m.verifiedWith]), [[failed.eventId, c.id, 0]], 'the replay carries the same webhook-id')
})

t.test('slow, redirecting and wrong receivers fail the attempt and say why', async (t) => {
  const { app, team, receiver, subscribe, deliveries, admin } = await setup(t)
  const sub = await subscribe()
  await createComplaint(app, team)
  const lastError = async () => (await deliveries(sub.id))[0].lastError as string
  receiver.behave({ kind: 'slow', ms: 5000 })
  await app.eventWorker.runOnce(NOW)
  t.match(await lastError(), /no answer within 2000 ms/)
  receiver.behave({ kind: 'redirect' })
  await app.eventWorker.runOnce(later(10))
  t.match(await lastError(), /redirect.*not followed \(307\)/)
  await app.inject({ method: 'PATCH', url: `/v1/webhooks/${sub.id}`, headers: bearer(admin), payload: { url: receiver.url.replace('/hooks', '/nowhere') } })
  receiver.behave({ kind: 'ok' })
  await app.eventWorker.runOnce(later(400))
  t.match(await lastError(), /404/)
  t.equal(receiver.received.length, 0)
})

t.test('secret rotation: both secrets sign during the overlap', async (t) => {
  const { app, team, receiver, subscribe, admin, drain } = await setup(t)
  const sub = await subscribe()
  const res = await app.inject({ method: 'POST', url: `/v1/webhooks/${sub.id}/secret-rotation`, headers: bearer(admin), payload: { overlapHours: 24 } })
  t.equal(res.statusCode, 200)
  t.match(res.json().secret, /^whsec_/)
  t.not(res.json().secret, receiver.state.secrets[0])
  t.equal(res.json().subscription.previousSecretExpiresAt, later(24 * 3600).toISOString())
  await createComplaint(app, team)
  await drain(NOW)
  t.equal(receiver.received[0]!.signatures, 2, 'two signatures')
  t.equal(receiver.received[0]!.verifiedWith, 0, 'the old secret still verifies')
  receiver.state.secrets = [res.json().secret]
  await createComplaint(app, team)
  await drain(NOW)
  t.equal(receiver.received[1]!.verifiedWith, 0, 'the new secret verifies')
  const noOverlap = await app.inject({ method: 'POST', url: `/v1/webhooks/${sub.id}/secret-rotation`, headers: bearer(admin), payload: { overlapHours: 0 } })
  receiver.state.secrets = [res.json().secret]
  await createComplaint(app, team)
  await drain(NOW)
  t.equal(receiver.received[2]!.verifiedWith, -1, 'after a rotation without overlap the old secret no longer verifies')
  t.equal(receiver.received[2]!.signatures, 1)
  receiver.state.secrets = [noOverlap.json().secret]
})

t.test('subscriptions: admins only, secrets never listed, bad input', async (t) => {
  const { app, council, admin, subscribe } = await setup(t)
  const sub = await subscribe({ eventTypes: ['deadline.missed'] })
  const list = await get(app, admin, '/v1/webhooks')
  t.equal(list.statusCode, 200)
  t.same(list.json().items.map((s: any) => [s.id, s.eventTypes]), [[sub.id, ['deadline.missed']]])
  t.notMatch(list.body, /whsec_/, 'the secret is shown only once')
  for (const role of ['complaints_team', 'integration', 'handler'] as const) {
    t.equal((await get(app, await tokenFor(council, [role]), '/v1/webhooks')).statusCode, 403, role)
  }
  const other = await seedCouncil(app)
  t.equal((await get(app, await tokenFor(other, ['admin']), `/v1/webhooks/${sub.id}`)).statusCode, 404, 'another council\'s admin')
  const bad = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: bearer(admin), payload: { url: 'https://x.example/h', eventTypes: ['case.exploded'] } })
  t.equal(bad.statusCode, 400)
  const unknownEvent = await app.inject({ method: 'POST', url: `/v1/webhooks/${sub.id}/replays`, headers: bearer(admin), payload: { fromEventId: 'evt_99999999' } })
  t.equal(unknownEvent.statusCode, 404)
  const del = await app.inject({ method: 'DELETE', url: `/v1/webhooks/${sub.id}`, headers: bearer(admin) })
  t.equal(del.statusCode, 204)
  t.equal((await get(app, admin, `/v1/webhooks/${sub.id}`)).statusCode, 404)
})

t.test('by default only public https receivers', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app)
  const admin = await tokenFor(council, ['admin'])
  for (const url of ['http://crm.example.org/hooks', 'https://127.0.0.1/hooks', 'https://10.1.2.3/hooks', 'https://[::1]/hooks', 'https://169.254.169.254/latest', 'https://user:pw@crm.example.org/h']) {
    const res = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: bearer(admin), payload: { url } })
    t.equal(res.statusCode, 422, url)
    t.equal(res.json().code, 'WEBHOOK.URL_NOT_ALLOWED', url)
  }
  const ok = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: bearer(admin), payload: { url: 'https://crm.example.org/hooks' } })
  t.equal(ok.statusCode, 201)
})

t.test('the server\'s worker delivers by itself, woken by the write, and stops with the server', async (t) => {
  const { buildApp } = await import('../../../src/app.js')
  const { testConfig } = await import('../../helpers/build.js')
  const { testDatabase } = await import('../../helpers/database.js')
  // A poll interval of a minute: delivery within the test's time means the write woke the worker.
  const app = await buildApp(testConfig({ ...ENV, EVENTS_POLL_MS: '60000' }), { database: await testDatabase(), runWorker: true })
  await app.ready()
  const council = await seedCouncil(app)
  const receiver = await startReceiver(t)
  const res = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: bearer(await tokenFor(council, ['admin'])), payload: { url: receiver.url } })
  receiver.state.secrets.push(res.json().secret)
  const c = await createComplaint(app, await tokenFor(council, ['complaints_team']))
  await receiver.arrivals(1)
  t.same(receiver.received.map((m) => [m.type, m.data.caseId, m.verifiedWith]), [['case.received', c.id, 0]])
  await app.close()
  t.pass('closed while the worker was waiting')
})
