import type { FastifyInstance, FastifyRequest } from 'fastify'
import { councilBySlug, type Council } from '../../services/councils.js'
import type { Principal, Role } from '../../services/principal.js'
import { TokenError, type TokenVerifier } from '../auth/verify-token.js'
import { HttpProblem } from '../problem.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public routes (health, docs, contract) need no token. */
    public?: boolean
    /** Any one of these roles is enough; absent means any authenticated principal. */
    roles?: readonly Role[]
  }
  interface FastifyRequest {
    principal: Principal | null
    council: Council | null
  }
}

const BEARER = /^Bearer\s+(\S+)$/i

/** The interactive docs (a third-party plugin's routes) are public like the contract they render. */
const isDocs = (url: string | undefined): boolean => url === '/docs' || (url?.startsWith('/docs/') ?? false)

function unauthorized(detail: string): HttpProblem {
  return new HttpProblem(401, 'AUTH.UNAUTHENTICATED', detail)
}

/** The principal and council of an authenticated request; routes behind the hook may rely on them. */
export function requireAuth(request: FastifyRequest): { principal: Principal; council: Council } {
  if (!request.principal || !request.council) throw unauthorized('A bearer token is required.')
  return { principal: request.principal, council: request.council }
}

/**
 * Every route needs a valid bearer token unless it says `config.public`; the token's council must be one this
 * deployment serves. A known principal without a role the route lists gets 403.
 */
export function registerAuthentication(app: FastifyInstance, verify: TokenVerifier): void {
  app.decorateRequest('principal', null)
  app.decorateRequest('council', null)
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config
    if (config.public || request.is404 || isDocs(request.routeOptions.url)) return
    const header = request.headers.authorization
    const token = header ? BEARER.exec(header)?.[1] : undefined
    if (!token) throw unauthorized('A bearer token is required: send `Authorization: Bearer <token>`.')
    let principal: Principal
    try {
      principal = await verify(token)
    } catch (error) {
      if (error instanceof TokenError) throw unauthorized(error.message)
      throw error
    }
    const council = await councilBySlug(app.db, principal.council)
    if (!council) throw new HttpProblem(403, 'AUTH.UNKNOWN_COUNCIL', `This deployment serves no council "${principal.council}".`)
    request.principal = principal
    request.council = council
    const needed = config.roles
    if (needed && !needed.some((role) => principal.roles.includes(role))) {
      throw new HttpProblem(403, 'AUTH.FORBIDDEN', `This operation needs one of the roles: ${needed.join(', ')}.`)
    }
  })
}
