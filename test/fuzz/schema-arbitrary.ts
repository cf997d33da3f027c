import fc from 'fast-check'

/**
 * fast-check arbitraries from the contract's JSON schemas, in two parts:
 * - `validValue`: values the schema allows by construction (formats, enums, required, min/max, patterns,
 *   uniqueItems, minProperties), so that requests get past validation into the services and the database;
 * - `mutationOf`: one site of such a value made wrong by exactly one rule (wrong type, NUL, lone surrogate,
 *   blank, too long, not in the enum, an impossible date, a missing required or an unknown property...), with
 *   the JSON pointer of that site, so the test can demand a 400 that names it.
 */

export type JsonSchema = Record<string, any>

export interface SchemaContext {
  /** Resolves `$ref`s into the contract's components. */
  resolve(ref: string): JsonSchema
  /** Dates a council would see now: mostly today (Europe/London), else the weeks before. */
  date: fc.Arbitrary<string>
  /** Instants up to now. */
  instant: fc.Arbitrary<string>
  /** Case ids (and other uuids) worth sending where a uuid is expected. */
  ids: string[]
}

/** Values a careless or hostile client sends where a query or path parameter is expected. */
export const nastyString = fc.constantFrom(
  '', ' ', '   \t\n', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\ud83d\ude00', '%00', '%FF', '../..', '0000-01-01',
  '9999-12-31', '2026-02-30', '2026-13-01', '0001-01-01T00:00:00Z', '2026-02-29T25:00:00Z', 'null', '[]', '{}',
  'x'.repeat(5000), "'; drop table cases; --", '\u202e', 'é'.repeat(50), '-1', '1e308', 'NaN',
)

const WORDS = ['bins', 'missed', 'again', 'the', 'road', 'repair', 'council', 'tax', 'letter', 'late', 'housing', 'damp',
  'parking', 'permit', 'noise', 'street', 'lights', 'planning', 'reply', 'phone', 'staff', 'rude', 'ignored', 'week']

/** Plain text within the length bounds, never blank (so it also passes `notBlank`). */
export function textArb(minLength = 1, maxLength = 80): fc.Arbitrary<string> {
  const max = Math.max(1, Math.min(maxLength, 120))
  return fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => {
    let s = words.join(' ')
    while (s.length < minLength) s += ` ${s}`
    return s.slice(0, max).trimEnd() || 'x'
  })
}

/** Patterns of the contract that a generic regexp inverter turns into unreadable (or over-long) text. */
const KNOWN_PATTERNS: Record<string, fc.Arbitrary<string>> = {
  '^[0-9 +()-]{6,30}$': fc.integer({ min: 100000, max: 999999 }).map((n) => `01632 ${n}`),
  '^[a-z][a-z0-9_]*$': fc.constantFrom('legal_action', 'planning', 'x1', 'over_twelve_months'),
  '^evt_[0-9]{1,19}$': fc.integer({ min: 1, max: 5000 }).map((n) => `evt_${n}`),
  '^[A-Z0-9]{2,8}$': fc.stringMatching(/^[A-Z0-9]{2,8}$/),
  '^[a-z0-9]+(-[a-z0-9]+)*$': fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/),
  '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$': fc.constantFrom('https://forms.example.org', 'https://www.example.gov.uk', 'http://localhost:8080'),
  '^https?://': fc.constantFrom('https://idp.example.org/keys', 'https://login.example.net/jwks'),
  '^[A-Za-z0-9_:-]+(\\.[A-Za-z0-9_:-]+)*$': fc.constantFrom('roles', 'realm_access.roles', 'council'),
}

function stringArb(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'date': return ctx.date
    case 'date-time': return ctx.instant
    case 'uuid': return ctx.ids.length ? fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid({ version: 4 })) : fc.uuid({ version: 4 })
    case 'email': return fc.tuple(fc.constantFrom(...WORDS), fc.nat(999)).map(([w, n]) => `${w}.${n}@example.org`)
    case 'uri': return fc.constantFrom('https://hooks.example.org/complaints', 'https://www.example.gov.uk/policy', 'https://example.com/a?b=c')
    default: break
  }
  if (typeof schema.pattern === 'string') {
    const known = KNOWN_PATTERNS[schema.pattern]
    if (known) return known
    const re = new RegExp(schema.pattern)
    return fc.stringMatching(re).filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity))
  }
  return textArb(schema.minLength ?? 1, schema.maxLength ?? 80)
}

const isNull = (s: JsonSchema) => s.type === 'null'

