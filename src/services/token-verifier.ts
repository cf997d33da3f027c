import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type KeyObject, type CryptoKey } from 'jose'
import type { AuthConfig } from '../config.js'

/** A token that does not prove who sent it: the caller answers 401. */
export class TokenError extends Error {}

/** What a verified token says, before this API decides what it may do. */
export interface VerifiedToken {
  subject: string
  /** The council claim, when the token carries one. */
  council: string | null
  /** The roles claim as given (unknown roles are dropped later). */
  roles: string[]
}

export type TokenVerifier = (token: string) => Promise<VerifiedToken>

/** Algorithms an identity provider's JWKS may sign with; never HS* (a public key set is not a secret). */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']

/** Reads a claim by dot path (`realm_access.roles`), because identity providers nest them differently. */
export function claim(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload)
}

export function rolesFrom(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : []
  return list.filter((r): r is string => typeof r === 'string' && r !== '')
}

type Key = Uint8Array | KeyObject | CryptoKey | JWTVerifyGetKey

export interface VerifyOptions {
  key: Key
  algorithms: string[]
  issuer?: string | undefined
  audience?: string | undefined
  councilClaim: string | null
  rolesClaim: string
}

/** Verifies signature, expiry, issuer and audience, and reads the subject, council and roles claims. */
export async function verifyWith(token: string, options: VerifyOptions): Promise<VerifiedToken> {
  return (await verifyClaims(token, options)).verified
}

/** verifyWith, with the token's expiry (seconds since the epoch; null when it has none). */
async function verifyClaims(token: string, options: VerifyOptions, currentDate?: Date): Promise<{ verified: VerifiedToken; exp: number | null }> {
  let payload: JWTPayload
  try {
    payload = (await jwtVerify(token, options.key as Uint8Array, {
      algorithms: options.algorithms,
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
      ...(currentDate ? { currentDate } : {}),
    })).payload
  } catch (error) {
    throw new TokenError(`The bearer token is not valid: ${(error as Error).message}`)
  }
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new TokenError('The bearer token has no subject (`sub`).')
  const council = options.councilClaim === null ? null : claim(payload, options.councilClaim)
  return {
    verified: {
      subject: payload.sub,
      council: typeof council === 'string' && council !== '' ? council : null,
      roles: rolesFrom(claim(payload, options.rolesClaim)),
    },
    exp: typeof payload.exp === 'number' ? payload.exp : null,
  }
}

const MEMO_MAX = 10_000

/**
 * With a key that never changes (a secret or a public key, not a JWKS), a token's verification is a function of
 * its bytes and the clock alone: a token seen before is answered from memory until it expires (jose's rule:
 * refused once now >= exp; a token not yet valid, `nbf`, is refused and never remembered). Verifying an HS256
 * token was a sixth of the CPU of a GET. Bounded: forgotten wholesale when full.
 */
function memoised(options: VerifyOptions, now: () => Date): TokenVerifier {
  const memo = new Map<string, { verified: VerifiedToken; exp: number | null }>()
  return async (token) => {
    const at = now()
    const hit = memo.get(token)
    if (hit !== undefined && (hit.exp === null || Math.floor(at.getTime() / 1000) < hit.exp)) return hit.verified
    const fresh = await verifyClaims(token, options, at)
    if (memo.size >= MEMO_MAX) memo.clear()
    memo.set(token, fresh)
    return fresh.verified
  }
}

/** The remote key set of a JWKS URL: fetched on first use, cached, refetched when a token names a new key. */
export function remoteKeySet(url: string, cooldownMs: number): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), { cooldownDuration: cooldownMs })
}

async function keyFor(config: AuthConfig): Promise<{ key: Key; algorithms: string[] } | null> {
  if (config.jwksUrl) return { key: remoteKeySet(config.jwksUrl, config.jwksCooldownMs), algorithms: ASYMMETRIC_ALGORITHMS }
  if (config.publicKey) return { key: await importSPKI(config.publicKey, config.publicKeyAlg), algorithms: [config.publicKeyAlg] }
  // Imported once: given the bytes, jose imports the key again for every token (about half of a verification).
  if (config.secret) {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(config.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    return { key, algorithms: ['HS256'] }
  }
  return null
}

/**
 * The deployment's own verifier (AUTH_JWT_SECRET, AUTH_JWKS_URL or AUTH_PUBLIC_KEY), or null when the deployment
 * trusts only the identity providers its councils name.
 */
export async function createTokenVerifier(config: AuthConfig, now: () => Date = () => new Date()): Promise<TokenVerifier | null> {
  const found = await keyFor(config)
  if (!found) return null
  const options: VerifyOptions = {
    ...found, issuer: config.issuer, audience: config.audience, councilClaim: config.councilClaim, rolesClaim: config.rolesClaim,
  }
  // A JWKS may drop a key at any time, so its tokens are checked against the key set every time.
  return config.jwksUrl ? (token) => verifyWith(token, options) : memoised(options, now)
}
