/**
 * `npm run bench:events [-- --rounds 5 --events 400 --cases 20 --latency 40]` (PostgreSQL when DATABASE_URL names a
 * server: a throw-away database is created on it; PGlite in memory otherwise). Run it `nice`: the machine is shared.
 *
 * The event path against a bare baseline measured in the same process, on the same database, interleaved and
 * repeated (the table shows medians of the rounds and the ratios):
 * - append: appendEvents (one event per transaction, onto one of `cases` cases) vs a bare `insert ... jsonb` in a
 *   transaction;
 * - feed read: readFeed pages of 100 from the start of the log vs a bare `select ... order by id limit 100` loop;
 * - webhook delivery: the worker's passes draining `events` messages to a local receiver (signed, one message per
 *   case in flight) vs bare POSTs of the same bodies to the same receiver, `cases` at a time;
 * - write path: intakes per second over HTTP (app.inject) with no subscriber vs one subscriber with the worker on;
 * and the delay from a committed intake to its webhook's arrival (median, p99), one at a time, worker running.
 * A benchmark, not a test.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import pg from 'pg'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { appendEvents } from '../src/db/case.repository.js'
import { insertCouncil } from '../src/db/council.repository.js'
import { createDb, type DatabaseHandle } from '../src/db/create-db.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { signDevelopmentToken } from '../src/http/auth/sign-token.js'
import { readFeed } from '../src/services/event-feed.js'

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    events: { type: 'string', default: '400' },
    cases: { type: 'string', default: '20' },
    latency: { type: 'string', default: '40' },
  },
})
const ROUNDS = Number(args.rounds)
const EVENTS = Number(args.events)
const CASES = Number(args.cases)
const LATENCY_SAMPLES = Number(args.latency)
const SECRET = 'bench-secret-that-is-at-least-32-characters-long'
const log = (line: string) => process.stderr.write(`${line}\n`)
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]! }
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! }
const perSecond = (count: number, ms: number) => (count * 1000) / ms

async function database(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const handle = await createDb({ kind: 'pglite', dataDir: null })
    await migrateToLatest(handle.db)
    return handle
  }
  const name = `bench_events_${process.pid}_${randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const target = new URL(url)
  target.pathname = `/${name}`
  const handle = await createDb({ kind: 'postgres', url: target.toString(), poolMax: 10 })
  await migrateToLatest(handle.db)
  return {
    ...handle,
    close: async () => {
      await handle.close()
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}

/** A receiver that answers 204 at once and notes when each message arrived (no verification: that is the CRM's cost). */
async function receiver() {
  const arrivals = new Map<string, number>()
  const waiters: Array<() => void> = []
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const id = req.headers['webhook-id']
      if (typeof id === 'string') arrivals.set(id, performance.now())
      res.writeHead(204).end()
      waiters.splice(0).forEach((w) => w())
    })
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`
  return {
    url, arrivals,
    next: () => new Promise<void>((resolve) => waiters.push(resolve)),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}

const handle = await database()
const env = {
  LOG_LEVEL: 'silent', AUTH_JWT_SECRET: SECRET, OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
  WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', EVENTS_POLL_MS: '1000',
}
// One app drives passes itself; the other runs the worker as the server does (for the write path and latency).
const app = await buildApp(loadConfig(env), { database: { ...handle, close: async () => {} } })
const db = app.db
const sink = await receiver()
await sql`create table bench_bare (id bigserial primary key, data jsonb not null)`.execute(db)

async function council(label: string) {
  const c = await insertCouncil(db, { slug: `bench-${label}-${randomUUID().slice(0, 8)}`, name: `Bench ${label}`, referencePrefix: `B${label.slice(0, 3).toUpperCase()}` })
  const team = await signDevelopmentToken(SECRET, { subject: 'bench', council: c.slug, roles: ['complaints_team'] })
  const adminToken = await signDevelopmentToken(SECRET, { subject: 'bench-admin', council: c.slug, roles: ['admin'] })
  return { ...c, team, admin: adminToken }
}

async function intake(target: typeof app, token: string): Promise<string> {
  const res = await target.inject({
    method: 'POST', url: '/v1/complaints', headers: { authorization: `Bearer ${token}` },
    payload: { channel: 'web_form', person: { name: 'Bench Person', email: 'bench@example.org' }, summary: 'Benchmark complaint' },
  })
  if (res.statusCode !== 201) throw new Error(`intake answered ${res.statusCode}: ${res.body}`)
  return res.json<{ id: string }>().id
}

async function subscribe(target: typeof app, token: string): Promise<void> {
  const res = await target.inject({ method: 'POST', url: '/v1/webhooks', headers: { authorization: `Bearer ${token}` }, payload: { url: sink.url } })
  if (res.statusCode !== 201) throw new Error(`subscribe answered ${res.statusCode}: ${res.body}`)
}

const results: Record<string, { service: number[]; bare: number[] }> = {
  'append (events/s)': { service: [], bare: [] },
  'feed read (events/s)': { service: [], bare: [] },
  'webhook delivery (messages/s)': { service: [], bare: [] },
}
const writePath = { without: [] as number[], with: [] as number[] }

log(`bench:events on ${handle.backend}, ${ROUNDS} rounds of ${EVENTS} events over ${CASES} cases; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
for (let round = 1; round <= ROUNDS; round++) {
  const c = await council(`r${round}`)
  const caseIds: string[] = []
  for (let i = 0; i < CASES; i++) caseIds.push(await intake(app, c.team))
  const payload = { note: 'x'.repeat(120) }
  const order = round % 2 === 0 ? ['bare', 'service'] : ['service', 'bare']

  // Append: one event per transaction, as a command writes them.
  for (const side of order) {
    const t0 = performance.now()
    if (side === 'service') {
      const sequences = new Map(caseIds.map((id) => [id, 100]))
      for (let i = 0; i < EVENTS; i++) {
        const caseId = caseIds[i % CASES]!
        const seq = sequences.get(caseId)! + 1
        sequences.set(caseId, seq)
        await db.transaction().execute((trx) => appendEvents(trx, caseId, c.id, seq, [{ type: 'related_issue_added', actor: 'bench', occurredAt: new Date().toISOString(), data: payload }], 1))
      }
    } else {
      for (let i = 0; i < EVENTS; i++) {
        await db.transaction().execute((trx) => sql`insert into bench_bare (data) values (${JSON.stringify(payload)}::jsonb)`.execute(trx))
      }
    }
    results['append (events/s)']![side as 'service' | 'bare'].push(perSecond(EVENTS, performance.now() - t0))
  }

  // Feed read: the council's whole log in pages of 100.
  for (const side of order) {
    const t0 = performance.now()
    let read = 0
    if (side === 'service') {
      let after: string | null = null
      for (;;) {
        const page = await readFeed({ db, signal: app.eventSignal, pollMs: 1000 }, c.id, { after, types: null, limit: 100, waitSeconds: 0 })
        read += page.items.length
        if (page.items.length < 100) break
        after = page.nextCursor
      }
    } else {
      const { rows: [last] } = await sql<{ id: number }>`select max(id) as id from bench_bare`.execute(db)
      let after = Number(last!.id) - EVENTS - CASES
      for (;;) {
        const { rows } = await sql<{ id: number; data: unknown }>`select id, data from bench_bare where id > ${after} order by id limit 100`.execute(db)
        read += rows.length
        if (rows.length < 100) break
        after = Number(rows.at(-1)!.id)
      }
    }
    results['feed read (events/s)']![side as 'service' | 'bare'].push(perSecond(read, performance.now() - t0))
  }

  // Webhook delivery: a subscription from the start of this council's log, drained by the worker's passes.
  for (const side of order) {
    const before = sink.arrivals.size
    const t0 = performance.now()
    let sent: number
    if (side === 'service') {
      await subscribe(app, c.admin)
      await db.updateTable('webhook_subscriptions').set({ cursor_xid: null, cursor_position: null }).where('council_id', '=', c.id).execute()
      for (let i = 0; i < 10_000; i++) {
        const pass = await app.eventWorker.runOnce(new Date())
        if (pass.queued + pass.attempted === 0) break
      }
      sent = sink.arrivals.size - before
    } else {
      const body = JSON.stringify({ type: 'case.related_issue_added', timestamp: new Date().toISOString(), data: { caseId: caseIds[0], reference: 'X', caseVersion: 1 } })
      const total = EVENTS + CASES
      for (let i = 0; i < total; i += CASES) {
        await Promise.all(Array.from({ length: Math.min(CASES, total - i) }, (_, j) =>
          fetch(sink.url, { method: 'POST', headers: { 'content-type': 'application/json', 'webhook-id': `bare_${round}_${i + j}` }, body }).then((r) => r.arrayBuffer())))
      }
      sent = total
    }
    results['webhook delivery (messages/s)']![side as 'service' | 'bare'].push(perSecond(sent, performance.now() - t0))
  }
  log(`round ${round}: ${Object.entries(results).map(([k, v]) => `${k.split(' (')[0]} ${v.service.at(-1)!.toFixed(0)} vs ${v.bare.at(-1)!.toFixed(0)}`).join('; ')}`)
}

