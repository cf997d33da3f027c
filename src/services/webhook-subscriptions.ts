import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { findLogPoint, logEnd, readLog, type LogPoint } from '../db/event-log.repository.js'
import {
  deleteSubscription, findSubscription, insertDeliveries, insertSubscription, listDeliveries, listSubscriptions,
  lockSubscriptionSecrets, storeSubscriptionSecrets, updateSubscription, type DeliveryWithAttempts, type StoredSubscription,
} from '../db/webhook.repository.js'
import { domainError } from '../domain/index.js'
import { checkTypes, eventId } from './event-feed.js'
import { storedTypes } from './event-types.js'
import { deliveryOf } from './webhook-delivery.js'
import { urlProblem, type OutboundPolicy } from './webhook-outbound.js'
import type { SecretBox } from './secret-box.js'

export interface SubscriptionDeps {
  db: Kysely<Database>
  outbound: OutboundPolicy
  /** Seals signing secrets for storage: the database never holds them in the clear when a key is configured. */
  secrets: SecretBox
  now: () => Date
}

export interface Subscription {
  id: string
  url: string
  eventTypes: string[] | null
  description: string
  enabled: boolean
  disabledReason: string | null
  previousSecretExpiresAt: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
}

const notFound = () => domainError('WEBHOOK.NOT_FOUND', 'No such webhook subscription in your council.')

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`
}

export function subscriptionView(s: StoredSubscription): Subscription {
  return {
    id: s.id,
    url: s.url,
    eventTypes: s.eventTypes,
    description: s.description,
    enabled: s.enabled,
    disabledReason: s.disabledReason,
    previousSecretExpiresAt: s.previousSecretExpiresAt?.toISOString() ?? null,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  }
}

function checkUrl(url: string, policy: OutboundPolicy): void {
  const problem = urlProblem(url, policy)
  if (problem) throw domainError('WEBHOOK.URL_NOT_ALLOWED', `url: ${problem}. Webhooks go to public https receivers only.`)
}

export interface SubscriptionInput {
  url: string
  eventTypes?: string[] | null
  description?: string
  enabled?: boolean
}

/** A new subscription receives what happens from now on (replay reaches back); its secret is shown only here. */
export async function createSubscription(deps: SubscriptionDeps, councilId: string, input: SubscriptionInput, by: string): Promise<{ subscription: Subscription; secret: string }> {
  checkUrl(input.url, deps.outbound)
  checkTypes(input.eventTypes ?? null, 'eventTypes')
  const secret = newSecret()
  const row = await insertSubscription(deps.db, {
    councilId,
    url: input.url,
    eventTypes: input.eventTypes ?? null,
    description: input.description ?? '',
    enabled: input.enabled ?? true,
    secret: deps.secrets.seal(secret),
    cursor: await logEnd(deps.db, councilId),
    createdBy: by,
  })
  return { subscription: subscriptionView(row), secret }
}

export async function subscriptions(deps: SubscriptionDeps, councilId: string): Promise<Subscription[]> {
  return (await listSubscriptions(deps.db, councilId)).map(subscriptionView)
}

export async function subscription(deps: SubscriptionDeps, councilId: string, id: string): Promise<Subscription> {
  const row = await findSubscription(deps.db, councilId, id)
  if (!row) throw notFound()
  return subscriptionView(row)
}

/** Enabling clears the reason it was disabled; messages that waited meanwhile then go out, in order. */
export async function changeSubscription(deps: SubscriptionDeps, councilId: string, id: string, input: Partial<SubscriptionInput>): Promise<Subscription> {
  if (input.url !== undefined) checkUrl(input.url, deps.outbound)
  if (input.eventTypes !== undefined) checkTypes(input.eventTypes, 'eventTypes')
  const row = await updateSubscription(deps.db, councilId, id, {
    ...input,
    ...(input.enabled === true ? { disabledReason: null } : input.enabled === false ? { disabledReason: 'Disabled by an administrator.' } : {}),
  }, deps.now())
  if (!row) throw notFound()
  return subscriptionView(row)
}

export async function removeSubscription(deps: SubscriptionDeps, councilId: string, id: string): Promise<void> {
  if (!(await deleteSubscription(deps.db, councilId, id))) throw notFound()
}

/** A new secret signs from now on; the old one signs beside it until the overlap ends. */
export async function rotateSecret(deps: SubscriptionDeps, councilId: string, id: string, overlapHours: number): Promise<{ subscription: Subscription; secret: string }> {
  const current = await findSubscription(deps.db, councilId, id)
  if (!current) throw notFound()
  const secret = newSecret()
  const now = deps.now()
  const row = await updateSubscription(deps.db, councilId, id, {
    // The previous secret moves over in its stored (sealed) form.
    secret: deps.secrets.seal(secret),
    previousSecret: overlapHours > 0 ? current.secret : null,
    previousSecretExpiresAt: overlapHours > 0 ? new Date(now.getTime() + overlapHours * 3600_000) : null,
  }, now)
  if (!row) throw notFound()
  return { subscription: subscriptionView(row), secret }
}

export interface DeliveryView {
  id: string
  eventId: string
  eventType: string
  caseId: string
  replay: boolean
  status: 'pending' | 'delivered' | 'failed'
  attempts: number
  nextAttemptAt: string | null
  lastError: string | null
  createdAt: string
  deliveredAt: string | null
  attemptLog: Array<{ attemptedAt: string; durationMs: number; statusCode: number | null; error: string | null }>
}

function deliveryView(d: DeliveryWithAttempts): DeliveryView {
  return {
    id: d.id,
    eventId: d.messageId,
    eventType: d.eventType,
    caseId: d.caseId,
    replay: d.replay,
    status: d.status as DeliveryView['status'],
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    attemptLog: d.attemptLog.map((a) => ({ ...a, attemptedAt: a.attemptedAt.toISOString() })),
  }
}

export async function deliveries(deps: SubscriptionDeps, councilId: string, id: string, filter: { status?: string; limit: number }): Promise<DeliveryView[]> {
  await subscription(deps, councilId, id)
  return (await listDeliveries(deps.db, id, filter)).map(deliveryView)
}

const EVENT_ID = /^evt_(\d{1,19})$/
const MAX_REPLAY = 1000

async function eventPoint(deps: SubscriptionDeps, councilId: string, text: string, field: string): Promise<LogPoint> {
  const match = EVENT_ID.exec(text)
  const point = match ? await findLogPoint(deps.db, councilId, Number(match[1])) : null
  if (!point) throw domainError('WEBHOOK.EVENT_NOT_FOUND', `${field}: no event "${text}" in your council's log.`)
  return point
}

