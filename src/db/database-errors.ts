/**
 * What the database drivers' errors mean to the rest of the service, without their contents: pg errors carry
 * the statement's parameters, `detail` (the conflicting values) and `where` (the JSON being written); PGlite's
 * carry the query and its parameters. Only the fields below are ever read.
 */

/** SQLSTATEs that say the server is unreachable or going away, not that the statement was wrong. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300'])
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
/** pg reports a dropped socket or a connect timeout by message only. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Connection ended',
]

function field(error: unknown, name: string): unknown {
  return error !== null && typeof error === 'object' ? (error as Record<string, unknown>)[name] : undefined
}

/** True when the database could not be reached or dropped the connection: the request may be retried later. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 3) return false
  const code = field(error, 'code')
  if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true
  const message = field(error, 'message')
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true
  // Node reports a refused connection to several addresses as an AggregateError; Kysely may wrap with `cause`.
  const errors = field(error, 'errors')
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true
  return isDatabaseUnavailable(field(error, 'cause'), depth + 1)
}
