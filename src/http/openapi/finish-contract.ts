/**
 * The contract as a product. @fastify/swagger turns the routes' TypeBox schemas into OpenAPI faithfully but
 * thinly; this pass, run on the generated document (never on the schemas the server validates and serializes
 * with, so validation and serialization stay exactly as they are), makes it what integrators and generators need:
 * - string-literal unions (TypeBox `Union` of `Literal`s, emitted as `anyOf` of one-value enums) become one `enum`;
 * - defaulted fields and parameters are not required, bodiless actions do not require a body;
 * - every request body and response, and every object shape used more than once or given a `title`, is a named
 *   component;
 * - the headers the server sends (x-request-id, ETag, Location, idempotent-replayed, Retry-After, rate limits) are
 *   declared on the responses that send them;
 * - `Problem.code` is an enum of every code in http/error-status.ts, and each operation's description has a table
 *   of the codes it can carry (its `x-error-codes`, from http/error-codes.ts);
 * - operations are grouped by the Code's process.
 * Routes added later get all of this without doing anything.
 */
import { ALL_ERROR_STATUS } from '../error-status.js'
import { COMPONENT_NAMES } from './component-names.js'
import { COMPONENT_EXAMPLES } from './examples.js'
import { REQUEST_RESPONSE_EXAMPLES } from './request-response-examples.js'

type Json = Record<string, any>
type Doc = Json & { paths: Record<string, Record<string, Operation>>; components: Json }
interface Operation {
  operationId: string
  tags?: string[]
  description?: string
  parameters?: Json[]
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> }
  responses: Record<string, { description: string; headers?: Json; content?: Record<string, { schema: Json }> }>
  [key: string]: unknown
}

export interface FinishOptions {
  /** Operations that may be posted without a body (the server reads a missing body as `{}`). */
  bodyOptional: ReadonlySet<string>
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const pascal = (s: string) => s.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_m, _p, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase())
const operations = (doc: Doc) => Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })))

// ---- enums -------------------------------------------------------------------------------------------------

function enumValues(member: Json): { type: string; values: unknown[] } | null {
  const keys = Object.keys(member)
  if ('const' in member && keys.every((k) => k === 'const' || k === 'type')) return { type: member.type ?? typeof member.const, values: [member.const] }
  if (Array.isArray(member.enum) && keys.every((k) => k === 'enum' || k === 'type') && typeof member.type === 'string') return { type: member.type, values: member.enum }
  return null
}

/** `anyOf: [{type:'string', enum:['a']}, {type:'string', enum:['b']}]` -> `{type:'string', enum:['a','b']}`; bottom up. */
function collapseEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(collapseEnums)
  if (!isObject(node)) return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node)) out[k] = collapseEnums(v)
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = out[key]
    if (!Array.isArray(members) || members.length === 0) continue
    const parsed = members.map((m) => (isObject(m) ? enumValues(m) : null))
    if (parsed.some((p) => p === null)) continue
    const types = new Set(parsed.map((p) => p!.type))
    if (types.size !== 1) continue
    delete out[key]
    return { type: [...types][0], enum: parsed.flatMap((p) => p!.values), ...out }
  }
  // TypeBox's Enum emits `enum` without `type`; generators want both.
  if (Array.isArray(out.enum) && out.type === undefined && out.enum.every((v: unknown) => typeof v === 'string')) out.type = 'string'
  return out
}

// ---- requests ----------------------------------------------------------------------------------------------

/** A field with a default is filled in by the server when left out: it is not required of the caller. */
function unrequireDefaults(schema: unknown, components: Json, seen = new Set<unknown>()): void {
  if (!isObject(schema) || seen.has(schema)) return
  seen.add(schema)
  if (typeof schema.$ref === 'string') {
    unrequireDefaults(components.schemas?.[schema.$ref.replace('#/components/schemas/', '')], components, seen)
    return
  }
  if (isObject(schema.properties) && Array.isArray(schema.required)) {
    schema.required = schema.required.filter((name: string) => !isObject(schema.properties[name]) || !('default' in schema.properties[name]))
    if (schema.required.length === 0) delete schema.required
  }
  for (const v of Object.values(schema)) {
    if (Array.isArray(v)) v.forEach((x) => unrequireDefaults(x, components, seen))
    else unrequireDefaults(v, components, seen)
  }
}

