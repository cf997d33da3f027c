import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Council } from '../../../services/councils.js'
import {
  changeCouncil, councilNamed, councils, createCouncil, reinstateCouncil, suspendCouncil,
} from '../../../services/council-admin.js'
import { addIdentityProvider, identityProvidersOf, removeIdentityProvider, type IdentityProvider } from '../../../services/identity-providers.js'
import { requireOperator } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import type { TypedApp } from '../typed-app.js'
import {
  CouncilChangeSchema, CouncilParamsSchema, IdentityProviderListSchema, IdentityProviderParamsSchema, IdentityProviderSchema,
  NewCouncilSchema, NewIdentityProviderSchema, OperatorCouncilListSchema, OperatorCouncilSchema,
} from './schemas.js'

export const councilView = (c: Council) => ({
  slug: c.slug, name: c.name, referencePrefix: c.referencePrefix, bankHolidayDivision: c.bankHolidayDivision,
  suspended: c.suspendedAt !== null, suspendedAt: c.suspendedAt?.toISOString() ?? null,
})

export const providerView = (p: IdentityProvider) => ({
  id: p.id, issuer: p.issuer, jwksUrl: p.jwksUrl, audience: p.audience, rolesClaim: p.rolesClaim, councilClaim: p.councilClaim,
  createdBy: p.createdBy, createdAt: p.createdAt.toISOString(),
})

export interface OperatorRoutesOptions {
  /** AUTH_ALLOW_HTTP_JWKS: whether a provider may serve its keys over plain http. */
  allowHttpJwks: boolean
}

/** Every operator route: only an operator token opens it. */
const config = { operator: true }
const tags = ['operator']

function councilListRoutes(app: TypedApp) {
  app.get('/v1/operator/councils', {
    config,
    schema: {
      operationId: 'listCouncils', tags, summary: 'Every council this deployment serves',
      response: { 200: OperatorCouncilListSchema, ...problemResponses(401, 403) },
    },
  }, async () => ({ items: (await councils(app.db)).map(councilView) }))

  app.post('/v1/operator/councils', {
    config,
    schema: {
      operationId: 'createCouncil', tags, summary: 'Put a council into service with its starting policy',
      description: 'Records the council and version 1 of its policy (the preset) together. Its staff then need tokens with its slug in the council claim, or an identity provider of its own.',
      body: NewCouncilSchema,
      response: { 201: OperatorCouncilSchema, ...problemResponses(400, 401, 403, 409, 415, 422) },
    },
  }, async (request, reply) => {
    const operator = requireOperator(request)
    const council = await createCouncil(app.db, request.body, `operator:${operator.subject}`)
    return reply.code(201).header('location', `/v1/operator/councils/${council.slug}`).send(councilView(council))
  })
}

function councilRoutes(app: TypedApp) {
  app.get('/v1/operator/councils/:slug', {
    config,
    schema: {
      operationId: 'getCouncil', tags, summary: 'One council', params: CouncilParamsSchema,
      response: { 200: OperatorCouncilSchema, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => councilView(await councilNamed(app.db, request.params.slug)))

  app.patch('/v1/operator/councils/:slug', {
    config,
    schema: {
      operationId: 'changeCouncil', tags, summary: 'Rename a council, or change the reference prefix or bank-holiday division of its new cases',
      description: 'Existing cases keep their references, and open cases keep the calendar they started under (as they keep their policy).',
      params: CouncilParamsSchema, body: CouncilChangeSchema,
      response: { 200: OperatorCouncilSchema, ...problemResponses(400, 401, 403, 404, 415, 422) },
    },
  }, async (request) => councilView(await changeCouncil(app.db, request.params.slug, request.body)))
}

function suspensionRoutes(app: TypedApp) {
  app.put('/v1/operator/councils/:slug/suspension', {
    config,
    schema: {
      operationId: 'suspendCouncil', tags, summary: 'Suspend a council: its tokens get 403, its data stays',
      description: 'Idempotent: suspending a suspended council keeps the first instant. Its public intake closes too.',
      params: CouncilParamsSchema,
      response: { 200: OperatorCouncilSchema, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => councilView(await suspendCouncil(app.db, request.params.slug, app.now())))

  app.delete('/v1/operator/councils/:slug/suspension', {
    config,
    schema: {
      operationId: 'reinstateCouncil', tags, summary: 'Reinstate a suspended council',
      params: CouncilParamsSchema,
      response: { 200: OperatorCouncilSchema, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => councilView(await reinstateCouncil(app.db, request.params.slug)))
}

function identityProviderRoutes(app: TypedApp, options: OperatorRoutesOptions) {
  app.get('/v1/operator/councils/:slug/identity-providers', {
    config,
    schema: {
      operationId: 'listIdentityProviders', tags, summary: 'A council\'s own identity providers', params: CouncilParamsSchema,
      response: { 200: IdentityProviderListSchema, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => ({ items: (await identityProvidersOf(app.db, request.params.slug)).map(providerView) }))

  app.post('/v1/operator/councils/:slug/identity-providers', {
    config,
    schema: {
      operationId: 'addIdentityProvider', tags, summary: 'Trust a council\'s own identity provider for that council\'s tokens',
      description: 'Tokens whose `iss` is this issuer are verified against its JWKS (fetched and cached, refetched on key rotation) and act for this council only, whatever else they claim. Needs AUTH_COUNCIL_PROVIDERS=true on the deployment. An issuer belongs to one council (409).',
      params: CouncilParamsSchema, body: NewIdentityProviderSchema,
      response: { 201: IdentityProviderSchema, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
    },
  }, async (request, reply) => {
    const operator = requireOperator(request)
    const provider = await addIdentityProvider(app.db, request.params.slug, request.body, `operator:${operator.subject}`, { allowHttp: options.allowHttpJwks })
    return reply.code(201).send(providerView(provider))
  })

  app.delete('/v1/operator/councils/:slug/identity-providers/:id', {
    config,
    schema: {
      operationId: 'removeIdentityProvider', tags, summary: 'Stop trusting a council\'s identity provider', params: IdentityProviderParamsSchema,
      response: { 204: Type.Null({ description: 'Removed: its tokens are refused from now on.' }), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    await removeIdentityProvider(app.db, request.params.slug, request.params.id)
    return reply.code(204).send(null)
  })
}

/**
 * The deployment operator's API (the same use cases as `npm run council`): only an operator token (role
 * `operator`, no council claim, from the deployment's own verifier) opens it.
 */
const operatorRoutes: FastifyPluginAsyncTypebox<OperatorRoutesOptions> = async (app, options) => {
  councilListRoutes(app)
  councilRoutes(app)
  suspensionRoutes(app)
  identityProviderRoutes(app, options)
}

export default operatorRoutes
