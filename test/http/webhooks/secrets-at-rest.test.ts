/**
 * With WEBHOOK_SECRET_KEY set the database holds signing secrets only sealed: a copy of it cannot sign. Messages
 * still verify with the secret the admin was shown, before and after a rotation, and secrets stored before the
 * key was set are sealed in place.
 */
import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { createComplaint } from '../../helpers/complaints.js'
import { startReceiver } from '../../helpers/webhook-receiver.js'

const NOW = new Date('2026-01-05T10:00:00Z')
const KEY = Buffer.alloc(32, 3).toString('base64')
const ENV = { WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_SECRET_KEY: KEY }

t.test('secrets at rest', async (t) => {
  const app = await build(t, { now: () => NOW, env: ENV })
  const council = await seedCouncil(app)
  const admin = bearer(await tokenFor(council, ['admin']))
  const team = await tokenFor(council, ['complaints_team'])
  const receiver = await startReceiver(t)
  const stored = async (id: string) =>
    app.db.selectFrom('webhook_subscriptions').select(['secret', 'previous_secret']).where('id', '=', id).executeTakeFirstOrThrow()
  const drain = async () => { for (let i = 0; i < 20 && (await app.eventWorker.runOnce(NOW)).attempted > 0; i++); }

  const created = (await app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload: { url: receiver.url } })).json()
  const id = created.subscription.id as string
  const shown = created.secret as string
  t.match(shown, /^whsec_/)
  const row = await stored(id)
  t.match(row.secret, /^v1\.[0-9a-f]{8}\./, 'stored sealed')
  t.notOk(row.secret.includes(shown.slice(6, 20)), 'nothing of the secret in the row')

  receiver.state.secrets.push(shown)
  await createComplaint(app, team)
  await drain()
  t.equal(receiver.received.length, 1)
  t.equal(receiver.received[0]!.verifiedWith, 0, 'signed with the secret the admin was shown')

  const rotated = (await app.inject({ method: 'POST', url: `/v1/webhooks/${id}/secret-rotation`, headers: admin, payload: { overlapHours: 24 } })).json()
  const afterRotation = await stored(id)
  t.match(afterRotation.secret, /^v1\./)
  t.equal(afterRotation.previous_secret, row.secret, 'the old secret moves over still sealed')
  receiver.state.secrets.splice(0, 1, rotated.secret)
  await createComplaint(app, team)
  await drain()
  t.equal(receiver.received.at(-1)!.verifiedWith, 0, 'the new secret verifies')
  t.equal(receiver.received.at(-1)!.signatures, 2, 'and the old one still signs beside it')

  // A subscription from before the key was set: its secret in the clear.
  const legacy = 'whsec_' + Buffer.alloc(32, 9).toString('base64')
  await app.db.updateTable('webhook_subscriptions').set({ secret: legacy, previous_secret: null }).where('id', '=', id).execute()
  t.equal(await app.eventWorker.sealSecrets(), 1, 'sealed in place')
  t.equal(await app.eventWorker.sealSecrets(), 0, 'once')
  t.match((await stored(id)).secret, /^v1\./)
  receiver.state.secrets.splice(0, 1, legacy)
  await createComplaint(app, team)
  await drain()
  t.equal(receiver.received.at(-1)!.verifiedWith, 0, 'it still signs with the same secret')
})
