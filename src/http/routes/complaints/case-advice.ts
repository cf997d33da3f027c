import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { CaseDeps } from '../../../services/cases.js'
import { checkExclusions } from '../../../services/exclusion-check.js'
import { raiseRelatedIssue } from '../../../services/related-issues.js'
import { parseIfMatch } from '../../if-match.js'
import { CaseIdParamsSchema } from './case.schemas.js'
import { CASE_ACTORS, sendCase } from './case-reply.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import {
  ExclusionAdviceSchema, ExclusionCheckBodySchema, RelatedIssueBodySchema, RelatedIssueHeadersSchema,
} from './case-advice.schemas.js'

/** Triage helpers beside the case's commands: advice on exclusions, and further issues the person raises. */
const caseAdviceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: CaseDeps = { db: app.db, calendars: app.calendars, now: app.now }

  app.post('/v1/complaints/:id/exclusion-check', {
    config: { roles: CASE_ACTORS },
    schema: {
      operationId: 'checkExclusions', tags: ['complaints'], summary: 'Advice: which catalogue entries may apply, the 12-month test, already considered?',
      description: 'Checks the given facts against the catalogue of the policy the case started under. Advice only: it records nothing and the case\'s version does not change. Refusing still needs an acknowledgement naming entries and explaining.',
      params: CaseIdParamsSchema,
      body: ExclusionCheckBodySchema,
      response: { 200: ExclusionAdviceSchema, ...problemResponses(400, 401, 403, 404, 415, 422) },
    },
  }, async (request) => checkExclusions(deps, requireAuth(request), request.params.id, request.body))

  app.post('/v1/complaints/:id/related-issues', {
    config: { roles: CASE_ACTORS },
    schema: {
      operationId: 'raiseRelatedIssue', tags: ['complaints'], summary: 'A further issue: added to the case, or a new linked case after stage 1',
      description: 'Before the stage 1 response the issue is added to the case (200, the case with a new version). After it, or once the case has ended without one (refused, signposted, withdrawn, closed), a new case is opened from the same person by the same channel, linked to this one (201, the new case, `Location`).',
      params: CaseIdParamsSchema,
      headers: RelatedIssueHeadersSchema,
      body: RelatedIssueBodySchema,
      response: {
        200: Type.Ref('Case'),
        201: Type.Ref('Case'),
        ...problemResponses(400, 401, 403, 404, 412, 415, 422),
      },
    },
  }, async (request, reply) => {
    const caller = requireAuth(request)
    const result = await raiseRelatedIssue(deps, caller, request.params.id, request.body.summary, {
      ifMatch: parseIfMatch(request.headers['if-match']),
      idempotencyKey: request.headers['idempotency-key'] ?? null,
    })
    if (!result.added) {
      reply.header('location', `/v1/complaints/${result.row.id}`)
      if (result.replayed) reply.header('idempotent-replayed', 'true')
    }
    return sendCase(app, request, reply, result.row, result.added ? 200 : 201)
  })
}

export default caseAdviceRoutes
