/**
 * `npm run bench:http [-- --rounds 3 --duration 8 --connections 10] [--pglite] [--scale 1000000] [--soak 600] [--readme]`
 *
 * The service over HTTP against a bare baseline measured in the same run: scripts/bench/bare-server.mjs (the
 * same Fastify, pg or PGlite and jose; verify the JWT, insert one jsonb row in a transaction, or read one row by
 * primary key) and the compiled service (`npm run build`, `node dist/src/server.js`) on one PostgreSQL database
 * this script creates on 127.0.0.1:5432 (or each on its own PGlite directory with --pglite). The runs are
 * interleaved and repeated; the table shows medians and ratios. The machine is shared, so it prints the load too.
 * --scale N reuses (or seeds) a database of N synthetic cases and adds the queue and report figures there.
 * --readme rewrites the README's performance section between its bench:http markers. A benchmark, not a test.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import pg from 'pg'
import { signDevelopmentToken } from '../src/http/auth/sign-token.js'

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    pglite: { type: 'boolean', default: false },
    scale: { type: 'string' },
    soak: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    url: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
})
const ROUNDS = Number(args.rounds)
const DURATION = Number(args.duration)
const CONNECTIONS = Number(args.connections)
const SECRET = 'bench-secret-that-is-at-least-32-characters-long'
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

const log = (line: string) => process.stderr.write(`${line}\n`)
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    }).on('error', reject)
  })
}

async function waitFor(url: string, child: ChildProcess, ms = 60_000, ready = (status: number) => status < 500): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`)
    try {
      const res = await fetch(url)
      if (ready(res.status)) return
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer in ${ms} ms`)
}

/** User + system CPU of a process so far, in ms (Linux /proc). */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch { return null }
}

function rssMiB(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round(Number(m[1]) / 1024) : null
  } catch { return null }
}

const children: ChildProcess[] = []
process.on('exit', () => { for (const c of children) c.kill('SIGTERM') })

async function startBare(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/bench/bare-server.mjs')], { env: { ...process.env, ...env, AUTH_JWT_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'inherit'] })
  children.push(child)
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)))
  })
  pids.set(`http://127.0.0.1:${port}`, child.pid)
  return { base: `http://127.0.0.1:${port}`, child }
}

async function startService(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort()
  // Request logs at the default level, as deployed, to /dev/null.
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/server.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', AUTH_JWT_SECRET: SECRET, SEED_DEMO_COUNCIL: 'true', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  children.push(child)
  const base = `http://127.0.0.1:${port}`
  // Ready, not just alive: right after start the event-loop delay of start-up work can still shed requests (503).
  await waitFor(`${base}/readyz`, child, 120_000, (status) => status === 200)
  pids.set(base, child.pid)
  return { base, child }
}

interface Run { rps: number; p50: number; p99: number; errors: number; statuses: Record<string, number>; sample: string | null; cpuPerRequest: number | null }

interface Load {
  method: 'GET' | 'POST'
  path: string
  body?: unknown
  /** The path (and body) of each request, e.g. the next case of a pool; null when the pool is empty. */
  next?: () => { path: string; body?: unknown; headers?: Record<string, string> } | null
  onBody?: (status: number, body: string) => void
  connections?: number
  /** Send exactly this many requests (then the run's own duration counts), instead of running for DURATION. */
  amount?: number
}

/** Each server's process by base URL, for its CPU per request (less sensitive to a loaded machine than throughput). */
const pids = new Map<string, number | undefined>()

