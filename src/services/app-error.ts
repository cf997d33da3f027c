/** One invalid field of a request, for errors that point at the input (the problem's `errors`). */
export interface FieldIssue {
  location: 'body' | 'querystring' | 'params' | 'headers'
  /** JSON pointer within that part, e.g. `/person/email`. */
  field: string
  rule: string
  message: string
}

/**
 * An error a service raises on purpose: a stable `code` (the contract), a human `detail`, and the fields or
 * items it is about. Services never choose an HTTP status: http/error-status.ts maps each code to one.
 */
export class AppError extends Error {
  readonly code: string
  readonly detail: string
  readonly errors: readonly FieldIssue[] | undefined
  readonly missing: readonly string[] | undefined

  constructor(code: string, detail: string, about: { errors?: readonly FieldIssue[]; missing?: readonly string[] } = {}) {
    super(`${code}: ${detail}`)
    this.name = 'AppError'
    this.code = code
    this.detail = detail
    this.errors = about.errors
    this.missing = about.missing
  }
}

/** An error about one field of the request body. */
export function fieldError(code: string, detail: string, field: string, rule: string, message = detail): AppError {
  return new AppError(code, detail, { errors: [{ location: 'body', field, rule, message }] })
}
