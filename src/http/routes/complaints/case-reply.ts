import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { caseScope } from '../../../services/case-access.js'
import { calendarOfCase } from '../../../services/calendars.js'
import { caseView } from '../../../services/case-view.js'
import type { CaseViewRecord } from '../../../services/cases.js'
import { requireAuth } from '../../plugins/authentication.js'

/** Who may read cases (each sees only their share: see services/case-access.ts), and who may act on them. */
export const CASE_READERS = ['complaints_team', 'handler', 'intake'] as const
export const CASE_ACTORS = ['complaints_team', 'handler'] as const

/** Every route that answers with a case sends the caller's view of it, with its version as the ETag. */
export function sendCase(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, row: CaseViewRecord, status = 200) {
  const { principal } = requireAuth(request)
  return reply.code(status).header('etag', `"${row.version}"`)
    .send(caseView(row, caseScope(principal), calendarOfCase(app.calendars, row), app.now()))
}
