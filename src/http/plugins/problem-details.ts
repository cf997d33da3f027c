import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { STATUS_CODES } from 'node:http'
import { isDomainError } from '../../domain/index.js'
import { AppError } from '../../services/app-error.js'
import { HttpProblem, PROBLEM_MEDIA_TYPE, type FieldError, type Problem } from '../problem.js'
import { ERROR_STATUS } from '../error-status.js'

type Location = FieldError['location']

interface AjvError {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

/** Ajv reports a missing or unknown property on its parent; point at the property itself. */
function fieldErrors(location: Location, errors: AjvError[]): FieldError[] {
  return errors.map((e) => {
    const child = e.params.missingProperty ?? e.params.additionalProperty
    const field = child === undefined ? e.instancePath || '/' : `${e.instancePath}/${String(child)}`
    const message = e.keyword === 'additionalProperties' ? 'is not a known property' : (e.message ?? e.keyword)
    return { location, field, rule: e.keyword, message }
  })
}

function send(reply: FastifyReply, request: FastifyRequest, problem: Omit<Problem, 'requestId' | 'instance'>) {
  const body: Problem = { ...problem, instance: request.url.split('?')[0], requestId: String(request.id) }
  return reply.code(problem.status).type(PROBLEM_MEDIA_TYPE).send(body)
}

function plain(status: number, code: string, detail?: string): Omit<Problem, 'requestId' | 'instance'> {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, code, ...(detail ? { detail } : {}) }
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
}

/**
 * Every error leaves as RFC 9457 problem+json: validation (400, naming each field and rule), domain errors
 * (409/422 with their stable code), Fastify's own 4xx, and 500 with no internal detail (logged instead).
 */
export function registerProblemDetails(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const location = (error.validationContext ?? 'body') as Location
      const errors = fieldErrors(location, error.validation as AjvError[])
      const detail = errors.map((e) => `${e.location}${e.field === '/' ? '' : e.field}: ${e.message}`).join('; ')
      return send(reply, request, { ...plain(400, 'VALIDATION', detail), type: 'urn:problem:validation', title: 'Invalid request', errors })
    }
    if (error instanceof HttpProblem) {
      return send(reply, request, { ...plain(error.status, error.code, error.detail), ...error.extra })
    }
    // Domain and service errors carry a stable code; http/error-status.ts gives it its status.
    const coded = isDomainError(error) || error instanceof AppError ? error : null
    const codedStatus = coded ? ERROR_STATUS[coded.code] : undefined
    if (coded && codedStatus !== undefined) {
      return send(reply, request, {
        ...plain(codedStatus, coded.code, coded.detail),
        type: `urn:problem:${coded.code.toLowerCase()}`,
        ...(coded instanceof AppError && coded.errors ? { errors: [...coded.errors] } : {}),
        ...(coded.missing ? { missing: [...coded.missing] } : {}),
      })
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
    if (status === 500) {
      request.log.error({ err: error }, 'unhandled error')
      return send(reply, request, plain(500, 'INTERNAL', 'An unexpected error occurred.'))
    }
    return send(reply, request, plain(status, (error.code && FASTIFY_CODES[error.code]) ?? 'BAD_REQUEST', error.message))
  })

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, plain(404, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  )
}
