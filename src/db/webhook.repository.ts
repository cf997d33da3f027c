import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { Database, WebhookDeliveryTable, WebhookSubscriptionTable } from './database.js'
import type { LogPoint } from './event-log.repository.js'

/** A webhook subscription as stored; `secret` and `previousSecret` as stored too (sealed, see services/secret-box.ts). */
export interface StoredSubscription {
  id: string
  councilId: string
  url: string
  /** null: every event type. */
  eventTypes: string[] | null
  description: string
  enabled: boolean
  disabledReason: string | null
  secret: string
  previousSecret: string | null
  previousSecretExpiresAt: Date | null
  /** The last log event fanned out to it; null: none yet. */
  cursor: LogPoint | null
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** One message to one subscription, with its delivery state. */
export interface StoredDelivery {
  id: string
  subscriptionId: string
  councilId: string
  caseId: string
  messageId: string
  eventType: string
  payload: string
  replay: boolean
  status: string
  attempts: number
  nextAttemptAt: Date
  lastError: string | null
  createdAt: Date
  deliveredAt: Date | null
}

function toSubscription(r: Selectable<WebhookSubscriptionTable>): StoredSubscription {
  return {
    id: r.id, councilId: r.council_id, url: r.url, eventTypes: r.event_types, description: r.description, enabled: r.enabled,
    disabledReason: r.disabled_reason, secret: r.secret, previousSecret: r.previous_secret, previousSecretExpiresAt: r.previous_secret_expires_at,
    cursor: r.cursor_xid === null || r.cursor_position === null ? null : { xid: String(r.cursor_xid), position: Number(r.cursor_position) },
    createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at,
  }
}

function toDelivery(r: Selectable<WebhookDeliveryTable>): StoredDelivery {
  return {
    id: r.id, subscriptionId: r.subscription_id, councilId: r.council_id, caseId: r.case_id, messageId: r.message_id, eventType: r.event_type,
    payload: r.payload, replay: r.replay, status: r.status, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error,
    createdAt: r.created_at, deliveredAt: r.delivered_at,
  }
}

export interface NewSubscription {
  councilId: string
  url: string
  eventTypes: string[] | null
  description: string
  enabled: boolean
  secret: string
  cursor: LogPoint | null
  createdBy: string
}

export async function insertSubscription(db: Kysely<Database>, s: NewSubscription): Promise<StoredSubscription> {
  return toSubscription(await db.insertInto('webhook_subscriptions').values({
    council_id: s.councilId,
    url: s.url,
    event_types: s.eventTypes,
    description: s.description,
    enabled: s.enabled,
    secret: s.secret,
    cursor_xid: s.cursor?.xid ?? null,
    cursor_position: s.cursor?.position ?? null,
    created_by: s.createdBy,
  }).returningAll().executeTakeFirstOrThrow())
}

export async function listSubscriptions(db: Kysely<Database>, councilId: string): Promise<StoredSubscription[]> {
  const rows = await db.selectFrom('webhook_subscriptions').selectAll().where('council_id', '=', councilId).orderBy('created_at').orderBy('id').execute()
  return rows.map(toSubscription)
}

export async function findSubscription(db: Kysely<Database>, councilId: string, id: string): Promise<StoredSubscription | null> {
  const row = await db.selectFrom('webhook_subscriptions').selectAll().where('council_id', '=', councilId).where('id', '=', id).executeTakeFirst()
  return row === undefined ? null : toSubscription(row)
}

export interface SubscriptionChange {
  url?: string
  eventTypes?: string[] | null
  description?: string
  enabled?: boolean
  disabledReason?: string | null
  secret?: string
  previousSecret?: string | null
  previousSecretExpiresAt?: Date | null
}

export async function updateSubscription(db: Kysely<Database>, councilId: string, id: string, c: SubscriptionChange, now: Date): Promise<StoredSubscription | null> {
  const row = await db.updateTable('webhook_subscriptions').set({
    ...(c.url !== undefined ? { url: c.url } : {}),
    ...(c.eventTypes !== undefined ? { event_types: c.eventTypes } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
    ...(c.enabled !== undefined ? { enabled: c.enabled } : {}),
    ...(c.disabledReason !== undefined ? { disabled_reason: c.disabledReason } : {}),
    ...(c.secret !== undefined ? { secret: c.secret } : {}),
    ...(c.previousSecret !== undefined ? { previous_secret: c.previousSecret } : {}),
    ...(c.previousSecretExpiresAt !== undefined ? { previous_secret_expires_at: c.previousSecretExpiresAt } : {}),
    updated_at: now,
  }).where('council_id', '=', councilId).where('id', '=', id).returningAll().executeTakeFirst()
  return row === undefined ? null : toSubscription(row)
}

export async function deleteSubscription(db: Kysely<Database>, councilId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhook_subscriptions').where('council_id', '=', councilId).where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Whether any subscription is enabled: without one there is nothing to fan out and nothing to send. */
export async function anySubscriptionEnabled(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectNoFrom((eb) => eb.exists(eb.selectFrom('webhook_subscriptions').select('id').where('enabled', '=', true)).as('any')).executeTakeFirst()
  return row?.any === true
}

/** Enabled subscriptions no other instance is fanning out right now (their rows stay locked until commit). */
export async function lockSubscriptionsToFanOut(trx: Transaction<Database>, limit: number): Promise<StoredSubscription[]> {
  const rows = await trx.selectFrom('webhook_subscriptions').selectAll().where('enabled', '=', true)
    .orderBy('updated_at').limit(limit).forUpdate().skipLocked().execute()
  return rows.map(toSubscription)
}

export async function moveCursor(trx: Transaction<Database>, id: string, point: LogPoint): Promise<void> {
  await trx.updateTable('webhook_subscriptions')
    .set({ cursor_xid: sql<string>`${point.xid}::xid8`, cursor_position: point.position })
    .where('id', '=', id).execute()
}

export interface NewDelivery {
  subscriptionId: string
  councilId: string
  caseId: string
  event: LogPoint
  messageId: string
  eventType: string
  payload: string
  replay: boolean
  nextAttemptAt: Date
}

export async function insertDeliveries(db: Kysely<Database>, deliveries: NewDelivery[]): Promise<number> {
  if (deliveries.length === 0) return 0
  const rows = await db.insertInto('webhook_deliveries').values(deliveries.map((d) => ({
    subscription_id: d.subscriptionId,
    council_id: d.councilId,
    case_id: d.caseId,
    event_xid: sql<string>`${d.event.xid}::xid8`,
    event_position: d.event.position,
    message_id: d.messageId,
    event_type: d.eventType,
    payload: d.payload,
    replay: d.replay,
    next_attempt_at: d.nextAttemptAt,
  }))).onConflict((oc) => oc.columns(['subscription_id', 'event_position']).where('replay', '=', false).doNothing())
    .returning('id').execute()
  return rows.length
}

/** A delivery claimed to send, with what sending needs of its subscription (secrets as stored). */
export interface ClaimedDelivery extends StoredDelivery {
  url: string
  secret: string
  previousSecret: string | null
  previousSecretExpiresAt: Date | null
}

/**
 * Due deliveries of enabled subscriptions, each the oldest still pending of its case for its subscription (so
 * a case's events go out in order), taken under a lease: FOR UPDATE SKIP LOCKED keeps two instances off the same
 * rows while they claim, the lease keeps them off while one sends. A worker that dies mid-send leaves the lease
 * to run out, and another sends again (at least once, with the same webhook-id).
 */
export async function claimDueDeliveries(trx: Transaction<Database>, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  const due = await trx.selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .select('d.id')
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('d.leased_until', 'is', null), eb('d.leased_until', '<=', now)]))
    .where('s.enabled', '=', true)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('webhook_deliveries as e')
      .select('e.id')
      .whereRef('e.subscription_id', '=', 'd.subscription_id')
      .whereRef('e.case_id', '=', 'd.case_id')
      .where('e.status', '=', 'pending')
      .where(sql<boolean>`(e.event_xid, e.event_position, e.created_at) < (d.event_xid, d.event_position, d.created_at)`))))
    .orderBy('d.next_attempt_at').orderBy('d.event_xid').orderBy('d.event_position')
    .limit(limit)
    .forUpdate('d').skipLocked()
    .execute()
  if (due.length === 0) return []
  await trx.updateTable('webhook_deliveries').set({ leased_until: leaseUntil, attempts: sql<number>`attempts + 1` })
    .where('id', 'in', due.map((d) => d.id)).execute()
  const rows = await trx.selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .selectAll('d')
    .select(['s.url', 's.secret', 's.previous_secret', 's.previous_secret_expires_at'])
    .where('d.id', 'in', due.map((d) => d.id))
    .orderBy('d.event_xid').orderBy('d.event_position')
    .execute()
  return rows.map((r) => ({ ...toDelivery(r), url: r.url, secret: r.secret, previousSecret: r.previous_secret, previousSecretExpiresAt: r.previous_secret_expires_at }))
}

