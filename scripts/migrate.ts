/** `npm run migrate`: applies pending migrations to the configured database (PGlite or DATABASE_URL). */
import { ConfigError, loadConfig } from '../src/config.js'
import { createDb } from '../src/db/create-db.js'
import { migrateToLatest } from '../src/db/migrate.js'

try {
  const config = loadConfig(process.env, { serving: false })
  const database = await createDb(config.database.kind === 'postgres'
    ? { kind: 'postgres', url: config.database.url }
    : { kind: 'pglite', dataDir: config.database.dataDir })
  try {
    const applied = await migrateToLatest(database.db)
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'already current\n')
  } finally {
    await database.close()
  }
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? '' : 'migration failed: '}${(error as Error).message}\n`)
  process.exit(1)
}
