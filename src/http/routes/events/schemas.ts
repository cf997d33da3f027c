import { Type, type Static } from 'typebox'
import { PUBLIC_EVENT_TYPES } from '../../../services/event-types.js'

export const EventTypeSchema = Type.Union(PUBLIC_EVENT_TYPES.map((t) => Type.Literal(t)), {
  $id: 'EventType',
  title: 'EventType',
  description: 'What happened. `case.*`: a change of the case (one per step of the Code); `deadline.approaching`: a duty\'s due date is near (the council\'s `deadlineAlertWorkingDays`, 2 by default); `deadline.missed`: the day after a due date with the duty not done; `remedy.overdue`: an open remedy is past its date; `case.closed`: the case closed, by an action or because its escalation window passed.',
})

export const FeedEventSchema = Type.Object({
  id: Type.String({ description: 'The event\'s id, stable across retries and replays (also the webhook-id of its deliveries): drop duplicates by it.' }),
  type: Type.Ref('EventType'),
  occurredAt: Type.String({ format: 'date-time', description: 'When it happened (UTC).' }),
  caseId: Type.String({ format: 'uuid', description: 'The case: fetch it (`GET /v1/complaints/{id}`) for its details.' }),
  reference: Type.String({ description: 'The case\'s reference, e.g. WOD-2026-000123.' }),
  caseVersion: Type.Integer({ minimum: 1, description: 'The case\'s version after this change (its ETag); a time-based event carries the version it was noticed at.' }),
  data: Type.Object({
    deadline: Type.Optional(Type.String({ description: 'Deadline events: which duty, e.g. `stage1_response`.' })),
    due: Type.Optional(Type.String({ format: 'date', description: 'Deadline and remedy events: the due date (Europe/London).' })),
    remedyId: Type.Optional(Type.String({ description: '`remedy.overdue`: the remedy\'s id within the case.' })),
    closure: Type.Optional(Type.String({ description: '`case.closed`: `recorded` (an action closed it) or `escalation_window_passed`.' })),
  }, { additionalProperties: false, description: 'A few facts about the event, never personal data.' }),
}, { $id: 'FeedEvent', title: 'FeedEvent', additionalProperties: false, description: 'One event of the council\'s ordered log.' })

export const FeedQuerySchema = Type.Object({
  after: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The `nextCursor` of your previous page; leave out to start at the beginning of the log. Opaque: store it, do not parse it.' })),
  types: Type.Optional(Type.String({
    minLength: 1, maxLength: 2000, pattern: '^[a-z0-9_.]+(,[a-z0-9_.]+)*$',
    description: 'Only these event types, comma-separated (e.g. `deadline.missed,case.closed`).',
  })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Most events in one page.' }),
  wait: Type.Integer({ minimum: 0, maximum: 30, default: 0, description: 'Long-poll: when there is nothing new, hold the request up to this many seconds and answer as soon as an event commits.' }),
}, { additionalProperties: false })
export type FeedQueryString = Static<typeof FeedQuerySchema>

export const FeedPageSchema = Type.Object({
  items: Type.Array(Type.Ref('FeedEvent'), { description: 'Events in log order: every event once, a case\'s events in the order they happened.' }),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `after` to continue; the same cursor you sent when nothing new came; null only for an empty log read from the start.' }),
}, { description: 'A page of the event log.' })