export interface AttemptRecord {
  deliveryId: string
  attemptedAt: Date
  durationMs: number
  statusCode: number | null
  error: string | null
}

export async function recordAttempt(trx: Transaction<Database>, a: AttemptRecord): Promise<void> {
  await trx.insertInto('webhook_attempts').values({
    delivery_id: a.deliveryId, attempted_at: a.attemptedAt, duration_ms: a.durationMs, status_code: a.statusCode, error: a.error,
  }).execute()
}

export async function settleDelivery(
  trx: Transaction<Database>, id: string,
  outcome: { status: 'delivered' | 'pending' | 'failed'; nextAttemptAt?: Date; error: string | null; at: Date },
): Promise<void> {
  await trx.updateTable('webhook_deliveries').set({
    status: outcome.status,
    leased_until: null,
    last_error: outcome.error,
    ...(outcome.nextAttemptAt ? { next_attempt_at: outcome.nextAttemptAt } : {}),
    ...(outcome.status === 'delivered' ? { delivered_at: outcome.at } : {}),
  }).where('id', '=', id).execute()
}

export async function disableSubscription(trx: Transaction<Database>, id: string, reason: string, now: Date): Promise<void> {
  await trx.updateTable('webhook_subscriptions').set({ enabled: false, disabled_reason: reason, updated_at: now }).where('id', '=', id).execute()
}

