import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { CaseCommand } from '../../../domain/index.js'
import { applyCommand, checkParties, readCase, receiveCase, viewCase, type CaseDeps } from '../../../services/cases.js'
import { caseTimeline } from '../../../services/case-timeline.js'
import { IfMatchHeadersSchema, parseIfMatch } from '../../if-match.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import type { TypedApp } from '../typed-app.js'
import { CASE_ACTIONS } from './case-actions.js'
import { CASE_ACTORS, CASE_READERS, sendCase } from './case-reply.js'
import { CaseIdParamsSchema } from './case.schemas.js'
import { IdempotencyHeadersSchema, type Intake } from './intake.schemas.js'
import amendRoutes from './amend.js'
import correspondenceRoutes from './correspondence.js'
import queueRoutes from './queue.js'

const CaseRef = Type.Ref('Case')

function intakeRoute(app: TypedApp, deps: CaseDeps) {
  app.post('/v1/complaints', {
    config: { roles: ['intake', 'complaints_team'] },
    schema: {
      operationId: 'createComplaint', tags: ['complaints'], summary: 'Log a new complaint or request from any channel',
      description: 'Returns the case with its reference and deadlines (acknowledgement due). Send an `Idempotency-Key` so that a retry never logs the complaint twice.',
      headers: IdempotencyHeadersSchema,
      body: Type.Ref('Intake'),
      response: { 201: CaseRef, ...problemResponses(400, 401, 403, 413, 415, 422) },
    },
  }, async (request, reply) => {
    const body = request.body as Intake
    checkParties(body)
    const c = requireAuth(request)
    if (body.relatedCaseId) await readCase(deps, c, body.relatedCaseId)
    const { row, replayed } = await receiveCase(deps, c, body, request.headers['idempotency-key'] ?? null)
    if (replayed) reply.header('idempotent-replayed', 'true')
    return sendCase(app, request, reply.header('location', `/v1/complaints/${row.id}`), row, 201)
  })
}

function caseReadRoutes(app: TypedApp, deps: CaseDeps) {
  app.get('/v1/complaints/:id', {
    config: { roles: CASE_READERS },
    schema: {
      operationId: 'getComplaint', tags: ['complaints'], summary: 'A case: state, deadlines with their basis, flags, links',
      params: CaseIdParamsSchema,
      response: { 200: CaseRef, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => sendCase(app, request, reply, await viewCase(deps, requireAuth(request), request.params.id)))

  app.get('/v1/complaints/:id/timeline', {
    config: { roles: CASE_READERS },
    schema: {
      operationId: 'getComplaintTimeline', tags: ['complaints'], summary: 'The case\'s history: every event, who, when, with its data',
      params: CaseIdParamsSchema,
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('TimelineEntry')) }), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => ({ items: await caseTimeline(deps, requireAuth(request), request.params.id) }))
}

/** One route per action of CASE_ACTIONS: its body and the path's id are the domain's command. */
function actionRoute(app: TypedApp, deps: CaseDeps, action: typeof CASE_ACTIONS[number]) {
  const params = action.param
    ? Type.Object({ ...CaseIdParamsSchema.properties, [action.param]: Type.String({ minLength: 1, maxLength: 40, description: 'Id within the case.' }) })
    : CaseIdParamsSchema
  app.post(`/v1/complaints/:id/${action.path}`, {
    config: { roles: CASE_ACTORS },
    // Actions with nothing to say (resume, acknowledge stage 2) may be posted without a body.
    preValidation: async (request) => {
      if (request.body === undefined || request.body === null) request.body = {}
    },
    schema: {
      operationId: action.operationId, tags: ['complaints'], summary: action.summary,
      ...(action.description ? { description: action.description } : {}),
      params, headers: IfMatchHeadersSchema, body: action.body,
      response: { 200: CaseRef, ...problemResponses(400, 401, 403, 404, 409, 412, 415, 422) },
    },
  }, async (request, reply) => {
    const p = request.params as Record<string, string>
    const body = request.body as { occurredAt?: string }
    const command = {
      ...action.defaults?.(app.now(), body),
      ...body,
      ...(action.param ? { [action.param]: p[action.param] } : {}),
      type: action.command,
    } as CaseCommand
    const row = await applyCommand(deps, requireAuth(request), p.id!, command, { ifMatch: parseIfMatch(request.headers['if-match']) })
    return sendCase(app, request, reply, row)
  })
}

const complaintsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: CaseDeps = { db: app.db, calendars: app.calendars, now: app.now }
  intakeRoute(app, deps)
  caseReadRoutes(app, deps)
  for (const action of CASE_ACTIONS) actionRoute(app, deps, action)
  await app.register(queueRoutes, { deps })
  await app.register(amendRoutes, { deps })
  await app.register(correspondenceRoutes, { deps })
}

export default complaintsRoutes
