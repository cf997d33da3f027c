import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import t from 'tap'
import { councilCli } from '../../scripts/council-cli.js'
import { postgresDatabaseUrl } from '../helpers/database.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

type Run = { code: number; stdout: string; stderr: string }

/**
 * Where the CLI keeps its councils: an embedded data directory, or, in the PostgreSQL run (DATABASE_URL set), a
 * database of its own, so the in-process calls and the child process both run on PostgreSQL there.
 */
let storage: Record<string, string> = {}

/**
 * `npm run council -- ...` on its own embedded data directory, in this process: the same function the script runs
 * (a child process per command cost seconds of start-up each). The last subtest runs the script as a process.
 */
async function council(dataDir: string, ...args: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await councilCli(args, { PGLITE_DIR: dataDir, ...storage, LOG_LEVEL: 'silent' }, {
    stdout: (text) => { stdout += text },
    stderr: (text) => { stderr += text },
  })
  return { code, stdout, stderr }
}

/**
 * `npm run council -- ...` as a process. It records no coverage (tap's `_TAPJS_PROCESSINFO_COVERAGE_=0`): tsx's
 * source maps of the same files would replace ts-node's in the merged report and miscount their lines.
 */
function councilProcess(dataDir: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/council.ts', ...args], {
      cwd: ROOT, env: { PATH: process.env.PATH, PGLITE_DIR: dataDir, ...storage, LOG_LEVEL: 'silent', _TAPJS_PROCESSINFO_COVERAGE_: '0' },
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }))
  })
}

t.test('the operator runs councils from the command line', async (t) => {
  const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'complaints-cli-')), 'pglite')
  if (process.env.DATABASE_URL) {
    const database = await postgresDatabaseUrl(process.env.DATABASE_URL)
    storage = { DATABASE_URL: database.url }
    t.teardown(database.drop)
  }

  t.test('create, with its starting preset', async (t) => {
    const res = await council(dataDir, 'create', '--slug', 'wodc', '--name', 'West Oxfordshire District Council', '--prefix', 'WOD',
      '--division', 'england-and-wales', '--preset', 'west-oxfordshire-2025')
    t.equal(res.code, 0, res.stderr)
    t.same(JSON.parse(res.stdout), {
      slug: 'wodc', name: 'West Oxfordshire District Council', referencePrefix: 'WOD', bankHolidayDivision: 'england-and-wales', suspended: false, suspendedAt: null,
    })
  })

  t.test('a refused change says why and exits 1; a usage error exits 2', async (t) => {
    const taken = await council(dataDir, 'create', '--slug', 'wodc', '--name', 'Again', '--prefix', 'WO')
    t.equal(taken.code, 1)
    t.match(taken.stderr, /COUNCIL\.SLUG_TAKEN/)
    const bad = await council(dataDir, 'create', '--slug', 'rbc', '--name', 'Runnymede', '--prefix', 'rb', '--preset', 'nowhere')
    t.equal(bad.code, 1)
    t.match(bad.stderr, /COUNCIL\.INVALID/)
    t.match(bad.stderr, /referencePrefix:? must be 2 to 8 capital letters/)
    t.match(bad.stderr, /preset:? must be one of/)
    // Then each field on a line of its own, as the API's `errors` name it.
    t.match(bad.stderr, /^ {2}\/referencePrefix: must be 2 to 8 capital letters/m)
    t.match(bad.stderr, /^ {2}\/preset: must be one of/m)
    const usage = await council(dataDir, 'rename', '--name', 'X')
    t.equal(usage.code, 2)
    t.match(usage.stderr, /--slug is required/)
    t.equal((await council(dataDir, 'explode')).code, 2)
  })

  t.test('rename, prefix, division, suspend, reinstate, list', async (t) => {
    t.equal((await council(dataDir, 'create', '--slug', 'rbc', '--name', 'Runnymede', '--prefix', 'RBC', '--preset', 'runnymede-2024')).code, 0)
    t.equal(JSON.parse((await council(dataDir, 'rename', '--slug', 'rbc', '--name', 'Runnymede Borough Council')).stdout).name, 'Runnymede Borough Council')
    t.equal(JSON.parse((await council(dataDir, 'prefix', '--slug', 'rbc', '--prefix', 'RUN')).stdout).referencePrefix, 'RUN')
    t.equal(JSON.parse((await council(dataDir, 'division', '--slug', 'rbc', '--division', 'scotland')).stdout).bankHolidayDivision, 'scotland')
    const badDivision = await council(dataDir, 'division', '--slug', 'rbc', '--division', 'wales')
    t.equal(badDivision.code, 1)
    t.match(badDivision.stderr, /bankHolidayDivision/)
    t.equal(JSON.parse((await council(dataDir, 'suspend', '--slug', 'rbc')).stdout).suspended, true)
    const listed = JSON.parse((await council(dataDir, 'list')).stdout)
    t.same(listed.map((c: { slug: string; suspended: boolean }) => [c.slug, c.suspended]), [['rbc', true], ['wodc', false]])
    t.equal(JSON.parse((await council(dataDir, 'reinstate', '--slug', 'rbc')).stdout).suspended, false)
    t.equal((await council(dataDir, 'show', '--slug', 'nowhere')).code, 1)
  })

  t.test('a council\'s identity providers: add (https unless allowed), list, remove', async (t) => {
    const http = await council(dataDir, 'idp', 'add', '--slug', 'wodc', '--issuer', 'http://idp.local/', '--jwks-url', 'http://idp.local/jwks')
    t.equal(http.code, 1)
    t.match(http.stderr, /must be https/)
    const added = await council(dataDir, 'idp', 'add', '--slug', 'wodc', '--issuer', 'https://login.wodc.example/', '--jwks-url', 'https://login.wodc.example/jwks',
      '--audience', 'complaints-api', '--roles-claim', 'realm_access.roles')
    t.equal(added.code, 0, added.stderr)
    t.match(added.stderr, /AUTH_COUNCIL_PROVIDERS=true/, 'reminds that the deployment must trust councils\' providers')
    const provider = JSON.parse(added.stdout)
    t.match(provider, { issuer: 'https://login.wodc.example/', audience: 'complaints-api', rolesClaim: 'realm_access.roles', councilClaim: null })
    const listed = JSON.parse((await council(dataDir, 'idp', 'list', '--slug', 'wodc')).stdout)
    t.same(listed.map((p: { id: string }) => p.id), [provider.id])
    t.equal((await council(dataDir, 'idp', 'remove', '--slug', 'wodc', '--id', provider.id)).code, 0)
    t.same(JSON.parse((await council(dataDir, 'idp', 'list', '--slug', 'wodc')).stdout), [])
    t.equal((await council(dataDir, 'idp', 'remove', '--slug', 'wodc', '--id', 'not-a-uuid')).code, 1)
  })

  t.test('as a process: the result on stdout, the status as the exit code', async (t) => {
    const listed = await councilProcess(dataDir, 'list')
    t.equal(listed.code, 0, listed.stderr)
    t.same(JSON.parse(listed.stdout).map((c: { slug: string }) => c.slug), ['rbc', 'wodc'])
    const usage = await councilProcess(dataDir, 'explode')
    t.equal(usage.code, 2)
    t.match(usage.stderr, /unknown command "explode"/)
    if (storage.DATABASE_URL) t.notOk(existsSync(dataDir), 'in the PostgreSQL run nothing went to an embedded data directory')
  })
})
