import { createConfig, lintFromString } from '@redocly/openapi-core'
import t from 'tap'
import { committedContract, generateContract } from '../scripts/contract.js'
import { spectralFindings } from '../scripts/contract-lint.js'
import { ALL_ERROR_STATUS } from '../src/http/error-status.js'

t.test('the committed contract is the one the routes generate', async (t) => {
  const generated = await generateContract()
  t.equal(await committedContract(), generated, 'openapi/openapi.json is stale: run `npm run openapi`')

  t.test('Redocly lint (recommended rules, offline) finds no errors and no warnings', async (t) => {
    // Examples are checked against their schemas too (off in `recommended`).
    // Examples are checked against their schemas too (off in `recommended`): a field added to Case needs its
    // example in src/http/openapi/examples.ts. no-ambiguous-paths is off: `/v1/complaints/by-reference/{reference}`
    // and `/v1/complaints/{id}/...` cannot meet, since an id is a UUID and Fastify matches the static segment first.
    const config = await createConfig({
      extends: ['recommended'], rules: { 'no-invalid-schema-examples': 'error', 'no-ambiguous-paths': 'off' },
    })
    const problems = await lintFromString({ source: generated, absoluteRef: 'openapi.json', config })
    // The one ambiguity allowed: /v1/complaints/by-reference/{reference} (issue 14's path) against
    // /v1/complaints/{id}/<action>. They never meet: an id is a UUID, never `by-reference`, and the router takes
    // the literal segment first.
    const allowed = (p: (typeof problems)[number]) => p.ruleId === 'no-ambiguous-paths' && p.message.includes('/v1/complaints/by-reference/{reference}')
    t.same(problems.filter((p) => !allowed(p)).map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`), [])
  })

  t.test('Spectral (spectral:oas + OWASP, openapi/spectral.ruleset.ts) finds no errors and no warnings', async (t) => {
    const findings = await spectralFindings(generated)
    t.same(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.severity} ${f.rule} ${f.path}: ${f.message}`), [])
  })

  t.test('the contract is a product, not a dump of the schemas', async (t) => {
    const document = JSON.parse(generated)
    const text = JSON.stringify(document)
    t.notMatch(text, /"anyOf":\[\{"type":"string","enum":\["[^"]*"\]\},\{"type":"string","enum"/, 'no string-literal union is left as anyOf of one-value enums')
    const status = document.paths['/v1/complaints']['get'].parameters.find((p: { name: string }) => p.name === 'status')
    t.ok(status === undefined || JSON.stringify(status.schema).includes('"enum":["received"'), 'the status filter offers every status')
    t.same(document.servers.map((s: { url: string }) => s.url), ['/'], 'servers are relative, so /docs works where served')
    t.same(document.components.schemas.Problem.properties.code.enum, Object.keys(ALL_ERROR_STATUS).sort(), 'Problem.code lists every code of http/error-status.ts')
    const limit = document.paths['/v1/complaints']['get'].parameters.find((p: { name: string }) => p.name === 'limit')
    t.equal(limit.required, false, 'a defaulted query parameter is not required')
    t.notOk(document.components.schemas.Intake.required.includes('anonymous'), 'a defaulted body field is not required')
    t.equal(document.paths['/v1/complaints/{id}/resume']['post'].requestBody.required, false, 'a bodiless action needs no body')
    t.equal(document.paths['/v1/complaints/{id}/triage']['post'].requestBody.required, true, 'an action with required fields needs its body')
    t.same(document.components.schemas.Acknowledgement.discriminator.propertyName, 'decision', 'the acknowledgement is accept or refuse')
    for (const name of ['Case', 'CaseDeadline', 'Remedy', 'Problem', 'PolicyVersion', 'StageFigures', 'Intake', 'Principal']) {
      t.ok(document.components.schemas[name]?.examples?.length, `${name} has an example (checked against its schema by Redocly)`)
    }
    const created = document.paths['/v1/complaints']['post'].responses['201']
    t.same(Object.keys(created.headers).sort(), ['ETag', 'Location', 'idempotent-replayed', 'x-request-id'], 'a new case declares the headers it is sent with')
    t.ok(document.paths['/v1/public/councils/{slug}/complaints']['post'].responses['429'].headers['Retry-After'], '429 declares Retry-After')
    for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, { operationId: string; description?: string; requestBody?: { content: Record<string, { schema: { $ref?: string } }> }; responses: Record<string, { description: string; headers?: object; content?: Record<string, { schema: { $ref?: string; type?: string } }> }> }>>)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [code, response] of Object.entries(op.responses)) {
          t.not(response.description, 'Default Response', `${method} ${path} ${code} is described`)
          t.ok(response.headers && 'x-request-id' in response.headers, `${method} ${path} ${code} declares x-request-id`)
          const json = response.content?.['application/json']?.schema
          if (json) t.ok(json.$ref, `${method} ${path} ${code} answers a named component`)
        }
        const body = op.requestBody?.content['application/json']?.schema
        if (body) t.ok(body.$ref, `${method} ${path} takes a named component`)
        t.match(op.description ?? '', /\*\*Errors\*\*/, `${op.operationId} lists its error codes`)
      }
    }
  })

  t.test('the docs read as this product: a getting-started section, the operations grouped by the Code\'s process', async (t) => {
    const document = JSON.parse(generated)
    t.match(document.info.description, /## Getting started[\s\S]*A token[\s\S]*The first complaint[\s\S]*The life of a case/, 'token, first complaint, the life of a case')
    t.same(document.tags.slice(0, 8).map((tag: { name: string }) => tag.name), ['intake', 'public', 'triage', 'stage 1', 'stage 2', 'ombudsman', 'remedies', 'cases'], 'the process first, in its order')
    const ops = Object.values(document.paths as Record<string, Record<string, { operationId: string; tags: string[]; parameters?: { in: string; name: string; description: string }[] }>>).flatMap((m) => Object.values(m))
    const op = (id: string) => ops.find((o) => o.operationId === id)!
    const steps = { createComplaint: 'intake', acknowledgeComplaint: 'triage', respondStage1: 'stage 1', escalateComplaint: 'stage 2', referToOmbudsman: 'ombudsman', completeRemedy: 'remedies', getComplaint: 'cases' }
    for (const [id, tag] of Object.entries(steps)) t.same(op(id).tags, [tag], `${id} sits under ${tag}`)
    t.same(ops.filter((o) => o.tags.includes('complaints')).map((o) => o.operationId), [], 'no operation left under a catch-all tag')
    const header = (id: string, name: string) => op(id).parameters?.find((p) => p.in === 'header' && p.name.toLowerCase() === name)?.description ?? ''
    t.match(header('respondStage1', 'if-match'), /412 `CASE\.VERSION_MISMATCH`/, 'If-Match on a case says what a stale version gets')
    t.match(header('replaceCurrentPolicy', 'if-match'), /412 `POLICY\.VERSION_MISMATCH`/, 'and on the policy, the policy\'s code')
    t.match(header('createComplaint', 'idempotency-key'), /idempotent-replayed: true[\s\S]*422 `IDEMPOTENCY\.KEY_REUSED`/, 'Idempotency-Key says what a retry and a reuse get')
  })

  t.test('every component has a domain name and a description', async (t) => {
    const document = JSON.parse(generated) as { paths: Record<string, Record<string, { operationId: string }>>; components: { schemas: Record<string, { description?: string }> } }
    const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1)
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((op) => pascal(op.operationId)))
    // Names a generator would make up: after an operation (`GetAnnualReportResponse`) or the property a shape sits in.
    const fromOperation = (name: string) => operations.some((op) => new RegExp(`^${op}(Request|Response\\d*|Created|Accepted)$`).test(name))
    const WEAK = new Set(['Data', 'Summary', 'Answer', 'Action', 'Stage', 'Stage1', 'Detailed', 'Decisions', 'Learning', 'Remedies', 'Volumes', 'Escalations', 'Ombudsman', 'OpenNow', 'NextDue'])
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      t.notOk(fromOperation(name), `${name} is not named after an operation (src/http/openapi/component-names.ts)`)
      t.notOk(WEAK.has(name) || name.endsWith('Item') || /[a-z]\d+$/.test(name), `${name} is a name a client developer can read`)
      t.ok(typeof schema.description === 'string' && schema.description.length > 10, `${name} has a description`)
    }
  })

  t.test('every operation has an id, tags, a summary and its error responses', async (t) => {
    const document = JSON.parse(generated) as { paths: Record<string, Record<string, { operationId?: string; tags?: string[]; summary?: string; responses: Record<string, unknown>; security?: unknown[] }>> }
    const operationIds = new Set<string>()
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const name = `${method.toUpperCase()} ${path}`
        t.ok(op.operationId, `${name} has an operationId`)
        t.notOk(operationIds.has(op.operationId!), `${name}'s operationId is unique`)
        operationIds.add(op.operationId!)
        t.ok(op.tags?.length, `${name} has tags`)
        t.ok(op.summary, `${name} has a summary`)
        t.ok(Object.keys(op.responses).some((s) => s.startsWith('4') || s.startsWith('5')), `${name} declares its errors`)
        if (!(Array.isArray(op.security) && op.security.length === 0)) t.ok(op.responses['401'], `${name} declares 401`)
      }
    }
  })
})
