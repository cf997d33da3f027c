import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { changeCouncilSettings, councilSettings, replacePolicy, type CouncilSettings, type ReportingSettingsView } from '../../../services/councils.js'
import { policyInForce, policyVersion, policyVersions } from '../../../services/policies.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import {
  CouncilSettingsPatchSchema, CouncilSettingsSchema, PolicyChangeSchema, PolicyInForceSchema,
  PolicyVersionListSchema, PolicyVersionParamsSchema,
} from './schemas.js'
import { IfMatchHeadersSchema, parseIfMatch } from '../../if-match.js'
import type { TypedApp } from '../typed-app.js'

const settingsView = (s: CouncilSettings & { reporting: ReportingSettingsView }) => ({
  slug: s.slug, name: s.name, referencePrefix: s.referencePrefix, bankHolidayDivision: s.bankHolidayDivision, publicIntake: s.publicIntake,
  reporting: s.reporting,
})

function settingsRoutes(app: TypedApp) {
  app.get('/v1/councils/current', {
    schema: {
      operationId: 'getCurrentCouncil', tags: ['councils'], summary: 'The council your token acts for, and its settings',
      response: { 200: CouncilSettingsSchema, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => settingsView(await councilSettings(app.db, requireAuth(request).council.id)))

  app.patch('/v1/councils/current', {
    config: { roles: ['admin'] },
    schema: {
      operationId: 'updateCurrentCouncil', tags: ['councils'], summary: 'Change the council\'s name, its public intake for website forms, or its reporting settings',
      description: 'Public intake is off by default. The allow-list replaces the previous one; origins are stored in lower case. ' +
        '`reporting` sets the population (rates per 10,000 residents) and the timeliness target the self-assessment rates against.',
      body: CouncilSettingsPatchSchema,
      response: { 200: CouncilSettingsSchema, ...problemResponses(400, 401, 403, 404, 415) },
    },
  }, async (request) => settingsView(await changeCouncilSettings(app.db, requireAuth(request).council.id, request.body)))
}

function policyRoutes(app: TypedApp) {
  app.get('/v1/councils/current/policy', {
    schema: {
      operationId: 'getCurrentPolicy', tags: ['councils'], summary: 'The council\'s policy in force',
      description: 'Timescales, escalation window, outcome scheme and the catalogue of matters not considered. Open cases keep the version they started under (see a case\'s `policy.version`).',
      response: { 200: PolicyInForceSchema, ...problemResponses(401, 403) },
    },
  }, async (request, reply) => {
    const policy = await policyInForce(app.db, requireAuth(request).council.id)
    return reply.header('etag', `"${policy.version}"`).send(policy)
  })

  app.get('/v1/councils/current/policy/versions', {
    schema: {
      operationId: 'listPolicyVersions', tags: ['councils'], summary: 'Every version of the council\'s policy',
      description: 'Oldest first, starting with version 0 (the Code\'s defaults, for cases logged before the council recorded a policy). Read one version with `GET .../versions/{version}` to explain a case\'s dates from the version it runs under.',
      response: { 200: PolicyVersionListSchema, ...problemResponses(401, 403) },
    },
  }, async (request) => ({ items: await policyVersions(app.db, requireAuth(request).council.id) }))
}

function policyVersionRoute(app: TypedApp) {
  app.get('/v1/councils/current/policy/versions/:version', {
    schema: {
      operationId: 'getPolicyVersion', tags: ['councils'], summary: 'One version of the council\'s policy, as recorded',
      description: 'The resolved policy of that version: the timescales, escalation window, outcome scheme and catalogue a case under it runs by.',
      params: PolicyVersionParamsSchema,
      response: { 200: PolicyInForceSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const policy = await policyVersion(app.db, requireAuth(request).council.id, request.params.version)
    return reply.header('etag', `"${policy.version}"`).send(policy)
  })
}

function policyChangeRoute(app: TypedApp) {
  app.put('/v1/councils/current/policy', {
    config: { roles: ['admin'] },
    schema: {
      operationId: 'replaceCurrentPolicy', tags: ['councils'], summary: 'Record a new version of the council\'s policy',
      description: 'A preset plus the council\'s changes. An invalid result is 422 naming each field and rule. New cases start under the new version; open cases keep theirs, so their dates do not move.',
      headers: IfMatchHeadersSchema,
      body: PolicyChangeSchema,
      response: { 200: PolicyInForceSchema, ...problemResponses(400, 401, 403, 412, 415, 422) },
    },
  }, async (request, reply) => {
    const { principal, council } = requireAuth(request)
    const policy = await replacePolicy(app.db, council.id, { preset: request.body.preset, overrides: request.body.overrides as Record<string, unknown> }, principal.subject, parseIfMatch(request.headers['if-match']))
    return reply.header('etag', `"${policy.version}"`).send(policy)
  })
}

/**
 * The council the token acts for: anyone authenticated in it may read its settings and the policy in force
 * (handlers and CRMs need the catalogue and timescales); only `admin` changes them.
 */
const councilsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  settingsRoutes(app)
  policyRoutes(app)
  policyVersionRoute(app)
  policyChangeRoute(app)
}

export default councilsRoutes