/** The If-Match semantics, for the resource the operation writes (a case, or the council's policy). */
const ifMatch = (what: string, code: string) => `The \`ETag\` of the ${what} as you last read it (its \`version\`, quoted or not). Optional: ` +
  `without it the change applies to the ${what} as it is now. With it, the change applies only if nobody changed the ${what} ` +
  `since you read it; otherwise the answer is 412 \`${code}\` and nothing changes: read the ${what} again and decide again.`
const IDEMPOTENCY_KEY = 'A key you make unique to this submission (8-200 characters: letters, digits, `.`, `_`, `:`, `-`). ' +
  'A retry with the same key and the same body creates nothing and answers with the first response again, with the ' +
  'header `idempotent-replayed: true`; the same key with a different body is 422 `IDEMPOTENCY.KEY_REUSED`. Send one ' +
  'whenever a timeout could make you retry.'

function finishRequests(doc: Doc, options: FinishOptions): void {
  for (const { op } of operations(doc)) {
    for (const parameter of op.parameters ?? []) {
      if (isObject(parameter.schema) && 'default' in parameter.schema) parameter.required = false
      const name = String(parameter.name).toLowerCase()
      if (parameter.in === 'header' && name === 'if-match') {
        const policy = (op['x-error-codes'] as string[] | undefined)?.includes('POLICY.VERSION_MISMATCH')
        parameter.description = policy ? ifMatch('policy', 'POLICY.VERSION_MISMATCH') : ifMatch('case', 'CASE.VERSION_MISMATCH')
      }
      if (parameter.in === 'header' && name === 'idempotency-key') {
        parameter.description = parameter.required ? `Required here. ${IDEMPOTENCY_KEY}` : IDEMPOTENCY_KEY
      }
    }
    if (!op.requestBody) continue
    for (const media of Object.values(op.requestBody.content)) unrequireDefaults(media.schema, doc.components)
    if (options.bodyOptional.has(op.operationId)) {
      const schemas = Object.values(op.requestBody.content).map((m) => m.schema)
      if (schemas.every((s) => !(s.required?.length))) op.requestBody.required = false
    }
  }
}

// ---- named components --------------------------------------------------------------------------------------

const ref = (name: string) => `#/components/schemas/${name}`
const ANNOTATIONS = new Set(['description', 'title', 'examples', 'example', 'default'])
const shapeKey = (schema: Json) => JSON.stringify(schema, (k, v) => (k !== '' && ANNOTATIONS.has(k) && typeof v !== 'object' ? undefined : v))
const isShape = (s: unknown): s is Json => isObject(s) && s.type === 'object' && isObject(s.properties) && Object.keys(s.properties).length > 0

class Components {
  private byKey = new Map<string, string>()
  constructor(private readonly schemas: Json) {
    for (const [name, schema] of Object.entries(schemas)) this.byKey.set(shapeKey(schema as Json), name)
  }

  /** Names the schema (or finds the component already holding that shape) and returns a reference to it. */
  name(schema: Json, preferred: string, fallbackPrefix = '', originalKey?: string): Json {
    const key = shapeKey(schema)
    const existing = this.byKey.get(key) ?? (originalKey ? this.byKey.get(originalKey) : undefined)
    const own = typeof schema.description === 'string' ? { description: schema.description } : {}
    if (existing) return { $ref: ref(existing), ...own }
    let name = pascal(preferred)
    if (this.schemas[name]) name = pascal(`${fallbackPrefix} ${preferred}`)
    for (let i = 2; this.schemas[name]; i++) name = `${pascal(preferred)}${i}`
    this.schemas[name] = schema
    this.byKey.set(key, name)
    if (originalKey) this.byKey.set(originalKey, name)
    return { $ref: ref(name), ...own }
  }
}

function countShapes(node: unknown, counts: Map<string, number>, top = true): void {
  if (Array.isArray(node)) return node.forEach((n) => countShapes(n, counts, false))
  if (!isObject(node)) return
  if (!top && isShape(node)) counts.set(shapeKey(node), (counts.get(shapeKey(node)) ?? 0) + 1)
  for (const v of Object.values(node)) countShapes(v, counts, false)
}

