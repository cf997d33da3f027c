import type { Kysely } from 'kysely'
import { feedOf } from './change-feed.js'
import type { Database } from './database.js'

export interface Council {
  id: string
  slug: string
  name: string
  bankHolidayDivision: 'england-and-wales' | 'scotland' | 'northern-ireland'
  referencePrefix: string
  /** When an operator suspended the council (its tokens are refused); null while it is in service. */
  suspendedAt: Date | null
}

export interface NewCouncil {
  slug: string
  name: string
  bankHolidayDivision?: Council['bankHolidayDivision']
  referencePrefix: string
}

const columns = ['id', 'slug', 'name', 'bank_holiday_division', 'reference_prefix', 'suspended_at'] as const

function toCouncil(row: { id: string; slug: string; name: string; bank_holiday_division: string; reference_prefix: string; suspended_at: Date | null }): Council {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    bankHolidayDivision: row.bank_holiday_division as Council['bankHolidayDivision'],
    referencePrefix: row.reference_prefix,
    suspendedAt: row.suspended_at,
  }
}

interface CouncilCache {
  /** Only councils found: a slug nobody has is asked again. */
  bySlug: Map<string, Council | null>
  /** Whether the council has an identity provider of its own, by slug (identity-provider.repository.ts). */
  ownProvider: Map<string, boolean>
  /** What a token's issuer names (identity-provider.repository.ts), by issuer; forgotten whole on any change. */
  byIssuer: Map<string, unknown>
  generation: number
}

/** Issuers are read from tokens before they are verified: anyone can send new ones, so their cache is bounded. */
const MAX_CACHED_ISSUERS = 256
const caches = new WeakMap<Kysely<Database>, CouncilCache>()

/**
 * This process's councils by slug, forgotten on every change any instance makes to a council or to its identity
 * providers (both notify the council's slug: change-feed.ts); none while the feed is down.
 */
function cacheOf(db: Kysely<Database>): CouncilCache | null {
  const feed = feedOf(db)
  if (feed === undefined) return null
  let cache = caches.get(db)
  if (cache === undefined) {
    const c: CouncilCache = { bySlug: new Map(), ownProvider: new Map(), byIssuer: new Map(), generation: 0 }
    feed.subscribe((slug) => {
      c.generation++
      // A notification names a council, not the issuers it touched: every issuer's answer is forgotten.
      c.byIssuer.clear()
      if (slug === null) { c.bySlug.clear(); c.ownProvider.clear() } else { c.bySlug.delete(slug); c.ownProvider.delete(slug) }
    })
    caches.set(db, (cache = c))
  }
  return feed.live ? cache : null
}

/**
 * The value under `key` in one of the cache's maps, else `read` from the database and remembered: not if a change
 * was announced meanwhile (the value read may be the one it replaced), nor while the feed is down, nor when `keep`
 * refuses it; a map at `bound` entries is emptied first.
 */
async function readThrough<V>(db: Kysely<Database>, mapOf: (cache: CouncilCache) => Map<string, V>, key: string,
  read: () => Promise<V>, options: { keep?: (value: V) => boolean; bound?: number } = {}): Promise<V> {
  const cache = cacheOf(db)
  const entries = cache === null ? undefined : mapOf(cache)
  if (entries?.has(key)) return entries.get(key) as V
  const generation = cache?.generation
  const value = await read()
  if (entries !== undefined && cache?.generation === generation && feedOf(db)?.live && (options.keep?.(value) ?? true)) {
    if (options.bound !== undefined && entries.size >= options.bound) entries.clear()
    entries.set(key, value)
  }
  return value
}

/** The council a token names: asked on every request, so answered from the cache when it can be trusted. */
export function findCouncilBySlug(db: Kysely<Database>, slug: string): Promise<Council | null> {
  return readThrough(db, (c) => c.bySlug, slug, async () => {
    const row = await db.selectFrom('councils').select(columns).where('slug', '=', slug).executeTakeFirst()
    return row ? toCouncil(row) : null
  }, { keep: (council) => council !== null })
}

/**
 * Whether a council has an identity provider of its own, remembered and forgotten with the council (`read` asks
 * the database). Asked on every request a deployment token makes when councils may bring their own providers.
 */
export function rememberOwnProvider(db: Kysely<Database>, slug: string, read: () => Promise<boolean>): Promise<boolean> {
  return readThrough(db, (c) => c.ownProvider, slug, read)
}

