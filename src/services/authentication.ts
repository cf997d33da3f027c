import { decodeJwt } from 'jose'
import type { Kysely } from 'kysely'
import type { AuthConfig } from '../config.js'
import type { Council } from '../db/council.repository.js'
import type { Database } from '../db/database.js'
import { ROLES, type Principal, type Role } from './principal.js'
import { AppError } from './app-error.js'
import { councilBySlug } from './councils.js'
import { councilHasOwnProvider, createIssuerVerifier } from './identity-providers.js'
import { TokenError, createTokenVerifier, type TokenVerifier, type VerifiedToken } from './token-verifier.js'

/**
 * The deployment's operator: not bound to any council. Only the deployment's own verifier can grant it (a token
 * with this role and no council claim); a council's identity provider never can.
 */
export const OPERATOR_ROLE = 'operator'

/** Who a verified bearer token speaks for. */
export type Identity =
  | { kind: 'council'; principal: Principal; council: Council }
  | { kind: 'operator'; subject: string }

export interface Authenticator {
  authenticate(token: string): Promise<Identity>
}

/** A council's own identity provider, chosen by the `iss` of the token (see identity-providers.ts). */
export interface IssuerVerifier {
  /** The council whose provider issued the token, and what the token says; null when no council names this issuer. */
  verify(issuer: string, token: string): Promise<{ council: Council; token: VerifiedToken } | null>
}

const councilRoles = (roles: string[]): Role[] => roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r))

/** The council a token acts for must be one this deployment serves, and in service. */
export function checkCouncilInService(council: Council | null, slug: string): Council {
  if (!council) throw new AppError('AUTH.UNKNOWN_COUNCIL', `This deployment serves no council "${slug}".`)
  if (council.suspendedAt !== null) {
    throw new AppError('AUTH.COUNCIL_SUSPENDED', `The council "${slug}" is suspended on this deployment; its data is kept until an operator reinstates it.`)
  }
  return council
}

function unverifiedIssuer(token: string): string | null {
  try {
    const iss = decodeJwt(token).iss
    return typeof iss === 'string' && iss !== '' ? iss : null
  } catch {
    throw new TokenError('The bearer token is not a JWT.')
  }
}

/**
 * Tokens are verified by the provider whose `iss` they carry: a council's own identity provider when one is
 * registered for that issuer (it can only ever act for that council), otherwise the deployment's verifier, which
 * acts for councils without a provider of their own and for the operator.
 */
export function authenticatorFrom(db: Kysely<Database>, deployment: TokenVerifier | null, issuers: IssuerVerifier | null): Authenticator {
  return {
    async authenticate(token) {
      const issuer = unverifiedIssuer(token)
      const fromCouncil = issuer !== null && issuers ? await issuers.verify(issuer, token) : null
      if (fromCouncil) {
        const council = checkCouncilInService(fromCouncil.council, fromCouncil.council.slug)
        const { subject, roles } = fromCouncil.token
        return { kind: 'council', council, principal: { subject, council: council.slug, roles: councilRoles(roles) } }
      }
      if (!deployment) {
        throw new TokenError(`The bearer token's issuer ${issuer === null ? '(none)' : `"${issuer}"`} is not an identity provider of any council here.`)
      }
      const verified = await deployment(token)
      if (verified.council === null) {
        if (verified.roles.includes(OPERATOR_ROLE)) return { kind: 'operator', subject: verified.subject }
        throw new TokenError('The bearer token has no council claim.')
      }
      const council = checkCouncilInService(await councilBySlug(db, verified.council), verified.council)
      // A council that brought its own identity provider is spoken for by it alone: the deployment's secret or
      // key set, which every council's tokens share, cannot act for it (only the operator's, with no council claim).
      if (issuers && (await councilHasOwnProvider(db, council))) {
        throw new TokenError(`Council "${council.slug}" signs its staff's tokens with its own identity provider; the deployment's verifier does not act for it.`)
      }
      return { kind: 'council', council, principal: { subject: verified.subject, council: council.slug, roles: councilRoles(verified.roles) } }
    },
  }
}

/** The deployment's verifier, and the councils' identity providers when AUTH_COUNCIL_PROVIDERS is on. */
export async function createAuthenticator(db: Kysely<Database>, config: AuthConfig): Promise<Authenticator> {
  return authenticatorFrom(db, await createTokenVerifier(config), config.councilProviders ? createIssuerVerifier(db, config) : null)
}
