import { randomBytes } from 'node:crypto'
import net from 'node:net'
import pg from 'pg'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { createDb } from '../../src/db/create-db.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { bearer, seedCouncil, testConfig, tokenFor } from '../helpers/build.js'

/**
 * The database going away under load, on PostgreSQL: the service's connections run through a TCP proxy inside
 * this test that cuts every connection (and refuses new ones) while intakes are being written, then lets them
 * through again. The machine's PostgreSQL server is never touched.
 */

interface Proxy {
  url: string
  cut(): void
  restore(): void
  close(): Promise<void>
}

async function startProxy(target: URL): Promise<Proxy> {
  const sockets = new Set<net.Socket>()
  let open = true
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy()
      return
    }
    const upstream = net.connect(Number(target.port || 5432), target.hostname)
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(a)
      a.on('error', () => b.destroy())
      a.on('close', () => {
        sockets.delete(a)
        b.destroy()
      })
      a.pipe(b)
    }
  })
  server.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as net.AddressInfo
  const url = new URL(target)
  url.host = `127.0.0.1:${port}`
  return {
    url: url.toString(),
    cut: () => {
      open = false
      for (const socket of sockets) socket.destroy()
    },
    restore: () => {
      open = true
    },
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    }),
  }
}

const DATABASE_URL = process.env.DATABASE_URL

t.test('PostgreSQL dropping every connection while intakes are written', { skip: DATABASE_URL ? false : 'needs PostgreSQL (DATABASE_URL)' }, async (t) => {
  const name = `complaints_outage_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: DATABASE_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const direct = new URL(DATABASE_URL!)
  direct.pathname = `/${name}`
  const proxy = await startProxy(direct)
  t.teardown(async () => {
    await proxy.close()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  })

  const database = await createDb({ kind: 'postgres', url: proxy.url, poolMax: 6 })
  await migrateToLatest(database.db)
  const app = await buildApp(testConfig(), { database })
  t.teardown(() => app.close())
  await app.ready()
  const council = await seedCouncil(app)
  const auth = bearer(await tokenFor(council, ['complaints_team'], 'crm'))

  /** Every submission: its key, and what the service answered to each attempt. */
  const acknowledged = new Map<string, string>()
  const unavailable: string[] = []
  const unexpected: string[] = []
  let n = 0
  const submit = async (key: string) => {
    const res = await app.inject({
      method: 'POST', url: '/v1/complaints', headers: { ...auth, 'idempotency-key': key },
      payload: { channel: 'phone', summary: `outage test ${key}`, anonymous: true },
    })
    if (res.statusCode === 201) {
      const id = res.json().id as string
      const earlier = acknowledged.get(key)
      if (earlier !== undefined && earlier !== id) unexpected.push(`${key}: a retry was given another case`)
      acknowledged.set(key, id)
      return 201
    }
    if (res.statusCode === 503) {
      const problem = res.json()
      if (!/^application\/problem\+json/.test(String(res.headers['content-type'])) || problem.code !== 'DATABASE_UNAVAILABLE' || !res.headers['retry-after']) {
        unexpected.push(`${key}: a 503 without problem+json and Retry-After`)
      }
      unavailable.push(key)
      return 503
    }
    unexpected.push(`${key}: ${res.statusCode} ${res.body.slice(0, 200)}`)
    return res.statusCode
  }

  let writing = true
  const writers = Array.from({ length: 6 }, async () => {
    while (writing) await submit(`outage-${++n}`)
  })
  // Let writes run, then cut while they are in flight.
  while (acknowledged.size < 20) await new Promise((resolve) => setImmediate(resolve))
  proxy.cut()
  const atCut = n
  while (n < atCut + 30) await new Promise((resolve) => setImmediate(resolve))

  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(ready.statusCode, 503, 'readiness says not ready while the database is away')
  t.equal(ready.json().checks.database, 'unreachable')
  const health = await app.inject({ method: 'GET', url: '/healthz' })
  t.equal(health.statusCode, 200, 'the process itself is alive')

  writing = false
  await Promise.all(writers)
  t.ok(unavailable.length > 0, `requests during the outage were answered 503 (${unavailable.length})`)

  proxy.restore()
  const restoredAt = performance.now()
  // No back-off and no restart: the very first request after the database is back is served.
  t.equal(await submit(`outage-${++n}`), 201, 'the first request after the database returns succeeds')
  t.comment(`recovered ${Math.round(performance.now() - restoredAt)} ms after the database came back`)
  t.equal((await app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200, 'ready again')

  // A client retries what was refused, with the same keys; a write that committed before its answer was lost
  // is replayed, never written twice.
  const retried = await Promise.all([...new Set(unavailable)].map((key) => submit(key)))
  t.ok(retried.every((status) => status === 201), `every refused submission succeeds on retry (${retried.length})`)
  t.same(unexpected, [], 'every answer was a 201 or a 503 problem with Retry-After')

  const check = new pg.Client({ connectionString: direct.toString() })
  await check.connect()
  const rows = (await check.query<{ id: string; key: string | null; summary: string }>(
    `select c.id, k.key, c.intake->>'summary' as summary from cases c left join idempotency_keys k on k.case_id = c.id where c.council_id = $1`,
    [council.id],
  )).rows
  await check.end()
  const storedKeys = rows.map((r) => r.key?.replace(/^staff:/, ''))
  t.equal(rows.length, acknowledged.size, `one stored case per acknowledged submission (${acknowledged.size})`)
  t.equal(new Set(storedKeys).size, rows.length, 'no key has two cases')
  t.same(new Set(rows.map((r) => r.id)), new Set(acknowledged.values()), 'every acknowledged case is stored, and nothing else')
  t.ok(rows.every((r) => r.summary === `outage test ${r.key?.replace(/^staff:/, '')}`), 'each case holds what its submission sent')
})
