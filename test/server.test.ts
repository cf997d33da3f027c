import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import t from 'tap'
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js'
import { signDevelopmentToken } from '../src/http/auth/sign-token.js'

/**
 * The real process, as `npm start` runs it, on a fresh embedded data directory. It records no coverage (tap's
 * `_TAPJS_PROCESSINFO_COVERAGE_=0`): tsx's source maps of files the other test processes load through ts-node would
 * replace theirs in the merged report and miscount those files' lines.
 */
function start(env: Record<string, string>, options: { faults?: boolean } = {}): { child: ChildProcess; output: () => string } {
  // With `faults`, a line on the child's stdin (`throw`, `reject`) makes it fail as a bug would (test/fixtures/faults.ts).
  const preload = options.faults ? ['--import', './test/fixtures/faults.ts'] : []
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload, 'src/server.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    // Event-loop load shedding off: a busy test machine must not shed these requests (see test/helpers/build.ts).
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0', _TAPJS_PROCESSINFO_COVERAGE_: '0', ...env },
    stdio: [options.faults ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  return { child, output: () => output }
}

async function listeningUrl(server: ReturnType<typeof start>): Promise<string> {
  for (let waited = 0; waited < 90_000; waited += 200) {
    const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output())
    if (match) return match[1]!
    if (server.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`server did not start:\n${server.output()}`)
}

/** The JSON log lines the process wrote. */
function logLines(server: ReturnType<typeof start>): { level: number; msg: string; [key: string]: unknown }[] {
  return server.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line))
}

async function exitOf(server: ReturnType<typeof start>): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode
  const [code] = await once(server.child, 'exit')
  return code as number | null
}

/** The first test's data directory once that server has migrated it and shut down cleanly. */
let migrated: string | null = null

/**
 * A data directory for a test about the process rather than the first start: a copy of the migrated one (creating
 * and migrating a fresh one costs each server seconds of CPU), or a fresh one when that test did not run.
 */
async function dataDirectory(prefix: string): Promise<string> {
  const dataDir = path.join(await mkdtemp(path.join(tmpdir(), prefix)), 'pglite')
  if (migrated) await cp(migrated, dataDir, { recursive: true })
  return dataDir
}

t.test('npm start on a fresh embedded database', async (t) => {
  const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'complaints-start-')), 'pglite')
  const first = start({ PGLITE_DIR: dataDir })
  t.teardown(() => { first.child.kill('SIGKILL') })
  const url = await listeningUrl(first)

  t.same(await (await fetch(`${url}/healthz`)).json(), { status: 'ok' })
  const warnings = first.output().split('\n').filter((line) => line.includes('development secret'))
  t.equal(warnings.length, 1, 'one warning line says the development secret is in use')
  t.equal(JSON.parse(warnings[0]!).level, 40, 'at warn level')
  t.equal((await fetch(`${url}/readyz`)).status, 200)
  t.equal((await fetch(`${url}/docs/`)).status, 200)
  t.equal((await fetch(`${url}/v1/me`)).status, 401)

  const token = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { subject: 'alice', council: 'demo', roles: ['complaints_team'] })
  const me = await fetch(`${url}/v1/me`, { headers: { authorization: `Bearer ${token}` } })
  t.equal(me.status, 200, 'the demo council exists and the development token works')
  t.equal(((await me.json()) as { council: { slug: string } }).council.slug, 'demo')

  t.test('a second instance on the same data directory refuses with a clear message', async (t) => {
    const second = start({ PGLITE_DIR: dataDir })
    t.equal(await exitOf(second), 1)
    t.match(second.output(), /already in use by another process/)
  })

  t.test('SIGTERM shuts down cleanly and releases the directory', async (t) => {
    first.child.kill('SIGTERM')
    t.equal(await exitOf(first), 0)
    t.ok(logLines(first).some((l) => l.msg === 'shut down: server and database closed'), 'the shutdown is logged')
    t.notOk(existsSync(`${dataDir}.lock`), 'the data-directory lock is released')
    migrated = dataDir
  })
})

t.test('SIGINT, an uncaught exception and an unhandled rejection each end in a clean, logged shutdown', async (t) => {
  const ways = [
    { how: 'SIGINT', act: (s: ReturnType<typeof start>) => s.child.kill('SIGINT'), code: 0, error: null },
    { how: 'an uncaught exception', act: (s: ReturnType<typeof start>) => s.child.stdin!.write('throw\n'), code: 1, error: 'fault injected: uncaught exception' },
    { how: 'an unhandled rejection', act: (s: ReturnType<typeof start>) => s.child.stdin!.write('reject\n'), code: 1, error: 'fault injected: unhandled rejection' },
  ]
  // Started side by side, each on its own data directory.
  await Promise.all(ways.map(async ({ how, act, code, error }) => {
    const dataDir = await dataDirectory('complaints-stop-')
    const server = start({ PGLITE_DIR: dataDir }, { faults: true })
    t.teardown(() => { server.child.kill('SIGKILL') })
    const url = await listeningUrl(server)
    t.equal((await fetch(`${url}/healthz`)).status, 200, `${how}: serving before`)
    act(server)
    t.equal(await exitOf(server), code, `${how}: exit code ${code}`)
    const lines = logLines(server)
    const started = lines.findIndex((l) => /^shutting down/.test(l.msg))
    t.ok(started >= 0, `${how}: the shutdown is logged`)
    if (error) {
      t.equal(lines[started]!.level, 60, `${how}: at fatal level`)
      // Error messages may quote input, so the log keeps the error's type and stack frames, never its message.
      t.match(lines[started], { err: { type: 'Error' } }, `${how}: with the error's type`)
      t.match(JSON.stringify(lines[started]!.err), /faults\.ts/, `${how}: and where it was thrown`)
      t.notMatch(JSON.stringify(lines[started]), error, `${how}: without its message`)
    } else {
      t.match(lines[started], { signal: 'SIGINT' })
    }
    t.ok(lines.slice(started).some((l) => l.msg === 'shut down: server and database closed'), `${how}: server and database closed`)
    t.notOk(existsSync(`${dataDir}.lock`), `${how}: the data-directory lock is released`)
  }))
})

t.test('NODE_ENV=production with no auth settings refuses to start, naming the variables', async (t) => {
  const dataDir = await dataDirectory('complaints-prod-')
  const server = start({ NODE_ENV: 'production', PGLITE_DIR: dataDir })
  t.equal(await exitOf(server), 1)
  t.match(server.output(), /Invalid configuration: AUTH_JWT_SECRET \(or AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_COUNCIL_PROVIDERS=true\) is required: NODE_ENV=production/)
  t.notMatch(server.output(), /Server listening/)
})

t.test('a bad environment stops start-up naming the variable', async (t) => {
  const server = start({ PORT: 'eighty' })
  t.equal(await exitOf(server), 1)
  t.match(server.output(), /Invalid configuration: PORT/)
})
