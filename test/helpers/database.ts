import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createDb, type DatabaseHandle } from '../../src/db/create-db.js'
import { migrateToLatest } from '../../src/db/migrate.js'

const MIGRATIONS = new URL('../../migrations/', import.meta.url)

/** Changes whenever a migration is added or edited, so a stale template is never reused. */
async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256')
  for (const name of (await readdir(MIGRATIONS)).sort()) {
    hash.update(name).update(await readFile(new URL(name, MIGRATIONS)))
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * Creating and migrating a PGlite instance takes seconds; loading a dump takes one. The first test process
 * migrates and dumps a template into the temp directory; every test file then starts from a copy of it. The dump
 * is an uncompressed tar (about 40 MB): un-gzipping it took half a second of CPU per database. A process that
 * builds several databases reads it once.
 */
let template: Promise<Blob> | undefined
function pgliteTemplate(): Promise<Blob> {
  template ??= readOrBuildTemplate()
  return template
}

async function readOrBuildTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `council-complaints-pglite-${await migrationsHash()}.tar`)
  const cached = await readFile(file).catch(() => null)
  if (cached) return new Blob([cached])
  const fresh = await createDb({ kind: 'pglite', dataDir: null })
  await migrateToLatest(fresh.db)
  const dump = await dumpOf(fresh)
  await fresh.close()
  const partial = `${file}.${process.pid}.tmp`
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
  await rename(partial, file)
  return dump
}

async function dumpOf(handle: DatabaseHandle): Promise<Blob> {
  if (!handle.pglite) throw new Error('not a PGlite database')
  return handle.pglite.dumpDataDir('none')
}

/** pg's pool.end() resolves before its sockets have closed: waits (up to 5 s) until no session is on `name`. */
async function untilNoSessions(admin: pg.Client, name: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 50) {
    const { rows } = await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
    if (rows[0]?.n === 0) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function urlOf(url: string, name: string): string {
  const target = new URL(url)
  target.pathname = `/${name}`
  return target.toString()
}

/**
 * Creates a database named `${prefix}_<pid>_<random>` on the server `url` names (empty, or a copy of `template`):
 * its URL, and a drop.
 */
async function throwAwayDatabase(url: string, prefix: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`)
  await admin.end()
  return {
    url: urlOf(url, name),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      // Dropping "with (force)" under connections that are still saying goodbye would make their clients raise.
      await untilNoSessions(dropper, name)
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}

/**
 * Running every migration takes seconds per test file; copying a migrated database (`create database ... template`)
 * takes a fraction of that. The template is named after the migrations' hash, so a stale one is never used and
 * worktrees with other migrations on the same server each get their own. Test processes start concurrently: the
 * first takes an advisory lock (keyed by the hash) and builds; the others wait on the lock and then find it built.
 * A template is marked `is_template` only once fully migrated and closed, so one left half-built by a killed
 * process is dropped and rebuilt. Old templates stay on the server (small; drop `complaints_template_*` by hand).
 */
async function postgresTemplate(url: string): Promise<string> {
  const hash = await migrationsHash()
  const name = `complaints_template_${hash}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query('select pg_advisory_lock($1::bigint)', [BigInt(`0x${hash.slice(0, 15)}`).toString()])
    const { rows } = await admin.query<{ ready: boolean }>('select datistemplate as ready from pg_database where datname = $1', [name])
    if (rows[0]?.ready) return name
    if (rows[0]) await admin.query(`drop database ${name} with (force)`)
    await admin.query(`create database ${name}`)
    const handle = await createDb({ kind: 'postgres', url: urlOf(url, name), poolMax: 1 })
    await migrateToLatest(handle.db)
    await handle.close()
    // "create database ... template" refuses while any session is connected to the template.
    await untilNoSessions(admin, name)
    await admin.query(`alter database ${name} is_template true`)
    return name
  } finally {
    await admin.end()
  }
}

/** A throw-away copy of the migrated template on the PostgreSQL server that DATABASE_URL names, dropped afterwards. */
async function postgresDatabase(url: string): Promise<DatabaseHandle> {
  const target = await throwAwayDatabase(url, 'complaints_test', await postgresTemplate(url))
  const handle = await createDb({ kind: 'postgres', url: target.url, poolMax: 10 })
  return {
    ...handle,
    close: async () => {
      await handle.close()
      await target.drop()
    },
  }
}

export const usingPostgres = (): boolean => Boolean(process.env.DATABASE_URL)

/**
 * For a test that runs the app's own code in a child process: a throw-away migrated copy of the template on the
 * server DATABASE_URL names (its URL, and a drop), so the child runs on PostgreSQL in the PostgreSQL run.
 */
export async function postgresDatabaseUrl(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  return throwAwayDatabase(url, 'complaints_test', await postgresTemplate(url))
}

/** A fresh, migrated database for one test file: PGlite by default, PostgreSQL when DATABASE_URL is set. */
export async function testDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL
  if (url) return postgresDatabase(url)
  return createDb({ kind: 'pglite', dataDir: null, loadDataDir: await pgliteTemplate() })
}

interface Teardown {
  teardown(fn: () => unknown): void
}

/** Two handles with their own pools on one throw-away copy of the template: two instances of the service. */
export async function sharedPostgres(t: Teardown): Promise<[DatabaseHandle, DatabaseHandle]> {
  const url = process.env.DATABASE_URL!
  const target = await throwAwayDatabase(url, 'complaints_events', await postgresTemplate(url))
  const one = await createDb({ kind: 'postgres', url: target.url, poolMax: 5 })
  const two = await createDb({ kind: 'postgres', url: target.url, poolMax: 5 })
  t.teardown(async () => {
    await one.close()
    await two.close()
    await target.drop()
  })
  return [one, two]
}
