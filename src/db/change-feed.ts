/**
 * Notifications of changes other instances make, for the caches that must not go stale and the event readers that
 * should not wait for their next poll: PostgreSQL's LISTEN/NOTIFY on a connection of its own (a trigger on councils
 * notifies `council_changed`; one on case_events notifies `case_events_written`, delivered when the writing
 * transaction commits), or PGlite's in-process notifications. While the listening connection is down nothing can be trusted: subscribers are told
 * (payload null) and the feed reads as not live until it has reconnected. The PostgreSQL feed connects on its
 * first subscriber, so a handle nobody caches through (the contract generator, a CLI) opens no connection.
 */
import type { PGlite } from '@electric-sql/pglite'
import type { Kysely } from 'kysely'
import pg from 'pg'

export const COUNCIL_CHANGED = 'council_changed'
export const EVENTS_WRITTEN = 'case_events_written'
const CHANNELS = [COUNCIL_CHANGED, EVENTS_WRITTEN] as const
export type FeedChannel = (typeof CHANNELS)[number]

export interface ChangeFeed {
  /**
   * `fn(payload)` for each notification on the channel (a council's slug; nothing for events); `fn(null)` when
   * notifications may have been missed (the listening connection was down).
   */
  subscribe(fn: (payload: string | null) => void, channel?: FeedChannel): void
  readonly live: boolean
  close(): Promise<void>
}

class Subscribers {
  private readonly fns = new Map<string, ((payload: string | null) => void)[]>()
  add(channel: string, fn: (payload: string | null) => void): void { this.fns.set(channel, [...(this.fns.get(channel) ?? []), fn]) }
  emit(channel: string, payload: string | null): void { for (const fn of this.fns.get(channel) ?? []) fn(payload) }
  /** Every channel's subscribers: something may have been missed. */
  missed(): void { for (const channel of this.fns.keys()) this.emit(channel, null) }
}

/** PostgreSQL's feed: one listening connection, opened on the first subscriber, reopened a second after it drops. */
class PostgresFeed implements ChangeFeed {
  private readonly subscribers = new Subscribers()
  private readonly url: string
  private client: pg.Client | null = null
  private isLive = false
  private closed = false
  private started = false
  private retry: NodeJS.Timeout | null = null

  constructor(url: string) { this.url = url }

  subscribe = (fn: (payload: string | null) => void, channel: FeedChannel = COUNCIL_CHANGED): void => {
    this.subscribers.add(channel, fn)
    if (!this.started && !this.closed) { this.started = true; void this.connect() }
  }

  get live(): boolean { return this.isLive }

  async close(): Promise<void> {
    this.closed = true
    if (this.retry) clearTimeout(this.retry)
    this.isLive = false
    const c = this.client
    this.client = null
    c?.removeAllListeners()
    c?.on('error', () => {})
    await c?.end().catch(() => {})
  }

  /** The connection failed or ended: subscribers are told, and a new one is tried in a second unless closed. */
  private readonly down = (): void => {
    if (this.isLive) this.subscribers.missed()
    this.isLive = false
    this.client?.removeAllListeners()
    this.client?.end().catch(() => {})
    this.client = null
    if (!this.closed && this.retry === null) this.retry = setTimeout(() => { this.retry = null; void this.connect() }, 1000).unref()
  }

  private async connect(): Promise<void> {
    const c = new pg.Client({ connectionString: this.url })
    this.client = c
    c.on('error', this.down)
    c.on('end', this.down)
    c.on('notification', (n) => this.subscribers.emit(n.channel, n.payload ?? null))
    try {
      await c.connect()
      for (const channel of CHANNELS) await c.query(`listen ${channel}`)
      if (this.closed) { await c.end(); return }
      // Anything cached while the feed was down may be stale.
      this.subscribers.missed()
      this.isLive = true
    } catch {
      this.down()
    }
  }
}

export function postgresFeed(url: string): ChangeFeed {
  return new PostgresFeed(url)
}

export async function pgliteFeed(pglite: PGlite): Promise<ChangeFeed> {
  const subscribers = new Subscribers()
  const unlisten = await Promise.all(CHANNELS.map((channel) => pglite.listen(channel, (payload) => subscribers.emit(channel, payload))))
  let live = true
  return {
    subscribe: (fn, channel = COUNCIL_CHANGED) => subscribers.add(channel, fn),
    get live() { return live },
    async close() { live = false; await Promise.all(unlisten.map((u) => u().catch(() => {}))) },
  }
}

// Any database's handle: the feed is found by the Kysely instance's identity, whatever its table types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKysely = Kysely<any>

const feeds = new WeakMap<AnyKysely, ChangeFeed>()

export function attachFeed(db: AnyKysely, feed: ChangeFeed): void {
  feeds.set(db, feed)
}

/** The feed of a database handle's Kysely instance (none inside a transaction or for a bare Kysely). */
export function feedOf(db: AnyKysely): ChangeFeed | undefined {
  return feeds.get(db)
}
