import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose'
import type { AuthConfig } from '../../config.js'
import { ROLES, type Principal, type Role } from './principal.js'

export class TokenError extends Error {}

export type TokenVerifier = (token: string) => Promise<Principal>

/** Reads a claim by dot path (`realm_access.roles`), because identity providers nest them differently. */
function claim(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload)
}

function rolesFrom(value: unknown): Role[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : []
  return list.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r))
}

async function keyFor(config: AuthConfig): Promise<{ key: Uint8Array | Awaited<ReturnType<typeof importSPKI>> | JWTVerifyGetKey; algorithms: string[] } | null> {
  if (config.jwksUrl) return { key: createRemoteJWKSet(new URL(config.jwksUrl)), algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] }
  if (config.publicKey) return { key: await importSPKI(config.publicKey, config.publicKeyAlg), algorithms: [config.publicKeyAlg] }
  if (config.secret) return { key: new TextEncoder().encode(config.secret), algorithms: ['HS256'] }
  return null
}

export async function createTokenVerifier(config: AuthConfig): Promise<TokenVerifier> {
  const found = await keyFor(config)
  // Only councils' own identity providers are configured: a token none of them issued is refused.
  if (!found) return async () => { throw new TokenError('The bearer token was not issued by an identity provider this deployment trusts.') }
  const { key, algorithms } = found
  const options = {
    algorithms,
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  }
  return async (token) => {
    let payload: JWTPayload
    try {
      payload = (await jwtVerify(token, key as Uint8Array, options)).payload
    } catch (error) {
      throw new TokenError(`The bearer token is not valid: ${(error as Error).message}`)
    }
    const council = claim(payload, config.councilClaim)
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new TokenError('The bearer token has no subject (`sub`).')
    if (typeof council !== 'string' || council === '') {
      throw new TokenError(`The bearer token has no council claim (\`${config.councilClaim}\`).`)
    }
    return { subject: payload.sub, council, roles: rolesFrom(claim(payload, config.rolesClaim)) }
  }
}

