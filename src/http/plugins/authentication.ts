import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Council } from '../../services/councils.js'
import type { Principal, Role } from '../../services/principal.js'
import type { Authenticator } from '../../services/authentication.js'
import { TokenError } from '../../services/token-verifier.js'
import { HttpProblem } from '../problem.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public routes (health, docs, contract) need no token. */
    public?: boolean
    /** Any one of these roles is enough; absent means any authenticated principal. */
    roles?: readonly Role[]
    /** The deployment operator's routes: only an operator token, never a council's. */
    operator?: boolean
  }
  interface FastifyRequest {
    principal: Principal | null
    council: Council | null
    /** The operator's subject on operator routes. */
    operator: { subject: string } | null
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

/** The operator of an operator route. */
export function requireOperator(request: FastifyRequest): { subject: string } {
  if (!request.operator) throw unauthorized('An operator token is required.')
  return request.operator
}

export interface AuthenticationHooks {
  /** Called once a council principal is known (e.g. to record a first-seen staff subject). */
  onPrincipal?: (principal: Principal, council: Council) => Promise<void>
}

/**
 * Every route needs a valid bearer token unless it says `config.public`; the token's council must be one this
 * deployment serves, in service. A known principal without a role the route lists gets 403. Operator routes take
 * only operator tokens, and operator tokens open no council's routes.
 */
export function registerAuthentication(app: FastifyInstance, authenticator: Authenticator, hooks: AuthenticationHooks = {}): void {
  app.decorateRequest('principal', null)
  app.decorateRequest('council', null)
  app.decorateRequest('operator', null)
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config
    if (config.public || request.is404 || isDocs(request.routeOptions.url)) return
    const header = request.headers.authorization
    const token = header ? BEARER.exec(header)?.[1] : undefined
    if (!token) throw unauthorized('A bearer token is required: send `Authorization: Bearer <token>`.')
    let identity
    try {
      identity = await authenticator.authenticate(token)
    } catch (error) {
      if (error instanceof TokenError) throw unauthorized(error.message)
      throw error
    }
    if (config.operator) {
      if (identity.kind !== 'operator') throw new HttpProblem(403, 'AUTH.OPERATOR_ONLY', 'This operation is the deployment operator\'s: it needs an operator token (role `operator`, no council claim).')
      request.operator = { subject: identity.subject }
      return
    }
    if (identity.kind === 'operator') {
      throw new HttpProblem(403, 'AUTH.COUNCIL_REQUIRED', 'An operator token acts for no council: council routes need a token with a council claim.')
    }
    const { principal, council } = identity
    request.principal = principal
    request.council = council
    const needed = config.roles
    if (needed && !needed.some((role) => principal.roles.includes(role))) {
      throw new HttpProblem(403, 'AUTH.FORBIDDEN', `This operation needs one of the roles: ${needed.join(', ')}.`)
    }
    await hooks.onPrincipal?.(principal, council)
  })
}
