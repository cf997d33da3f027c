import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { CaseStatusSchema, ChannelSchema, isIsoDate, TriageAsSchema } from '../../../domain/index.js'
import { listCases, type QueuePosition } from '../../../services/case-queue.js'
import type { CaseDeps } from '../../../services/cases.js'
import { CASE_READERS } from './case-reply.js'
import { requireAuth } from '../../plugins/authentication.js'
import { HttpProblem, problemResponses } from '../../problem.js'

const QueueQuerySchema = Type.Object({
  status: Type.Optional(CaseStatusSchema),
  stage: Type.Optional(Type.Integer({ minimum: 1, maximum: 2, description: 'Internal stage.' })),
  kind: Type.Optional(TriageAsSchema),
  handler: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'A handler\'s subject, or `me`.' })),
  serviceArea: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Lead or concerned service area.' })),
  channel: Type.Optional(ChannelSchema),
  receivedFrom: Type.Optional(Type.String({ format: 'date-time', description: 'Received at or after this instant.' })),
  receivedTo: Type.Optional(Type.String({ format: 'date-time', description: 'Received before this instant.' })),
  overdue: Type.Optional(Type.Boolean({ description: 'Only cases whose next council deadline has passed (true) or has not (false).' })),
  dueWithinWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: 'Only cases whose next deadline falls within this many working days from today (overdue included).' })),
  sensitive: Type.Optional(Type.Boolean({ description: 'Only sensitive (true) or ordinary (false) cases.' })),
  remediesOverdue: Type.Optional(Type.Boolean({ description: 'Only cases with an open remedy past its due date.' })),
  adjustmentsReviewDue: Type.Optional(Type.Boolean({ description: 'Only open cases whose reasonable adjustments are due for review (Code 5.6): review date today or past.' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25, description: 'Page size.' }),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'The `nextCursor` of the previous page.' })),
}, { additionalProperties: false })

type Cursor = QueuePosition

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Only what the API issued: anything else would reach PostgreSQL as an invalid uuid or date (a 500). */
function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor
    if (typeof c.id === 'string' && UUID.test(c.id) && (c.due === null || (typeof c.due === 'string' && isIsoDate(c.due) && !c.due.startsWith('0000')))) return c
  } catch { /* fall through */ }
  throw new HttpProblem(400, 'VALIDATION', 'querystring/cursor: is not a cursor this API issued', {
    errors: [{ location: 'querystring', field: '/cursor', rule: 'format', message: 'is not a cursor this API issued' }],
  })
}

const queueRoutes: FastifyPluginAsyncTypebox<{ deps: CaseDeps }> = async (app, { deps }) => {
  app.get('/v1/complaints', {
    config: { roles: CASE_READERS },
    schema: {
      operationId: 'listComplaints', tags: ['complaints'], summary: 'The work queue, sorted by next due date',
      description: 'Cases you may see (the complaints team: all; a handler: assigned; intake: logged by you), with filters and cursor pagination. No personal data.',
      querystring: QueueQuerySchema,
      response: {
        200: Type.Object({
          items: Type.Array(Type.Ref('CaseSummary')),
          nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last.' }),
        }),
        ...problemResponses(400, 401, 403),
      },
    },
  }, async (request) => {
    const { cursor, ...query } = request.query
    const { items, next } = await listCases(deps, requireAuth(request), { ...query, ...(cursor ? { after: decodeCursor(cursor) } : {}) })
    return { items, nextCursor: next ? encodeCursor(next) : null }
  })
}

export default queueRoutes
