import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { CaseStatusSchema, ChannelSchema, isIsoDate, TriageAsSchema } from '../../../domain/index.js'
import { listCases, readCaseByReference, type QueuePosition } from '../../../services/case-queue.js'
import type { CaseDeps } from '../../../services/cases.js'
import { CASE_READERS, sendCase } from './case-reply.js'
import { requireAuth } from '../../plugins/authentication.js'
import { HttpProblem, problemResponses } from '../../problem.js'

/** A case reference: the council's prefix, the year received, the number. */
export const REFERENCE_PATTERN = '^[A-Za-z0-9]{2,8}-[0-9]{4}-[0-9]{6,10}$'

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
  reference: Type.Optional(Type.String({ pattern: REFERENCE_PATTERN, maxLength: 30, description: 'The case\'s reference, e.g. `WOX-2026-000123` (any letter case).' })),
  crmReference: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The calling CRM\'s own reference, as given at intake (exact).' })),
  updatedSince: Type.Optional(Type.String({ format: 'date-time', description: 'Only cases changed at or after this instant; with `sort=updated`, a CRM mirrors every change.' })),
  personEmail: Type.Optional(Type.String({ minLength: 3, maxLength: 320, description: 'The person\'s email address, exactly, ignoring letter case and surrounding spaces. Never matches a sensitive case whose personal data you may not see.' })),
  personPhone: Type.Optional(Type.String({ pattern: '^[0-9 +()-]{6,30}$', maxLength: 30, description: 'The person\'s telephone number, exactly, however written (`07700 900123` = `+44 7700 900123`). Never matches a sensitive case whose personal data you may not see.' })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words that must each start a word of the summary or of the person\'s or representative\'s name (at most 8 are used). Never matches a sensitive case whose personal data you may not see.' })),
  updateDue: Type.Optional(Type.Boolean({ description: 'Only open cases whose regular update is due: no correspondence either way (or since receipt) for more than the `updateEveryWorkingDays` (default 10) working days of the case\'s own policy (the version it started under, as the case answers it), in its own bank-holiday division.' })),
  correspondenceGap: Type.Optional(Type.Boolean({ description: 'Only cases with (true) or without (false) a correspondence gap: a stage acknowledged, extended or answered with no outgoing letter, email, call or meeting recorded for that duty (the `gaps` of `GET /v1/complaints/{id}/correspondence`).' })),
  sort: Type.Optional(Type.Union([Type.Literal('due'), Type.Literal('updated')], { description: '`due` (default): next due date, then id. `updated`: last change, oldest first, then id.' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25, description: 'Page size.' }),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'The `nextCursor` of the previous page.' })),
}, { additionalProperties: false })

type Cursor = QueuePosition

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** As Date#toISOString writes it (the only form the API issues), from year 1000 on. */
const ISO_INSTANT = /^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$/

/** Only what the API issued: anything else would reach PostgreSQL as an invalid uuid or date (a 500). */
function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Record<string, unknown>
    if (typeof c.id !== 'string' || !UUID.test(c.id)) throw new Error('no id')
    if ('updatedAt' in c && typeof c.updatedAt === 'string' && ISO_INSTANT.test(c.updatedAt) && Number.isFinite(Date.parse(c.updatedAt))) return { updatedAt: c.updatedAt, id: c.id }
    if (c.due === null || (typeof c.due === 'string' && isIsoDate(c.due) && !c.due.startsWith('0000'))) return { due: c.due, id: c.id }
  } catch { /* fall through */ }
  throw new HttpProblem(400, 'VALIDATION', 'querystring/cursor: is not a cursor this API issued', {
    errors: [{ location: 'querystring', field: '/cursor', rule: 'format', message: 'is not a cursor this API issued' }],
  })
}

const queueRoutes: FastifyPluginAsyncTypebox<{ deps: CaseDeps }> = async (app, { deps }) => {
  app.get('/v1/complaints', {
    config: { roles: CASE_READERS },
    schema: {
      operationId: 'listComplaints', tags: ['complaints'], summary: 'The work queue, sorted by next due date; finding cases',
      description: 'Cases you may see (the complaints team: all; a handler: assigned; intake: logged by you), with filters and cursor pagination. ' +
        'Find a case by `reference`, `crmReference`, the person\'s `personEmail` or `personPhone`, or words of its summary and names (`q`); ' +
        'mirror changes with `updatedSince` and `sort=updated`. The lines carry no personal data.',
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

  app.get('/v1/complaints/by-reference/:reference', {
    config: { roles: CASE_READERS },
    schema: {
      operationId: 'getComplaintByReference', tags: ['complaints'], summary: 'A case by its reference (as on the letters and the web form\'s reply)',
      description: 'The same answer as `GET /v1/complaints/{id}`; 404 when your council has no such case or you may not see it.',
      params: Type.Object({ reference: Type.String({ pattern: REFERENCE_PATTERN, maxLength: 30, description: 'The case\'s reference, e.g. `WOX-2026-000123` (any letter case).' }) }),
      response: { 200: Type.Ref('Case'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => sendCase(app, request, reply, await readCaseByReference(deps, requireAuth(request), request.params.reference)))
}

export default queueRoutes
