import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { createDb, type DatabaseHandle } from './db/create-db.js'
import { DataDirLockedError } from './db/data-dir-lock.js'
import { migrateToLatest } from './db/migrate.js'
import { createLogger } from './http/plugins/logging.js'
import { ensureDemoCouncil } from './services/demo-council.js'

/** Startup failures a person can fix print one clear line, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

async function openDatabase(config: Config): Promise<DatabaseHandle> {
  try {
    return await createDb(config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url, poolMax: config.database.poolMax }
      : { kind: 'pglite', dataDir: config.database.dataDir })
  } catch (error) {
    if (error instanceof DataDirLockedError) fail(error.message)
    throw error
  }
}

async function main(): Promise<void> {
  let config: Config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message)
    throw error
  }
  const database = await openDatabase(config)
  // The app's logger does not exist yet; start-up has its own, with the same options.
  const startLog = createLogger(config.logLevel)
  let recountStarted: number | undefined
  const applied = await migrateToLatest(database.db, {
    recounting: () => {
      recountStarted = Date.now()
      startLog.info('recounting the report summaries: the figures\' definitions changed since they were counted; at a million cases this takes minutes, and the service listens when it is done')
    },
  })
  if (applied.length > 0) startLog.info({ migrations: applied }, 'migrations applied')
  if (recountStarted !== undefined) startLog.info({ durationMs: Date.now() - recountStarted }, 'report summaries recounted')
  if (config.seedDemoCouncil) await ensureDemoCouncil(database.db)
  const app = await buildApp(config, { database, runWorker: config.events.worker })
  // Said before listening, so that nobody reads "listening" without having been told.
  if (config.auth.developmentSecret) {
    app.log.warn('tokens are verified with the published development secret: fine for a trial on this machine, never for real data (set AUTH_JWT_SECRET, AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_COUNCIL_PROVIDERS)')
  }

  // A signal, an uncaught exception or an unhandled rejection all end the same way: stop accepting, finish
  // in-flight requests (bounded by SHUTDOWN_TIMEOUT_MS), close the database and release the data-directory
  // lock, log it, exit (0 for a signal, 1 for an error). A second signal or error during that exits at once.
  closeWithGrace({ delay: config.shutdownTimeoutMs, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.fatal({ err }, 'shutting down after an uncaught error')
    else app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests')
    await app.close()
    app.log.info('shut down: server and database closed')
  })

  await app.listen({ port: config.port, host: config.host })
  app.log.info({ backend: database.backend, docs: '/docs' }, 'ready')
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
