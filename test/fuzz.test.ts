import { Writable } from 'node:stream'
import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'
import { DateTime } from 'luxon'
import t from 'tap'
import { CODE_PROVISIONS } from '../src/domain/reporting/code-provisions.js'
import { signDevelopmentToken } from '../src/http/auth/sign-token.js'
import { bearer, build, operatorToken, seedCouncil, TEST_SECRET, TEST_STAFF, tokenFor } from './helpers/build.js'
import { createComplaint } from './helpers/complaints.js'
import { loadContract, type Operation } from './fuzz/contract.js'
import { ACTION_PATHS, CANARY, hintFor, nextActions, overlay, STAGE2_ACTIONS, subIdFor, type CaseModel, type HintContext } from './fuzz/lives.js'
import { mutationsOf, nastyString, validValue, type Mutation, type SchemaContext } from './fuzz/schema-arbitrary.js'

/**
 * Contract-driven, stateful fuzzing. Each run is one council's life: complaints are logged (by staff and through
 * the public form) and taken through their lives (triage, acknowledgement, allocation, extensions, responses,
 * escalation, stage 2, the Ombudsman, remedies...) by the complaints team, the assigned handlers and every other
 * role, on a clock that moves on; between them, every other operation of the contract. Bodies are generated from
 * the contract's schemas, valid by construction, and one in six has exactly one field made wrong.
 *
 * On every answer: no 5xx; a status the contract declares for the operation; every error problem+json with a
 * code the contract lists for the operation; a 2xx body that conforms to the declared response schema; a body with one wrong field refused with a
 * 400 that names that field; no case of another council reachable; a handler's 2xx only on a case assigned to
 * them; no personal data in the log (at level trace). At the end, coverage: enough requests reached 2xx deep in
 * cases' lives, so that a fuzzer that stops getting past validation fails.
 *
 * Bounded by request count, not time, so any machine explores the same: FUZZ_RUNS lives of FUZZ_STEPS requests
 * from FUZZ_SEED (fixed in the suite; `npm run fuzz` runs 40 times as many from a random seed). A failure prints
 * the seed and the run's path: `FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz` replays that one life.
 */
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261201
const RUNS = Number(process.env.FUZZ_RUNS ?? 10)
const STEPS = Number(process.env.FUZZ_STEPS ?? 150)
const PATH = process.env.FUZZ_PATH
const MUTATION_SHARE = 1 / 6
const START = '2026-03-02T09:00:00Z'
const PRESETS = ['lgsco-2024', 'west-oxfordshire-2025', 'oxford-draft', 'runnymede-2024']
const ORIGIN = 'https://forms.example.org'

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as the bytes a careless client would send. */
function encode(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]/g, (c) => {
    try {
      return encodeURIComponent(c)
    } catch {
      return '%ED%A0%80'
    }
  })
}

const londonDate = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/London' }).toISODate()!
const plusDays = (date: string, days: number) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!

interface Actor {
  name: string
  token: string | null
  roles: readonly string[]
  subject: string
  council: 'own' | 'other' | 'none'
}

interface Planned {
  op: Operation
  url: string
  headers: Record<string, string>
  body?: unknown
  actor: Actor
  mutation?: Mutation
  target?: CaseModel
  /** An intake repeated with its Idempotency-Key: same body (the first case again) or another (422). */
  replayOf?: { id: string; sameBody: boolean }
}

type Gen = fc.GeneratorValue
const pick = <T>(g: Gen, items: readonly T[]): T => g(() => fc.constantFrom(...items))
const weighted = <T extends string>(g: Gen, items: Array<[T, number]>): T =>
  g(() => fc.oneof(...items.map(([v, weight]) => ({ weight, arbitrary: fc.constant(v) }))))
/** True with probability p (fc.double is not uniform over [0, 1]: it is spread over the floats' bit patterns). */
const chance = (g: Gen, p: number) => g(fc.integer, { min: 0, max: 9999 }) < p * 10_000

