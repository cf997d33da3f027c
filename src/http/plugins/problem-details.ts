import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import { isDomainError } from '../../domain/index.js'
import { AppError } from '../../services/app-error.js'
import { isDatabaseUnavailable } from '../../services/database-availability.js'
import { HttpProblem, PROBLEM_MEDIA_TYPE, problemResponses, type FieldError, type Problem } from '../problem.js'
import { ERROR_STATUS } from '../error-status.js'
import { noteUndeclared, operationCodes, statusesOf } from '../error-codes.js'
import { logRequest } from './logging.js'

type Location = FieldError['location']

interface AjvError {
  instancePath: string
  schemaPath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

/** The value a failed branch of an `anyOf` stands for, when the branch is only a value (a const, an enum, null). */
function branchValues(e: AjvError): unknown[] | null {
  if (e.keyword === 'const') return [e.params.allowedValue]
  if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) return e.params.allowedValues as unknown[]
  if (e.keyword === 'type' && e.params.type === 'null') return [null]
  return null
}

/**
 * A string-literal union (TypeBox `Union` of `Literal`s, an `anyOf` of consts) fails with one error per value
 * and one for the `anyOf`: read as one `enum` error naming the allowed values. Nested unions (a nullable one)
 * fold from the inside out. Other `anyOf`s keep their branches' errors, which say what each alternative needs.
 */
