import { spawn } from 'node:child_process'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { lockDataDir } from './data-dir-lock.js'

/**
 * Backups of either backend, as files an operator keeps:
 * - embedded (PGlite): the data directory as PGlite's own gzipped tar dump (`dumpDataDir`), restored with
 *   `loadDataDir` into a new directory. The directory's lock is held throughout, so a running instance refuses
 *   the backup (stop it first: PGlite is single-process) and no instance can start on a half-restored one.
 * - PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore` in one transaction into an empty database.
 */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export type BackupTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string }

export interface PostgresTools {
  /** Program names or paths; tests point them elsewhere. */
  pgDump?: string
  pgRestore?: string
}

export async function backup(target: BackupTarget, file: string, tools: PostgresTools = {}): Promise<void> {
  if (target.kind === 'pglite') return backupPglite(target.dataDir, file)
  await runPostgresTool(tools.pgDump ?? 'pg_dump', ['--format=custom', '--no-owner', `--file=${file}`], target.url)
}

export async function restore(target: BackupTarget, file: string, tools: PostgresTools = {}): Promise<void> {
  if (target.kind === 'pglite') return restorePglite(target.dataDir, file)
  await runPostgresTool(tools.pgRestore ?? 'pg_restore', ['--no-owner', '--single-transaction', '--exit-on-error', file], target.url)
}

async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!(await hasFiles(dataDir))) throw new BackupError(`There is no embedded database at ${dataDir} (PGLITE_DIR).`)
  const lock = await lockDataDir(dataDir)
  try {
    const pglite = await PGlite.create({ dataDir })
    try {
      const dump = await pglite.dumpDataDir('gzip')
      // Written beside the target and renamed, so an interrupted backup never leaves a truncated file.
      const partial = `${file}.partial`
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
      await rename(partial, file)
    } finally {
      await pglite.close()
    }
  } finally {
    await lock.release()
  }
}

async function restorePglite(dataDir: string, file: string): Promise<void> {
  if (await hasFiles(dataDir)) {
    throw new BackupError(`${dataDir} already holds a database: restore into a new PGLITE_DIR (or move this one aside first).`)
  }
  const dump = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(`Cannot read the backup ${file}: ${error.code ?? error.message}`)
  })
  const lock = await lockDataDir(dataDir)
  try {
    const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([dump]) })
    await pglite.query('select 1')
    await pglite.close()
  } finally {
    await lock.release()
  }
}

async function hasFiles(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries.length > 0
}

/** Runs pg_dump / pg_restore with the password in the environment, not on the command line (`ps` shows that). */
function runPostgresTool(program: string, args: string[], url: string): Promise<void> {
  const target = new URL(url)
  const password = decodeURIComponent(target.password)
  target.password = ''
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, `--dbname=${target.toString()}`], { env, stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT'
        ? new BackupError(`${program} was not found. Install the PostgreSQL client tools of your server's major version ` +
          '(Debian/Ubuntu: apt-get install postgresql-client-15) or run the backup from the service\'s image, which includes them.')
        : error)
    })
    child.on('close', (code) => {
      if (code === 0) resolve()
      else reject(new BackupError(`${program} failed (exit ${code}): ${stderr.trim()}`))
    })
  })
}