/** Replaces, inside a component, every object shape that is titled or used more than once with a reference. */
function hoistShapes(node: Json, owner: string, components: Components, counts: Map<string, number>): void {
  const visit = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => visit(v, key))
    if (!isObject(value)) return value
    // Counted before its own nested shapes become references.
    const originalKey = isShape(value) ? shapeKey(value) : ''
    for (const [k, v] of Object.entries(value)) {
      const childKey = k === 'items' ? `${key}Item` : k === 'anyOf' || k === 'oneOf' || k === 'allOf' ? key : k
      if (k === 'properties' && isObject(v)) {
        for (const [p, s] of Object.entries(v)) (v as Json)[p] = visit(s, p)
      } else if (k !== 'properties') value[k] = visit(v, childKey)
    }
    if (isShape(value) && (typeof value.title === 'string' || (counts.get(originalKey) ?? 0) > 1)) {
      return components.name(value, typeof value.title === 'string' ? value.title : key, owner, originalKey)
    }
    return value
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' && isObject(v)) for (const [p, s] of Object.entries(v)) (v as Json)[p] = visit(s, p)
    else if (k !== 'properties') node[k] = visit(v, k === 'items' ? `${owner}Item` : owner)
  }
}

const STATUS_NAME: Record<string, string> = { 200: 'Response', 201: 'Created', 202: 'Accepted' }

function nameComponents(doc: Doc): void {
  doc.components.schemas ??= {}
  const components = new Components(doc.components.schemas)
  for (const { op } of operations(doc)) {
    const base = pascal(op.operationId)
    for (const [media, content] of Object.entries(op.requestBody?.content ?? {})) {
      if (media.includes('json') && (content.schema.type === 'object' || Array.isArray(content.schema.oneOf))) content.schema = components.name(content.schema, content.schema.title ?? `${base}Request`)
    }
    for (const [status, response] of Object.entries(op.responses)) {
      for (const [media, content] of Object.entries(response.content ?? {})) {
        const s: Json = content.schema
        if (!media.includes('json') || !(s.type === 'array' || s.type === 'object')) continue
        content.schema = components.name(s, s.title ?? `${base}${STATUS_NAME[status] ?? `Response${status}`}`)
      }
    }
  }
  const counts = new Map<string, number>()
  // Each use of a shape nested in a component counts (the components themselves are named already).
  for (const schema of Object.values(doc.components.schemas)) countShapes(schema, counts, true)
  for (const [name, schema] of Object.entries({ ...doc.components.schemas })) hoistShapes(schema as Json, name, components, counts)
  // Hoisting can add components; name their nested shapes too.
  for (const [name, schema] of Object.entries(doc.components.schemas)) hoistShapes(schema as Json, name, components, counts)
}

