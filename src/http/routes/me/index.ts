import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { requireAuth } from '../../plugins/authentication.js'
import { problemResponses } from '../../problem.js'

const MeSchema = Type.Object({
  subject: Type.String({ description: 'Who the token was issued to (`sub`).' }),
  council: Type.Object({
    slug: Type.String({ description: 'The council the token acts for.' }),
    name: Type.String({ description: 'The council\'s name.' }),
  }),
  roles: Type.Array(Type.String(), { description: 'The roles this API recognised in the token.' }),
}, { title: 'Principal', description: 'Who the bearer token identifies, as `GET /v1/me` returns it.' })

const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/v1/me', {
    schema: {
      operationId: 'getMe', tags: ['identity'], summary: 'The principal your bearer token identifies',
      description: 'Lets an integrator check a token: the subject, council and roles this API reads from it.',
      response: { 200: MeSchema, ...problemResponses(401, 403) },
    },
  }, async (request) => {
    const { principal, council } = requireAuth(request)
    return { subject: principal.subject, council: { slug: council.slug, name: council.name }, roles: principal.roles }
  })
}

export default meRoutes
