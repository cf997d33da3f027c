/**
 * `npm run backup [-- --out FILE]` (in the image: `node dist/scripts/backup.js`): backs up the configured database.
 * Embedded (PGlite): a gzipped tar of the data directory; stop the service first (it holds the directory).
 * PostgreSQL (DATABASE_URL): `pg_dump --format=custom`, while the service runs.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../src/config.js'
import { backup, BackupError, type BackupTarget } from '../src/db/backup.js'
import { DataDirLockedError } from '../src/db/data-dir-lock.js'

try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  const config = loadConfig(process.env, { serving: false })
  const target: BackupTarget = config.database.kind === 'postgres'
    ? { kind: 'postgres', url: config.database.url }
    : { kind: 'pglite', dataDir: config.database.dataDir ?? './data/pglite' }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  const out = values.out ?? path.join('backups', `complaints-${target.kind}-${stamp}.${target.kind === 'pglite' ? 'tar.gz' : 'dump'}`)
  await mkdir(path.dirname(path.resolve(out)), { recursive: true })
  await backup(target, out)
  process.stdout.write(`backed up the ${target.kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database to ${out}\n`)
} catch (error) {
  const known = error instanceof ConfigError || error instanceof BackupError || error instanceof DataDirLockedError
  process.stderr.write(`${known ? '' : 'backup failed: '}${(error as Error).message}\n`)
  process.exit(1)
}
