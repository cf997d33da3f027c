import pg from 'pg'
import t from 'tap'
import { generateContract } from '../../scripts/contract.js'
import { COUNCIL_CHANGED, postgresFeed } from '../../src/db/change-feed.js'

/** Counts connection attempts of every pg client (the pool's too: it builds the same Client class). */
function countConnects(t: { teardown: (fn: () => void) => void }): () => number {
  const connect = pg.Client.prototype.connect
  let attempts = 0
  pg.Client.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
    attempts++
    return (connect as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof connect
  t.teardown(() => { pg.Client.prototype.connect = connect })
  return () => attempts
}

t.test('generating the contract opens no database connection (the change feed waits for a subscriber)', async (t) => {
  const attempts = countConnects(t)
  await generateContract()
  t.equal(attempts(), 0)
})

t.test('a PostgreSQL feed connects on its first subscriber, and a closed one never does', async (t) => {
  const attempts = countConnects(t)
  const idle = postgresFeed('postgres://feed@127.0.0.1:1/unused')
  t.equal(attempts(), 0, 'no connection before anyone subscribes')
  await idle.close()
  idle.subscribe(() => {})
  t.equal(attempts(), 0, 'none after close either')
  const used = postgresFeed('postgres://feed@127.0.0.1:1/unused')
  used.subscribe(() => {})
  used.subscribe(() => {})
  t.equal(attempts(), 1, 'one listening connection, however many subscribe')
  await used.close()
})

const url = process.env.DATABASE_URL
t.test('a subscriber hears council changes once the feed is live', { skip: url ? false : 'needs DATABASE_URL (PostgreSQL)' }, async (t) => {
  const feed = postgresFeed(url!)
  t.teardown(() => feed.close())
  const heard: (string | null)[] = []
  let resolveLive!: () => void
  const becameLive = new Promise<void>((resolve) => { resolveLive = resolve })
  let resolveSlug!: () => void
  const gotSlug = new Promise<void>((resolve) => { resolveSlug = resolve })
  feed.subscribe((payload) => {
    heard.push(payload)
    if (payload === null) resolveLive()
    else resolveSlug()
  })
  await becameLive
  // Told "anything cached may be stale" before it reads as live.
  await new Promise((resolve) => setImmediate(resolve))
  t.equal(feed.live, true)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(`select pg_notify('${COUNCIL_CHANGED}', 'demo')`)
  await client.end()
  await gotSlug
  t.same(heard, [null, 'demo'])
})
