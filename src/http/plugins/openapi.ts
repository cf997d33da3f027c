import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { ProblemSchema } from '../problem.js'
import { CaseSchema, CaseSummarySchema, TimelineEntrySchema } from '../routes/complaints/case.schemas.js'
import { CORRESPONDENCE_SCHEMAS } from '../routes/complaints/correspondence.js'
import { IntakeSchema } from '../routes/complaints/intake.schemas.js'
import { EventTypeSchema, FeedEventSchema } from '../routes/events/schemas.js'
import { CASE_ACTIONS } from '../routes/complaints/case-actions.js'
import { finishContract, PROCESS_TAGS } from '../openapi/finish-contract.js'
import { GETTING_STARTED } from '../openapi/getting-started.js'

export const API_VERSION = '0.1.0'

/** In the order of the Code's process (see PROCESS_TAGS), then reporting, then administration. */
const TAGS = [
  // Route files tag case operations `complaints`; finish-contract.ts sorts them into the process tags.
  { name: 'complaints', description: 'Case operations not yet placed in the process.' },
  ...PROCESS_TAGS,
  { name: 'reports', description: 'Performance figures, the annual and 6-monthly reports with the self-assessment, exceptional circumstances, the caseload by holder: no complainant\'s personal data (the caseload names staff).' },
  { name: 'learning', description: 'The learning register: service improvements made because of complaints, linked to the complaints that prompted them (Code 9.1-9.3).' },
  { name: 'councils', description: 'The council your token acts for: its settings and the policy in force (versioned; cases keep the version they started under).' },
  { name: 'operator', description: 'The deployment operator (role `operator`, no council claim): put councils into service, rename them, change what applies to their new cases, suspend and reinstate them, name their identity providers.' },
  { name: 'events', description: 'The council\'s ordered event log for CRMs: every case change and deadline alert, thin payloads, long-poll.' },
  { name: 'webhooks', description: 'Signed webhooks (Standard Webhooks) to the council\'s systems: subscriptions, secrets and rotation, delivery attempts, replay. Admins only.' },
  { name: 'calendar', description: 'Working days and deadlines under the Code, for CRMs that show due dates.' },
  { name: 'identity', description: 'Who the bearer token says you are.' },
  { name: 'system', description: 'Liveness, readiness and the contract itself.' },
]

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40" viewBox="0 0 320 40">' +
  '<text x="0" y="28" font-family="sans-serif" font-size="22" font-weight="bold" fill="#ffffff">Council Complaints API</text></svg>'

/** Relative, so that the document and /docs "Try it out" work on whatever host and port serve them. */
const SERVER = {
  url: '/',
  description: 'Whichever deployment serves this document (local, staging or production): paths are relative to it.',
  'x-internal': false,
}

/** Case actions that the server accepts without a body (it reads a missing body as `{}`). */
const BODY_OPTIONAL = new Set(CASE_ACTIONS.map((a) => a.operationId))

/**
 * Who may call an operation, from the route's own config (what the authentication hook enforces), as `x-roles`
 * and a line of its description: any one of the roles is enough.
 */
function documentRoles(route: { config?: unknown }, schema: Record<string, unknown>): Record<string, unknown> {
  const config = (route.config ?? {}) as { public?: boolean; operator?: boolean; roles?: readonly string[] }
  const roles = config.public ? [] : config.operator ? ['operator'] : config.roles ? [...config.roles] : null
  const line = roles === null ? 'Roles: any authenticated member of the council.'
    : roles.length === 0 ? 'No token needed.'
      : config.operator ? 'Roles: `operator` (a deployment token with no council claim).'
        : `Roles: any one of ${roles.map((r) => `\`${r}\``).join(', ')}.`
  const description = typeof schema.description === 'string' && schema.description !== '' ? `${schema.description}\n\n${line}` : line
  return { ...schema, description, ...(roles === null ? {} : { 'x-roles': roles }) }
}

/** How a caller authenticates; each operation adds the roles it accepts. */
const BEARER_AUTH = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description: 'A JWT naming the council (claim `council` by default) and roles (claim `roles`), with a subject (`sub`). ' +
    'Verified as RFC8725 (JWT Best Current Practices) advises: the algorithms are allow-listed per key source ' +
    '(HS256 for a shared secret, the configured one for a public key, asymmetric ones only for a JWKS URL; never ' +
    '`none`), the signature and `exp`/`nbf` are checked, and the issuer and audience when configured. A council ' +
    'may register its own identity provider, whose tokens can only ever act for that council (and then only they do). ' +
    'The deployment\'s operator uses a token with the role `operator` and no council claim. Each operation lists the roles it accepts (`x-roles`).',
} as const

/** The contract, readable in a browser at /docs. */
async function serveDocsUi(app: FastifyInstance): Promise<void> {
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, displayOperationId: true, docExpansion: 'none', tryItOutEnabled: false },
    theme: { title: 'Council Complaints API: the contract' },
    // The product's name in the top bar, not the stock framework logo.
    logo: { type: 'image/svg+xml', content: Buffer.from(LOGO), href: '/docs', target: '_self' },
    staticCSP: true,
  })
}

/** The OpenAPI 3.1 document is generated from the routes' schemas; shared schemas become named components. */
export async function registerOpenApi(app: FastifyInstance, extraTags: { name: string; description: string }[] = []): Promise<void> {
  // Shared schemas become named components of the contract; routes point at them with Type.Ref.
  for (const schema of [ProblemSchema, IntakeSchema, CaseSchema, CaseSummarySchema, TimelineEntrySchema, EventTypeSchema, FeedEventSchema, ...CORRESPONDENCE_SCHEMAS]) {
    app.addSchema(schema)
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Council Complaints API',
        version: API_VERSION,
        summary: 'Complaint handling for English councils under the LGSCO Complaint Handling Code.',
        description: GETTING_STARTED,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [SERVER],
      tags: [...TAGS, ...extraTags],
      components: { securitySchemes: { bearerAuth: BEARER_AUTH } },
      security: [{ bearerAuth: [] }],
    },
    transform: ({ schema, url, route }) => ({ schema: schema ? documentRoles(route, schema as Record<string, unknown>) : schema, url }) as never,
    transformObject: (documentObject) =>
      finishContract('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject, { bodyOptional: BODY_OPTIONAL }),
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  })
  await serveDocsUi(app)
}
