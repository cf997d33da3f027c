import type { FastifyInstance, FastifyRequest } from 'fastify'
import { HttpProblem, type FieldError } from '../problem.js'

/**
 * Text the database cannot store faithfully is refused, wherever it appears: PostgreSQL's text and jsonb
 * refuse the NUL character, and an unpaired UTF-16 surrogate is not Unicode at all (it would be stored as
 * U+FFFD, silently changing what the person wrote). One check over every query string, path parameter and
 * body, keys included, covers every route, before any route's own code runs. Answers 400 naming each field
 * by its JSON pointer and the rule.
 */

type Location = FieldError['location']

const NUL = '\u0000'
/** A high surrogate not followed by a low one, or a low one not preceded by a high one (String#isWellFormed). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function ruleBroken(text: string): Pick<FieldError, 'rule' | 'message'> | null {
  if (text.includes(NUL)) return { rule: 'noNulCharacter', message: 'must not contain the NUL character (U+0000)' }
  if (LONE_SURROGATE.test(text)) return { rule: 'wellFormedUnicode', message: 'must not contain an unpaired UTF-16 surrogate' }
  return null
}

/** True when the text holds neither NUL nor an unpaired surrogate. */
export const isSafeText = (text: string): boolean => ruleBroken(text) === null

const pointer = (parts: readonly string[]): string =>
  parts.length === 0 ? '/' : parts.map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')

/** Walks without recursion (a body may nest deeply) and stops at the first few problems. */
export function unsafeText(location: Location, value: unknown, limit = 20): FieldError[] {
  const found: FieldError[] = []
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }]
  while (stack.length > 0 && found.length < limit) {
    const { value: v, path } = stack.pop()!
    if (typeof v === 'string') {
      const broken = ruleBroken(v)
      if (broken) found.push({ location, field: pointer(path), ...broken })
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: [...path, String(i)] }))
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const broken = ruleBroken(key)
        // A bad key is reported as the key itself, with the bad characters escaped so the pointer is readable.
        if (broken) found.push({ location, field: pointer([...path, JSON.stringify(key).slice(1, -1)]), ...broken, message: `key ${broken.message}` })
        else stack.push({ value: item, path: [...path, key] })
      }
    }
  }
  return found
}

function refuse(errors: FieldError[]): HttpProblem {
  const detail = errors.map((e) => `${e.location}${e.field === '/' ? '' : e.field}: ${e.message}`).join('; ')
  return new HttpProblem(400, 'VALIDATION', detail, { type: 'urn:problem:validation', title: 'Invalid request', errors })
}

function check(parts: Array<[Location, unknown]>): void {
  const errors = parts.flatMap(([location, value]) => unsafeText(location, value))
  if (errors.length > 0) throw refuse(errors)
}

export function registerSafeText(app: FastifyInstance): void {
  // The URL first, before authentication and CORS look anything up by it (a council slug, a token's claims).
  app.addHook('onRequest', async (request: FastifyRequest) => {
    check([['params', request.params], ['querystring', request.query]])
  })
  app.addHook('preValidation', async (request: FastifyRequest) => {
    check([['body', request.body]])
  })
}