/**
 * What a token's issuer names (a council's provider with its council, or nothing), remembered until any council or
 * provider changes; `read` asks the database. Asked on every request whose token carries an `iss`.
 */
export function rememberIssuer<T>(db: Kysely<Database>, issuer: string, read: () => Promise<T>): Promise<T> {
  return readThrough(db, (c) => c.byIssuer as Map<string, T>, issuer, read, { bound: MAX_CACHED_ISSUERS })
}

/** A change made here is forgotten at once, before its notification comes back. */
export function forgetCouncils(db: Kysely<Database>): void {
  const cache = caches.get(db)
  if (cache !== undefined) { cache.generation++; cache.bySlug.clear(); cache.ownProvider.clear(); cache.byIssuer.clear() }
}

export async function insertCouncil(db: Kysely<Database>, council: NewCouncil): Promise<Council> {
  const row = await db
    .insertInto('councils')
    .values({
      slug: council.slug,
      name: council.name,
      bank_holiday_division: council.bankHolidayDivision ?? 'england-and-wales',
      reference_prefix: council.referencePrefix,
    })
    .returning(columns)
    .executeTakeFirstOrThrow()
  return toCouncil(row)
}

export async function listCouncils(db: Kysely<Database>): Promise<Council[]> {
  const rows = await db.selectFrom('councils').select(columns).orderBy('slug').execute()
  return rows.map(toCouncil)
}

/** What an operator changes about a council; the reference prefix and division apply to new cases only. */
export interface CouncilChange {
  name?: string
  referencePrefix?: string
  bankHolidayDivision?: Council['bankHolidayDivision']
  suspendedAt?: Date | null
}

export async function updateCouncil(db: Kysely<Database>, id: string, change: CouncilChange): Promise<Council | null> {
  const row = await db
    .updateTable('councils')
    .set({
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.referencePrefix !== undefined ? { reference_prefix: change.referencePrefix } : {}),
      ...(change.bankHolidayDivision !== undefined ? { bank_holiday_division: change.bankHolidayDivision } : {}),
      ...(change.suspendedAt !== undefined ? { suspended_at: change.suspendedAt } : {}),
    })
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirst()
  forgetCouncils(db)
  return row ? toCouncil(row) : null
}

export async function countCouncils(db: Kysely<Database>): Promise<number> {
  const { count } = await db.selectFrom('councils').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return count
}

/** A council's own settings that are not the Code's rules: its name and the optional public intake for website forms. */
export interface CouncilSettings extends Council {
  publicIntake: { enabled: boolean; allowedOrigins: string[] }
}

const settingsColumns = [...columns, 'public_intake_enabled', 'public_intake_origins'] as const

function toSettings(row: Parameters<typeof toCouncil>[0] & { public_intake_enabled: boolean; public_intake_origins: string[] }): CouncilSettings {
  return { ...toCouncil(row), publicIntake: { enabled: row.public_intake_enabled, allowedOrigins: row.public_intake_origins } }
}

export async function findCouncilSettings(db: Kysely<Database>, id: string): Promise<CouncilSettings | null> {
  const row = await db.selectFrom('councils').select(settingsColumns).where('id', '=', id).executeTakeFirst()
  return row ? toSettings(row) : null
}

export async function findCouncilSettingsBySlug(db: Kysely<Database>, slug: string): Promise<CouncilSettings | null> {
  const row = await db.selectFrom('councils').select(settingsColumns).where('slug', '=', slug).executeTakeFirst()
  return row ? toSettings(row) : null
}

export interface CouncilSettingsChange {
  name?: string
  publicIntakeEnabled?: boolean
  publicIntakeOrigins?: string[]
}

export async function updateCouncilSettings(db: Kysely<Database>, id: string, change: CouncilSettingsChange): Promise<CouncilSettings | null> {
  const row = await db
    .updateTable('councils')
    .set({
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.publicIntakeEnabled !== undefined ? { public_intake_enabled: change.publicIntakeEnabled } : {}),
      ...(change.publicIntakeOrigins !== undefined ? { public_intake_origins: change.publicIntakeOrigins } : {}),
    })
    .where('id', '=', id)
    .returning(settingsColumns)
    .executeTakeFirst()
  forgetCouncils(db)
  return row ? toSettings(row) : null
}
