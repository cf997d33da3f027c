/**
 * Notifications of changes other instances make, for the caches that must not go stale: PostgreSQL's
 * LISTEN/NOTIFY on a connection of its own (a trigger on councils notifies `council_changed`), or PGlite's
 * in-process notifications. While the listening connection is down nothing can be trusted: subscribers are told
 * (payload null) and the feed reads as not live until it has reconnected. The PostgreSQL feed connects on its
 * first subscriber, so a handle nobody caches through (the contract generator, a CLI) opens no connection.
 */
import type { PGlite } from '@electric-sql/pglite'
import type { Kysely } from 'kysely'
import pg from 'pg'

export const COUNCIL_CHANGED = 'council_changed'

export interface ChangeFeed {
  /** `fn(slug)` for each change; `fn(null)` when changes may have been missed. */
  subscribe(fn: (payload: string | null) => void): void
  readonly live: boolean
  close(): Promise<void>
}

class Subscribers {
  private readonly fns: ((payload: string | null) => void)[] = []
  add(fn: (payload: string | null) => void): void { this.fns.push(fn) }
  emit(payload: string | null): void { for (const fn of this.fns) fn(payload) }
}

export function postgresFeed(url: string): ChangeFeed {
  const subscribers = new Subscribers()
  let client: pg.Client | null = null
  let live = false
  let closed = false
  let retry: NodeJS.Timeout | null = null
  const down = () => {
    if (live) subscribers.emit(null)
    live = false
    client?.removeAllListeners()
    client?.end().catch(() => {})
    client = null
    if (!closed && retry === null) retry = setTimeout(() => { retry = null; void connect() }, 1000).unref()
  }
  const connect = async () => {
    const c = new pg.Client({ connectionString: url })
    client = c
    c.on('error', down)
    c.on('end', down)
    c.on('notification', (n) => subscribers.emit(n.payload ?? null))
    try {
      await c.connect()
      await c.query(`listen ${COUNCIL_CHANGED}`)
      if (closed) { await c.end(); return }
      // Anything cached while the feed was down may be stale.
      subscribers.emit(null)
      live = true
    } catch {
      down()
    }
  }
  let started = false
  return {
    subscribe: (fn) => {
      subscribers.add(fn)
      if (!started && !closed) { started = true; void connect() }
    },
    get live() { return live },
    async close() {
      closed = true
      if (retry) clearTimeout(retry)
      live = false
      const c = client
      client = null
      c?.removeAllListeners()
      c?.on('error', () => {})
      await c?.end().catch(() => {})
    },
  }
}

export async function pgliteFeed(pglite: PGlite): Promise<ChangeFeed> {
  const subscribers = new Subscribers()
  const unlisten = await pglite.listen(COUNCIL_CHANGED, (payload) => subscribers.emit(payload))
  let live = true
  return {
    subscribe: (fn) => subscribers.add(fn),
    get live() { return live },
    async close() { live = false; await unlisten().catch(() => {}) },
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
