/**
 * The service as an operator ships it: `dist/` (compiled by `npm run build`, which `npm run test:built` runs
 * first) with a production-only install beside it (`npm ci --omit=dev`, as the Dockerfile's runtime stage), run
 * with plain `node` and an environment of our choosing: no NODE_OPTIONS, so no loader (tsx, tap's) can help it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SignJWT, exportJWK, generateKeyPair } from 'jose'

const ROOT = path.resolve(import.meta.dirname, '../..')

interface Teardown { teardown(fn: () => unknown): void }

export interface Run { code: number | null; stdout: string; stderr: string }

/** A temporary copy of the built service with its production dependencies only; removed in teardown. */
export async function productionCopy(t: Teardown): Promise<string> {
  if (!existsSync(path.join(ROOT, 'dist/src/server.js'))) throw new Error('no dist/: run `npm run test:built` (it builds first)')
  const dir = await mkdtemp(path.join(tmpdir(), 'complaints-built-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  for (const file of ['package.json', 'package-lock.json']) await cp(path.join(ROOT, file), path.join(dir, file))
  await cp(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true })
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const install = await run(npm, ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, timeoutMs: 180_000, env: { HOME: process.env.HOME ?? tmpdir() } })
  if (install.code !== 0) throw new Error(`npm ci --omit=dev failed:\n${install.stdout}\n${install.stderr}`)
  return dir
}

/** A fresh, not yet existing embedded data directory (the server and the CLI create and migrate it). */
export async function dataDirectory(t: Teardown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'complaints-built-data-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return path.join(dir, 'pglite')
}

/** The environment a child gets: PATH and what the test says, nothing inherited (no NODE_OPTIONS, no DATABASE_URL). */
const childEnv = (env: Record<string, string>) => ({ PATH: process.env.PATH ?? '', ...env })

/** Runs a command to its end, killed (and failed) after `timeoutMs`. */
export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: childEnv(options.env ?? {}), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${options.timeoutMs} ms)`
      child.kill('SIGKILL')
    }, options.timeoutMs ?? 60_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** `node <script> ...args` in the copy, with plain node. */
export function node(copy: string, script: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Run> {
  return run(process.execPath, [script, ...args], { cwd: copy, env, timeoutMs })
}

export interface RunningServer {
  url: string
  child: ChildProcess
  output(): string
}

/**
 * `node dist/src/server.js` on a free port (PORT=0: the URL is read from its "listening" log line). Teardown
 * sends SIGTERM and, if it has not exited within 10 s, SIGKILL.
 */
export async function startServer(t: Teardown, copy: string, env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['dist/src/server.js'], {
    cwd: copy,
    // Load shedding off: a busy test machine must not shed these requests.
    env: childEnv({ PORT: '0', OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0', ...env, LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  t.teardown(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  })
  for (let waited = 0; waited < 90_000; waited += 100) {
    const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
    if (match) return { url: match[1]!, child, output: () => output }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`the server did not start:\n${output}`)
}

/** A council's identity provider on a free loopback port: it publishes a JWKS and signs tokens with its key. */
export async function identityProvider(t: Teardown, alg: 'RS256' | 'ES256', name: string) {
  const { publicKey, privateKey } = await generateKeyPair(alg)
  const kid = `${name}-1`
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }] }
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve) }))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const issuer = `${base}/realms/${name}`
  return {
    issuer,
    jwksUrl: `${base}/jwks`,
    sign: (claims: Record<string, unknown>, subject: string, options: { issuer?: string } = {}) =>
      new SignJWT(claims).setProtectedHeader({ alg, kid }).setSubject(subject).setIssuer(options.issuer ?? issuer)
        .setAudience('complaints-api').setIssuedAt().setExpirationTime('10m').sign(privateKey),
  }
}
