import fc from 'fast-check'

/**
 * fast-check arbitraries from the contract's JSON schemas: mostly values the schema allows (so requests get
 * past validation into the services and the database), and, with some probability at every level, values a
 * careless or hostile client sends: wrong types, NUL and lone surrogates, impossible and far-off dates,
 * white space, overlong text, missing and unknown properties.
 */

export type JsonSchema = Record<string, any>

export interface SchemaContext {
  /** Resolves `$ref`s into the contract's components. */
  resolve(ref: string): JsonSchema
  /** Values worth sending where a string is expected (e.g. the ids of cases that exist). */
  knownStrings: string[]
  /** Hostile: wrong types and missing or unknown properties at every level, not only tainted strings. */
  hostile: boolean
}

export const nastyString = fc.constantFrom(
  '', ' ', '   \t\n', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\ud83d\ude00', '%00', '%FF', '../..', '0000-01-01',
  '9999-12-31', '2026-02-30', '2026-13-01', '0001-01-01T00:00:00Z', '2026-02-29T25:00:00Z', 'null', '[]', '{}',
  'x'.repeat(5000), "'; drop table cases; --", '\u202e', 'é'.repeat(50), '-1', '1e308', 'NaN',
)

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [null], { '\u0000': 1 }, ['\ud800']),
  fc.integer(), fc.string(),
)

const iso = (d: Date) => d.toISOString()
const wideDates = fc.date({ min: new Date('1899-06-01T00:00:00Z'), max: new Date('2201-06-01T00:00:00Z'), noInvalidDate: true })
/** Well-formed requests use dates a council would see (the past two years), so they get past the rules on dates. */
const recentDates = fc.date({ min: new Date(Date.now() - 2 * 365 * 86_400_000), max: new Date(Date.now() - 86_400_000), noInvalidDate: true })
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A string the schema allows, now and then with a character the database cannot store put into it. */
function stringArb(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string> {
  const valid = validString(schema, ctx)
  const tainted = fc.tuple(valid, fc.nat(), fc.constantFrom('\u0000', '\ud800', '\udfff')).map(([s, at, c]) => {
    const i = s.length === 0 ? 0 : at % s.length
    return `${s.slice(0, i)}${c}${s.slice(i + 1)}`
  })
  return fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: tainted })
}

function validString(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0
  const max = Math.min(schema.maxLength ?? 60, min + 60)
  const dateArb = ctx.hostile ? wideDates : recentDates
  const ids = ctx.knownStrings.filter((k) => UUID.test(k))
  switch (schema.format) {
    case 'date': return dateArb.map((d) => iso(d).slice(0, 10))
    case 'date-time': return dateArb.map(iso)
    case 'uuid': return fc.oneof(fc.uuid(), ...(ids.length ? [fc.constantFrom(...ids)] : []))
    case 'email': return fc.emailAddress()
    default: break
  }
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity))
    } catch {
      // A pattern fast-check cannot invert: fall through to plain strings.
    }
  }
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
    ...(ctx.knownStrings.length ? [fc.constantFrom(...ctx.knownStrings)] : []),
  )
}

export function schemaArbitrary(schema: JsonSchema | undefined, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, ctx, depth)
  return ctx.hostile ? fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: nastyValue }) : valid
}

function validArbitrary(schema: JsonSchema | undefined, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null)
  if (schema.$ref) return schemaArbitrary(ctx.resolve(schema.$ref), ctx, depth + 1)
  if ('const' in schema) return fc.constant(schema.const)
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum)
  const alternatives = schema.anyOf ?? schema.oneOf
  if (Array.isArray(alternatives)) return fc.oneof(...alternatives.map((s: JsonSchema) => schemaArbitrary(s, ctx, depth + 1)))
  if (Array.isArray(schema.allOf)) return schemaArbitrary(Object.assign({}, ...schema.allOf), ctx, depth + 1)
  const type = Array.isArray(schema.type) ? schema.type : [schema.type]
  if (type.length > 1) return fc.oneof(...type.map((t: string) => validArbitrary({ ...schema, type: t }, ctx, depth)))
  switch (type[0]) {
    case 'string': return stringArb(schema, ctx)
    case 'integer': return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 })
    case 'number': return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true })
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'array': return fc.array(schemaArbitrary(schema.items, ctx, depth + 1), {
      minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + 4),
    })
    case 'object': return objectArb(schema, ctx, depth)
    default: return nastyValue
  }
}

function objectArb(schema: JsonSchema, ctx: SchemaContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, JsonSchema> = schema.properties ?? {}
  const required = new Set<string>(schema.required ?? [])
  const record: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [name, property] of Object.entries(properties)) record[name] = schemaArbitrary(property, ctx, depth + 1)
  const withRequired = fc.record(record, { requiredKeys: [...required].filter((k) => k in record) })
  return fc.tuple(withRequired, fc.nat(20), fc.constantFrom(...(Object.keys(record).length ? Object.keys(record) : ['x']))).map(([value, dice, key]) => {
    // Now and then (hostile requests) a required property goes missing, or an unknown one appears.
    if (!ctx.hostile) return value
    if (dice === 0) {
      const copy = { ...value }
      delete copy[key]
      return copy
    }
    if (dice === 1) return { ...value, unexpected: 'property' }
    return value
  })
}
