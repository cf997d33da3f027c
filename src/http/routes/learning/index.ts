import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { changeLearningAction, learningRegister, recordLearningAction, recordLearningFromCase } from '../../../services/learning.js'
import { requireAuth } from '../../plugins/authentication.js'
import { HttpProblem, problemResponses } from '../../problem.js'
import { LearningActionInputSchema, LearningActionPatchSchema, LearningActionSchema, LearningFromCaseInputSchema } from './schemas.js'
import { CaseIdParamsSchema } from '../complaints/case.schemas.js'
import type { TypedApp } from '../typed-app.js'

const KEEPERS = ['complaints_team', 'admin'] as const

function registerRoutes(app: TypedApp) {
  app.get('/v1/learning-actions', {
    config: { roles: KEEPERS },
    schema: {
      operationId: 'listLearningActions', tags: ['learning'], summary: 'The learning register: service improvements made because of complaints',
      response: { 200: Type.Object({ items: Type.Array(LearningActionSchema, { description: 'Oldest first.' }) }, { additionalProperties: false }), ...problemResponses(401, 403) },
    },
  }, async (request) => ({ items: await learningRegister(app.db, requireAuth(request).council.id) }))

  app.post('/v1/learning-actions', {
    config: { roles: KEEPERS },
    schema: {
      operationId: 'recordLearningAction', tags: ['learning'], summary: 'Record a service improvement, linked to the complaints that prompted it',
      description: 'A linked case that is not one of your council\'s is 422 `LEARNING.UNKNOWN_CASE` with the ids in `missing`.',
      body: LearningActionInputSchema,
      response: { 201: LearningActionSchema, ...problemResponses(400, 401, 403, 415, 422) },
    },
  }, async (request, reply) => {
    const { principal, council } = requireAuth(request)
    const b = request.body
    const action = await recordLearningAction(app.db, council.id, { ...b, doneOn: b.doneOn ?? null, caseIds: b.caseIds ?? [] }, principal.subject, app.now())
    return reply.code(201).header('location', `/v1/learning-actions/${action.id}`).send(action)
  })
}

function fromComplaintRoute(app: TypedApp) {
  app.post('/v1/complaints/:id/learning-actions', {
    config: { roles: ['complaints_team', 'handler'] },
    schema: {
      operationId: 'recordLearningFromComplaint', tags: ['learning'], summary: 'Record a service improvement prompted by this complaint',
      description: 'Linked to the case; in its lead service area unless another is given. A case you may not see is 404.',
      params: CaseIdParamsSchema,
      body: LearningFromCaseInputSchema,
      response: { 201: LearningActionSchema, ...problemResponses(400, 401, 403, 404, 415) },
    },
  }, async (request, reply) => {
    const caller = requireAuth(request)
    const b = request.body
    const action = await recordLearningFromCase({ db: app.db, calendars: app.calendars, now: app.now }, caller, request.params.id, { ...b, doneOn: b.doneOn ?? null })
    return reply.code(201).header('location', `/v1/learning-actions/${action.id}`).send(action)
  })
}

function changeRoute(app: TypedApp) {
  app.patch('/v1/learning-actions/:id', {
    config: { roles: KEEPERS },
    schema: {
      operationId: 'updateLearningAction', tags: ['learning'], summary: 'Change a service improvement, or record it done',
      params: Type.Object({ id: Type.String({ format: 'uuid', description: 'The action id.' }) }),
      body: LearningActionPatchSchema,
      response: { 200: LearningActionSchema, ...problemResponses(400, 401, 403, 404, 415, 422) },
    },
  }, async (request) => {
    const updated = await changeLearningAction(app.db, requireAuth(request).council.id, request.params.id, request.body, app.now())
    if (!updated) throw new HttpProblem(404, 'LEARNING.NOT_FOUND', 'No such learning action in your council.')
    return updated
  })
}

/** The learning register: the complaints team and admins keep it; a handler may record one from a case they hold. */
const learningRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerRoutes(app)
  fromComplaintRoute(app)
  changeRoute(app)
}

export default learningRoutes
