import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type Static } from 'typebox'
import { addWorkingDays, CaseStatusSchema, ChannelSchema, isIsoDate, londonDate, TriageAsSchema } from '../../../domain/index.js'
import { listQueue } from '../../../db/case-queue.repository.js'
import { caseScope } from '../../../services/case-access.js'
import { caseSummary } from '../../../services/case-view.js'
import { displayNames } from '../../../services/staff.js'
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
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25, description: 'Page size.' }),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'The `nextCursor` of the previous page.' })),
}, { additionalProperties: false })
type QueueQuery = Static<typeof QueueQuerySchema>

interface Cursor { due: string | null; id: string }

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
    const { principal, council } = requireAuth(request)
    const q: QueueQuery = request.query
    const now = deps.now()
    const today = londonDate(now)
    const calendar = deps.calendars.get(council.bankHolidayDivision)
    const rows = await listQueue(deps.db, {
      councilId: council.id,
      scope: caseScope(principal),
      today,
      limit: q.limit + 1,
      ...(q.status ? { status: q.status } : {}),
      ...(q.stage ? { stage: q.stage } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.handler ? { handler: q.handler === 'me' ? principal.subject : q.handler } : {}),
      ...(q.serviceArea ? { serviceArea: q.serviceArea } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      ...(q.receivedFrom ? { receivedFrom: q.receivedFrom } : {}),
      ...(q.receivedTo ? { receivedTo: q.receivedTo } : {}),
      ...(q.overdue !== undefined ? { overdue: q.overdue } : {}),
      ...(q.dueWithinWorkingDays !== undefined ? { dueOnOrBefore: addWorkingDays(calendar, today, q.dueWithinWorkingDays).date } : {}),
      ...(q.sensitive !== undefined ? { sensitive: q.sensitive } : {}),
      ...(q.remediesOverdue ? { remediesOverdue: true } : {}),
      ...(q.cursor ? { after: decodeCursor(q.cursor) } : {}),
    })
    const page = rows.slice(0, q.limit)
    const held = [...new Set(page.flatMap((row) => [row.handler, row.stage2_handler]).filter((s): s is string => s !== null))]
    const names = await displayNames(deps.db, council.id, held)
    const last = page[page.length - 1]
    return {
      items: page.map((row) => caseSummary(row, now, names)),
      nextCursor: rows.length > q.limit && last ? encodeCursor({ due: last.next_due_on, id: last.id }) : null,
    }
  })
}

export default queueRoutes