async function measure(base: string, token: string, l: Load): Promise<Run> {
  const pid = pids.get(base)
  const cpuBefore = cpuMs(pid)
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  let instance: autocannon.Instance | undefined
  let exhausted = false
  // The first error body, so that a run that is not driving valid requests says why.
  let sample: string | null = null
  let served = 0
  let fillers = 0
  // autocannon notices the end of a run only at its next one-second sample, so its duration is rounded up to a
  // second: time the run from its start to its last response instead.
  const startedAt = performance.now()
  let lastAt = startedAt
  const onResponse = (status: number, body: string) => {
    lastAt = performance.now()
    if (status >= 300 && sample === null) sample = `${status} ${body.slice(0, 300)}`
    if (body === HEALTHZ) fillers++
    else if (status < 300) served++
    l.onBody?.(status, body)
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      url: base, connections: Math.min(l.connections ?? CONNECTIONS, l.amount ?? Infinity), ...(l.amount === undefined ? { duration: DURATION } : { amount: l.amount }),
      requests: [{
        method: l.method, path: l.path, headers,
        ...(l.body === undefined ? {} : { body: JSON.stringify(l.body) }),
        ...(l.next ? {
          setupRequest: (req: autocannon.Request) => {
            const n = l.next!()
            if (n === null) {
              if (!exhausted) { exhausted = true; setImmediate(() => instance?.stop()) }
              return { ...req, path: '/healthz', method: 'GET', body: undefined }
            }
            return { ...req, path: n.path, ...(n.body === undefined ? {} : { body: JSON.stringify(n.body) }), ...(n.headers ? { headers: { ...headers, ...n.headers } } : {}) }
          },
        } : {}),
        onResponse,
      }],
    }, (error: Error | null, r) => (error ? reject(error) : resolve(r)))
  })
  if (exhausted) log(`  (the pool of cases ran out after ${((lastAt - startedAt) / 1000).toFixed(1)} s)`)
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(([code, v]) => [code, v.count]))
  if (fillers > 0) statuses['200'] = (statuses['200'] ?? 0) - fillers
  if (statuses['200'] === 0) delete statuses['200']
  if (result.errors > result.timeouts) statuses.socket = result.errors - result.timeouts
  if (result.timeouts > 0) statuses.timeout = result.timeouts
  // Once a pool runs out the remaining requests go to /healthz: they are not the operation's successes.
  const ok = l.next ? served : result['2xx']
  const cpuAfter = cpuMs(pid)
  const cpuPerRequest = cpuBefore !== null && cpuAfter !== null && ok > 0 ? (cpuAfter - cpuBefore) / ok : null
  return { cpuPerRequest, rps: ok / ((lastAt - startedAt) / 1000), p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors, statuses, sample }
}

const HEALTHZ = '{"status":"ok"}'

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

const INTAKE = {
  channel: 'email', person: { name: 'Pat Doe', email: 'pat@example.org', phone: '01234 567890' },
  summary: 'Bins missed three weeks running on Acacia Avenue', desiredOutcome: 'Collect the bins',
  serviceAreas: ['waste'], categories: ['missed collection'],
}
const RESPONSE = {
  response: {
    stage: 1, complaintDefinition: 'Missed collections', findings: [{ aspect: 'collections', finding: 'upheld' }], reasons: 'The crew missed the road',
    remedies: [], noRemedyStatement: 'The collection was made the next day', outstandingActions: [], howToEscalate: 'Ask us for a stage 2 review',
  },
}
const HANDLER = 'bench-handler'
const ACTIONS = [
  { name: 'triage', path: 'triage', body: { as: 'complaint' } },
  { name: 'acknowledgement', path: 'acknowledgement', body: { decision: 'accepted' } },
  { name: 'assignment', path: 'assignment', body: { serviceArea: 'waste', handler: HANDLER } },
  { name: 'stage 1 response', path: 'stage1-response', body: RESPONSE },
] as const

interface Versioned { id: string; version: number }

/** The assignment action names a handler, who must be an active, registered member of the council's staff. */
async function registerHandler(base: string, council: string): Promise<void> {
  const admin = await signDevelopmentToken(SECRET, { subject: 'bench-admin', council, roles: ['admin'] })
  const res = await fetch(`${base}/v1/councils/current/staff/${HANDLER}`, {
    method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: 'Bench Handler', serviceAreas: ['waste'], mayHandleStage1: true, mayReviewStage2: false }),
  })
  if (!res.ok) throw new Error(`registering the handler: ${res.status} ${await res.text()}`)
}

type Table = Map<string, { bare: number[]; service: number[]; ratios: number[]; bareP99: number[]; serviceP99: number[]; bareCpu: number[]; serviceCpu: number[]; errors: number; statuses: Record<string, number> }>

const breakdown = (statuses: Record<string, number>) => Object.entries(statuses).sort().map(([code, n]) => `${code}: ${n}`).join(', ')

