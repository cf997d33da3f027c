import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { CORRESPONDENCE_DUTIES } from '../../../domain/index.js'
import { caseCorrespondence, recordCorrespondence } from '../../../services/correspondence.js'
import type { CaseDeps } from '../../../services/cases.js'
import { IfMatchHeadersSchema, parseIfMatch } from '../../if-match.js'
import { CaseIdParamsSchema } from './case.schemas.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import { CASE_ACTORS, CASE_READERS } from './case-reply.js'

const DutySchema = Type.Union(CORRESPONDENCE_DUTIES.map((d) => Type.Literal(d)), {
  description: 'A duty to tell the person that this correspondence served: acknowledging a stage, an extension notice (with the Ombudsman\'s details, Code 6.5), a regular update, a stage 1 or 2 response, the details of how to escalate.',
})

export const CorrespondenceInputSchema = Type.Object({
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')], { description: '`out`: from the council; `in`: from the person or their representative.' }),
  channel: Type.Union(['letter', 'email', 'phone', 'meeting', 'text_message', 'in_person'].map((c) => Type.Literal(c)), { description: 'How.' }),
  occurredAt: Type.String({ format: 'date-time', description: 'When it was sent, received or held (the letter\'s date, the call\'s time); never in the future, never before receipt.' }),
  party: Type.String({ minLength: 1, maxLength: 200, description: 'Who the council corresponded with, e.g. "the person", "their daughter" (personal data).' }),
  summary: Type.String({ minLength: 1, maxLength: 5000, description: 'What was said (personal data: shown only to those who may see the case\'s personal data, never in the event log).' }),
  duties: Type.Array(DutySchema, { maxItems: 7, uniqueItems: true, default: [], description: 'The duties it served (outgoing only).' }),
  stage: Type.Optional(Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'The stage it belongs to; defaults to the case\'s current stage.' })),
  ombudsmanDetailsGiven: Type.Optional(Type.Boolean({ description: 'Whether it gave the Ombudsman\'s details (required with an extension notice by Code 6.5).' })),
}, { additionalProperties: false, $id: 'CorrespondenceInput', title: 'CorrespondenceInput', description: 'A letter, email, call or meeting to record on the case.' })

export const CorrespondenceEntrySchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The entry.' }),
  direction: Type.String({ description: '`in` or `out`.' }),
  channel: Type.String({ description: 'How.' }),
  occurredAt: Type.String({ format: 'date-time', description: 'When it happened.' }),
  stage: Type.Integer({ description: 'Stage.' }),
  party: Type.Union([Type.String(), Type.Null()], { description: 'Who; null when personal data is hidden from you.' }),
  summary: Type.Union([Type.String(), Type.Null()], { description: 'What was said; null when personal data is hidden from you.' }),
  duties: Type.Array(Type.String(), { description: 'Duties it served.' }),
  ombudsmanDetailsGiven: Type.Boolean({ description: 'Whether it gave the Ombudsman\'s details.' }),
  recordedBy: Type.String({ description: 'Who recorded it.' }),
  recordedAt: Type.String({ format: 'date-time', description: 'When it was recorded.' }),
  struckOut: Type.Boolean({ description: 'Struck out by a correction (recorded in error): kept in the log, but evidence of no duty and no contact.' }),
  correction: Type.Union([Type.Object({
    at: Type.String({ format: 'date-time', description: 'When the latest correction was recorded.' }),
    by: Type.String({ description: 'Who recorded it.' }),
    reason: Type.String({ description: 'Why the entry was wrong.' }),
    firstOccurredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'A redated entry: when it first said it happened; null if it was struck out without being redated.' }),
  }, { additionalProperties: false }), Type.Null()], {
    description: 'The latest correction of the entry (`POST /v1/complaints/{id}/corrections` with the sequence of its `correspondence_recorded` event); null if never corrected.',
  }),
}, { $id: 'CorrespondenceEntry', title: 'CorrespondenceEntry', description: 'An entry of a case\'s correspondence log.' })

export const DutyEvidenceSchema = Type.Object({
  duty: Type.String({ description: 'The duty to tell the person.' }),
  stage: Type.Integer({ description: 'Stage.' }),
  doneOn: Type.String({ format: 'date', description: 'When the case records it done (acknowledged, told of the extension, responded).' }),
  toldBy: Type.Union([Type.Object({ id: Type.String({ format: 'uuid', description: 'The entry.' }), on: Type.String({ format: 'date', description: 'Its day.' }) }), Type.Null()], {
    description: 'The correspondence that told the person; null is a gap: the duty is recorded done but no letter, email or call is.',
  }),
  ombudsmanDetailsGiven: Type.Optional(Type.Boolean({ description: 'Extension notices: whether the Ombudsman\'s details were given.' })),
}, { $id: 'DutyEvidence', title: 'DutyEvidence', description: 'Was the person told, and when? One duty and its evidence.' })

export const CorrespondenceLogSchema = Type.Object({
  items: Type.Array(Type.Ref('CorrespondenceEntry'), { description: 'Oldest first, struck-out entries included.' }),
  evidence: Type.Array(Type.Ref('DutyEvidence'), { description: 'Each duty to tell the person the case has done, with the correspondence that did it: each stage\'s acknowledgement, each extension, each response, and with each response how to escalate (`escalation_details`: to stage 2, then to the Ombudsman).' }),
  gaps: Type.Integer({ description: 'Duties done with no correspondence recorded.' }),
  lastContactOn: Type.String({ format: 'date', description: 'The last day of correspondence either way (the day of receipt when none).' }),
  updateDue: Type.Boolean({ description: 'An open case with no contact for more than the policy\'s `updateEveryWorkingDays` (default 10) working days.' }),
}, { $id: 'CorrespondenceLog', title: 'CorrespondenceLog', description: 'A case\'s correspondence and the evidence it gives.' })

export const CORRESPONDENCE_SCHEMAS = [CorrespondenceInputSchema, CorrespondenceEntrySchema, DutyEvidenceSchema, CorrespondenceLogSchema]

const correspondenceRoutes: FastifyPluginAsyncTypebox<{ deps: CaseDeps }> = async (app, { deps }) => {
  app.post('/v1/complaints/:id/correspondence', {
    config: { roles: CASE_ACTORS },
    schema: {
      operationId: 'recordCorrespondence', tags: ['complaints'], summary: 'Record a letter, email, call or meeting on the case',
      description: 'With the duties it served; the case\'s history records it (without the summary or the party) and its version moves.',
      params: CaseIdParamsSchema,
      headers: IfMatchHeadersSchema,
      body: Type.Ref('CorrespondenceInput'),
      response: { 201: Type.Ref('CorrespondenceEntry'), ...problemResponses(400, 401, 403, 404, 412, 415, 422) },
    },
  }, async (request, reply) => {
    const body = request.body as Parameters<typeof recordCorrespondence>[3]
    const { entry, version } = await recordCorrespondence(deps, requireAuth(request), request.params.id, { ...body, duties: body.duties ?? [] }, parseIfMatch(request.headers['if-match']))
    return reply.code(201).header('etag', `"${version}"`).send(entry)
  })

  app.get('/v1/complaints/:id/correspondence', {
    config: { roles: CASE_READERS },
    schema: {
      operationId: 'getCorrespondence', tags: ['complaints'], summary: 'The case\'s correspondence, the evidence it gives, its gaps, and whether an update is due',
      params: CaseIdParamsSchema,
      response: { 200: Type.Ref('CorrespondenceLog'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => caseCorrespondence(deps, requireAuth(request), request.params.id))
}

export default correspondenceRoutes
