import { createConfig, lintFromString } from '@redocly/openapi-core'
import t from 'tap'
import { committedContract, generateContract } from '../scripts/contract.js'

t.test('the committed contract is the one the routes generate', async (t) => {
  const generated = await generateContract()
  t.equal(await committedContract(), generated, 'openapi/openapi.json is stale: run `npm run openapi`')

  t.test('Redocly lint (recommended rules, offline) finds no errors', async (t) => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lintFromString({ source: generated, absoluteRef: 'openapi.json', config })
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)
    t.same(errors, [])
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
