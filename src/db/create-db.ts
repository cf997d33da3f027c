import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './database.js'
import { prepareOnClient } from './prepared.js'
import { attachFeed, pgliteFeed, postgresFeed } from './change-feed.js'
import { lockDataDir, type DataDirLock } from './data-dir-lock.js'

/**
 * Both backends must hand the code the same JavaScript types:
 * int8 (counts, sums) as number — the service's counts stay far below 2^53 — and `date` as the
 * 'YYYY-MM-DD' string it is, never a Date shifted into the process's time zone.
 */
const INT8 = 20
const DATE = 1082
const parseInt8 = (value: string): number => Number(value)
const parseDate = (value: string): string => value

export type DatabaseBackend = 'postgres' | 'pglite'

export interface DatabaseHandle {
  readonly db: Kysely<Database>
  readonly backend: DatabaseBackend
  /** The embedded engine, when that is the backend (tests dump it as a template). */
  readonly pglite?: PGlite
  /** The PostgreSQL pool's connections now (metrics); the embedded engine has no pool. */
  poolStats?(): { total: number; idle: number; waiting: number; max: number }
  close(): Promise<void>
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolMax?: number }
  /** dataDir null: in memory. loadDataDir: start from a dump (tests clone a migrated template). */
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob }

export async function createDb(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.kind === 'postgres' ? createPostgres(options.url, options.poolMax ?? 10) : createPglite(options)
}

function createPostgres(url: string, poolMax: number): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    // A server that does not answer (a black-holed network) fails the request after this, rather than hanging it.
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown => {
        if (oid === INT8) return parseInt8
        if (oid === DATE) return parseDate
        return pg.types.getTypeParser(oid, format)
      }) as typeof pg.types.getTypeParser,
    },
  })
  // A client that loses its connection (a server restart, a terminated backend, a cut network) emits 'error'.
  // The pool listens only while the client is idle (and re-emits on itself); a checked-out client between two
  // statements of a transaction has no listener, and an unhandled 'error' event ends the process. Every client
  // gets its own listener for its whole life: the failure still reaches the caller through the query, pg marks
  // the client unusable and the pool discards it on release, so new connections are made once the server is back.
  pool.on('error', () => {})
  pool.on('connect', (client) => {
    client.on('error', () => {})
    prepareOnClient(client)
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  const feed = postgresFeed(url)
  attachFeed(db, feed)
  return {
    db,
    backend: 'postgres',
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: poolMax }),
    close: async () => { await feed.close(); await db.destroy() },
  }
}

async function createPglite(options: { dataDir: string | null; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  // Two processes on one data directory silently lose writes: hold the directory exclusively.
  const lock: DataDirLock | null = options.dataDir ? await lockDataDir(options.dataDir) : null
  try {
    const pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { [INT8]: parseInt8, [DATE]: parseDate },
    })
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) })
    const feed = await pgliteFeed(pglite)
    attachFeed(db, feed)
    return {
      db,
      backend: 'pglite',
      pglite,
      close: async () => {
        await feed.close()
        await db.destroy()
        // Kysely closes PGlite only if it ever ran a query through it; an app that never touched the database
        // (a shed request, /healthz) would leave PGlite's timers holding the process open.
        if (!pglite.closed) await pglite.close()
        await lock?.release()
      },
    }
  } catch (error) {
    await lock?.release()
    throw error
  }
}