// The write path with and without a subscriber, and commit-to-delivery delay, with the worker running.
const served = await buildApp(loadConfig(env), { database: { ...handle, close: async () => {} }, runWorker: true })
await served.ready()
const latencies: number[] = []
/** Waits until the worker has sent everything queued, so one side's deliveries are not charged to the next. */
async function drainPending(): Promise<void> {
  for (let idle = 0; idle < 300; idle++) {
    const pending = await db.selectFrom('webhook_deliveries').select(db.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow()
    if (Number(pending.n) === 0) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
for (let round = 1; round <= ROUNDS; round++) {
  const quiet = await council(`q${round}`)
  const busy = await council(`s${round}`)
  await subscribe(served, busy.admin)
  for (const side of round % 2 === 0 ? ['with', 'without'] as const : ['without', 'with'] as const) {
    const token = side === 'with' ? busy.team : quiet.team
    const t0 = performance.now()
    for (let i = 0; i < CASES * 2; i++) await intake(served, token)
    writePath[side].push(perSecond(CASES * 2, performance.now() - t0))
    await drainPending()
  }
}
const latencyCouncil = await council('lat')
await subscribe(served, latencyCouncil.admin)
await drainPending()
for (let i = 0; i < LATENCY_SAMPLES; i++) {
  const before = sink.arrivals.size
  const t0 = performance.now()
  await intake(served, latencyCouncil.team)
  while (sink.arrivals.size === before) await Promise.race([sink.next(), new Promise((resolve) => setTimeout(resolve, 50))])
  latencies.push([...sink.arrivals.values()].at(-1)! - t0)
}
await served.close()

const rows = Object.entries(results).map(([name, v]) => {
  const s = median(v.service)
  const b = median(v.bare)
  return `| ${name} | ${s.toFixed(0)} | ${b.toFixed(0)} | ${(s / b).toFixed(2)} |`
})
const w = median(writePath.with)
const wo = median(writePath.without)
console.log(`bench:events on ${handle.backend}, medians of ${ROUNDS} interleaved rounds (${EVENTS} events over ${CASES} cases each); load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}

| measure | service | bare baseline | ratio |
|---|---:|---:|---:|
${rows.join('\n')}
| intakes over HTTP (/s): with a subscriber vs none | ${w.toFixed(0)} | ${wo.toFixed(0)} | ${(w / wo).toFixed(2)} |

commit to webhook arrival (worker running, ${LATENCY_SAMPLES} intakes one at a time): median ${median(latencies).toFixed(1)} ms, p99 ${pct(latencies, 0.99).toFixed(1)} ms`)

await app.close()
await sink.close()
await handle.close()