function foldValueUnions(errors: AjvError[]): AjvError[] {
  const out: AjvError[] = []
  for (const e of errors) {
    if (e.keyword !== 'anyOf') {
      out.push(e)
      continue
    }
    const prefix = `${e.schemaPath}/`
    let first = out.length
    while (first > 0 && out[first - 1]!.schemaPath.startsWith(prefix) && out[first - 1]!.instancePath === e.instancePath) first -= 1
    const branches = out.slice(first)
    // Per branch: the values it stands for; a branch's `type` error (5 is not a string) goes with its const.
    const byBranch = new Map<string, AjvError[]>()
    for (const b of branches) {
      const branch = b.schemaPath.slice(prefix.length).split('/')[0]!
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), b])
    }
    const values = [...byBranch.values()].map((group) => {
      const valued = group.map(branchValues)
      const only = valued.filter((v) => v !== null)
      return only.length > 0 && group.every((b, i) => valued[i] !== null || b.keyword === 'type') ? only.flat() : null
    })
    if (branches.length === 0 || values.some((v) => v === null)) {
      out.push(e)
      continue
    }
    const allowed = [...new Set(values.flat())]
    out.splice(first, branches.length, {
      instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: 'enum', params: { allowedValues: allowed },
      message: `must be one of: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
    })
  }
  return out
}

/** The values a discriminator's tag may take, read from the alternatives at the error's place in the schema. */
function tagValues(schema: unknown, schemaPath: string, tag: string): unknown[] {
  let node = schema as Record<string, unknown> | undefined
  for (const step of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean).slice(0, -1)) node = node?.[step] as Record<string, unknown> | undefined
  const members = (node?.oneOf ?? []) as Array<{ properties?: Record<string, { const?: unknown }> }>
  return members.map((m) => m.properties?.[tag]?.const).filter((v) => v !== undefined)
}

/** A discriminator's tag missing or not one of its alternatives': an error about the tag property, with its values. */
function discriminatorErrors(errors: AjvError[], schema: unknown): AjvError[] {
  return errors.map((e) => {
    if (e.keyword !== 'discriminator' || typeof e.params.tag !== 'string') return e
    const values = tagValues(schema, e.schemaPath, e.params.tag)
    const instancePath = `${e.instancePath}/${e.params.tag}`
    return e.params.error === 'mapping'
      ? { ...e, instancePath, keyword: 'enum', params: { allowedValues: values }, message: `must be one of: ${values.map((v) => JSON.stringify(v)).join(', ')}` }
      : { ...e, instancePath, keyword: 'required', params: {}, message: `is required: one of ${values.map((v) => JSON.stringify(v)).join(', ')}` }
  })
}

/** Ajv reports a missing or unknown property on its parent; point at the property itself. */
function fieldErrors(location: Location, errors: AjvError[], schema?: unknown): FieldError[] {
  return foldValueUnions(discriminatorErrors(errors, schema)).map((e) => {
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
  FST_ERR_BAD_URL: 'MALFORMED_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
}

/** Seconds a client should wait before retrying when the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 2

/**
 * Errors Fastify answers before any route runs (a malformed percent-encoding, a path parameter over
 * `maxParamLength`): the server option `frameworkErrors` sends them through here, as problem+json.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400
  const detail = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path segment is longer than this API allows.' : 'The URL is not valid (malformed percent-encoding).'
  void send(reply, request, plain(status, FASTIFY_CODES[error.code] ?? 'BAD_REQUEST', detail))
  // No hook runs for these requests, so the request line is written here (its URL is the part not to log).
  logRequest(request, reply)
}

/**
 * Requests Node's HTTP parser refuses (headers over the size limit: 431; a request it cannot parse: 400; a
 * client too slow: 408) never reach Fastify: the server option `clientErrorHandler` answers them as problem+json.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code, detail] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'HEADERS_TOO_LARGE', 'The request headers are too large.']
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'REQUEST_TIMEOUT', 'The request took too long to arrive.']
      : [400, 'BAD_REQUEST', 'The request could not be parsed as HTTP.']
  const body = JSON.stringify({ type: 'about:blank', title: STATUS_CODES[status], status, code, detail })
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_MEDIA_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy()
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

type RouteForContract = {
  method: string | string[]
  url: string
  schema?: Record<string, unknown>
  config?: { public?: boolean; operator?: boolean; roles?: readonly unknown[] }
}

/**
 * Each operation's error codes (error-codes.ts: those every route of its kind can meet, and its own) go into its
 * schema as `x-error-codes`, which the contract publishes and the server checks its answers against; its error
 * responses are the statuses of those codes. A route may still declare an error response of its own (another
 * schema, a description), but never a problem status none of its codes has: that would be a status the
 * contract promises and nothing sends.
 */
function declareErrors(route: RouteForContract): void {
  const schema = route.schema
  if (!schema || schema.hide || typeof schema.operationId !== 'string') return
  const methods = Array.isArray(route.method) ? route.method : [route.method]
  const codes = operationCodes(schema.operationId, {
    public: route.config?.public === true,
    operator: route.config?.operator === true,
    roles: (route.config?.roles?.length ?? 0) > 0,
    params: route.url.includes(':'),
    body: methods.some((m) => BODY_METHODS.has(m)),
  })
  const statuses = statusesOf(codes)
  const own = (schema.response ?? {}) as Record<string, { content?: Record<string, unknown> }>
  const stray = Object.entries(own).filter(([status, r]) => Number(status) >= 400 && r?.content?.[PROBLEM_MEDIA_TYPE] !== undefined && !statuses.includes(Number(status)))
  if (stray.length > 0) {
    throw new Error(`${schema.operationId} declares ${stray.map(([s]) => s).join(', ')} but none of its codes has that status: add the codes in src/http/error-codes.ts`)
  }
  schema['x-error-codes'] = codes
  schema.response = { ...problemResponses(...statuses), ...own }
}

/** An answer's code that its operation does not declare: logged (the contract is wrong) and counted for the tests. */
async function checkDeclaredCode(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode < 400 || typeof payload !== 'string') return payload
  const schema = request.routeOptions.schema as { operationId?: string; 'x-error-codes'?: readonly string[] } | undefined
  const declared = schema?.['x-error-codes']
  if (!declared || !String(reply.getHeader('content-type') ?? '').startsWith(PROBLEM_MEDIA_TYPE)) return payload
  let code: unknown
  try {
    code = (JSON.parse(payload) as { code?: unknown }).code
  } catch {
    return payload
  }
  if (typeof code === 'string' && !declared.includes(code)) {
    request.log.warn({ operationId: schema.operationId, code, statusCode: reply.statusCode }, 'error code not declared for this operation in the contract')
    noteUndeclared({ operationId: schema.operationId ?? '', code, status: reply.statusCode })
  }
  return payload
}

/**
 * Every error leaves as RFC 9457 problem+json: validation (400, naming each field and rule), domain errors
 * (409/422 with their stable code), Fastify's own 4xx, and 500 with no internal detail (logged instead).
 */
export function registerProblemDetails(app: FastifyInstance): void {
  app.addHook('onRoute', declareErrors)
  app.addHook('onSend', checkDeclaredCode)
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const location = (error.validationContext ?? 'body') as Location
      const errors = fieldErrors(location, error.validation as AjvError[], location === 'body' ? (request.routeOptions.schema as { body?: unknown } | undefined)?.body : undefined)
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
    if (isDatabaseUnavailable(error)) {
      // An outage, not a fault: the client may retry (an Idempotency-Key makes an intake safe to retry).
      request.log.warn({ err: error }, 'database unavailable')
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
      return send(reply, request, plain(503, 'DATABASE_UNAVAILABLE', 'The database is unreachable; try again shortly.'))
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
