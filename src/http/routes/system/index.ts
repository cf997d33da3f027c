import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { checkReadiness } from '../../../services/readiness.js'
import { problemResponses } from '../../problem.js'

const HealthSchema = Type.Object({ status: Type.Literal('ok', { description: 'The process is alive.' }) })

const ReadinessSchema = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')], { description: 'Whether to send traffic here.' }),
  checks: Type.Object({
    database: Type.String({ description: '`ok`, or `unreachable` (the reason is logged, not sent).' }),
    migrations: Type.String({ description: '`current`, or the migrations not yet run.' }),
  }),
  warnings: Type.Array(Type.String(), { description: 'Problems that do not stop service, e.g. the bank-holiday data running out.' }),
})

export interface SystemRoutesOptions {
  /** Warnings about the service's own data (e.g. the calendar horizon), computed by the caller. */
  warnings: () => string[]
}

const systemRoutes: FastifyPluginAsyncTypebox<SystemRoutesOptions> = async (app, options) => {
  app.get('/healthz', {
    config: { public: true },
    schema: {
      operationId: 'getHealth', tags: ['system'], summary: 'Liveness: the process is up', security: [],
      response: { 200: HealthSchema, ...problemResponses(500) },
    },
  }, async () => ({ status: 'ok' as const }))

  app.get('/readyz', {
    config: { public: true },
    schema: {
      operationId: 'getReadiness', tags: ['system'], summary: 'Readiness: database reachable and migrations current',
      description: 'Answers 503 with the reason when the database cannot be reached or migrations are pending.',
      security: [],
      response: { 200: ReadinessSchema, 503: ReadinessSchema, ...problemResponses(500) },
    },
  }, async (_request, reply) => {
    const { database, migrations, error } = await checkReadiness(app.db)
    // The route is public: the driver's message (hosts, user names) goes to the log, not the reply.
    if (database === 'unreachable') app.log.error({ err: error }, 'readiness: database unreachable')
    const ready = database === 'ok' && migrations === 'current'
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks: { database, migrations }, warnings: options.warnings() })
  })

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger())
}

export default systemRoutes