/** Gives the components their domain names (component-names.ts), references included, then their examples. */
function renameComponents(doc: Doc): void {
  const schemas = doc.components.schemas as Json
  const renamed: Record<string, string> = {}
  for (const [from, { name, description }] of Object.entries(COMPONENT_NAMES)) {
    const schema = schemas[from]
    if (!schema) continue
    if (from !== name && schemas[name]) throw new Error(`component ${from} cannot be renamed ${name}: that name is taken`)
    delete schemas[from]
    schemas[name] = description ? { ...schema, description } : schema
    if (schemas[name].title === from) schemas[name].title = name
    renamed[ref(from)] = ref(name)
  }
  const relink = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(relink)
    if (!isObject(node)) return
    for (const [k, v] of Object.entries(node)) {
      // `$ref`s and a discriminator's mapping: a reference is a string no other value can be.
      if (typeof v === 'string' && renamed[v]) node[k] = renamed[v]
      else relink(v)
    }
  }
  relink(doc.paths)
  relink(schemas)
  // Every component has its examples in one of the two maps (test/openapi-examples.test.ts holds them to that).
  for (const [name, examples] of Object.entries({ ...REQUEST_RESPONSE_EXAMPLES, ...COMPONENT_EXAMPLES })) {
    const schema = schemas[name]
    if (schema) schema.examples = examples
  }
  doc.components.schemas = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * A union with a discriminator (the acknowledgement's accept or refuse) gets the discriminator's `mapping`, which
 * generators use to name each alternative (the server's validator reads the discriminator without it).
 */
function discriminatorMappings(doc: Doc): void {
  for (const schema of Object.values(doc.components.schemas as Json)) {
    const tag = schema.discriminator?.propertyName
    if (typeof tag !== 'string' || !Array.isArray(schema.oneOf)) continue
    const mapping: Record<string, string> = {}
    for (const member of schema.oneOf as Json[]) {
      const target = typeof member.$ref === 'string' ? doc.components.schemas[member.$ref.replace('#/components/schemas/', '')] : null
      const values = target?.properties?.[tag]?.enum ?? (target?.properties?.[tag]?.const !== undefined ? [target.properties[tag].const] : [])
      for (const value of values) mapping[String(value)] = member.$ref
    }
    schema.discriminator = { ...schema.discriminator, mapping }
  }
}

// ---- responses: descriptions and headers -------------------------------------------------------------------

const SUCCESS: Record<string, string> = { 200: 'OK.', 201: 'Created.', 202: 'Accepted: the work is queued.', 204: 'Done; no content.' }

const HEADERS: Json = {
  RequestId: { description: 'The request id: yours if you sent a sane `x-request-id`, else one made for you. Quote it to the operator.', schema: { type: 'string', maxLength: 128 } },
  ETag: { description: 'The version of the resource, quoted. Send it back as `If-Match` to change it only if nobody else has.', schema: { type: 'string', maxLength: 32 } },
  Location: { description: 'Where the created resource can be read.', schema: { type: 'string', format: 'uri-reference', maxLength: 500 } },
  IdempotentReplayed: { description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`: nothing new was created.', schema: { type: 'string', enum: ['true'] } },
  RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 } },
  RateLimitLimit: { description: 'Requests allowed in the window.', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 1000000 } },
  RateLimitRemaining: { description: 'Requests left in the window.', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 1000000 } },
  RateLimitReset: { description: 'Seconds until the window resets.', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 } },
}
const header = (name: string) => ({ $ref: `#/components/headers/${name}` })

/** Which operations send which headers (the routes that call reply.header for them). */
const LOCATION_ON_201 = new Set(['createComplaint', 'raiseRelatedIssue', 'createCouncil', 'publishSelfAssessment', 'recordLearningAction', 'recordLearningFromComplaint'])
const ETAG_OPERATIONS = new Set(['getCurrentPolicy', 'replaceCurrentPolicy', 'getPolicyVersion'])
const RATE_LIMITED = new Set(['submitPublicComplaint'])

function finishResponses(doc: Doc): void {
  doc.components.headers = { ...HEADERS, ...doc.components.headers }
  for (const { op } of operations(doc)) {
    const replays = (op.parameters ?? []).some((p) => p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key')
    for (const [status, response] of Object.entries(op.responses)) {
      const schema = response.content?.['application/json']?.schema
      if (!response.description || response.description === 'Default Response') {
        response.description = (schema?.description as string | undefined) ?? SUCCESS[status] ?? 'OK.'
      }
      const headers: Json = { 'x-request-id': header('RequestId') }
      const success = status.startsWith('2')
      if (success && (schema?.$ref === ref('Case') || ETAG_OPERATIONS.has(op.operationId))) headers.ETag = header('ETag')
      if (status === '201' && LOCATION_ON_201.has(op.operationId)) headers.Location = header('Location')
      if (success && replays) headers['idempotent-replayed'] = header('IdempotentReplayed')
      if (status === '429' || status === '503') headers['Retry-After'] = header('RetryAfter')
      if (RATE_LIMITED.has(op.operationId) && status !== '500' && status !== '503') {
        Object.assign(headers, { 'x-ratelimit-limit': header('RateLimitLimit'), 'x-ratelimit-remaining': header('RateLimitRemaining'), 'x-ratelimit-reset': header('RateLimitReset') })
      }
      response.headers = { ...headers, ...response.headers }
    }
  }
}

// ---- error codes -------------------------------------------------------------------------------------------

function finishErrorCodes(doc: Doc): void {
  const problem = doc.components.schemas.Problem
  if (problem?.properties?.code) {
    problem.properties.code = { ...problem.properties.code, enum: Object.keys(ALL_ERROR_STATUS).sort() }
  }
  for (const { op } of operations(doc)) {
    // The route's own list (http/error-codes.ts, put on the schema by the problem-details plugin), sorted by status.
    const codes = (op['x-error-codes'] as string[] | undefined) ?? []
    const byStatus = new Map<number, string[]>()
    for (const code of codes) byStatus.set(ALL_ERROR_STATUS[code]!, [...(byStatus.get(ALL_ERROR_STATUS[code]!) ?? []), `\`${code}\``])
    const table = ['| status | `code` |', '|---|---|', ...[...byStatus].map(([status, names]) => `| ${status} | ${names.join(', ')} |`)].join('\n')
    op.description = `${op.description ? `${op.description}\n\n` : ''}**Errors** (\`application/problem+json\`; \`code\` is one of):\n\n${table}`
  }
}

// ---- grouping ----------------------------------------------------------------------------------------------

/** Case operations grouped by where they sit in the Code's process; other complaints operations read and find cases. */
const PROCESS: Record<string, string> = {
  createComplaint: 'intake',
  triageComplaint: 'triage', upgradeToComplaint: 'triage', downgradeToServiceRequest: 'triage', checkExclusions: 'triage',
  acknowledgeComplaint: 'triage', raiseRelatedIssue: 'triage',
  assignComplaint: 'stage 1', extendResponseDeadline: 'stage 1', pauseClock: 'stage 1', resumeClock: 'stage 1', respondStage1: 'stage 1',
  escalateComplaint: 'stage 2', decideEscalation: 'stage 2', acknowledgeStage2: 'stage 2', assignStage2: 'stage 2', respondStage2: 'stage 2',
  referToOmbudsman: 'ombudsman', recordOmbudsmanDecision: 'ombudsman',
  completeRemedy: 'remedies', markRemedyUndeliverable: 'remedies', completeOutstandingAction: 'remedies',
}

export const PROCESS_TAGS = [
  { name: 'intake', description: 'Log a complaint or request from any channel (Code 1.2-1.5). Website forms use `public`.' },
  { name: 'public', description: 'No token: website forms posting straight from the browser, off by default per council, CORS allow-listed and rate limited.' },
  { name: 'triage', description: 'Complaint, service request or signposted; upgrade and downgrade; the acknowledgement that accepts or refuses under the catalogue (Code 2).' },
  { name: 'stage 1', description: 'Allocate, extend, pause and resume the clock, and send the stage 1 response (Code 5, 6).' },
  { name: 'stage 2', description: 'Escalation, its acknowledgement, an independent reviewer, the final response (Code 5.7, 6).' },
  { name: 'ombudsman', description: 'Referral to the Ombudsman and its decision, recorded beside the council\'s own outcome.' },
  { name: 'remedies', description: 'Remedies and outstanding actions followed to completion (Code 7).' },
  { name: 'cases', description: 'Find and read cases: work queues, a case with its deadlines, its history; withdrawal and closure.' },
]

function group(doc: Doc): void {
  for (const { op } of operations(doc)) {
    if (!op.tags?.includes('complaints')) continue
    op.tags = op.tags.map((t) => (t === 'complaints' ? PROCESS[op.operationId] ?? 'cases' : t))
  }
  const used = new Set(operations(doc).flatMap(({ op }) => op.tags ?? []))
  doc.tags = (doc.tags as { name: string }[]).filter((t) => used.has(t.name))
}

// ---- integers ----------------------------------------------------------------------------------------------

/** Integers in this API are JSON numbers a JavaScript client reads exactly: say so (`int64` within 2^53). */
function integerFormats(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(integerFormats)
  if (!isObject(node)) return
  if (node.type === 'integer' && node.format === undefined) {
    node.format = typeof node.maximum === 'number' && node.maximum <= 2147483647 && (node.minimum ?? 0) >= -2147483648 ? 'int32' : 'int64'
  }
  Object.values(node).forEach(integerFormats)
}

export function finishContract(input: Json, options: FinishOptions): Json {
  const doc = collapseEnums(structuredClone(input)) as Doc
  finishRequests(doc, options)
  nameComponents(doc)
  renameComponents(doc)
  discriminatorMappings(doc)
  finishResponses(doc)
  finishErrorCodes(doc)
  integerFormats(doc)
  group(doc)
  return doc
}
