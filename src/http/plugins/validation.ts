import { AjvCompiler, type Ajv } from '@fastify/ajv-compiler'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'
import { CompiledSchemas, digestOf, keyOf } from './compiled-schemas.js'

/**
 * How requests are validated, in one place, so that every route (today's and tomorrow's) gets the same rules:
 * - bodies are JSON and are taken as sent: no coercion (`"summary": 12345` is not a string, `null` is not
 *   `false`, `"s"` is not `["s"]`); query strings, path parameters and headers are text and are still coerced;
 * - `format: date` is a real calendar date and `format: date-time` a real instant, both in the years 1900-2200;
 * - a string that must not be empty must not be blank either (white space only).
 */

export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2200

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function realDate(year: number, month: number, day: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
}

export function isRealDate(value: string): boolean {
  const m = DATE.exec(value)
  return m !== null && realDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function isRealInstant(value: string): boolean {
  const m = DATE_TIME.exec(value)
  if (!m || !realDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])]
  const offsetOk = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59)
  // A leap second (:60) is not a time JavaScript can hold; nobody keys one in.
  return hour <= 23 && minute <= 59 && second <= 59 && offsetOk
}

/** Schema keys whose values are data, not subschemas. */
const DATA_KEYS = new Set(['examples', 'default', 'const', 'enum', 'description', 'title'])
/** Schema keys whose values map names to subschemas: a property may be called `description` or `default`. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'])

/**
 * A copy of the schema with `notBlank` on every string that must not be empty. The route's own schema (and so
 * the contract) is left as written.
 */
export function withNotBlank(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNotBlank)
  if (schema === null || typeof schema !== 'object') return schema
  const source = schema as Record<string, unknown>
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(source)) {
    if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object') {
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, subschema]) => [name, withNotBlank(subschema)]))
    } else {
      copy[key] = DATA_KEYS.has(key) ? value : withNotBlank(value)
    }
  }
  if (source.type === 'string' && typeof source.minLength === 'number' && source.minLength >= 1 && source.format === undefined) {
    copy.notBlank = true
  }
  return copy
}

function addRules(ajv: Ajv): void {
  ajv.addFormat('date', { type: 'string', validate: isRealDate })
  ajv.addFormat('date-time', { type: 'string', validate: isRealInstant })
  ajv.addKeyword({
    keyword: 'notBlank',
    type: 'string',
    schemaType: 'boolean',
    errors: true,
    validate: function notBlank(required: boolean, value: string) {
      // An empty string is minLength's to report; this is about white space only.
      if (!required || value.length === 0 || /\S/u.test(value)) return true
      ;(notBlank as unknown as { errors: unknown[] }).errors = [{ keyword: 'notBlank', message: 'must not be blank (white space only)', params: {} }]
      return false
    },
  })
}

// `discriminator`: a oneOf with a discriminator is checked against the alternative its tag names only.
const BASE = { removeAdditional: false, useDefaults: true, allErrors: true, discriminator: true } as const

type Compiled = (data: unknown) => unknown
type Compile = (route: object) => Compiled
const validators = new CompiledSchemas<Compiled>()
const serializers = new CompiledSchemas<Compiled>()
const fastJsonStringify = SerializerSelector()

/**
 * Fastify's schemaController: one Ajv for bodies (no coercion), one for the textual parts of a request; and
 * fastify's own response serializer (fast-json-stringify). Both reuse what this process has already compiled
 * from the same schemas (compiled-schemas.ts), so an app built again (each test builds its own) compiles nothing.
 */
export function schemaController(): NonNullable<FastifyServerOptions['schemaController']> {
  const pool = AjvCompiler()
  return {
    compilersFactory: {
      // @fastify/ajv-compiler's types describe the compiler as taking a bare schema; Fastify passes the route context.
      buildValidator: ((externalSchemas: Record<string, unknown>) => {
        const externals = Object.fromEntries(Object.entries(externalSchemas).map(([id, s]) => [id, withNotBlank(s)])) as never
        const shared = digestOf(externals)
        // The two Ajv instances are made on the first schema this process has not compiled before.
        const ajv = { body: null as Compile | null, text: null as Compile | null }
        const compilerFor = (part: 'body' | 'text'): Compile =>
          (ajv[part] ??= pool(externals, { customOptions: { ...BASE, coerceTypes: part === 'body' ? false : 'array' }, onCreate: addRules }) as Compile)
        return (route: { schema: unknown; httpPart?: string }) => {
          const part = route.httpPart === 'body' ? 'body' : 'text'
          const schema = withNotBlank(route.schema)
          const key = shared === null ? null : keyOf(part, schema)
          return validators.get(key === null ? null : `${shared}:${key}`, () => compilerFor(part)({ ...route, schema }))
        }
      }) as never,
      buildSerializer: ((externalSchemas: unknown, serializerOpts: unknown) => {
        const compile = fastJsonStringify(externalSchemas as never, serializerOpts as never)
        const shared = keyOf(externalSchemas, serializerOpts)
        return (route: { schema: unknown }) => {
          const own = shared === null ? null : digestOf(route.schema)
          return serializers.get(own === null ? null : `${shared}:${own}`, () => compile(route as never) as Compiled)
        }
      }) as never,
    },
  }
}

/** How many distinct validators and serializers this process has compiled (for tests). */
export function compiledCounts(): { validators: number; serializers: number } {
  return { validators: validators.size, serializers: serializers.size }
}
