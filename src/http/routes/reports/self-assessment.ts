import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { findProvision, londonDate } from '../../../domain/index.js'
import { currentSelfAssessment } from '../../../services/annual-report.js'
import { answerProvision, publishedSelfAssessment, publishSelfAssessment, recordSignOff } from '../../../services/self-assessment.js'
import { requireAuth } from '../../plugins/authentication.js'
import { HttpProblem, problemResponses } from '../../problem.js'
import { REPORT_READERS as READERS } from './common.js'
import { YearSchema } from './schemas.js'
import type { TypedApp } from '../typed-app.js'
import {
  AnswerInputSchema, ProvisionRefSchema, PublishedSelfAssessmentSchema, PublishedVersionSchema, SelfAssessmentRowSchema, SelfAssessmentSchema,
  SignOffInputSchema, SignOffSchema,
} from './self-assessment.schemas.js'

/** The self-assessment is the council's formal position: answered, signed off and published by its admins. */
const WRITERS = ['admin'] as const

const YearParams = Type.Object({ year: YearSchema })

type Council = ReturnType<typeof requireAuth>['council']

/** The year's self-assessment as it stands today. */
const current = (app: TypedApp, council: Council, year: number) =>
  currentSelfAssessment(app.db, council.id, year, londonDate(app.now()), app.calendars.get(council.bankHolidayDivision))

/** The catalogue says which provisions the data evidences (no need to count the year's figures to know): those take no `complies`. */
function checkAnswer(ref: string, complies: boolean | undefined): void {
  const fromData = (findProvision(ref)?.evidence ?? null) !== null
  if (fromData && complies !== undefined) {
    throw new HttpProblem(400, 'VALIDATION', `body/complies: provision ${ref} is evidenced from data; record commentary or an action instead`, {
      errors: [{ location: 'body', field: '/complies', rule: 'evidenced-from-data', message: 'not allowed for a provision evidenced from data' }],
    })
  }
  if (!fromData && complies === undefined) {
    throw new HttpProblem(400, 'VALIDATION', `body/complies: provision ${ref} is answered by the council: say whether it complies`, {
      errors: [{ location: 'body', field: '/complies', rule: 'required', message: 'required for a provision the data cannot evidence' }],
    })
  }
}

function draftRoute(app: TypedApp) {
  app.get('/v1/reports/self-assessment/:year', {
    config: { roles: READERS },
    schema: {
      operationId: 'getSelfAssessment', tags: ['reports'], summary: 'The year\'s self-assessment against the Code, provision by provision',
      description: 'Every provision of the Code\'s catalogue: evidenced from the year\'s data (figure, threshold, met or not with the rule stated) or answered by the council; ' +
        'the governing body\'s response and the Member responsible\'s sign-off; the published versions. The current draft; published versions are frozen. No personal data.',
      params: YearParams,
      response: { 200: SelfAssessmentSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => current(app, requireAuth(request).council, request.params.year))
}

function answerRoute(app: TypedApp) {
  app.put('/v1/reports/self-assessment/:year/provisions/:ref', {
    config: { roles: WRITERS },
    schema: {
      operationId: 'answerSelfAssessmentProvision', tags: ['reports'], summary: 'Record the council\'s answer for one provision',
      description: 'For a provision the data cannot evidence: whether the council complies, with evidence, commentary and any action with a date. ' +
        'For one evidenced from data, commentary and an action only (`complies` is not allowed: the data says). Replaces the previous answer; records who and when.',
      params: Type.Object({ year: YearSchema, ref: ProvisionRefSchema }),
      body: AnswerInputSchema,
      response: { 200: SelfAssessmentRowSchema, ...problemResponses(400, 401, 403, 415) },
    },
  }, async (request) => {
    const { principal, council } = requireAuth(request)
    const { year, ref } = request.params
    const body = request.body
    checkAnswer(ref, body.complies)
    await answerProvision(app.db, council.id, year, {
      ref, complies: body.complies ?? null, evidence: body.evidence, links: body.links, commentary: body.commentary, action: body.action, answeredBy: principal.subject,
    }, app.now())
    return (await current(app, council, year)).rows.find((r) => r.ref === ref)!
  })
}

function signOffRoute(app: TypedApp) {
  app.put('/v1/reports/self-assessment/:year/sign-off', {
    config: { roles: WRITERS },
    schema: {
      operationId: 'signOffSelfAssessment', tags: ['reports'], summary: 'Record the governing body\'s response and the Member responsible\'s sign-off',
      description: 'Needed before the self-assessment can be published (Code 8.2). Replaces what was recorded.',
      params: YearParams,
      body: SignOffInputSchema,
      response: { 200: SignOffSchema, ...problemResponses(400, 401, 403, 415) },
    },
  }, async (request) => {
    const { principal, council } = requireAuth(request)
    return recordSignOff(app.db, council.id, request.params.year, { ...request.body, recordedBy: principal.subject }, app.now())
  })
}

function versionRoutes(app: TypedApp) {
  app.post('/v1/reports/self-assessment/:year/versions', {
    config: { roles: WRITERS },
    schema: {
      operationId: 'publishSelfAssessment', tags: ['reports'], summary: 'Publish the self-assessment as it stands: a new frozen version',
      description: 'Freezes the current self-assessment (figures, answers, sign-off) as the next version. Needs the sign-off and an answer for every provision the data cannot evidence ' +
        '(422 `SELF_ASSESSMENT.NOT_SIGNED_OFF`, `SELF_ASSESSMENT.INCOMPLETE` with the `missing` provisions). Later changes are published as a new version; earlier versions stay readable.',
      params: YearParams,
      response: { 201: PublishedVersionSchema, ...problemResponses(400, 401, 403, 422) },
    },
  }, async (request, reply) => {
    const { principal, council } = requireAuth(request)
    const published = await publishSelfAssessment(app.db, council.id, await current(app, council, request.params.year), principal.subject, app.now())
    return reply.code(201).header('location', `/v1/reports/self-assessment/${request.params.year}/versions/${published.version}`).send(published)
  })

  app.get('/v1/reports/self-assessment/:year/versions/:version', {
    config: { roles: READERS },
    schema: {
      operationId: 'getPublishedSelfAssessment', tags: ['reports'], summary: 'A published version of the self-assessment, as it was frozen',
      params: Type.Object({ year: YearSchema, version: Type.Integer({ minimum: 1, maximum: 1000000, description: 'The version number.' }) }),
      response: { 200: PublishedSelfAssessmentSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const found = await publishedSelfAssessment(app.db, requireAuth(request).council.id, request.params.year, request.params.version)
    if (!found) throw new HttpProblem(404, 'SELF_ASSESSMENT.VERSION_NOT_FOUND', `No version ${request.params.version} of the ${request.params.year} self-assessment has been published.`)
    return found
  })
}

const selfAssessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  draftRoute(app)
  answerRoute(app)
  signOffRoute(app)
  versionRoutes(app)
}

export default selfAssessmentRoutes
