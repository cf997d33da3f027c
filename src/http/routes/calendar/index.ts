import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { addWorkingDays, isIsoDate, isProvisional, londonDate, workingDaysBetween } from '../../../domain/index.js'
import { requireAuth } from '../../plugins/authentication.js'
import { HttpProblem, problemResponses } from '../../problem.js'
import { DeadlineQuerySchema, DeadlineSchema, WorkingDaysQuerySchema, WorkingDaysSchema } from './schemas.js'

/** A date or instant from the query as its Europe/London date, or a 400 naming the parameter. */
function toDate(value: string, parameter: string): string {
  const date = isIsoDate(value) ? value : (() => {
    try { return londonDate(value) } catch { return null }
  })()
  if (date === null || !isIsoDate(date)) {
    throw new HttpProblem(400, 'VALIDATION', `querystring/${parameter}: is not a real date or instant`, {
      errors: [{ location: 'querystring', field: `/${parameter}`, rule: 'format', message: 'is not a real date or instant' }],
    })
  }
  return date
}

const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/v1/calendar/deadline', {
    schema: {
      operationId: 'getCalendarDeadline', tags: ['calendar'],
      summary: 'The N-th working day after a date',
      description: 'The Code\'s "within N working days of D": D never counts; weekends and the division\'s bank holidays are skipped.',
      querystring: DeadlineQuerySchema,
      response: { 200: DeadlineSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const { council } = requireAuth(request)
    const division = request.query.division ?? council.bankHolidayDivision
    const from = toDate(request.query.from, 'from')
    const n = request.query.workingDays
    const { date, provisional } = addWorkingDays(app.calendars.get(division), from, n)
    return { due: date, provisional, basis: `${n} working day${n === 1 ? '' : 's'} after ${from} (${division} bank holidays)` }
  })

  app.get('/v1/calendar/working-days', {
    schema: {
      operationId: 'getCalendarWorkingDays', tags: ['calendar'],
      summary: 'Working days between two dates',
      querystring: WorkingDaysQuerySchema,
      response: { 200: WorkingDaysSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const { council } = requireAuth(request)
    const calendar = app.calendars.get(request.query.division ?? council.bankHolidayDivision)
    const from = toDate(request.query.from, 'from')
    const to = toDate(request.query.to, 'to')
    return {
      from, to,
      workingDays: workingDaysBetween(calendar, from, to),
      provisional: isProvisional(calendar, from) || isProvisional(calendar, to),
    }
  })
}

export default calendarRoutes
