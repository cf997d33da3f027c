import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { amendCase, type Amendment } from '../../../services/case-amendment.js'
import { correctCase, type Correction } from '../../../services/case-correction.js'
import type { CaseDeps } from '../../../services/cases.js'
import { IfMatchHeadersSchema, parseIfMatch } from '../../if-match.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import { CASE_ACTORS, sendCase } from './case-reply.js'
import { AmendmentSchema, CorrectionSchema } from './amend.schemas.js'
import { CaseIdParamsSchema } from './case.schemas.js'

/** PATCH /v1/complaints/{id}: change what intake recorded, as an event in the case's history. */
const amendRoutes: FastifyPluginAsyncTypebox<{ deps: CaseDeps }> = async (app, { deps }) => {
  app.patch('/v1/complaints/:id', {
    config: { roles: CASE_ACTORS },
    schema: {
      operationId: 'amendComplaint', tags: ['complaints'], summary: 'Amend the person, the representative, adjustments, flags or the matter',
      description: 'Send only the fields that change (a `null` removes an optional one; `person` merges field by field, `representative` is replaced whole). ' +
        'Recorded as one `amended` event naming each field with its old and new value (shown in the timeline to those who may see the personal data). ' +
        'All or nothing: a 422 names every field and rule broken. The sensitive flag is the complaints team\'s to change. A patch that changes nothing records nothing.',
      params: CaseIdParamsSchema, headers: IfMatchHeadersSchema, body: AmendmentSchema,
      response: { 200: Type.Ref('Case'), ...problemResponses(400, 401, 403, 404, 412, 415, 422) },
    },
  }, async (request, reply) => {
    const row = await amendCase(deps, requireAuth(request), request.params.id, request.body as Amendment, parseIfMatch(request.headers['if-match']))
    return sendCase(app, request, reply, row)
  })

  app.post('/v1/complaints/:id/corrections', {
    config: { roles: CASE_ACTORS },
    schema: {
      operationId: 'correctAction', tags: ['complaints'], summary: 'Correct a mistaken action: strike it out, or redate it',
      description: 'Records a `corrected` event with the reason; history is never deleted. Without `redateTo` the action is struck out (recorded in error, ' +
        'e.g. an acknowledgement on the wrong case); with it, the action is taken as having happened then (its day, lateness and what follows from its date ' +
        'are recomputed). Only the case\'s latest action still standing can be corrected (amendments aside): correct later ones first, latest first. ' +
        'The receipt, amendments and corrections are not corrected (a mistaken amendment is undone by another, `PATCH` with the old values and a reason). ' +
        'The case, its deadlines and the reports follow the corrected facts. ' +
        'A `sequence` naming a `correspondence_recorded` entry corrects that correspondence entry, in any order: struck out (logged on the wrong case, ' +
        'or with duties it did not serve: record it again as it was) or redated (not in the future, not before receipt); it stays in the log, ' +
        'a `correspondence_corrected` event records the reason, and the evidence, its gaps and the last contact follow the entries that stand.',
      params: CaseIdParamsSchema, headers: IfMatchHeadersSchema, body: CorrectionSchema,
      response: { 200: Type.Ref('Case'), ...problemResponses(400, 401, 403, 404, 409, 412, 415, 422) },
    },
  }, async (request, reply) => {
    const row = await correctCase(deps, requireAuth(request), request.params.id, request.body as Correction, parseIfMatch(request.headers['if-match']))
    return sendCase(app, request, reply, row)
  })
}

export default amendRoutes
