import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { putStaffMember, staffMember, staffOf, type StaffMember } from '../../../services/staff.js'
import { reassignOpenCases } from '../../../services/staff-reassignment.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import type { TypedApp } from '../typed-app.js'
import {
  ReassignmentResultSchema, ReassignmentSchema, StaffDetailsSchema, StaffListSchema, StaffMemberSchema, StaffParamsSchema, StaffQuerySchema,
} from './schemas.js'

const view = (m: StaffMember) => ({
  subject: m.subject, registered: m.registered, displayName: m.displayName, email: m.email, serviceAreas: m.serviceAreas,
  mayHandleStage1: m.mayHandleStage1, mayReviewStage2: m.mayReviewStage2, active: m.active,
  firstSeenAt: m.firstSeenAt?.toISOString() ?? null, updatedBy: m.updatedBy, updatedAt: m.updatedAt.toISOString(),
})

const tags = ['councils']

function staffReadRoutes(app: TypedApp) {
  app.get('/v1/councils/current/staff', {
    config: { roles: ['admin', 'complaints_team'] },
    schema: {
      operationId: 'listStaff', tags, summary: 'The council\'s staff, and subjects seen but not registered',
      querystring: StaffQuerySchema,
      response: { 200: StaffListSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => ({ items: (await staffOf(app.db, requireAuth(request).council.id, request.query)).map(view) }))

  app.get('/v1/councils/current/staff/:subject', {
    config: { roles: ['admin', 'complaints_team'] },
    schema: {
      operationId: 'getStaffMember', tags, summary: 'One member of staff', params: StaffParamsSchema,
      response: { 200: StaffMemberSchema, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => view(await staffMember(app.db, requireAuth(request).council.id, request.params.subject)))
}

function staffChangeRoutes(app: TypedApp) {
  app.put('/v1/councils/current/staff/:subject', {
    config: { roles: ['admin'] },
    schema: {
      operationId: 'putStaffMember', tags, summary: 'Register or change a member of staff',
      description: 'Only registered, active staff with the capability may be assigned cases (stage 1: `mayHandleStage1`; stage 2: `mayReviewStage2`); assignment refuses anyone else with 422 naming the rule.',
      params: StaffParamsSchema, body: StaffDetailsSchema,
      response: { 200: StaffMemberSchema, ...problemResponses(400, 401, 403, 415) },
    },
  }, async (request) => {
    const { principal, council } = requireAuth(request)
    const body = request.body
    return view(await putStaffMember(app.db, council.id, request.params.subject, {
      displayName: body.displayName, email: body.email ?? null, serviceAreas: body.serviceAreas ?? [],
      mayHandleStage1: body.mayHandleStage1, mayReviewStage2: body.mayReviewStage2, active: body.active ?? true,
    }, principal.subject, app.now()))
  })

  app.post('/v1/councils/current/staff/:subject/reassignment', {
    config: { roles: ['complaints_team'] },
    schema: {
      operationId: 'reassignOpenCases', tags, summary: 'Move a leaver\'s open cases to others, in one call',
      description: 'Each case is reassigned through its own assignment action, recorded in its history; the staff and independence rules apply, and a case a rule keeps is listed in `skipped`.',
      params: StaffParamsSchema, body: ReassignmentSchema,
      response: { 200: ReassignmentResultSchema, ...problemResponses(400, 401, 403, 415, 422) },
    },
  }, async (request) => {
    const caller = requireAuth(request)
    return reassignOpenCases({ db: app.db, calendars: app.calendars, now: app.now }, caller, request.params.subject, request.body)
  })
}

/** The council's staff: admins register and change them; the complaints team reads them to allocate work. */
const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  staffReadRoutes(app)
  staffChangeRoutes(app)
}

export default staffRoutes