function record(table: Table, op: string, bare: Run | null, service: Run): void {
  const e = table.get(op) ?? { bare: [], service: [], ratios: [], bareP99: [], serviceP99: [], bareCpu: [], serviceCpu: [], errors: 0, statuses: {} }
  // The ratio is taken within each round (the bare run just before), then the median over rounds.
  if (bare) { e.bare.push(bare.rps); e.bareP99.push(bare.p99); e.ratios.push(service.rps / bare.rps); if (bare.cpuPerRequest !== null) e.bareCpu.push(bare.cpuPerRequest) }
  if (service.cpuPerRequest !== null) e.serviceCpu.push(service.cpuPerRequest)
  e.service.push(service.rps); e.serviceP99.push(service.p99); e.errors += service.errors
  for (const [code, n] of Object.entries(service.statuses)) e.statuses[code] = (e.statuses[code] ?? 0) + n
  table.set(op, e)
  log(`  ${op.padEnd(34)} ${bare ? `bare ${bare.rps.toFixed(0).padStart(6)} req/s p99 ${bare.p99} ms; ` : ''}service ${service.rps.toFixed(0).padStart(6)} req/s p50 ${service.p50} ms p99 ${service.p99} ms, ${service.cpuPerRequest?.toFixed(2)} ms CPU/req (bare ${bare?.cpuPerRequest?.toFixed(2) ?? '-'}); ${breakdown(service.statuses)}`)
  if (service.sample) log(`    first error: ${service.sample}`)
}

async function createDatabase(admin: string, name: string, fresh: boolean): Promise<string> {
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  if (fresh) await client.query(`drop database if exists ${name} with (force)`)
  const exists = await client.query('select 1 from pg_database where datname = $1', [name])
  if (exists.rowCount === 0) await client.query(`create database ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return url.toString()
}

async function main(): Promise<void> {
  const started = new Date()
  const loadBefore = load()
  if (!args['no-build']) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' })
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-http-'))
  let serviceEnv: Record<string, string>
  let bareEnv: Record<string, string>
  let scaleUrl: string | null = null
  if (args.pglite) {
    serviceEnv = { PGLITE_DIR: path.join(tmp, 'service') }
    bareEnv = { PGLITE_DIR: path.join(tmp, 'bare') }
  } else if (args.scale) {
    scaleUrl = await createDatabase(args.url, 'complaints_bench_scale', false)
    serviceEnv = { DATABASE_URL: scaleUrl }
    bareEnv = { DATABASE_URL: scaleUrl }
  } else {
    const url = await createDatabase(args.url, 'complaints_bench_http', true)
    serviceEnv = { DATABASE_URL: url }
    bareEnv = { DATABASE_URL: url }
  }
  if (scaleUrl) await seedScale(scaleUrl, Number(args.scale))
  const bare = await startBare(bareEnv)
  const service = await startService(serviceEnv)
  const council = scaleUrl ? await largestCouncil(scaleUrl) : 'demo'
  const token = await signDevelopmentToken(SECRET, { subject: 'bench', council, roles: ['complaints_team'] })
  await registerHandler(service.base, council)
  const bareIds: string[] = []
  // Each action takes the cases the previous one left, at the version it left them (sent back as If-Match).
  const pools: Versioned[][] = [[], ...ACTIONS.map(() => [])]
  const seen: string[] = []
  const table: Table = new Map()
  const parse = (body: string): Versioned | null => {
    try { const b = JSON.parse(body) as { id?: string; version?: number }; return b.id && b.version !== undefined ? { id: b.id, version: b.version } : null } catch { return null }
  }
  log(`load before: ${loadBefore}`)
  // Untimed warm-up: the first requests of each route compile its schemas and warm the JIT.
  await measure(bare.base, token, { method: 'POST', path: '/bare', body: INTAKE, amount: 200, onBody: (s, b) => { if (s === 201) bareIds.push((JSON.parse(b) as { id: string }).id) } })
  await measure(service.base, token, { method: 'POST', path: '/v1/complaints', body: INTAKE, amount: 200, onBody: (s, b) => { const v = s === 201 ? parse(b) : null; if (v) seen.push(v.id) } })
  await measure(service.base, token, { method: 'GET', path: '/v1/complaints/x', amount: 200, next: () => ({ path: `/v1/complaints/${seen[Math.floor(Math.random() * seen.length)]}` }) })
  await measure(service.base, token, { method: 'GET', path: '/v1/complaints?limit=50', amount: 50 })
  for (let round = 1; round <= ROUNDS; round++) {
    log(`round ${round} of ${ROUNDS} (load ${load()})`)
    const bareInsert = await measure(bare.base, token, { method: 'POST', path: '/bare', body: INTAKE, onBody: (s, b) => { if (s === 201) bareIds.push((JSON.parse(b) as { id: string }).id) } })
    const intake = await measure(service.base, token, { method: 'POST', path: '/v1/complaints', body: INTAKE, onBody: (s, b) => { const v = s === 201 ? parse(b) : null; if (v) { pools[0]!.push(v); seen.push(v.id) } } })
    record(table, 'intake `POST /v1/complaints`', bareInsert, intake)
    const bareRead = await measure(bare.base, token, { method: 'GET', path: '/bare/x', next: () => ({ path: `/bare/${bareIds[Math.floor(Math.random() * bareIds.length)]}` }) })
    const read = await measure(service.base, token, { method: 'GET', path: '/v1/complaints/x', next: () => ({ path: `/v1/complaints/${seen[Math.floor(Math.random() * seen.length)]}` }) })
    record(table, '`GET /v1/complaints/{id}`', bareRead, read)
    for (const [i, a] of ACTIONS.entries()) {
      const from = pools[i]!
      const to = pools[i + 1]!
      if (from.length === 0) { log(`  ${a.name}: no cases left to act on`); continue }
      // Exactly the cases this round's intake made: an action run lasts as long as its pool does.
      const run = await measure(service.base, token, {
        method: 'POST', path: '/v1/complaints/x', body: a.body, amount: from.length,
        next: () => { const c = from.shift(); return c === undefined ? null : { path: `/v1/complaints/${c.id}/${a.path}`, headers: { 'if-match': `"${c.version}"` } } },
        onBody: (s, b) => { const v = s === 200 ? parse(b) : null; if (v) to.push(v) },
      })
      record(table, `${a.name} \`POST .../${a.path}\``, bareInsert, run)
    }
    const queue = await measure(service.base, token, { method: 'GET', path: '/v1/complaints?limit=50' })
    record(table, 'work queue page (limit 50)', null, queue)
  }
  const rss = { service: rssMiB(service.child.pid), bare: rssMiB(bare.child.pid) }
  const scale = scaleUrl ? await scaleFigures(service.base, token, scaleUrl) : []
  const soak = args.soak ? await soakRun(service, token, Number(args.soak), seen) : null
  const out = report({ started, loadBefore, loadAfter: load(), table, rss, scale, soak })
  process.stdout.write(out)
  if (args.readme) writeReadme(out)
  rmSync(tmp, { recursive: true, force: true })
}

