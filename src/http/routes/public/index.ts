import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { caseDeadlines } from '../../../domain/index.js'
import { publicIntakeCouncil, type CouncilSettings } from '../../../services/councils.js'
import { calendarOfCase } from '../../../services/calendars.js'
import { checkParties, receiveCase, type Caller, type CaseDeps } from '../../../services/cases.js'
import { databaseRateLimitStore } from '../../plugins/rate-limit-store.js'
import { HttpProblem, problemResponses } from '../../problem.js'
import type { TypedApp } from '../typed-app.js'
import {
  PublicIntakeHeadersSchema, PublicIntakeParamsSchema, PublicIntakeSchema, PublicReceiptSchema, type PublicIntake,
} from './schemas.js'

export interface PublicIntakeOptions {
  /** Submissions per client IP and council per minute. */
  maxPerMinute?: number
}

const SLUG = new RegExp((PublicIntakeParamsSchema.properties.slug as unknown as { pattern: string }).pattern)

/** The principal every public submission is recorded under (cases.created_by, events' actor). */
export const PUBLIC_WEB_FORM = 'public-web-form'

const notAvailable = () =>
  new HttpProblem(404, 'PUBLIC_INTAKE.NOT_AVAILABLE', 'This council does not take complaints from website forms here.')

const originNotAllowed = () =>
  new HttpProblem(403, 'PUBLIC_INTAKE.ORIGIN_NOT_ALLOWED', 'This origin may not post to this council\'s complaints form.')

type CouncilOf = (request: FastifyRequest) => Promise<CouncilSettings | null>

/** The council of the URL, looked up once per request (CORS, rate limit and handler all need it). */
function councilLookup(app: TypedApp): CouncilOf {
  const looked = new WeakMap<FastifyRequest, Promise<CouncilSettings | null>>()
  return (request) => {
    let found = looked.get(request)
    if (!found) {
      const slug = (request.params as { slug?: string }).slug
      // A slug that is not one (the params schema is checked only after CORS has run) is no council.
      found = slug && SLUG.test(slug) ? publicIntakeCouncil(app.db, slug) : Promise.resolve(null)
      looked.set(request, found)
    }
    return found
  }
}

const originAllowed = (council: CouncilSettings, origin: string): boolean =>
  council.publicIntake.allowedOrigins.includes(origin.toLowerCase())

/** CORS from the council's allow-list, and the rate limit, counted in the database so that it holds across instances. */
async function browserGuards(app: TypedApp, councilOf: CouncilOf) {
  await app.register(cors, {
    delegator: async (request: FastifyRequest) => {
      const council = await councilOf(request)
      const origin = request.headers.origin
      return {
        origin: council !== null && origin !== undefined && originAllowed(council, origin) ? origin : false,
        methods: ['POST'],
        allowedHeaders: ['Content-Type', 'Idempotency-Key', 'X-Request-Id'],
        exposedHeaders: ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After'],
        maxAge: 600,
      }
    },
  })
  // See rate-limit-store.ts.
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(app.db),
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, 'RATE_LIMITED', `Too many submissions from this address: try again in ${context.after}.`),
  })
}

/** The preflight is answered by the CORS hook; this route only exists so that the hook runs without a token. */
function preflightRoute(app: TypedApp, councilOf: CouncilOf) {
  app.options('/:slug/complaints', {
    config: { public: true },
    schema: { hide: true, params: PublicIntakeParamsSchema },
  }, async (request) => {
    const council = await councilOf(request)
    if (!council) throw notAvailable()
    throw originNotAllowed()
  })
}

/** Before validation, so that a disabled council or a foreign origin is told so whatever the body. */
const refuseUnavailable = (councilOf: CouncilOf) => async (request: FastifyRequest) => {
  const council = await councilOf(request)
  if (!council) throw notAvailable()
  const origin = request.headers.origin
  if (origin !== undefined && !originAllowed(council, origin)) {
    throw originNotAllowed()
  }
}

/** The case from the form, and the receipt: only the reference and dates, never personal data. */
async function submitted(app: TypedApp, council: CouncilSettings, body: PublicIntake, key: string) {
  const deps: CaseDeps = { db: app.db, calendars: app.calendars, now: app.now }
  checkParties(body)
  const caller: Caller = { principal: { subject: PUBLIC_WEB_FORM, council: council.slug, roles: ['intake'] }, council }
  // The form's keys have their own namespace: a staff key can never meet one.
  const { row, replayed } = await receiveCase(deps, caller, { ...body, channel: 'web_form' }, key, 'public')
  const state = row.state
  const ack = caseDeadlines(state, row.policy, calendarOfCase(app.calendars, row))
    .find((d) => d.kind === 'stage1_acknowledgement')
  return { replayed, receipt: { reference: row.reference, receivedAt: state.receivedAt, acknowledgementDue: ack!.due } }
}

function submitRoute(app: TypedApp, councilOf: CouncilOf, options: PublicIntakeOptions) {
  app.post('/:slug/complaints', {
    config: {
      public: true,
      rateLimit: {
        max: options.maxPerMinute ?? 10,
        timeWindow: 60_000,
        keyGenerator: async (request) => `public-intake:${(await councilOf(request))?.slug ?? '-'}:${request.ip}`,
      },
    },
    preValidation: refuseUnavailable(councilOf),
    schema: {
      operationId: 'submitPublicComplaint', tags: ['public'], summary: 'A complaint from a website form, posted from the browser (no token)',
      description: 'Off by default: a council turns it on and lists its web origins (`PATCH /v1/councils/current`); otherwise 404. ' +
        'Rate limited per client address and council (429 with `Retry-After`). Requires an `Idempotency-Key`. ' +
        'The reply holds only the reference and dates, never personal data.',
      security: [],
      params: PublicIntakeParamsSchema,
      headers: PublicIntakeHeadersSchema,
      body: PublicIntakeSchema,
      response: { 201: PublicReceiptSchema, ...problemResponses(400, 403, 404, 413, 415, 422, 429) },
    },
  }, async (request, reply) => {
    const { replayed, receipt } = await submitted(app, (await councilOf(request))!, request.body, request.headers['idempotency-key']!)
    if (replayed) reply.header('idempotent-replayed', 'true')
    return reply.code(201).send(receipt)
  })
}

/**
 * Website forms that post straight from the browser, off by default per council. A council that is unknown or
 * has not turned it on answers 404, the same either way, so the endpoint says nothing about who is served.
 * Browsers are held to the council's CORS allow-list; a request with an Origin outside it is refused (403) even
 * though CORS alone would only hide the reply, because the form must not be usable from other sites at all.
 * Requests with no Origin (the council's own website back end) are accepted.
 */
const publicIntakeRoutes: FastifyPluginAsyncTypebox<PublicIntakeOptions> = async (app, options) => {
  const councilOf = councilLookup(app)
  await browserGuards(app, councilOf)
  preflightRoute(app, councilOf)
  submitRoute(app, councilOf, options)
}

export default publicIntakeRoutes
