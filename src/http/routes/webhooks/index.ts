import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { OutboundPolicy } from '../../../services/webhook-outbound.js'
import type { SecretBox } from '../../../services/secret-box.js'
import {
  changeSubscription, createSubscription, deliveries, removeSubscription, replay, rotateSecret, subscription, subscriptions,
  type SubscriptionDeps,
} from '../../../services/webhook-subscriptions.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import type { TypedApp } from '../typed-app.js'
import {
  DeliveryQuerySchema, DeliverySchema, ReplayResultSchema, ReplaySchema, RotationSchema, SubscriptionCreateSchema,
  SubscriptionParamsSchema, SubscriptionPatchSchema, SubscriptionSchema, SubscriptionWithSecretSchema,
} from './schemas.js'

const admin = { roles: ['admin'] as const }

function subscriptionListRoutes(app: TypedApp, deps: SubscriptionDeps) {
  app.post('/v1/webhooks', {
    config: admin,
    schema: {
      operationId: 'createWebhookSubscription', tags: ['webhooks'], summary: 'Subscribe a receiver to the council\'s events',
      description: 'Messages follow the Standard Webhooks specification and are signed with the secret in the answer, shown only this once. The subscription receives events from now on; replay reaches back.',
      body: SubscriptionCreateSchema,
      response: { 201: SubscriptionWithSecretSchema, ...problemResponses(400, 401, 403, 415, 422) },
    },
  }, async (request, reply) => {
    const { principal, council } = requireAuth(request)
    return reply.code(201).send(await createSubscription(deps, council.id, request.body as never, principal.subject))
  })

  app.get('/v1/webhooks', {
    config: admin,
    schema: {
      operationId: 'listWebhookSubscriptions', tags: ['webhooks'], summary: 'The council\'s webhook subscriptions',
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('WebhookSubscription')) }), ...problemResponses(401, 403) },
    },
  }, async (request) => ({ items: await subscriptions(deps, requireAuth(request).council.id) }))
}

function subscriptionRoutes(app: TypedApp, deps: SubscriptionDeps) {
  app.get('/v1/webhooks/:id', {
    config: admin,
    schema: {
      operationId: 'getWebhookSubscription', tags: ['webhooks'], summary: 'A webhook subscription',
      params: SubscriptionParamsSchema,
      response: { 200: Type.Ref('WebhookSubscription'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => subscription(deps, requireAuth(request).council.id, request.params.id))

  app.patch('/v1/webhooks/:id', {
    config: admin,
    schema: {
      operationId: 'updateWebhookSubscription', tags: ['webhooks'], summary: 'Change, enable or disable a webhook subscription',
      params: SubscriptionParamsSchema, body: SubscriptionPatchSchema,
      response: { 200: Type.Ref('WebhookSubscription'), ...problemResponses(400, 401, 403, 404, 415, 422) },
    },
  }, async (request) => changeSubscription(deps, requireAuth(request).council.id, request.params.id, request.body as never))

  app.delete('/v1/webhooks/:id', {
    config: admin,
    schema: {
      operationId: 'deleteWebhookSubscription', tags: ['webhooks'], summary: 'Remove a webhook subscription and its delivery log',
      params: SubscriptionParamsSchema,
      response: { 204: Type.Null({ description: 'Removed.' }), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    await removeSubscription(deps, requireAuth(request).council.id, request.params.id)
    return reply.code(204).send(null)
  })
}

function deliveryRoutes(app: TypedApp, deps: SubscriptionDeps) {
  app.post('/v1/webhooks/:id/secret-rotation', {
    config: admin,
    schema: {
      operationId: 'rotateWebhookSecret', tags: ['webhooks'], summary: 'A new signing secret, the old one still signing during an overlap',
      description: 'During the overlap every message carries two signatures (`v1,<new> v1,<old>`), so the receiver can switch keys at any moment in it. The new secret is shown only now.',
      params: SubscriptionParamsSchema, body: RotationSchema,
      response: { 200: SubscriptionWithSecretSchema, ...problemResponses(400, 401, 403, 404, 415) },
    },
    preValidation: async (request) => {
      if (request.body === undefined || request.body === null) request.body = {} as never
    },
  }, async (request) => rotateSecret(deps, requireAuth(request).council.id, request.params.id, (request.body as { overlapHours?: number }).overlapHours ?? 24))

  app.get('/v1/webhooks/:id/deliveries', {
    config: admin,
    schema: {
      operationId: 'listWebhookDeliveries', tags: ['webhooks'], summary: 'Messages to a subscription, with every attempt',
      params: SubscriptionParamsSchema, querystring: DeliveryQuerySchema,
      response: { 200: Type.Object({ items: Type.Array(DeliverySchema) }), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => ({ items: await deliveries(deps, requireAuth(request).council.id, request.params.id, request.query) }))

  app.post('/v1/webhooks/:id/replays', {
    config: admin,
    schema: {
      operationId: 'replayWebhookEvents', tags: ['webhooks'], summary: 'Send an event, or a range of events, to the subscription again',
      description: 'Each message keeps its event\'s `webhook-id`, so a receiver that already has it can drop it. A case\'s messages still go out in order.',
      params: SubscriptionParamsSchema, body: ReplaySchema,
      response: { 202: ReplayResultSchema, ...problemResponses(400, 401, 403, 404, 415, 422) },
    },
  }, async (request, reply) => reply.code(202).send(await replay(deps, requireAuth(request).council.id, request.params.id, request.body)))
}

/** A council's admins manage its webhook subscriptions and see every delivery attempt. */
const webhooksRoutes: FastifyPluginAsyncTypebox<{ outbound: OutboundPolicy; secrets: SecretBox }> = async (app, options) => {
  const deps: SubscriptionDeps = { db: app.db, outbound: options.outbound, secrets: options.secrets, now: app.now }
  app.addSchema(SubscriptionSchema)
  subscriptionListRoutes(app, deps)
  subscriptionRoutes(app, deps)
  deliveryRoutes(app, deps)
}

export default webhooksRoutes
