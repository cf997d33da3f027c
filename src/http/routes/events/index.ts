import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { readFeed } from '../../../services/event-feed.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import { FeedPageSchema, FeedQuerySchema } from './schemas.js'

/** Who may follow the event log: the complaints team, admins and machine clients (a CRM). */
export const EVENT_READERS = ['complaints_team', 'admin', 'integration'] as const

const eventsRoutes: FastifyPluginAsyncTypebox<{ pollMs: number }> = async (app, options) => {
  app.get('/v1/events', {
    config: { roles: EVENT_READERS },
    schema: {
      operationId: 'listEvents', tags: ['events'], summary: 'The council\'s ordered event log, from a cursor (long-poll with `wait`)',
      description: 'Every change of every case, and the time-based events (deadlines approaching or missed, overdue remedies, closure by the escalation window), in one order that never skips an event committed late. Payloads are thin: fetch the case for its details. Follow the log by passing each page\'s `nextCursor` as `after`.',
      querystring: FeedQuerySchema,
      response: { 200: FeedPageSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const { council } = requireAuth(request)
    const q = request.query
    return readFeed({ db: app.db, signal: app.eventSignal, pollMs: options.pollMs }, council.id, {
      after: q.after ?? null,
      types: q.types ? q.types.split(',') : null,
      limit: q.limit,
      waitSeconds: q.wait,
    })
  })
}

export default eventsRoutes
