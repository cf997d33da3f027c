import { randomUUID } from 'node:crypto'
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import type { Config } from './config.js'
import type { Database } from './db/database.js'
import type { DatabaseHandle } from './db/create-db.js'
import { createAuthenticator } from './services/authentication.js'
import { registerAuthentication } from './http/plugins/authentication.js'
import { registerOpenApi } from './http/plugins/openapi.js'
import { clientErrorHandler, frameworkErrors, registerProblemDetails } from './http/plugins/problem-details.js'
import { registerSafeText } from './http/plugins/safe-text.js'
import { schemaController } from './http/plugins/validation.js'
import { registerSecurityHeaders } from './http/plugins/security-headers.js'
import { registerOverloadProtection } from './http/plugins/overload.js'
import { registerMetrics } from './http/plugins/metrics.js'
import { cachedOperationalGauges, operationalGauges } from './services/operational-metrics.js'
import { createLogger, logRequest } from './http/plugins/logging.js'
import type { DestinationStream } from 'pino'
import systemRoutes from './http/routes/system/index.js'
import meRoutes from './http/routes/me/index.js'
import calendarRoutes from './http/routes/calendar/index.js'
import complaintsRoutes from './http/routes/complaints/index.js'
import reportsRoutes from './http/routes/reports/index.js'
import learningRoutes from './http/routes/learning/index.js'
import caseAdviceRoutes from './http/routes/complaints/case-advice.js'
import councilsRoutes from './http/routes/councils/index.js'
import publicIntakeRoutes from './http/routes/public/index.js'
import operatorRoutes from './http/routes/operator/index.js'
import staffRoutes from './http/routes/staff/index.js'
import { noteSeen } from './services/staff.js'
import { createCalendars, loadBankHolidays, type Calendars } from './services/calendars.js'
import eventsRoutes from './http/routes/events/index.js'
import { registerEventSignal } from './http/plugins/event-signal.js'
import { EventSignal } from './services/event-signal.js'
import { EVENTS_WRITTEN, feedOf } from './db/change-feed.js'
import { startWorker } from './services/event-worker.js'
import { runOnce, type DeliveryDeps, type PassResult } from './services/webhook-delivery.js'
import webhooksRoutes from './http/routes/webhooks/index.js'
import { runAlertPass, type AlertPass } from './services/deadline-alerts.js'
import { secretBox } from './services/secret-box.js'
import { sealPlainSecrets } from './services/webhook-subscriptions.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>
    calendars: Calendars
    /** The clock: every "now" the service uses comes from here, so tests can set it. */
    now: () => Date
    /** Wakes event-feed readers and the delivery worker when events may have committed. */
    eventSignal: EventSignal
    /** The event worker's passes, for tests and tools that drive it with their own clock. */
    eventWorker: {
      webhooks: DeliveryDeps
      runOnce(now: Date): Promise<PassResult>
      alerts(now: Date): Promise<AlertPass>
      /** Seals secrets stored before WEBHOOK_SECRET_KEY was set (the worker does it on start). */
      sealSecrets(): Promise<number>
    }
  }
}

