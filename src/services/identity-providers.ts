import type { JWTVerifyGetKey } from 'jose'
import type { Kysely } from 'kysely'
import type { AuthConfig } from '../config.js'
import type { Database } from '../db/database.js'
import {
  deleteIdentityProvider, findProviderByIssuer, hasIdentityProvider, insertIdentityProvider, listIdentityProviders, type IdentityProvider,
} from '../db/identity-provider.repository.js'
import { AppError } from './app-error.js'
import type { IssuerVerifier } from './authentication.js'
import { councilNamed } from './council-admin.js'
import { ASYMMETRIC_ALGORITHMS, TokenError, remoteKeySet, verifyWith } from './token-verifier.js'

export type { IdentityProvider }

export interface IdentityProviderRequest {
  issuer: string
  jwksUrl: string
  audience?: string | null
  /** Dot path of the roles claim (default `roles`), e.g. `realm_access.roles` (Keycloak) or `roles` (Entra app roles). */
  rolesClaim?: string
  /** Dot path of a claim that must name the council's slug; leave out when the issuer alone implies the council. */
  councilClaim?: string | null
}

const CLAIM_PATH = /^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/

function checkRequest(request: IdentityProviderRequest, allowHttp: boolean): { field: string; rule: string; message: string }[] {
  const errors: { field: string; rule: string; message: string }[] = []
  if (request.issuer.trim() === '' || request.issuer.length > 500) errors.push({ field: '/issuer', rule: 'length', message: 'must be 1 to 500 characters' })
  let url: URL | null = null
  try { url = new URL(request.jwksUrl) } catch { /* reported below */ }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    errors.push({ field: '/jwksUrl', rule: 'format', message: 'must be an http(s) URL' })
  } else if (url.protocol === 'http:' && !allowHttp) {
    errors.push({ field: '/jwksUrl', rule: 'https', message: 'must be https (set AUTH_ALLOW_HTTP_JWKS=true for a local identity provider)' })
  }
  for (const [field, value] of [['/rolesClaim', request.rolesClaim], ['/councilClaim', request.councilClaim]] as const) {
    if (value !== undefined && value !== null && !CLAIM_PATH.test(value)) errors.push({ field, rule: 'pattern', message: 'must be a claim name or dot path, e.g. realm_access.roles' })
  }
  return errors
}

/** Names a council's own identity provider: its tokens will act for that council and no other. */
export async function addIdentityProvider(
  db: Kysely<Database>, slug: string, request: IdentityProviderRequest, by: string, options: { allowHttp: boolean },
): Promise<IdentityProvider> {
  const errors = checkRequest(request, options.allowHttp)
  if (errors.length > 0) {
    throw new AppError('IDP.INVALID', errors.map((e) => `${e.field.slice(1)} ${e.message}`).join('; '), {
      errors: errors.map((e) => ({ location: 'body' as const, ...e })),
    })
  }
  const council = await councilNamed(db, slug)
  try {
    return await insertIdentityProvider(db, {
      councilId: council.id, issuer: request.issuer, jwksUrl: request.jwksUrl, audience: request.audience ?? null,
      rolesClaim: request.rolesClaim ?? 'roles', councilClaim: request.councilClaim ?? null, createdBy: by,
    })
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === '23505') {
      throw new AppError('IDP.ISSUER_TAKEN', `The issuer "${request.issuer}" already belongs to a council here: an issuer acts for one council only.`)
    }
    throw error
  }
}

export async function identityProvidersOf(db: Kysely<Database>, slug: string): Promise<IdentityProvider[]> {
  return listIdentityProviders(db, (await councilNamed(db, slug)).id)
}

export async function removeIdentityProvider(db: Kysely<Database>, slug: string, id: string): Promise<void> {
  const council = await councilNamed(db, slug)
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
  if (!isUuid || !(await deleteIdentityProvider(db, council.id, id))) {
    throw new AppError('IDP.NOT_FOUND', `The council "${slug}" has no identity provider ${id}.`)
  }
}

/** Whether a council signs its staff's tokens with its own identity provider: then the deployment's verifier does not act for it. */
export function councilHasOwnProvider(db: Kysely<Database>, council: { id: string; slug: string }): Promise<boolean> {
  return hasIdentityProvider(db, council)
}

/** The provider an issuer names, with its council: the one lookup on the request path (cached with the councils). */
export function providerForIssuer(db: Kysely<Database>, issuer: string) {
  return findProviderByIssuer(db, issuer)
}

/**
 * Verifies tokens against the provider whose `iss` they carry. Each JWKS URL gets one jose remote key set, kept
 * for the life of the process: it caches the keys and refetches when a token names a key it has not seen (key
 * rotation needs no restart), at most once per AUTH_JWKS_COOLDOWN_MS.
 */
export function createIssuerVerifier(db: Kysely<Database>, auth: Pick<AuthConfig, 'allowHttpJwks' | 'jwksCooldownMs'>): IssuerVerifier {
  const keySets = new Map<string, JWTVerifyGetKey>()
  const keySet = (url: string): JWTVerifyGetKey => {
    let found = keySets.get(url)
    if (!found) {
      found = remoteKeySet(url, auth.jwksCooldownMs)
      keySets.set(url, found)
    }
    return found
  }
  return {
    async verify(issuer, token) {
      const found = await providerForIssuer(db, issuer)
      if (!found) return null
      const { provider, council } = found
      if (new URL(provider.jwksUrl).protocol !== 'https:' && !auth.allowHttpJwks) {
        throw new TokenError(`The identity provider "${issuer}" serves its keys over plain http, which this deployment does not allow.`)
      }
      const verified = await verifyWith(token, {
        key: keySet(provider.jwksUrl), algorithms: ASYMMETRIC_ALGORITHMS, issuer: provider.issuer,
        audience: provider.audience ?? undefined, councilClaim: provider.councilClaim, rolesClaim: provider.rolesClaim,
      })
      // Where the provider names the council in a claim, it must be this provider's council: never another.
      if (provider.councilClaim !== null && verified.council !== council.slug) {
        throw new TokenError(`The bearer token's \`${provider.councilClaim}\` claim does not name the council its identity provider serves.`)
      }
      return { council, token: verified }
    },
  }
}
