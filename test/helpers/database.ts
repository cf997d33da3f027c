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
 * migrates and dumps a template into the temp directory; every test file then starts from a copy of it.
 */
async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `council-complaints-pglite-${await migrationsHash()}.tar.gz`)
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
  return handle.pglite.dumpDataDir('gzip')
}

/** Creates an empty database named `${prefix}_<pid>_<random>` on the server `url` names: its URL, and a drop. */
async function throwAwayDatabase(url: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const target = new URL(url)
  target.pathname = `/${name}`
  return {
    url: target.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      // pg's pool.end() resolves before its sockets have closed; dropping "with (force)" under them would
      // kill connections that are still saying goodbye, and their clients would raise. Let them go first.
      for (let waited = 0; waited < 5000; waited += 50) {
        const { rows } = await dropper.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
        if (rows[0]?.n === 0) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}

/** A throw-away database on the PostgreSQL server that DATABASE_URL names, migrated, dropped afterwards. */
async function postgresDatabase(url: string): Promise<DatabaseHandle> {
  const target = await throwAwayDatabase(url, 'complaints_test')
  const handle = await createDb({ kind: 'postgres', url: target.url, poolMax: 10 })
  await migrateToLatest(handle.db)
  return {
    ...handle,
    close: async () => {
      await handle.close()
      await target.drop()
    },
  }
}

export const usingPostgres = (): boolean => Boolean(process.env.DATABASE_URL)

/** A fresh, migrated database for one test file: PGlite by default, PostgreSQL when DATABASE_URL is set. */
export async function testDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL
  if (url) return postgresDatabase(url)
  return createDb({ kind: 'pglite', dataDir: null, loadDataDir: await pgliteTemplate() })
}

interface Teardown {
  teardown(fn: () => unknown): void
}

/** Two handles with their own pools on one throw-away PostgreSQL database: two instances of the service. */
export async function sharedPostgres(t: Teardown): Promise<[DatabaseHandle, DatabaseHandle]> {
  const target = await throwAwayDatabase(process.env.DATABASE_URL!, 'complaints_events')
  const one = await createDb({ kind: 'postgres', url: target.url, poolMax: 5 })
  await migrateToLatest(one.db)
  const two = await createDb({ kind: 'postgres', url: target.url, poolMax: 5 })
  t.teardown(async () => {
    await one.close()
    await two.close()
    await target.drop()
  })
  return [one, two]
}