function report(r: { started: Date; loadBefore: string; loadAfter: string; table: Table; rss: { service: number | null; bare: number | null }; scale: string[]; soak: string | null }): string {
  const cpus = os.cpus()
  const backend = args.pglite ? 'embedded PGlite (each server its own data directory)' : 'PostgreSQL 15 on 127.0.0.1'
  const lines = [
    `Measured ${r.started.toISOString().slice(0, 16)}Z on ${cpus.length} x ${cpus[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${backend}; ` +
      `load average ${r.loadBefore} before, ${r.loadAfter} after (the machine is shared: ratios matter, not absolute numbers). ` +
      `autocannon, ${CONNECTIONS} connections, ${DURATION} s runs, ${ROUNDS} interleaved rounds, medians.`,
    '',
    '| operation | bare | this service | ratio (median of rounds) | p99 bare / service | Node CPU per request bare / service | service responses |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const [op, e] of r.table) {
    const bare = median(e.bare)
    const svc = median(e.service)
    const ratio = e.ratios.length ? `**${Math.round(median(e.ratios) * 100)} %** (${e.ratios.map((r) => Math.round(r * 100)).join(', ')})` : '-'
    const cpu = `${e.bareCpu.length ? `${median(e.bareCpu).toFixed(2)} / ` : ''}${e.serviceCpu.length ? `${median(e.serviceCpu).toFixed(2)} ms` : '-'}`
    lines.push(`| ${op} | ${e.bare.length ? `${bare.toFixed(0)} req/s` : '-'} | ${svc.toFixed(0)} req/s | ${ratio} | ${e.bare.length ? `${median(e.bareP99)} ms / ` : ''}${median(e.serviceP99)} ms | ${cpu} | ${breakdown(e.statuses)} |`)
  }
  lines.push('', `RSS after the runs: service ${r.rss.service ?? '?'} MiB, bare ${r.rss.bare ?? '?'} MiB.`)
  if (r.soak) lines.push(r.soak)
  if (r.scale.length > 0) lines.push('', ...r.scale)
  return `${lines.join('\n')}\n`
}

function writeReadme(out: string): void {
  const file = path.join(ROOT, 'README.md')
  const readme = readFileSync(file, 'utf8')
  const tag = args.pglite ? 'bench:http:pglite' : args.scale ? 'bench:http:scale' : 'bench:http'
  const [open, close] = [`<!-- ${tag} -->`, `<!-- /${tag} -->`]
  const a = readme.indexOf(open)
  const b = readme.indexOf(close)
  if (a < 0 || b < a) { log(`README.md has no ${open} ... ${close} section: not written`); return }
  writeFileSync(file, `${readme.slice(0, a + open.length)}\n${out}${readme.slice(b)}`)
  log(`README.md: ${tag} section rewritten`)
}