/** A value the schema allows. */
export function validValue(schema: JsonSchema | undefined, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 8) return fc.constant(null)
  if (schema.$ref) return validValue(ctx.resolve(schema.$ref), ctx, depth + 1)
  if ('const' in schema) return fc.constant(schema.const)
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum)
  const alternatives: JsonSchema[] | undefined = schema.anyOf ?? schema.oneOf
  if (Array.isArray(alternatives)) {
    // A nullable field is mostly given a value: null says little about the service.
    return fc.oneof(...alternatives.map((s) => ({ weight: isNull(s) ? 1 : 4, arbitrary: validValue(s, ctx, depth + 1) })))
  }
  if (Array.isArray(schema.allOf)) return validValue(Object.assign({}, ...schema.allOf), ctx, depth + 1)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'string': return stringArb(schema, ctx)
    case 'integer': {
      const min = schema.minimum ?? 0
      return fc.integer({ min, max: schema.maximum ?? min + 100 })
    }
    case 'number': {
      const min = schema.minimum ?? 0
      return fc.integer({ min: Math.ceil(min), max: Math.floor(schema.maximum ?? min + 100) })
    }
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'array': {
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, (schema.minItems ?? 0) + 3) }
      const items = validValue(schema.items, ctx, depth + 1)
      return schema.uniqueItems ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(items, constraints)
    }
    case 'object': return objectArb(schema, ctx, depth)
    default: return fc.constant(null)
  }
}

