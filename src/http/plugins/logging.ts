import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino'
import { serializeError } from './error-serializer.js'

/**
 * Personal data never reaches the logs. Request logs carry method, route template (not the URL: its path may hold
 * a staff subject, which can be an email address, and its query search terms), status and timing; these paths are
 * redacted wherever an object is logged anyway.
 */
const REDACT = [
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization',
  '*.name', '*.email', '*.phone', '*.address', '*.summary', '*.description', '*.desiredOutcome',
  '*.person', '*.representative', '*.contact', '*.body', 'body',
]

/**
 * pino uses an error's message as the line's `msg` when none is given, and Fastify passes `error.message` as the
 * message itself; messages quote input, so such a line says which kind of error it was instead.
 */
function withoutErrorMessages(this: Logger, args: unknown[], method: (...args: unknown[]) => void): void {
  const [first, second, ...rest] = args
  const err = first instanceof Error ? first : (first as { err?: unknown } | null)?.err
  if (!(err instanceof Error)) return method.apply(this, args)
  const fields = first instanceof Error ? { err } : first
  const message = typeof second === 'string' && second !== err.message ? second : `error (${errorKind(err)})`
  return method.apply(this, [fields, message, ...rest])
}

const errorKind = (err: Error): string => {
  const code = (err as { code?: unknown }).code
  return typeof code === 'string' ? code : err.constructor.name
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    hooks: { logMethod: withoutErrorMessages },
    serializers: {
      // Errors keep their code and the names of what failed, never messages or values (error-serializer.ts).
      err: serializeError,
      error: serializeError,
      // Fastify's default request serializer logs the URL with its query string: log the route instead.
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({ method: req.method, route: req.routeOptions?.url, id: req.id }),
    },
  }
}

/** The service's logger: JSON lines to stdout, or to the given stream (tests read what was logged). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level))
}

/**
 * The caller's subject as the request line carries it. Some identity providers' `sub` is the person's email
 * address: such a subject is logged as a digest (`sha256:` and 16 hex digits of SHA-256 of the subject), which an
 * operator can compute from a known subject to find its lines, and which does not say the address.
 */
export function loggedSubject(subject: string | undefined): string | undefined {
  if (subject === undefined || !subject.includes('@')) return subject
  return `sha256:${createHash('sha256').update(subject).digest('hex').slice(0, 16)}`
}

/**
 * The one line each request is logged with (the onResponse hook, and the URL errors Fastify answers before any
 * hook runs): the route's template, never the URL, and the caller's subject (see `loggedSubject`), never another's
 * from the path.
 */
export function logRequest(request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({
    method: request.method,
    route: request.routeOptions.url ?? null,
    statusCode: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime),
    council: request.council?.slug,
    subject: loggedSubject(request.principal?.subject),
  }, 'request')
}
