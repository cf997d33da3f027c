import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Kysely } from 'kysely'
import { FileMigrationProvider, Migrator } from 'kysely/migration'
import { ensureSummaries, type RecountHooks } from './reporting/summary-store.js'

// src/db -> ../../migrations, the same from the sources (tsx) and from the compiled dist/.
const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations')

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR }) })
}

export class MigrationError extends Error {}

/**
 * Applies every pending migration, then recounts the report summaries if they were counted under other
 * definitions of the figures (see db/reporting/); throws naming the migration that failed.
 */
export async function migrateToLatest(db: Kysely<any>, hooks: RecountHooks = {}): Promise<string[]> {
  const { error, results = [] } = await migrator(db).migrateToLatest()
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new MigrationError(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  await ensureSummaries(db, hooks)
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** Names of migrations the code knows but the database has not run. */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrations = await migrator(db).getMigrations()
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name)
}
