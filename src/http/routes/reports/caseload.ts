import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { londonDate } from '../../../domain/index.js'
import { caseload, type Caseload, type CaseloadFigures } from '../../../services/caseload.js'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'
import { cell } from './csv.js'
import { REPORT_READERS, sendCsv, wants } from './common.js'
import { OpenNowSchema } from './schemas.js'

const CaseloadFiguresSchema = Type.Object({
  ...OpenNowSchema.properties,
  correspondenceGaps: Type.Integer({ minimum: 0, description: 'Of which a duty (acknowledgement, extension, response) was done with no letter to the person recorded for it.' }),
  nextDueOn: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'The earliest due date among these cases (the most pressing duty); null when there are none.' }),
}, { title: 'CaseloadFigures', additionalProperties: false, description: 'Open cases awaiting a council duty now, counted as the performance report\'s open caseload.' })

const HolderCaseloadSchema = Type.Object({
  subject: Type.String({ description: 'The holder\'s subject, as in their token and the case\'s `handler` / `stage2Handler`.' }),
  displayName: Type.Union([Type.String(), Type.Null()], { description: 'The name the council\'s staff record gives them; null when it gives none.' }),
  active: Type.Union([Type.Boolean(), Type.Null()], { description: 'Whether they may be assigned work: false for a leaver, a long absence or a subject never registered as staff (their cases are to be reassigned); null when there is no staff record at all.' }),
  ...CaseloadFiguresSchema.properties,
}, { title: 'HolderCaseload', additionalProperties: false, description: 'The open cases one person holds now.' })

const CaseloadSchema = Type.Object({
  asAt: Type.String({ format: 'date', description: 'The London date the figures are as at.' }),
  dueSoonBy: Type.String({ format: 'date', description: 'The last day counted in `dueWithin5WorkingDays` (5 working days after `asAt`, the council\'s calendar).' }),
  total: CaseloadFiguresSchema,
  unassigned: CaseloadFiguresSchema,
  holders: Type.Array(HolderCaseloadSchema, { description: 'Everyone holding open cases, most overdue first, then most open, then by subject. The holders\' figures and `unassigned` add up to `total`.' }),
}, { title: 'Caseload', additionalProperties: false, description: 'Who holds the open cases now: each holder\'s figures, the unassigned cases and the total.' })

const CSV_FIGURES = ['open', 'stage1', 'stage2', 'overdue', 'dueWithin5WorkingDays', 'correspondenceGaps', 'nextDueOn'] as const satisfies readonly (keyof CaseloadFigures)[]

/** One row per holder, then the unassigned cases and the total (holder `(unassigned)` / `(total)`, no subject). */
export function caseloadCsv(c: Caseload): string {
  const header = ['asAt', 'subject', 'displayName', 'active', ...CSV_FIGURES]
  const row = (subject: string, name: string | null, active: boolean | null, f: CaseloadFigures) =>
    [c.asAt, subject, name, active, ...CSV_FIGURES.map((k) => f[k])].map(cell).join(',')
  return [
    header.join(','),
    ...c.holders.map((h) => row(h.subject, h.displayName, h.active, h)),
    row('', '(unassigned)', null, c.unassigned),
    row('', '(total)', null, c.total),
  ].join('\r\n') + '\r\n'
}

const caseloadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/v1/reports/caseload', {
    config: { roles: REPORT_READERS },
    schema: {
      operationId: 'getCaseload', tags: ['reports'], summary: 'Who holds the open cases now, by name',
      description: 'The open caseload (cases awaiting a council duty: an acknowledgement or a response) by who holds each case: the stage 1 handler, or the stage 2 reviewer for a stage 2 duty. ' +
        'Holders are named by the council\'s staff records; leavers still holding cases show with `active: false`, to be reassigned (`POST /v1/councils/current/staff/{subject}/reassignment`). ' +
        'Send `Accept: text/csv` for one CSV row per holder. Staff names only; no complainant\'s personal data.',
      response: {
        200: {
          description: 'The caseload.',
          content: {
            'application/json': { schema: CaseloadSchema },
            'text/csv': { schema: Type.String({ description: 'Header `asAt,subject,displayName,active,open,stage1,stage2,overdue,dueWithin5WorkingDays,correspondenceGaps,nextDueOn`; a row per holder, then `(unassigned)` and `(total)`.' }) },
          },
        },
        ...problemResponses(401, 403),
      },
    },
  }, async (request, reply) => {
    const { council } = requireAuth(request)
    const report = await caseload(app.db, council.id, londonDate(app.now()), app.calendars.get(council.bankHolidayDivision))
    if (wants(request, 'text/csv')) {
      return sendCsv(reply, `caseload-${report.asAt}.csv`, caseloadCsv(report))
    }
    return report
  })
}

export default caseloadRoutes