/**
 * Sends one event, or a range from `fromEventId` to `toEventId` (inclusive, in log order, at most 1000), to the
 * subscription again, whether or not it was delivered before: same webhook-id, so a receiver that already has
 * it can tell. Only the event types the subscription wants are sent.
 */
export async function replay(deps: SubscriptionDeps, councilId: string, id: string, range: { fromEventId: string; toEventId?: string }): Promise<{ queued: number; eventIds: string[] }> {
  const s = await findSubscription(deps.db, councilId, id)
  if (!s) throw notFound()
  const from = await eventPoint(deps, councilId, range.fromEventId, 'fromEventId')
  const until = range.toEventId ? await eventPoint(deps, councilId, range.toEventId, 'toEventId') : from
  const entries = await readLog(deps.db, {
    councilId,
    after: { xid: from.xid, position: from.position - 1 },
    until,
    types: s.eventTypes === null ? null : storedTypes(s.eventTypes),
    limit: MAX_REPLAY + 1,
  })
  if (entries.length > MAX_REPLAY) throw domainError('WEBHOOK.REPLAY_TOO_LARGE', `The range holds more than ${MAX_REPLAY} events: replay it in parts.`)
  const now = deps.now()
  await insertDeliveries(deps.db, entries.map((e) => deliveryOf(s, e, now, true)))
  return { queued: entries.length, eventIds: entries.map((e) => eventId(e.position)) }
}

/**
 * Seals every secret still stored in the clear (from before WEBHOOK_SECRET_KEY was set): the upgrade of existing
 * rows, run by the worker on start. Idempotent and safe on several instances at once (each row is locked, and one
 * sealed meanwhile is left alone). Returns how many subscriptions it sealed.
 */
export async function sealPlainSecrets(db: Kysely<Database>, box: SecretBox): Promise<number> {
  if (!box.keyed) return 0
  return db.transaction().execute(async (trx) => {
    let count = 0
    for (const row of await lockSubscriptionSecrets(trx)) {
      const secret = box.isPlain(row.secret) ? box.seal(row.secret) : row.secret
      const previous = row.previousSecret !== null && box.isPlain(row.previousSecret) ? box.seal(row.previousSecret) : row.previousSecret
      if (secret === row.secret && previous === row.previousSecret) continue
      await storeSubscriptionSecrets(trx, row.id, secret, previous)
      count += 1
    }
    return count
  })
}
