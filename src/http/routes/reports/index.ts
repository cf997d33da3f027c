import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { londonDate } from '../../../domain/index.js'
import { exceptionalCircumstances, recordExceptionalCircumstance, recordNarrative } from '../../../services/report-records.js'
import { annualReport, type AnnualReport, type Period } from '../../../services/annual-report.js'
import { performanceFigures } from '../../../services/reports.js'
import { learningForPeriod } from '../../../services/learning.js'
import { requireAuth } from '../../plugins/authentication.js'
import { HttpProblem, problemResponses } from '../../problem.js'
import type { TypedApp } from '../typed-app.js'
import { performanceCsv } from './csv.js'
import { annualReportHtml } from './html.js'
import { annualReportCsv } from './annual-csv.js'
import { AnnualReportSchema } from './annual.schemas.js'
import caseloadRoutes from './caseload.js'
import { REPORT_READERS as READERS, sendCsv, wants } from './common.js'
import selfAssessmentRoutes from './self-assessment.js'
import {
  ExceptionalCircumstanceInputSchema, ExceptionalCircumstanceSchema, NarrativeInputSchema, NarrativeSchema,
  PerformanceQuerySchema, PerformanceReportSchema, YearSchema,
} from './schemas.js'

const WRITERS = ['complaints_team', 'admin'] as const

const MAX_PERIOD_DAYS = 3 * 366

function checkPeriod(from: string, to: string): void {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000
  if (!(days >= 0)) {
    throw new HttpProblem(400, 'VALIDATION', 'querystring/to: must be on or after `from`', {
      errors: [{ location: 'querystring', field: '/to', rule: 'range', message: 'must be on or after `from`' }],
    })
  }
  if (days > MAX_PERIOD_DAYS) {
    throw new HttpProblem(400, 'VALIDATION', 'querystring/to: the period may be at most three years', {
      errors: [{ location: 'querystring', field: '/to', rule: 'range', message: 'the period may be at most three years' }],
    })
  }
}

const csvOrJson = (json: unknown, csvDescription: string) => ({
  description: 'The figures.',
  content: {
    'application/json': { schema: json },
    'text/csv': { schema: Type.String({ description: csvDescription }) },
  },
})

const htmlOrJson = {
  description: 'The report.',
  content: {
    'application/json': { schema: AnnualReportSchema },
    'text/html': { schema: Type.String({ description: 'One self-contained printable A4 HTML page (table of contents, page numbers) with inline SVG charts and their text alternatives (volumes by month, timeliness against the council\'s target, outcomes by service area).' }) },
    'text/csv': { schema: Type.String({ description: 'The same figures as one long CSV table `section,item,stage,measure,value`: a row per figure (e.g. `timeliness,stage1_response,1,fellDue,4`; `self_assessment,6.2,,status,not_met`). Sections: period, self_assessment, timeliness, volumes (and per month, item YYYY-MM), outcomes, outcomes_by_service_area, trends, ombudsman, refused, non_compliance, remedies, learning, open_now. No free text, no personal data.' }) },
  },
}

type ReportOut = { html: string } | { csv: string; name: string } | { json: AnnualReport }

function sendReport(reply: FastifyReply, out: ReportOut) {
  if ('html' in out) return reply.type('text/html; charset=utf-8').send(out.html)
  if ('csv' in out) return sendCsv(reply, out.name, out.csv)
  return out.json
}

const today = (app: TypedApp) => londonDate(app.now())

