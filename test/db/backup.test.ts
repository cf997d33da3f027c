import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { backup, BackupError, restore } from '../../src/db/backup.js'
import { createDb, type DatabaseOptions } from '../../src/db/create-db.js'
import { lockDataDir } from '../../src/db/data-dir-lock.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { bearer, seedCouncil, testConfig, tokenFor } from '../helpers/build.js'
import { createComplaint } from '../helpers/complaints.js'

interface Logged { id: string; reference: string }

/** Opens the database, logs two complaints through the API, closes everything. */
async function logCases(options: DatabaseOptions): Promise<{ cases: Logged[]; councilSlug: string }> {
  const database = await createDb(options)
  await migrateToLatest(database.db)
  const app = await buildApp(testConfig(), { database })
  try {
    const council = await seedCouncil(app)
    const team = await tokenFor(council, ['complaints_team'])
    const cases: Logged[] = []
    for (const summary of ['Bins missed three weeks running', 'Pothole reported twice, not repaired']) {
      const c = await createComplaint(app, team, { summary })
      cases.push({ id: c.id, reference: c.reference })
    }
    return { cases, councilSlug: council.slug }
  } finally {
    await app.close()
  }
}

/** Opens the (restored) database and reads each case back through the API. */
async function readCases(options: DatabaseOptions, councilSlug: string, cases: Logged[]) {
  const database = await createDb(options)
  const app = await buildApp(testConfig(), { database })
  try {
    const team = bearer(await tokenFor({ slug: councilSlug }, ['complaints_team']))
    return await Promise.all(cases.map(async ({ id }) => {
      const res = await app.inject({ method: 'GET', url: `/v1/complaints/${id}`, headers: team })
      return { status: res.statusCode, body: res.statusCode === 200 ? res.json() : res.body }
    }))
  } finally {
    await app.close()
  }
}

t.test('embedded database: back up, restore into a new directory, read the same cases back', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'complaints-backup-'))
  const source = path.join(dir, 'source')
  const { cases, councilSlug } = await logCases({ kind: 'pglite', dataDir: source })

  await t.test('a running instance holds the directory: the backup refuses', async (t) => {
    const lock = await lockDataDir(source)
    t.teardown(() => lock.release())
    await t.rejects(backup({ kind: 'pglite', dataDir: source }, path.join(dir, 'refused.tar.gz')), /already in use by another process/)
  })

  const file = path.join(dir, 'backup.tar.gz')
  await backup({ kind: 'pglite', dataDir: source }, file)
  t.ok((await stat(file)).size > 0, 'the backup file is written')

  const restored = path.join(dir, 'restored')
  await restore({ kind: 'pglite', dataDir: restored }, file)
  const read = await readCases({ kind: 'pglite', dataDir: restored }, councilSlug, cases)
  for (const [i, c] of cases.entries()) {
    t.equal(read[i]!.status, 200, `${c.reference} is there`)
    t.equal(read[i]!.body.reference, c.reference)
  }
  t.equal(read[1]!.body.summary, 'Pothole reported twice, not repaired', 'with its content')

  t.test('a restore never overwrites a database', async (t) => {
    await t.rejects(restore({ kind: 'pglite', dataDir: restored }, file), new BackupError(`${restored} already holds a database: restore into a new PGLITE_DIR (or move this one aside first).`))
  })
  t.test('a missing backup file is named', async (t) => {
    await t.rejects(restore({ kind: 'pglite', dataDir: path.join(dir, 'other') }, path.join(dir, 'nope.tar.gz')), /Cannot read the backup .*nope\.tar\.gz: ENOENT/)
  })
  t.test('there is nothing to back up where there is no database', async (t) => {
    await t.rejects(backup({ kind: 'pglite', dataDir: path.join(dir, 'empty') }, path.join(dir, 'x.tar.gz')), /There is no embedded database at/)
  })
})

t.test('PostgreSQL without pg_dump installed: a clear message', async (t) => {
  await t.rejects(
    backup({ kind: 'postgres', url: 'postgres://u:p@127.0.0.1:1/none' }, path.join(tmpdir(), 'never.dump'), { pgDump: 'pg_dump-not-installed' }),
    /pg_dump-not-installed was not found\. Install the PostgreSQL client tools/,
  )
})

const url = process.env.DATABASE_URL
const hasPgDump = (() => {
  try {
    execFileSync('pg_dump', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

t.test('PostgreSQL: pg_dump, pg_restore into an empty database, the same cases back', { skip: !url ? 'DATABASE_URL is not set' : !hasPgDump ? 'pg_dump is not installed' : false }, async (t) => {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  const names = ['source', 'target'].map((n) => `complaints_backup_${n}_${process.pid}_${randomBytes(3).toString('hex')}`)
  for (const name of names) await admin.query(`create database ${name}`)
  t.teardown(async () => {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  })
  const urlOf = (name: string) => Object.assign(new URL(url!), { pathname: `/${name}` }).toString()
  const [source, target] = names.map(urlOf) as [string, string]

  const { cases, councilSlug } = await logCases({ kind: 'postgres', url: source })
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'complaints-pgdump-')), 'backup.dump')
  await backup({ kind: 'postgres', url: source }, file)
  await restore({ kind: 'postgres', url: target }, file)
  const read = await readCases({ kind: 'postgres', url: target }, councilSlug, cases)
  for (const [i, c] of cases.entries()) {
    t.equal(read[i]!.status, 200, `${c.reference} is there`)
    t.equal(read[i]!.body.reference, c.reference)
  }

  t.test('restoring into a database that is not empty fails as a whole', async (t) => {
    await t.rejects(restore({ kind: 'postgres', url: target }, file), /pg_restore failed \(exit 1\)/)
  })
})
