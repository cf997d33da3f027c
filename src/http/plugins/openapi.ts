import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { ProblemSchema } from '../problem.js'
import { CaseSchema, CaseSummarySchema, TimelineEntrySchema } from '../routes/complaints/case.schemas.js'
import { IntakeSchema } from '../routes/complaints/intake.schemas.js'

export const API_VERSION = '0.1.0'

const TAGS = [
  { name: 'system', description: 'Liveness, readiness and the contract itself.' },
  { name: 'identity', description: 'Who the bearer token says you are.' },
  { name: 'calendar', description: 'Working days and deadlines under the Code, for CRMs that show due dates.' },
  { name: 'complaints', description: 'Intake, triage, acceptance, allocation, responses, escalation, the Ombudsman, remedies: the life of a case.' },
  { name: 'reports', description: 'Performance figures, the annual and 6-monthly reports with the self-assessment, exceptional circumstances: no personal data.' },
  { name: 'learning', description: 'The learning register: service improvements made because of complaints, linked to the complaints that prompted them (Code 9.1-9.3).' },
  { name: 'councils', description: 'The council your token acts for: its settings and the policy in force (versioned; cases keep the version they started under).' },
  { name: 'operator', description: 'The deployment operator (role `operator`, no council claim): put councils into service, rename them, change what applies to their new cases, suspend and reinstate them, name their identity providers.' },
  { name: 'public', description: 'No token: website forms posting straight from the browser, off by default per council, CORS allow-listed and rate limited.' },
]

/** The OpenAPI 3.1 document is generated from the routes' schemas; shared schemas become named components. */
export async function registerOpenApi(app: FastifyInstance, extraTags: { name: string; description: string }[] = []): Promise<void> {
  // Shared schemas become named components of the contract; routes point at them with Type.Ref.
  for (const schema of [ProblemSchema, IntakeSchema, CaseSchema, CaseSummarySchema, TimelineEntrySchema]) {
    app.addSchema(schema)
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Council Complaints API',
        version: API_VERSION,
        summary: 'Complaint handling for English councils under the LGSCO Complaint Handling Code.',
        description:
          'Intake, triage, acceptance, stage 1 and 2 responses, escalation, the Ombudsman, remedies and reporting, ' +
          'with deadlines computed in working days (Europe/London, GOV.UK bank holidays) under each council\'s policy. ' +
          'Errors are RFC 9457 `application/problem+json`. Instants are ISO 8601 UTC.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: 'http://localhost:3000', description: 'Local development (npm start)' }],
      tags: [...TAGS, ...extraTags],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'A JWT naming the council (claim `council` by default) and roles (claim `roles`).',
          },
        },
      },
      security: [{ bearerAuth: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, displayOperationId: true },
    staticCSP: true,
  })
}