function objectArb(schema: JsonSchema, ctx: SchemaContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, JsonSchema> = schema.properties ?? {}
  const names = Object.keys(properties)
  if (names.length === 0) return fc.constant({})
  const required = new Set<string>((schema.required ?? []).filter((k: string) => k in properties))
  const optional = names.filter((k) => !required.has(k))
  const all = fc.record(Object.fromEntries(names.map((k) => [k, validValue(properties[k], ctx, depth + 1)])))
  const minOptional = Math.max(0, (schema.minProperties ?? 0) - required.size)
  return fc.tuple(all, fc.subarray(optional, { minLength: Math.min(minOptional, optional.length) })).map(([value, kept]) => {
    const out: Record<string, unknown> = {}
    for (const k of names) if (required.has(k) || kept.includes(k)) out[k] = value[k]
    return out
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations: one field wrong at a time.

export interface Mutation {
  /** JSON pointer of the field made wrong (for a missing or unknown property, the property itself). */
  pointer: string
  /** The rule broken, for the failure message. */
  rule: string
  /** The whole body with that one field wrong. */
  body: unknown
}

interface Site {
  path: string[]
  schema: JsonSchema
  value: unknown
}

const pointerOf = (path: string[]) => (path.length === 0 ? '/' : path.map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`).join(''))

/** The schema with `$ref` and one-element `allOf` resolved. */
function effective(schema: JsonSchema | undefined, ctx: SchemaContext): JsonSchema {
  let s = schema ?? {}
  for (let i = 0; i < 8 && s.$ref; i++) s = ctx.resolve(s.$ref)
  if (Array.isArray(s.allOf)) s = Object.assign({}, ...s.allOf)
  return s
}

/** Every field present in the value, with the schema that governs it. */
function sites(schema: JsonSchema | undefined, value: unknown, ctx: SchemaContext, path: string[] = [], out: Site[] = []): Site[] {
  const s = effective(schema, ctx)
  out.push({ path, schema: s, value })
  const alternatives: JsonSchema[] | undefined = s.anyOf ?? s.oneOf
  if (Array.isArray(alternatives)) {
    // Descend through the alternative the value took, when only one of the non-null ones is an object or array.
    const shaped = alternatives.map((a) => effective(a, ctx)).filter((a) => a.type === 'object' || a.type === 'array')
    if (shaped.length === 1 && value !== null && typeof value === 'object') descend(shaped[0]!, value, ctx, path, out)
    return out
  }
  descend(s, value, ctx, path, out)
  return out
}

function descend(s: JsonSchema, value: unknown, ctx: SchemaContext, path: string[], out: Site[]): void {
  if (s.type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (s.properties?.[k]) sites(s.properties[k], v, ctx, [...path, k], out)
  } else if (s.type === 'array' && Array.isArray(value)) {
    value.forEach((v, i) => sites(s.items, v, ctx, [...path, String(i)], out))
  }
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

/** Types a schema (or any of its alternatives) allows. */
function allowedTypes(s: JsonSchema, ctx: SchemaContext): Set<string> {
  const alternatives: JsonSchema[] | undefined = s.anyOf ?? s.oneOf
  if (Array.isArray(alternatives)) return new Set(alternatives.flatMap((a) => [...allowedTypes(effective(a, ctx), ctx)]))
  if ('const' in s) return new Set([typeOf(s.const)])
  if (Array.isArray(s.enum)) return new Set(s.enum.map(typeOf))
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : ['string', 'number', 'boolean', 'null', 'array', 'object']
  return new Set(types.flatMap((t) => (t === 'integer' ? ['number'] : [t])))
}

/** A string no alternative of an enum-like schema allows, when the schema is one. */
function enumOnly(s: JsonSchema, ctx: SchemaContext): boolean {
  const alternatives: JsonSchema[] | undefined = s.anyOf ?? s.oneOf
  if (Array.isArray(alternatives)) return alternatives.every((a) => enumOnly(effective(a, ctx), ctx))
  return 'const' in s || Array.isArray(s.enum)
}

type Candidate = { rule: string; value: unknown } | { rule: string; remove: string } | { rule: string; add: string }

function candidates(site: Site, ctx: SchemaContext): Candidate[] {
  const s = site.schema
  const out: Candidate[] = []
  const types = allowedTypes(s, ctx)
  const wrong = [12345, 'text', true, { x: 1 }, [1]].find((v) => !types.has(typeOf(v)))
  if (wrong !== undefined) out.push({ rule: 'type', value: wrong })
  if (typeof site.value === 'string') {
    // Whatever the schema says, text the database cannot store is refused.
    const v = site.value
    out.push({ rule: 'noNulCharacter', value: `${v.slice(0, 1)}\u0000${v.slice(1)}` })
    out.push({ rule: 'wellFormedUnicode', value: `${v}\ud800` })
    if (enumOnly(s, ctx)) out.push({ rule: 'enum', value: `${v}-not-in-the-list` })
    if (s.type === 'string') {
      if (typeof s.maxLength === 'number' && s.maxLength <= 50_000) out.push({ rule: 'maxLength', value: 'x'.repeat(s.maxLength + 1) })
      if ((s.minLength ?? 0) >= 1) out.push({ rule: 'minLength', value: '' })
      if ((s.minLength ?? 0) >= 1 && s.format === undefined && s.pattern === undefined) out.push({ rule: 'notBlank', value: ' \t ' })
      if (s.format === 'date') out.push({ rule: 'format', value: `${v.slice(0, 4)}-02-30` }, { rule: 'format', value: '1899-12-31' })
      if (s.format === 'date-time') out.push({ rule: 'format', value: '2026-02-30T10:00:00Z' }, { rule: 'format', value: '2026-01-01T25:00:00Z' })
      if (s.format === 'uuid') out.push({ rule: 'format', value: 'not-a-uuid' })
      if (s.format === 'email') out.push({ rule: 'format', value: 'not an email' })
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test('!?')) out.push({ rule: 'pattern', value: '!?' })
    }
  }
  if (typeof site.value === 'number' && (s.type === 'integer' || s.type === 'number')) {
    if (s.type === 'integer') out.push({ rule: 'type', value: site.value + 0.5 })
    out.push({ rule: 'type', value: String(site.value) })
    if (typeof s.minimum === 'number') out.push({ rule: 'minimum', value: s.minimum - 1 })
    if (typeof s.maximum === 'number') out.push({ rule: 'maximum', value: s.maximum + 1 })
  }
  if (typeof site.value === 'boolean' && !types.has('string')) out.push({ rule: 'type', value: String(site.value) })
  if (Array.isArray(site.value) && s.type === 'array') {
    if (site.value.length > 0 && s.uniqueItems) out.push({ rule: 'uniqueItems', value: [...site.value, site.value[0]] })
    if (site.value.length > 0 && typeof s.maxItems === 'number' && s.maxItems <= 200) {
      out.push({ rule: 'maxItems', value: Array.from({ length: s.maxItems + 1 }, (_, i) => (s.uniqueItems ? uniqueVariant(site.value as unknown[], i) : (site.value as unknown[])[0])) })
    }
  }
  if (s.type === 'object' && site.value !== null && typeof site.value === 'object' && !Array.isArray(site.value)) {
    // A required property with a default is filled in when missing (Ajv's useDefaults), so it cannot go missing.
    for (const k of s.required ?? []) if (k in (site.value as object) && !('default' in (s.properties?.[k] ?? {}))) out.push({ rule: 'required', remove: k })
    if (s.additionalProperties === false) out.push({ rule: 'additionalProperties', add: 'unexpectedProperty' })
  }
  return out
}

/** A distinct item like the array's first, for an array too long with uniqueItems (strings get a suffix). */
function uniqueVariant(items: unknown[], i: number): unknown {
  const first = items[0]
  return typeof first === 'string' ? `${first.slice(0, 20)}${i}` : first
}

function replaceAt(root: unknown, path: string[], apply: (parent: any, key: string) => void): unknown {
  const copy = structuredClone(root)
  if (path.length === 0) return copy
  let parent: any = copy
  for (const p of path.slice(0, -1)) parent = parent[p]
  apply(parent, path[path.length - 1]!)
  return copy
}

/** All single-field mutations of a valid body (none when the body has nothing to break). */
export function mutationsOf(schema: JsonSchema | undefined, body: unknown, ctx: SchemaContext): Mutation[] {
  const out: Mutation[] = []
  for (const site of sites(schema, body, ctx)) {
    for (const c of candidates(site, ctx)) {
      if ('value' in c) {
        if (site.path.length === 0) out.push({ pointer: '/', rule: c.rule, body: c.value })
        else out.push({ pointer: pointerOf(site.path), rule: c.rule, body: replaceAt(body, site.path, (p, k) => { p[k] = c.value }) })
      } else if ('remove' in c) {
        out.push({ pointer: pointerOf([...site.path, c.remove]), rule: c.rule, body: replaceAt(body, [...site.path, c.remove], (p, k) => { delete p[k] }) })
      } else {
        out.push({ pointer: pointerOf([...site.path, c.add]), rule: c.rule, body: replaceAt(body, [...site.path, c.add], (p, k) => { p[k] = 'x' }) })
      }
    }
  }
  return out
}
