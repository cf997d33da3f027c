import type { Kysely } from 'kysely'
import { Webhook } from 'standardwebhooks'
import type { Database } from '../db/database.js'
import { readLog, type LogEntry } from '../db/event-log.repository.js'
import {
  anySubscriptionEnabled, claimDueDeliveries, disableSubscription, insertDeliveries, lockSubscriptionsToFanOut, moveCursor, recordAttempt,
  settleDelivery, type ClaimedDelivery, type NewDelivery,
} from '../db/webhook.repository.js'
import { eventId, feedEvent } from './event-feed.js'
import { storedTypes } from './event-types.js'
import { send, type OutboundPolicy, type SendResult } from './webhook-outbound.js'
import { MAX_ATTEMPTS, nextAttemptAt } from './webhook-retry.js'
import type { SecretBox } from './secret-box.js'

export interface DeliveryDeps {
  db: Kysely<Database>
  outbound: OutboundPolicy
  /** Opens the signing secrets as stored (sealed at rest). */
  secrets: SecretBox
  /** [0, 1): retry jitter; tests pin it. */
  random?: () => number
}

export interface PassResult {
  /** New deliveries queued from the log. */
  queued: number
  /** Attempts made in this pass. */
  attempted: number
  delivered: number
}

const FAN_OUT_BATCH = 500
const CLAIM_BATCH = 50
/** A lease outlasts the timeout by this much, so a slow but live worker is never overtaken. */
const LEASE_MARGIN_MS = 30_000

/** The Standard Webhooks body: `{type, timestamp, data}`, data being the event as the feed shows it. */
export function messageBody(entry: LogEntry): string {
  const event = feedEvent(entry)
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: event })
}

export function deliveryOf(subscription: { id: string; councilId: string }, entry: LogEntry, now: Date, replay: boolean): NewDelivery {
  return {
    subscriptionId: subscription.id,
    councilId: subscription.councilId,
    caseId: entry.caseId,
    event: entry,
    messageId: eventId(entry.position),
    eventType: feedEvent(entry).type,
    payload: messageBody(entry),
    replay,
    nextAttemptAt: now,
  }
}

/**
 * Copies new log events into each enabled subscription's deliveries and moves its cursor, in one transaction
 * per subscription. The subscription's row stays locked meanwhile (SKIP LOCKED: other instances take other
 * subscriptions), and a unique key stops an event being queued twice whatever happens.
 */
export async function fanOut(deps: DeliveryDeps, now: Date): Promise<number> {
  let queued = 0
  for (let more = true; more;) {
    const moved = await deps.db.transaction().execute(async (trx) => {
      let count = 0
      let full = false
      for (const s of await lockSubscriptionsToFanOut(trx, 20)) {
        const entries = await readLog(trx, { councilId: s.councilId, after: s.cursor, types: null, limit: FAN_OUT_BATCH })
        const last = entries.at(-1)
        if (!last) continue
        const wanted = s.eventTypes === null ? null : new Set(storedTypes(s.eventTypes))
        count += await insertDeliveries(trx, entries.filter((e) => wanted === null || wanted.has(e.type)).map((e) => deliveryOf(s, e, now, false)))
        await moveCursor(trx, s.id, last)
        if (entries.length === FAN_OUT_BATCH) full = true
      }
      return { count, full }
    })
    queued += moved.count
    more = moved.full
  }
  return queued
}

/**
 * Signs with the current secret and, during a rotation's overlap (judged by the worker's clock), the previous one
 * too, space-separated. The timestamp is the sending moment's: receivers refuse stale ones (5 minutes).
 */
export function signatureHeaders(d: ClaimedDelivery, now: Date, signedAt = new Date()): Record<string, string> {
  const secrets = [d.secret]
  if (d.previousSecret && d.previousSecretExpiresAt && d.previousSecretExpiresAt > now) secrets.push(d.previousSecret)
  const signature = secrets.map((secret) => new Webhook(secret).sign(d.messageId, signedAt, d.payload)).join(' ')
  return {
    'content-type': 'application/json',
    'user-agent': 'council-complaints-webhooks/1',
    'webhook-id': d.messageId,
    'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
    'webhook-signature': signature,
  }
}

/** Claims due deliveries under a lease (a short transaction: nothing is held open while sending). */
export async function claim(deps: DeliveryDeps, now: Date): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(now.getTime() + deps.outbound.timeoutMs + LEASE_MARGIN_MS)
  const claimed = await deps.db.transaction().execute((trx) => claimDueDeliveries(trx, now, leaseUntil, CLAIM_BATCH))
  // Opened only here, in memory, for signing; a secret the key cannot open fails the pass with the key's name.
  return claimed.map((d) => ({
    ...d,
    secret: deps.secrets.open(d.secret),
    previousSecret: d.previousSecret === null ? null : deps.secrets.open(d.previousSecret),
  }))
}

export async function attempt(deps: DeliveryDeps, d: ClaimedDelivery, now: Date): Promise<SendResult> {
  return send(d.url, signatureHeaders(d, now), d.payload, deps.outbound)
}

/** Records the attempt and decides: delivered, retry later, or give up and disable the subscription. */
export async function settle(deps: DeliveryDeps, d: ClaimedDelivery, result: SendResult, now: Date): Promise<'delivered' | 'retry' | 'failed'> {
  return deps.db.transaction().execute(async (trx) => {
    await recordAttempt(trx, { deliveryId: d.id, attemptedAt: now, durationMs: result.durationMs, statusCode: result.statusCode, error: result.error })
    if (result.error === null) {
      await settleDelivery(trx, d.id, { status: 'delivered', error: null, at: now })
      return 'delivered'
    }
    if (result.statusCode === 410) {
      await settleDelivery(trx, d.id, { status: 'failed', error: result.error, at: now })
      await disableSubscription(trx, d.subscriptionId, 'The receiver answered 410 Gone: it no longer wants these events.', now)
      return 'failed'
    }
    const next = nextAttemptAt(now, d.attempts, result.retryAfterSeconds, (deps.random ?? Math.random)())
    if (next === null) {
      await settleDelivery(trx, d.id, { status: 'failed', error: result.error, at: now })
      await disableSubscription(trx, d.subscriptionId, `${MAX_ATTEMPTS} attempts over about a day failed; the last: ${result.error}. Fix the receiver, enable the subscription, and replay what it missed.`, now)
      return 'failed'
    }
    await settleDelivery(trx, d.id, { status: 'pending', nextAttemptAt: next, error: result.error, at: now })
    return 'retry'
  })
}

/**
 * One pass of the worker: queue what the log has new, then send what is due. Tests call it with their own
 * `now`; the running service calls it in a loop (startDeliveryWorker). Sends run in parallel: a claimed batch
 * holds at most one delivery per case and subscription, so a case's order is kept.
 */
export async function runOnce(deps: DeliveryDeps, now: Date): Promise<PassResult> {
  // The worker wakes after every write; with no subscription enabled (deliveries are only ever sent for an enabled
  // one) a pass is this one query instead of two transactions (6 round trips).
  if (!(await anySubscriptionEnabled(deps.db))) return { queued: 0, attempted: 0, delivered: 0 }
  const queued = await fanOut(deps, now)
  const claimed = await claim(deps, now)
  const outcomes = await Promise.all(claimed.map(async (d) => settle(deps, d, await attempt(deps, d, now), now)))
  return { queued, attempted: claimed.length, delivered: outcomes.filter((o) => o === 'delivered').length }
}