function performanceRoute(app: TypedApp) {
  app.get('/v1/reports/performance', {
    config: { roles: READERS },
    schema: {
      operationId: 'getPerformanceFigures', tags: ['reports'], summary: 'Complaint handling figures for a period, grouped',
      description: 'Volumes, outcomes, timeliness, escalations, the Ombudsman, remedies and the open caseload for your council. ' +
        'Send `Accept: text/csv` for the same figures as one CSV table (a row per group, the total first; a column per figure named by its JSON path). No personal data.',
      querystring: PerformanceQuerySchema,
      response: { 200: csvOrJson(PerformanceReportSchema, 'The same figures: header row of JSON paths (`stage1.response.late.percent`), a row per group.'), ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const { council } = requireAuth(request)
    const { from, to, groupBy = 'none' } = request.query
    checkPeriod(from, to)
    const [figures, learning] = await Promise.all([
      performanceFigures(app.db, { councilIds: [council.id], from, to, groupBy, today: today(app), calendar: app.calendars.get(council.bankHolidayDivision) }),
      learningForPeriod(app.db, council.id, from, to, today(app)),
    ])
    const report = { ...figures.get(council.id)!, learning: learning.figures }
    if (wants(request, 'text/csv')) {
      return sendCsv(reply, `performance-${from}-${to}.csv`, performanceCsv(report))
    }
    return report
  })
}

/** The annual or half-year report in the representation the request accepts. */
async function periodReport(app: TypedApp, request: FastifyRequest, period: Period): Promise<ReportOut> {
  const { council } = requireAuth(request)
  const report = await annualReport(app.db, council, period, today(app), app.calendars.get(council.bankHolidayDivision))
  if (wants(request, 'text/html')) return { html: annualReportHtml(report) }
  if (wants(request, 'text/csv')) return { csv: annualReportCsv(report), name: `${period.kind}-report-${report.period.from}-${report.period.to}.csv` }
  return { json: report }
}

function annualReportRoute(app: TypedApp) {
  app.get('/v1/reports/annual', {
    config: { roles: READERS },
    schema: {
      operationId: 'getAnnualReport', tags: ['reports'], summary: 'The annual complaints performance and service improvement report',
      description: 'For the financial year starting 1 April `year`: the self-assessment, quantitative performance, the summary of refused complaint types, ' +
        'non-compliance findings (late acknowledgements and responses, extensions beyond the cap, exceptional circumstances), remedies, and the service improvements and governance response as recorded. ' +
        'Send `Accept: text/html` for a printable page to publish, `Accept: text/csv` for the figures as one long CSV table. No personal data.',
      querystring: Type.Object({ year: YearSchema }, { additionalProperties: false }),
      response: { 200: htmlOrJson, ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const out = await periodReport(app, request, { kind: 'annual', year: request.query.year })
    return sendReport(reply, out)
  })
}

function halfYearReportRoute(app: TypedApp) {
  app.get('/v1/reports/half-year', {
    config: { roles: READERS },
    schema: {
      operationId: 'getHalfYearReport', tags: ['reports'], summary: 'The 6-monthly report for the committee cycle',
      description: 'The annual report\'s structure for one half of the financial year: half 1 is April to September, half 2 October to March. `Accept: text/html` and `text/csv` as for the annual report.',
      querystring: Type.Object({
        year: YearSchema,
        half: Type.Union([Type.Literal(1), Type.Literal(2)], { description: '1: April to September; 2: October to March.' }),
      }, { additionalProperties: false }),
      response: { 200: htmlOrJson, ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const out = await periodReport(app, request, { kind: 'half-year', year: request.query.year, half: request.query.half })
    return sendReport(reply, out)
  })
}

function narrativeRoute(app: TypedApp) {
  app.put('/v1/reports/annual/:year/narrative', {
    config: { roles: WRITERS },
    schema: {
      operationId: 'recordAnnualReportNarrative', tags: ['reports'], summary: 'Record the service improvements and governance response for a year',
      description: 'Replaces what was recorded for the year; the annual report and both 6-monthly reports of the year show it.',
      params: Type.Object({ year: YearSchema }),
      body: NarrativeInputSchema,
      response: { 200: NarrativeSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const { principal, council } = requireAuth(request)
    return recordNarrative(app.db, council.id, { year: request.params.year, ...request.body, updatedBy: principal.subject })
  })
}

/** Nothing about a period happens before it starts (the Ombudsman told, compliance regained, its end). */
function checkCircumstanceDates(body: { startsOn: string; endsOn: string | null; ombudsmanToldOn: string | null; returnedToComplianceOn: string | null }): void {
  for (const field of ['endsOn', 'ombudsmanToldOn', 'returnedToComplianceOn'] as const) {
    const value = body[field]
    if (value !== null && value < body.startsOn) {
      throw new HttpProblem(400, 'VALIDATION', `body/${field}: must be on or after startsOn`, {
        errors: [{ location: 'body', field: `/${field}`, rule: 'range', message: 'must be on or after startsOn' }],
      })
    }
  }
}

function exceptionalCircumstanceRoutes(app: TypedApp) {
  app.post('/v1/reports/exceptional-circumstances', {
    config: { roles: WRITERS },
    schema: {
      operationId: 'recordExceptionalCircumstances', tags: ['reports'], summary: 'Record a period of exceptional circumstances',
      description: 'E.g. a cyber incident that stopped the council meeting the Code: the period, what was affected, when the Ombudsman was told and when the council returned to compliance. Shown in the reports whose period it overlaps.',
      body: ExceptionalCircumstanceInputSchema,
      response: { 201: ExceptionalCircumstanceSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const { principal, council } = requireAuth(request)
    const body = request.body
    checkCircumstanceDates(body)
    return reply.code(201).send(await recordExceptionalCircumstance(app.db, council.id, { ...body, recordedBy: principal.subject }))
  })

  app.get('/v1/reports/exceptional-circumstances', {
    config: { roles: READERS },
    schema: {
      operationId: 'listExceptionalCircumstances', tags: ['reports'], summary: 'Recorded periods of exceptional circumstances',
      response: { 200: Type.Object({ items: Type.Array(ExceptionalCircumstanceSchema) }), ...problemResponses(401, 403) },
    },
  }, async (request) => {
    const { council } = requireAuth(request)
    return { items: await exceptionalCircumstances(app.db, council.id) }
  })
}

const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(selfAssessmentRoutes)
  await app.register(caseloadRoutes)
  performanceRoute(app)
  annualReportRoute(app)
  halfYearReportRoute(app)
  narrativeRoute(app)
  exceptionalCircumstanceRoutes(app)
}

export default reportsRoutes
