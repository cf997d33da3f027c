/**
 * How an error appears in the log: its kind and where it happened, never what it was about. Driver errors
 * carry the statement's parameters (PGlite), the conflicting values (`detail`) and the JSON being written
 * (`where`); messages quote input (JSON parse errors, `invalid input syntax for type uuid: "..."`). So this
 * keeps an allow-list of fields that name things (SQLSTATE, constraint, table, column, status) and the stack's
 * frames (function and file names), and drops the message, the first line of the stack, and everything else.
 */

const KEPT = ['code', 'statusCode', 'severity', 'constraint', 'schema', 'table', 'column', 'dataType', 'routine', 'validationContext'] as const
const FRAME = /^\s+at [^\n]*$/
const MAX_FRAMES = 12

export interface LoggedError {
  type: string
  [field: string]: unknown
}

function frames(stack: unknown): string[] | undefined {
  if (typeof stack !== 'string') return undefined
  const lines = stack.split('\n').filter((line) => FRAME.test(line)).map((line) => line.trim())
  return lines.length > 0 ? lines.slice(0, MAX_FRAMES) : undefined
}

export function serializeError(error: unknown, depth = 0): LoggedError {
  if (error === null || typeof error !== 'object') return { type: typeof error }
  const source = error as Record<string, unknown>
  const out: LoggedError = { type: (error as Error).constructor?.name ?? 'Object' }
  for (const name of KEPT) {
    const value = source[name]
    if (typeof value === 'string' || typeof value === 'number') out[name] = value
  }
  // Validation errors name the failing fields and rules; the values are left out.
  if (Array.isArray(source.validation)) {
    out.validation = source.validation.slice(0, 20).map((v: { instancePath?: unknown; keyword?: unknown }) => ({ instancePath: v.instancePath, keyword: v.keyword }))
  }
  const stack = frames(source.stack)
  if (stack) out.stack = stack
  if (depth < 3) {
    if (source.cause !== undefined) out.cause = serializeError(source.cause, depth + 1)
    if (Array.isArray(source.errors) && !Array.isArray(source.validation)) {
      out.errors = source.errors.slice(0, 5).map((e) => serializeError(e, depth + 1))
    }
  }
  return out
}
