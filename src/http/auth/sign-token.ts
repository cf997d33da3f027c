import { SignJWT } from 'jose'
import type { Role } from '../../services/principal.js'

export interface DevelopmentTokenClaims {
  subject: string
  /** null for an operator token, which acts for no council. */
  council: string | null
  roles: readonly (Role | 'operator')[]
  issuer?: string
  audience?: string
  expiresIn?: string
}

/** Signs an HS256 token with the shared development secret: for `npm run token` and for tests. */
export function signDevelopmentToken(secret: string, claims: DevelopmentTokenClaims, councilClaim = 'council', rolesClaim = 'roles'): Promise<string> {
  let jwt = new SignJWT({ ...(claims.council === null ? {} : { [councilClaim]: claims.council }), [rolesClaim]: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer)
  if (claims.audience) jwt = jwt.setAudience(claims.audience)
  return jwt.sign(new TextEncoder().encode(secret))
}