t.test('stateful contract fuzzing: every answer declared, deep in cases\' lives', async (t) => {
  const contract = await loadContract()
  t.ok(contract.ops.length >= 40, `the contract lists the operations (${contract.ops.length})`)
  let clock = new Date(START)
  const leaks: string[] = []
  const log = new Writable({
    write(chunk, _encoding, done) {
      const text = String(chunk)
      if (text.toLowerCase().includes(CANARY.toLowerCase()) && leaks.length < 5) leaks.push(text.slice(0, 600))
      done()
    },
  })
  const app = await build(t, { now: () => clock, env: { LOG_LEVEL: 'trace', EVENTS_WORKER: 'false' }, logDestination: log })
  const operator: Actor = { name: 'operator', token: await operatorToken(), roles: ['operator'], subject: 'ops', council: 'none' }

  // Per operation, how often each status came back; and the ids of every council's cases, for isolation.
  const histogram = new Map<string, Map<number, number>>()
  const count = (id: string, status: number) => {
    const h = histogram.get(id) ?? new Map<number, number>()
    h.set(status, (h.get(status) ?? 0) + 1)
    histogram.set(id, h)
  }
  const casesOf = new Map<string, Set<string>>()
  let mutated = 0
  let refusedNamingField = 0
  let requests = 0
  const firstSeen = new Set<string>()

  async function oneLife(g: Gen): Promise<void> {
    clock = new Date(START)
    const council = await seedCouncil(app)
    const other = await seedCouncil(app)
    const own = new Set<string>()
    casesOf.set(council.id, own)
    const actor = async (name: string, roles: string[], subject: string, where: 'own' | 'other' = 'own'): Promise<Actor> =>
      ({ name, roles, subject, council: where, token: await tokenFor(where === 'own' ? council : other, roles as never, subject) })
    const admin = await actor('admin', ['admin'], 'adam')
    const preset = pick(g, PRESETS)
    const setup = [
      await app.inject({ method: 'PUT', url: '/v1/councils/current/policy', headers: bearer(admin.token!), payload: { preset, overrides: {} } }),
      await app.inject({ method: 'PATCH', url: '/v1/councils/current', headers: bearer(admin.token!), payload: { publicIntake: { enabled: true, allowedOrigins: [ORIGIN] } } }),
    ]
    for (const r of setup) if (r.statusCode !== 200) throw new Error(`setup answered ${r.statusCode}: ${r.body}`)
    const policy = await app.inject({ method: 'GET', url: '/v1/councils/current/policy', headers: bearer(admin.token!) })
    const exclusionCodes: string[] = (policy.json().policy?.exclusions ?? []).map((e: { code: string }) => e.code)
    const threeWay = policy.json().policy?.outcomeScheme === 'three_way'

    const team1 = await actor('team', ['complaints_team'], 'alice')
    const team2 = await actor('team (stage 2)', ['complaints_team'], 'terry')
    const boss = await actor('team+admin+reporting', ['complaints_team', 'admin', 'reporting'], 'boss')
    const intake = await actor('intake', ['intake'], 'ivy')
    const reporting = await actor('reporting', ['reporting'], 'rita')
    const integration = await actor('integration', ['integration'], 'crm')
    const foreignTeam = await actor('another council\'s team', ['complaints_team'], 'alice', 'other')
    casesOf.set(other.id, new Set([(await createComplaint(app, foreignTeam.token!)).id]))
    const handlers = new Map<string, Actor>()
    const handler = async (subject: string) => handlers.get(subject) ?? handlers.set(subject, await actor(`handler ${subject}`, ['handler'], subject)).get(subject)!
    const nobody: Actor = { name: 'no token', token: null, roles: [], subject: '', council: 'none' }
    const forged: Actor = { name: 'token with a NUL in its council', roles: ['admin'], subject: 'x', council: 'none', token: await signDevelopmentToken(TEST_SECRET, { subject: 'x', council: `${council.slug}\u0000`, roles: ['admin'] }) }
    const strangers = [intake, reporting, integration, admin, foreignTeam, nobody, forged, await handler('erin')]

    const cases: CaseModel[] = []
    const webhookIds: string[] = []
    const learningIds: string[] = []
    const lastIntake: { key: string; body: unknown; id: string } = { key: '', body: null, id: '' }

    const schemaContext = (floor: string | null): SchemaContext & { hints: HintContext } => {
      const today = londonDate(clock)
      const from = floor !== null && floor <= today ? floor : plusDays(today, -30)
      const span = Math.max(0, DateTime.fromISO(today).diff(DateTime.fromISO(from), 'days').days)
      const date = fc.oneof({ weight: 4, arbitrary: fc.constant(today) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.round(span) }).map((d) => plusDays(from, d)) })
      const instant = fc.integer({ min: 0, max: 72 * 3600 }).map((s) => new Date(clock.getTime() - s * 1000).toISOString())
      const ids = cases.map((c) => c.id)
      return {
        resolve: contract.resolve, date, instant, ids,
        hints: { staff: TEST_STAFF, exclusionCodes, threeWay, today, date, ownCaseIds: ids },
      }
    }

    /** A valid body for the operation (with the hints), or, one time in six, that body with one field wrong. */
    const bodyFor = (op: Operation, c: CaseModel | undefined): { body: unknown; mutation?: Mutation } => {
      const ctx = schemaContext(c?.last.receivedOn ?? null)
      const generated = g(() => validValue(op.body, ctx))
      const body = overlay(generated, g(() => hintFor(op.operationId, c?.last, ctx.hints)))
      // Back-dating an action (occurredAt) now and then: mostly it would fall before the case's last event.
      if (body !== null && typeof body === 'object' && 'occurredAt' in body && !chance(g, 0.1)) delete (body as Record<string, unknown>).occurredAt
      if (!chance(g, MUTATION_SHARE)) return { body }
      const mutations = mutationsOf(op.body, body, ctx)
      if (mutations.length === 0) return { body }
      const mutation = pick(g, mutations)
      return { body: mutation.body, mutation }
    }

    const ifMatch = (c: CaseModel): Record<string, string> => {
      const v = c.last.version as number
      const which = weighted(g, [['current', 17], ['stale', 1], ['none', 2]])
      return which === 'current' ? { 'if-match': `"${v}"` } : which === 'stale' ? { 'if-match': `"${v - 1}"` } : {}
    }

    function planIntake(): Planned {
      const op = contract.byId.get('createComplaint')!
      const by = weighted(g, [['team', 6], ['intake', 2], ['handler', 1], ['stranger', 1]])
      const who = by === 'team' ? pick(g, [team1, boss]) : by === 'intake' ? intake : by === 'handler' ? handlers.values().next().value ?? team1 : pick(g, strangers)
      const replay = lastIntake.id !== '' && who.council === 'own' ? weighted(g, [['new', 18], ['same', 1], ['other', 1]]) : 'new'
      const made = bodyFor(op, undefined)
      const key = replay === 'new' ? `fuzz-${g(fc.nat)}-${requests}` : lastIntake.key
      const body = replay === 'same' ? lastIntake.body : made.body
      return {
        op, url: '/v1/complaints', actor: who, body, headers: { 'idempotency-key': key },
        ...(replay === 'new' && made.mutation ? { mutation: made.mutation } : {}),
        ...(replay !== 'new' && !made.mutation ? { replayOf: { id: lastIntake.id, sameBody: replay === 'same' } } : {}),
      }
    }

    function planPublic(): Planned {
      const op = contract.byId.get('submitPublicComplaint')!
      const made = bodyFor(op, undefined)
      const slug = weighted(g, [[council.slug, 8], [other.slug, 1], ['no-such-council', 1]])
      const origin = weighted(g, [[ORIGIN, 6], ['none', 2], ['https://evil.example', 1]])
      return {
        op, url: `/v1/public/councils/${slug}/complaints`, actor: nobody, body: made.body,
        headers: { 'idempotency-key': `form-${g(fc.nat)}`, ...(origin === 'none' ? {} : { origin }) },
        ...(made.mutation ? { mutation: made.mutation } : {}),
      }
    }

    function planAction(c: CaseModel): Planned {
      const deliberate = chance(g, 0.8)
      const operationId = deliberate ? weighted(g, nextActions(c.last)) : pick(g, Object.keys(ACTION_PATHS))
      const op = contract.byId.get(operationId)!
      const stage2 = STAGE2_ACTIONS.has(operationId) || (c.last.stage === 2 && operationId !== 'assignComplaint')
      const assigned = stage2 ? c.last.stage2Handler : c.last.handler
      const who = weighted(g, [['team', 5], ['assigned', assigned ? 3 : 0], ['stranger', 1]])
      const actorOf = who === 'team' ? (stage2 ? team2 : team1) : who === 'assigned' ? null : pick(g, strangers)
      const sub = ACTION_PATHS[operationId]!.includes('{') ? g(() => subIdFor(operationId, c.last)) : ''
      const path = ACTION_PATHS[operationId]!.replace(/\{[^}]+\}/, encode(sub))
      const made = bodyFor(op, c)
      const headers = {
        ...(op.parameters.some((p) => p.name === 'if-match') ? ifMatch(c) : {}),
        ...(operationId === 'raiseRelatedIssue' ? { 'idempotency-key': `issue-${g(fc.nat)}` } : {}),
      }
      return { op, url: `/v1/complaints/${c.id}/${path}`, actor: actorOf ?? { name: `assigned handler ${assigned}`, token: null, roles: ['handler'], subject: assigned, council: 'own' }, body: made.body, headers, target: c, ...(made.mutation ? { mutation: made.mutation } : {}) }
    }

    function paramValue(op: Operation, name: string, schema: Record<string, unknown>): string | undefined {
      const known = (): string[] => {
        switch (name) {
          case 'id':
            if (op.path.startsWith('/v1/complaints')) return [...cases.map((c) => c.id), ...(casesOf.get(other.id) ?? [])]
            if (op.path.startsWith('/v1/webhooks')) return webhookIds
            if (op.path.startsWith('/v1/learning-actions')) return learningIds
            return []
          // The operator suspends only the other council: a suspended council answers 403 to everything after.
          case 'slug': return op.operationId === 'suspendCouncil' ? [other.slug, 'no-such-council'] : [council.slug, other.slug, 'no-such-council']
          case 'subject': return [...TEST_STAFF.slice(0, 4), 'nobody-here']
          case 'year': return ['2026', '2025']
          case 'version': return ['0', '1', '2']
          case 'ref': return CODE_PROVISIONS.slice(0, 6).map((p) => p.ref)
          case 'handler': return TEST_STAFF.slice(0, 4)
          case 'serviceArea': return ['waste', 'housing']
          default: return []
        }
      }
      const values = known()
      if (chance(g, 0.05)) return g(() => nastyString)
      if (values.length && chance(g, 0.8)) return pick(g, values)
      const value = g(() => validValue(schema, schemaContext(null)))
      return value === null || value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value)
    }

    function planGeneric(op: Operation): Planned {
      let url = op.path
      const query: string[] = []
      const headers: Record<string, string> = {}
      for (const p of op.parameters) {
        if (p.in === 'header') continue
        if (p.in === 'query' && !p.required && chance(g, 0.6)) continue
        const value = paramValue(op, p.name, p.schema)
        if (value === undefined) continue
        if (p.in === 'path') url = url.replace(`{${p.name}}`, value === '%FF' ? value : encode(value))
        else if (p.in === 'query') query.push(`${encode(p.name)}=${encode(value)}`)
      }
      url = url.replace(/\{[^}]+\}/g, 'missing')
      if (op.operationId === 'listEvents') query.push('wait=0')
      if (query.length) url += `?${query.join('&')}`
      const who = op.path.startsWith('/v1/operator') && chance(g, 0.8) ? operator : weighted(g, [['boss', 6], ['team', 2], ['admin', 2], ['reporting', 2], ['stranger', 2], ['operator', 1]])
      const actorOf = typeof who === 'object' ? who : who === 'boss' ? boss : who === 'team' ? team1 : who === 'admin' ? admin : who === 'reporting' ? reporting : who === 'operator' ? operator : pick(g, strangers)
      const made = op.body ? bodyFor(op, undefined) : undefined
      return { op, url, headers, actor: actorOf, ...(made ? { body: made.body, ...(made.mutation ? { mutation: made.mutation } : {}) } : {}) }
    }

    const trail: string[] = []
    const fail = (p: Planned, res: LightMyRequestResponse, why: string): never => {
      const body = p.body === undefined ? '' : ` ${JSON.stringify(p.body).slice(0, 800)}`
      throw new Error(`${why}\n  as ${p.actor.name}: ${p.op.method} ${p.url.slice(0, 300)} ${JSON.stringify(p.headers)}${body}\n  -> ${res.statusCode} ${res.body.slice(0, 800)}` +
        `${p.target ? `\n  the case's life: ${p.target.history.join(' > ')}` : ''}\n  the run's last requests:\n    ${trail.slice(-8).join('\n    ')}`)
    }

    async function send(p: Planned): Promise<LightMyRequestResponse> {
      const token = p.actor.token ?? (p.actor.subject ? (await handler(p.actor.subject)).token : null)
      const headers: Record<string, string> = { ...p.headers, ...(token ? bearer(token) : {}) }
      const withBody = p.body !== undefined
      if (withBody) headers['content-type'] = 'application/json'
      const res = await app.inject({ method: p.op.method as 'GET', url: p.url, headers, ...(withBody ? { payload: JSON.stringify(p.body) } : {}) })
      requests += 1
      count(p.op.operationId, res.statusCode)
      trail.push(`${p.actor.name}: ${p.op.method} ${p.url.slice(0, 200)}${p.mutation ? ` (${p.mutation.rule} at ${p.mutation.pointer})` : ''} -> ${res.statusCode}`)
      if (process.env.FUZZ_VERBOSE && res.statusCode >= 400) {
        const code = `${p.op.operationId} ${res.statusCode} ${res.json().code}`
        if (!firstSeen.has(code)) {
          firstSeen.add(code)
          t.comment(`${code}: ${p.actor.name} ${p.mutation ? `(${p.mutation.rule} at ${p.mutation.pointer}) ` : ''}${String(res.json().detail).slice(0, 200)}`)
        }
      }
      check(p, res)
      return res
    }

    function check(p: Planned, res: LightMyRequestResponse): void {
      const status = res.statusCode
      if (status >= 500) fail(p, res, 'a server error')
      if (!p.op.declared.has(String(status))) fail(p, res, `status ${status} is not declared for ${p.op.operationId}`)
      const type = String(res.headers['content-type'] ?? '')
      const json = /json/.test(type) && res.body.length > 0 ? res.json() : undefined
      if (status >= 400) {
        if (!/^application\/problem\+json/.test(type)) fail(p, res, 'an error that is not application/problem+json')
        if (typeof json?.code !== 'string' || json.status !== status) fail(p, res, 'a problem without its code and status')
        else if (!p.op.codes.has(json.code)) fail(p, res, `code ${json.code} is not in the contract's list for ${p.op.operationId}`)
      } else if (json !== undefined) {
        const wrong = contract.checkResponse(p.op, status, json)
        if (wrong) fail(p, res, `the ${status} body does not match the contract: ${wrong}`)
      }
      if (p.mutation) {
        mutated += 1
        // Refusals that come before the body is read: authentication, roles, the form's council and origin, the URL.
        const allowedFirst = p.op.operationId === 'submitPublicComplaint' ? [403, 404, 414, 429] : [401, 403, 414]
        if (status === 400) {
          const errors: Array<{ location: string; field: string }> = json?.errors ?? []
          const named = errors.some((e) => e.location === 'body' && (e.field === p.mutation!.pointer || e.field.startsWith(`${p.mutation!.pointer}/`)))
          // A request whose URL is already wrong (a generated path or query parameter) may be refused for that first.
          const urlFirst = errors.every((e) => e.location !== 'body') && (errors.length > 0 || json?.code === 'MALFORMED_URL')
          if (!named && !urlFirst) fail(p, res, `a body with ${p.mutation.pointer} wrong (${p.mutation.rule}) was refused without naming ${p.mutation.pointer}`)
          if (named) refusedNamingField += 1
        } else if (!allowedFirst.includes(status)) {
          fail(p, res, `a body with ${p.mutation.pointer} wrong (${p.mutation.rule}) was not refused with 400`)
        }
      }
      // Isolation: another council's token reaches none of this council's cases, and no list shows a foreign case.
      if (p.target && p.actor.council !== 'own' && status < 300) fail(p, res, 'a case answered a token that is not of its council')
      if (p.op.operationId === 'listComplaints' && status === 200 && p.actor.council === 'own') {
        for (const item of json.items as Array<{ id: string }>) {
          for (const [id, ids] of casesOf) if (id !== council.id && ids.has(item.id)) fail(p, res, `the queue lists ${item.id}, a case of another council`)
        }
      }
      if (status < 300 && p.actor.council === 'own') {
        for (const [id, ids] of casesOf) {
          if (id === council.id) continue
          for (const foreign of ids) if (p.url.includes(foreign)) fail(p, res, `a case of another council (${foreign}) answered this council's token`)
        }
      }
      // Personal data on a sensitive case only for the complaints team and the handlers assigned to it.
      if (status < 300 && json?.sensitive === true && 'personalDataHidden' in json && !p.actor.roles.includes('complaints_team') &&
        json.handler !== p.actor.subject && json.stage2Handler !== p.actor.subject) {
        if (json.personalDataHidden !== true || json.person !== null || json.summary !== null) fail(p, res, `${p.actor.name} saw the personal data of a sensitive case`)
      }
      // A handler (with no other role) acts on and reads only the cases assigned to them, at either stage.
      if (p.target && status < 300 && json?.id === p.target.id && p.actor.roles.length === 1 && p.actor.roles[0] === 'handler') {
        if (json.handler !== p.actor.subject && json.stage2Handler !== p.actor.subject) fail(p, res, `handler ${p.actor.subject} reached a case assigned to ${json.handler}/${json.stage2Handler}`)
      }
      if (p.target && status < 300 && ['intake', 'reporting', 'integration', 'admin'].includes(p.actor.name) && p.op.method === 'POST') {
        fail(p, res, `${p.actor.name} acted on a case`)
      }
      if (p.replayOf && status < 300) {
        if (!p.replayOf.sameBody) fail(p, res, 'an Idempotency-Key reused with another body was accepted')
        if (json.id !== p.replayOf.id || res.headers['idempotent-replayed'] !== 'true') fail(p, res, 'a retried intake did not return the first case')
      }
    }

    function learn(p: Planned, res: LightMyRequestResponse): void {
      if (res.statusCode >= 300 || !/json/.test(String(res.headers['content-type']))) return
      const json = res.json()
      const id = p.op.operationId
      if (id === 'createComplaint' && p.actor.council === 'own') {
        own.add(json.id)
        if (!cases.some((c) => c.id === json.id)) cases.push({ id: json.id, last: json, createdBy: p.actor.subject, history: ['logged'] })
        if (!p.replayOf) Object.assign(lastIntake, { key: p.headers['idempotency-key'], body: p.body, id: json.id })
      } else if (p.target && json.id === p.target.id && typeof json.version === 'number') {
        p.target.last = json
        p.target.history.push(`${id}@${json.status}`)
      } else if (id === 'createWebhookSubscription') webhookIds.push(json.id)
      else if (id === 'recordLearningAction' || id === 'recordLearningFromComplaint') learningIds.push(json.id)
    }

    const generic = contract.ops.filter((o) => !(o.operationId in ACTION_PATHS) && o.operationId !== 'createComplaint' && o.operationId !== 'submitPublicComplaint')
    for (let step = 0; step < STEPS; step++) {
      clock = new Date(clock.getTime() + 1000 * g(() => fc.oneof(
        { weight: 19, arbitrary: fc.integer({ min: 0, max: 3 * 3600 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 }).map((d) => d * 86_400) },
      )))
      const open = cases.filter((c) => !['closed', 'withdrawn'].includes(c.last.status))
      const kind = weighted(g, [['intake', cases.length < 3 ? 40 : 12], ['public', 2], ['action', cases.length ? 58 : 0], ['read', cases.length ? 8 : 0], ['other', 20]])
      let p: Planned
      if (kind === 'intake') p = planIntake()
      else if (kind === 'public') p = planPublic()
      // Mostly the oldest open cases, so that a few of them live long enough to reach stage 2 and the Ombudsman.
      else if (kind === 'action') p = planAction(pick(g, open.length && chance(g, 0.9) ? (chance(g, 0.7) ? open.slice(0, 4) : open) : cases))
      else if (kind === 'read') {
        const c = pick(g, cases)
        const op = contract.byId.get(pick(g, ['getComplaint', 'getComplaint', 'getComplaintTimeline', 'listComplaints']))!
        p = op.operationId === 'listComplaints' ? planGeneric(op) : { op, url: op.path.replace('{id}', c.id), headers: {}, actor: weighted(g, [['team', 3], ['other', 1]]) === 'team' ? team1 : pick(g, [...strangers, await handler(c.last.handler ?? 'bob')]), target: c }
      } else p = planGeneric(pick(g, generic))
      const res = await send(p)
      learn(p, res)
      // A stale version (someone else changed the case): read it again, as a client would.
      if (res.statusCode === 412 && p.target) {
        const again = await send({ op: contract.byId.get('getComplaint')!, url: `/v1/complaints/${p.target.id}`, headers: {}, actor: team1, target: p.target })
        learn({ ...p, op: contract.byId.get('getComplaint')! }, again)
      }
    }
  }

  const result = await fc.check(fc.asyncProperty(fc.gen(), oneLife), {
    // Unbiased: fast-check's bias towards small and extreme values would skew every weighted choice of the lives.
    seed: SEED, numRuns: RUNS, endOnFailure: true, unbiased: true, ...(PATH ? { path: PATH } : {}),
  })
  const replay = `FUZZ_SEED=${SEED}${result.counterexamplePath ? ` FUZZ_PATH=${result.counterexamplePath}` : ''} npm run fuzz`
  const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)
  t.notOk(result.failed, result.failed ? `${cause}\n  replay: ${replay}` : `${requests} requests, every answer as the contract says`)
  t.same(leaks, [], 'no log line carries the personal data the fuzzer wrote')

  const summary = [...histogram].sort(([a], [b]) => a.localeCompare(b))
    .map(([id, h]) => `${id}: ${[...h].sort(([a], [b]) => a - b).map(([s, n]) => `${s}x${n}`).join(' ')}`)
  t.comment(`${requests} requests in ${RUNS} lives of ${STEPS} steps, seed ${SEED}; ${mutated} with one field wrong, ${refusedNamingField} refused naming it`)
  if (process.env.FUZZ_VERBOSE || result.failed) for (const line of summary) t.comment(line)
  if (result.failed || PATH) return

  // Coverage: the fuzzer must get deep into cases' lives, or it proves nothing.
  const twoHundreds = (id: string) => [...(histogram.get(id) ?? [])].filter(([s]) => s >= 200 && s < 300).reduce((n, [, k]) => n + k, 0)
  const lives = RUNS
  const deep: Array<[string, number]> = [
    ['createComplaint', 8 * lives], ['triageComplaint', 4 * lives], ['acknowledgeComplaint', 3 * lives], ['assignComplaint', 2 * lives],
    ['respondStage1', 1.5 * lives], ['escalateComplaint', 1 * lives], ['acknowledgeStage2', 0.5 * lives], ['assignStage2', 0.5 * lives],
    ['respondStage2', 0.3 * lives], ['extendResponseDeadline', 0.5 * lives], ['completeRemedy', 0.2 * lives], ['referToOmbudsman', 0.3 * lives],
    ['getComplaint', 1 * lives], ['submitPublicComplaint', 0.5 * lives],
  ]
  for (const [id, min] of deep) t.ok(twoHundreds(id) >= Math.floor(min), `${id} answered 2xx ${twoHundreds(id)} times (at least ${Math.floor(min)})`)
  t.ok(refusedNamingField >= requests / 20, `${refusedNamingField} bodies with one field wrong were refused naming it (at least ${Math.floor(requests / 20)})`)
})
