/**
 * Domain errors are values: decide() returns them, it never throws them. The `code` is the stable contract
 * (http/ maps it to a status); `detail` is for humans and may change wording.
 */
export class DomainError extends Error {
  readonly code: string
  readonly detail: string
  /** Names of missing or invalid items, when the error is about a payload (e.g. response elements). */
  readonly missing: readonly string[] | undefined

  constructor(code: string, detail: string, missing?: readonly string[]) {
    super(`${code}: ${detail}`)
    this.name = 'DomainError'
    this.code = code
    this.detail = detail
    this.missing = missing
  }
}

export function domainError(code: string, detail: string, missing?: readonly string[]): DomainError {
  return new DomainError(code, detail, missing)
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError
}