export interface AppDependencies {
  /** The database; the app closes it when the app closes. */
  database: DatabaseHandle
  now?: () => Date
  /** Run the webhook delivery and deadline alert loop in this process (the server does; tests drive it). */
  runWorker?: boolean
  /** Where log lines go; stdout by default. */
  logDestination?: DestinationStream
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** Builds the Fastify instance: plugins first, then routes, explicitly and in order. */
export async function buildApp(config: Config, deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: createLogger(config.logLevel, deps.logDestination) as FastifyBaseLogger,
    // One log line per request, written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    // A hop count trusts that many proxies nearest to us (proxy-addr's hop semantics).
    trustProxy: typeof config.trustProxy === 'number'
      ? (_address: string, hop: number) => hop < (config.trustProxy as number)
      : config.trustProxy,
    requestIdHeader: false,
    // An integrator's request id is kept (when it is a sane token) so one id follows a request across systems.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    },
    return503OnClosing: true,
    // Bodies are validated without type coercion, query strings with it; dates are real (validation.ts).
    schemaController: schemaController(),
    // Malformed URLs, overlong path segments and oversized headers are answered as problem+json too.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.decorate('db', deps.database.db)
  app.decorate('now', deps.now ?? (() => new Date()))
  app.decorate('calendars', createCalendars(await loadBankHolidays(config.bankHolidaysFile)))
  app.addHook('onClose', async () => deps.database.close())

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  app.addHook('onResponse', async (request, reply) => logRequest(request, reply))

  await registerSecurityHeaders(app)
  await registerOverloadProtection(app, config.overload)
  registerMetrics(app, {
    token: config.metricsToken,
    backend: deps.database.backend,
    gauges: cachedOperationalGauges(() => operationalGauges(app.db, app.now()), 5000),
    ...(deps.database.poolStats ? { poolStats: deps.database.poolStats } : {}),
  })
  registerProblemDetails(app)
  // Every body the contract takes is application/json; Fastify's built-in text/plain parser would let a plain-text
  // body through to validation (a 400) instead of the 415 any other media type gets.
  app.removeContentTypeParser('text/plain')
  registerSafeText(app)
  await registerOpenApi(app)
  registerAuthentication(app, await createAuthenticator(app.db, config.auth), {
    onPrincipal: (principal, council) => noteSeen(app.db, council.id, principal.subject, app.now()),
  })
  // Other instances' writes wake this one's readers and worker through the database's notifications.
  const feed = feedOf(app.db)
  registerEventSignal(app, new EventSignal(feed ? (wake) => feed.subscribe(wake, EVENTS_WRITTEN) : undefined))
  const secrets = secretBox(config.events.webhookSecretKey)
  const webhooks: DeliveryDeps = {
    db: app.db,
    secrets,
    outbound: { allowHttp: config.events.webhookAllowHttp, allowPrivateAddresses: config.events.webhookAllowPrivateAddresses, timeoutMs: config.events.webhookTimeoutMs },
  }
  // Alerts are written like any change: readers and deliveries (here and, through the signal, elsewhere) wake.
  const alerts = async (now: Date): Promise<AlertPass> => {
    const pass = await runAlertPass({ db: app.db, calendars: app.calendars }, now)
    if (pass.emitted > 0) app.eventSignal.notify()
    return pass
  }
  const sealSecrets = () => sealPlainSecrets(app.db, secrets)
  app.decorate('eventWorker', { webhooks, runOnce: (now: Date) => runOnce(webhooks, now), alerts, sealSecrets })
  if (deps.runWorker) {
    // Alerts come due with the London date, so they are looked for on their own, slower interval.
    let alertsDueAt = 0
    let sealed = !secrets.keyed
    const worker = startWorker([async () => {
      // Secrets stored before a key was configured are sealed once, by whichever instance gets there first.
      if (!sealed) { await sealSecrets(); sealed = true }
      return false
    }, async (now) => {
      const pass = await runOnce(webhooks, now)
      return pass.queued + pass.attempted > 0
    }, async (now) => {
      if (now.getTime() < alertsDueAt) return false
      const pass = await alerts(now)
      if (!pass.more) alertsDueAt = now.getTime() + config.events.alertIntervalMs
      return pass.more
    }], app.eventSignal, config.events.pollMs, app.log)
    app.addHook('preClose', () => worker.stop())
  }

  await app.register(systemRoutes, { warnings: () => app.calendars.warnings(app.now()) })
  await app.register(meRoutes)
  await app.register(calendarRoutes)
  await app.register(complaintsRoutes)
  await app.register(caseAdviceRoutes)
  await app.register(councilsRoutes)
  await app.register(publicIntakeRoutes, { prefix: '/v1/public/councils' })
  await app.register(reportsRoutes)
  await app.register(staffRoutes)
  await app.register(learningRoutes)
  await app.register(eventsRoutes, { pollMs: config.events.pollMs })
  await app.register(webhooksRoutes, { outbound: webhooks.outbound, secrets })
  await app.register(operatorRoutes, { allowHttpJwks: config.auth.allowHttpJwks })
  return app
}
