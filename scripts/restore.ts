/**
 * `npm run restore -- --from FILE` (in the image: `node dist/scripts/restore.js --from FILE`): restores a backup
 * made by `npm run backup` into the configured database, which must be new: an empty PGLITE_DIR, or an empty
 * PostgreSQL database (restored in one transaction: all or nothing). Start the service on it afterwards.
 */
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../src/config.js'
import { restore, BackupError, type BackupTarget } from '../src/db/backup.js'
import { DataDirLockedError } from '../src/db/data-dir-lock.js'

try {
  const { values } = parseArgs({ options: { from: { type: 'string' } } })
  if (!values.from) throw new BackupError('usage: npm run restore -- --from FILE')
  const config = loadConfig(process.env, { serving: false })
  const target: BackupTarget = config.database.kind === 'postgres'
    ? { kind: 'postgres', url: config.database.url }
    : { kind: 'pglite', dataDir: config.database.dataDir ?? './data/pglite' }
  await restore(target, values.from)
  process.stdout.write(`restored ${values.from} into the ${target.kind === 'pglite' ? `embedded database at ${target.dataDir}` : 'PostgreSQL database'}\n`)
} catch (error) {
  const known = error instanceof ConfigError || error instanceof BackupError || error instanceof DataDirLockedError
  process.stderr.write(`${known ? '' : 'restore failed: '}${(error as Error).message}\n`)
  process.exit(1)
}
