import { Type, type Static } from 'typebox'

const UrlSchema = Type.String({ minLength: 8, maxLength: 2000, format: 'uri', description: 'The receiver: an https URL on a public host (the operator may allow http or private addresses).' })
const EventTypesSchema = Type.Union([Type.Array(Type.Ref('EventType'), { minItems: 1, maxItems: 50, uniqueItems: true }), Type.Null()], {
  description: 'The event types to send; null (the default) sends every type.',
})
const DescriptionSchema = Type.String({ maxLength: 500, description: 'What the subscription is for (who runs the receiver), for the council\'s admins.' })

export const SubscriptionSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The subscription\'s id.' }),
  url: Type.String({ description: 'Where messages are posted.' }),
  eventTypes: Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'The event types sent; null: every type.' }),
  description: Type.String({ description: 'What the subscription is for.' }),
  enabled: Type.Boolean({ description: 'Whether messages are sent. A disabled subscription keeps its undelivered messages until it is enabled again.' }),
  disabledReason: Type.Union([Type.String(), Type.Null()], { description: 'Why it was disabled: by an admin, a 410 Gone from the receiver, or a day of failed attempts.' }),
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'After a rotation: until when the previous secret also signs (a second `v1,` signature).' }),
  createdBy: Type.String({ description: 'Who created it.' }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was created.' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When it last changed.' }),
}, { $id: 'WebhookSubscription', title: 'WebhookSubscription', description: 'A council\'s webhook subscription (its secret is never shown again after creation or rotation).' })

export const SubscriptionWithSecretSchema = Type.Object({
  subscription: Type.Ref('WebhookSubscription'),
  secret: Type.String({ description: 'The signing secret (`whsec_…`, Standard Webhooks). Shown only now: store it in the receiver.' }),
}, { description: 'The subscription and its signing secret, shown once.' })

export const SubscriptionCreateSchema = Type.Object({
  url: UrlSchema,
  eventTypes: Type.Optional(EventTypesSchema),
  description: Type.Optional(DescriptionSchema),
  enabled: Type.Optional(Type.Boolean({ description: 'Start enabled (default true).' })),
}, { additionalProperties: false, description: 'A new webhook subscription.' })
export type SubscriptionCreate = Static<typeof SubscriptionCreateSchema>

export const SubscriptionPatchSchema = Type.Object({
  url: Type.Optional(UrlSchema),
  eventTypes: Type.Optional(EventTypesSchema),
  description: Type.Optional(DescriptionSchema),
  enabled: Type.Optional(Type.Boolean({ description: 'Enable (clears the reason it was disabled; waiting messages then go out, in order) or disable.' })),
}, { additionalProperties: false, minProperties: 1, description: 'Changes to a subscription; fields left out keep their value.' })

export const RotationSchema = Type.Object({
  overlapHours: Type.Integer({ minimum: 0, maximum: 168, default: 24, description: 'How long the previous secret keeps signing beside the new one (0: stop at once).' }),
}, { additionalProperties: false, description: 'A secret rotation.' })

export const SubscriptionParamsSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The subscription\'s id.' }),
})

export const DeliveryQuerySchema = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')], { description: 'Only deliveries in this state.' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25, description: 'Most deliveries listed, newest event first.' }),
}, { additionalProperties: false })

const AttemptSchema = Type.Object({
  attemptedAt: Type.String({ format: 'date-time', description: 'When the attempt was made.' }),
  durationMs: Type.Integer({ description: 'How long it took.' }),
  statusCode: Type.Union([Type.Integer(), Type.Null()], { description: 'The receiver\'s HTTP status; null when there was no answer.' }),
  error: Type.Union([Type.String(), Type.Null()], { description: 'What went wrong (timeout, refused address, a non-2xx status); null on success.' }),
}, { description: 'One attempt to deliver.' })

export const DeliverySchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The delivery\'s id.' }),
  eventId: Type.String({ description: 'The event (and the message\'s `webhook-id`).' }),
  eventType: Type.String({ description: 'The event\'s type.' }),
  caseId: Type.String({ format: 'uuid', description: 'The case the event is about.' }),
  replay: Type.Boolean({ description: 'Queued by a replay.' }),
  status: Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')], { description: '`pending` until a 2xx; `failed` after a 410 or the last scheduled attempt.' }),
  attempts: Type.Integer({ description: 'Attempts made so far.' }),
  nextAttemptAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When it is tried next (pending only).' }),
  lastError: Type.Union([Type.String(), Type.Null()], { description: 'The last attempt\'s error.' }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was queued.' }),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When the receiver accepted it.' }),
  attemptLog: Type.Array(AttemptSchema, { description: 'Every attempt, oldest first.' }),
}, { description: 'One message to the subscription and its attempts.' })

export const ReplaySchema = Type.Object({
  fromEventId: Type.String({ pattern: '^evt_[0-9]{1,19}$', maxLength: 23, description: 'The event to send again, or the first of a range.' }),
  toEventId: Type.Optional(Type.String({ pattern: '^evt_[0-9]{1,19}$', maxLength: 23, description: 'The last event of the range (inclusive, in log order); at most 1000 events.' })),
}, { additionalProperties: false, description: 'What to send again.' })

export const ReplayResultSchema = Type.Object({
  queued: Type.Integer({ description: 'How many messages were queued.' }),
  eventIds: Type.Array(Type.String(), { description: 'The events queued, in order (those of the types the subscription wants).' }),
}, { description: 'The replay queued.' })