export interface DeliveryWithAttempts extends StoredDelivery {
  attemptLog: Array<{ attemptedAt: Date; durationMs: number; statusCode: number | null; error: string | null }>
}

export async function listDeliveries(db: Kysely<Database>, subscriptionId: string, filter: { status?: string; limit: number }): Promise<DeliveryWithAttempts[]> {
  let q = db.selectFrom('webhook_deliveries').selectAll().where('subscription_id', '=', subscriptionId)
  if (filter.status) q = q.where('status', '=', filter.status)
  const deliveries = await q.orderBy('event_xid', 'desc').orderBy('event_position', 'desc').orderBy('created_at', 'desc').limit(filter.limit).execute()
  if (deliveries.length === 0) return []
  const attempts = await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', deliveries.map((d) => d.id)).orderBy('id').execute()
  return deliveries.map((d) => ({
    ...toDelivery(d),
    attemptLog: attempts.filter((a) => a.delivery_id === d.id)
      .map((a) => ({ attemptedAt: a.attempted_at, durationMs: a.duration_ms, statusCode: a.status_code, error: a.error })),
  }))
}

/** Every subscription's stored secrets, locked (sealing them in place). */
export async function lockSubscriptionSecrets(trx: Transaction<Database>): Promise<Array<{ id: string; secret: string; previousSecret: string | null }>> {
  const rows = await trx.selectFrom('webhook_subscriptions').select(['id', 'secret', 'previous_secret']).orderBy('id').forUpdate().execute()
  return rows.map((r) => ({ id: r.id, secret: r.secret, previousSecret: r.previous_secret }))
}

export async function storeSubscriptionSecrets(trx: Transaction<Database>, id: string, secret: string, previousSecret: string | null): Promise<void> {
  await trx.updateTable('webhook_subscriptions').set({ secret, previous_secret: previousSecret }).where('id', '=', id).execute()
}
