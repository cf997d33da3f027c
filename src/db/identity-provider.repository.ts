import type { Kysely } from 'kysely'
import { forgetCouncils, rememberIssuer, rememberOwnProvider, type Council } from './council.repository.js'
import type { Database } from './database.js'

export interface IdentityProvider {
  id: string
  councilId: string
  issuer: string
  jwksUrl: string
  audience: string | null
  rolesClaim: string
  /** null: the council is implied by the issuer. */
  councilClaim: string | null
  createdBy: string
  createdAt: Date
}

export type NewIdentityProvider = Omit<IdentityProvider, 'id' | 'createdAt'>

const columns = ['id', 'council_id', 'issuer', 'jwks_url', 'audience', 'roles_claim', 'council_claim', 'created_by', 'created_at'] as const

type Row = { id: string; council_id: string; issuer: string; jwks_url: string; audience: string | null; roles_claim: string; council_claim: string | null; created_by: string; created_at: Date }

const toProvider = (row: Row): IdentityProvider => ({
  id: row.id, councilId: row.council_id, issuer: row.issuer, jwksUrl: row.jwks_url, audience: row.audience,
  rolesClaim: row.roles_claim, councilClaim: row.council_claim, createdBy: row.created_by, createdAt: row.created_at,
})

export async function insertIdentityProvider(db: Kysely<Database>, p: NewIdentityProvider): Promise<IdentityProvider> {
  const row = await db.insertInto('council_identity_providers').values({
    council_id: p.councilId, issuer: p.issuer, jwks_url: p.jwksUrl, audience: p.audience, roles_claim: p.rolesClaim,
    council_claim: p.councilClaim, created_by: p.createdBy,
  }).returning(columns).executeTakeFirstOrThrow()
  forgetCouncils(db)
  return toProvider(row)
}

export async function listIdentityProviders(db: Kysely<Database>, councilId: string): Promise<IdentityProvider[]> {
  const rows = await db.selectFrom('council_identity_providers').select(columns).where('council_id', '=', councilId).orderBy('created_at').orderBy('issuer').execute()
  return rows.map(toProvider)
}

export async function deleteIdentityProvider(db: Kysely<Database>, councilId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('council_identity_providers').where('council_id', '=', councilId).where('id', '=', id).executeTakeFirst()
  forgetCouncils(db)
  return Number(result.numDeletedRows) > 0
}

/**
 * Whether the council has any identity provider of its own (then only those speak for it): from the councils
 * cache when it can be trusted, forgotten when a provider is added or removed here or, through the table's
 * trigger, by any other instance or the CLI.
 */
export function hasIdentityProvider(db: Kysely<Database>, council: Pick<Council, 'id' | 'slug'>): Promise<boolean> {
  return rememberOwnProvider(db, council.slug, async () => {
    const row = await db.selectFrom('council_identity_providers').select('id').where('council_id', '=', council.id).limit(1).executeTakeFirst()
    return row !== undefined
  })
}

/**
 * The provider registered for an issuer, with its council, in one statement; on the request path, so answered
 * from the councils cache when it can be trusted (forgotten on any change to a council or a provider).
 */
export function findProviderByIssuer(db: Kysely<Database>, issuer: string): Promise<{ provider: IdentityProvider; council: Council } | null> {
  return rememberIssuer(db, issuer, () => readProviderByIssuer(db, issuer))
}

async function readProviderByIssuer(db: Kysely<Database>, issuer: string): Promise<{ provider: IdentityProvider; council: Council } | null> {
  const row = await db
    .selectFrom('council_identity_providers as p')
    .innerJoin('councils as c', 'c.id', 'p.council_id')
    .select(['p.id', 'p.council_id', 'p.issuer', 'p.jwks_url', 'p.audience', 'p.roles_claim', 'p.council_claim', 'p.created_by', 'p.created_at',
      'c.slug', 'c.name', 'c.bank_holiday_division', 'c.reference_prefix', 'c.suspended_at'])
    .where('p.issuer', '=', issuer)
    .executeTakeFirst()
  if (!row) return null
  return {
    provider: toProvider(row),
    council: {
      id: row.council_id, slug: row.slug, name: row.name, bankHolidayDivision: row.bank_holiday_division as Council['bankHolidayDivision'],
      referencePrefix: row.reference_prefix, suspendedAt: row.suspended_at,
    },
  }
}