async function soakRun(service: { base: string; child: ChildProcess }, token: string, seconds: number, ids: string[]): Promise<string> {
  const samples: number[] = []
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    await measure(service.base, token, { method: 'POST', path: '/v1/complaints', body: INTAKE, onBody: (s, b) => { if (s === 201) ids.push((JSON.parse(b) as { id: string }).id) } })
    await measure(service.base, token, { method: 'GET', path: '/v1/complaints/x', next: () => ({ path: `/v1/complaints/${ids[Math.floor(Math.random() * ids.length)]}` }) })
    samples.push(rssMiB(service.child.pid) ?? 0)
  }
  return `Soak, ${seconds} s of alternating intake and reads: RSS ${samples.map((s) => `${s}`).join(', ')} MiB (first ${samples[0]}, last ${samples[samples.length - 1]}, max ${Math.max(...samples)}).`
}

async function seedScale(url: string, cases: number): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const have = await client.query<{ n: number }>(`select case when to_regclass('cases') is null then 0 else (select count(*)::int from cases) end as n`).then((r) => r.rows[0]!.n)
  await client.end()
  if (have >= cases) { log(`scale database: ${have} cases (reused)`); return }
  log(`scale database: ${have} cases; seeding ${cases - have} more`)
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/seed-synthetic.ts', '--cases', String(cases - have), '--councils', '20'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, DATABASE_URL: url },
  })
}

async function largestCouncil(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ slug: string }>(`select c.slug from councils c join cases k on k.council_id = c.id group by c.slug order by count(*) desc limit 1`)
  await client.end()
  return rows[0]?.slug ?? 'demo'
}

/** At scale: the queue (first and a later page, each documented filter) and the reports, as p50 latency at one connection. */
async function scaleFigures(base: string, token: string, url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows: [info] } = await client.query<{ cases: number; largest: number }>(`select (select count(*)::int from cases) as cases,
    (select count(*)::int from cases group by council_id order by 1 desc limit 1) as largest`)
  await client.end()
  const today = new Date().toISOString().slice(0, 10)
  const year = Number(today.slice(0, 4)) - (today.slice(5) >= '04-01' ? 1 : 2)
  const period = `from=${year}-04-01&to=${year + 1}-03-31`
  const paths: [string, string][] = [
    ['queue page, limit 50', '/v1/complaints?limit=50'],
    ['queue: overdue', '/v1/complaints?limit=50&overdue=true'],
    ['queue: status', '/v1/complaints?limit=50&status=stage1_acknowledged'],
    ['queue: stage 2', '/v1/complaints?limit=50&stage=2'],
    ['queue: kind', '/v1/complaints?limit=50&kind=service_request'],
    ['queue: handler', '/v1/complaints?limit=50&handler=officer-7'],
    ['queue: service area', '/v1/complaints?limit=50&serviceArea=Housing'],
    ['queue: channel', '/v1/complaints?limit=50&channel=letter'],
    ['queue: received in a month', `/v1/complaints?limit=50&receivedFrom=${year}-06-01T00:00:00Z&receivedTo=${year}-07-01T00:00:00Z`],
    ['queue: due within 5 working days', '/v1/complaints?limit=50&dueWithinWorkingDays=5'],
    ['queue: sensitive', '/v1/complaints?limit=50&sensitive=true'],
    ['queue: remedies overdue', '/v1/complaints?limit=50&remediesOverdue=true'],
    [`performance ${year}-${(year + 1) % 100}, by month`, `/v1/reports/performance?${period}&groupBy=month`],
    [`performance ${year}-${(year + 1) % 100}, by service area`, `/v1/reports/performance?${period}&groupBy=serviceArea`],
    [`performance ${year}-${(year + 1) % 100}, by category`, `/v1/reports/performance?${period}&groupBy=category`],
    [`annual report ${year}-${(year + 1) % 100}`, `/v1/reports/annual?year=${year}`],
  ]
  const lines = [`At scale: ${info?.cases} cases, largest council ${info?.largest} (its token), one connection, p50 latency over ${DURATION} s.`, '', '| request | p50 | p99 |', '|---|---|---|']
  for (const [name, p] of paths) {
    const r = await measure(base, token, { method: 'GET', path: p, connections: 1 })
    lines.push(`| ${name} | ${r.p50} ms | ${r.p99} ms${r.errors ? ` (${r.errors} errors)` : ''} |`)
    log(`  ${name}: p50 ${r.p50} ms`)
  }
  return lines
}

await main()
process.exit(0)
