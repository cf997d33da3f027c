/**
 * Every request body and every JSON response of the contract is a named component with at least one example, and
 * every example of every component validates against its schema (JSON Schema 2020-12, as OpenAPI 3.1 reads it,
 * with formats checked), so an example cannot drift from the shape it illustrates.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { generateContract } from '../scripts/contract.js'

type Json = Record<string, any>

t.test('examples', async (t) => {
  const document = JSON.parse(await generateContract()) as Json
  const schemas = document.components.schemas as Record<string, Json>
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
  addFormats.default(ajv)
  const byName = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"component:'))
  // Without their examples: an example is data, and must not be read as part of the schema it illustrates.
  for (const [name, schema] of Object.entries(schemas)) {
    const { examples: _examples, ...shape } = schema
    ajv.addSchema(byName(shape), `component:${name}`)
  }

  t.test('every request body and response component has an example', async (t) => {
    const used = new Set<string>()
    for (const methods of Object.values(document.paths as Record<string, Record<string, Json>>)) {
      for (const op of Object.values(methods)) {
        const bodies = [op.requestBody?.content?.['application/json']?.schema, ...Object.entries(op.responses as Record<string, Json>)
          .filter(([status]) => status.startsWith('2')).map(([, r]) => r.content?.['application/json']?.schema)]
        for (const schema of bodies) if (typeof schema?.$ref === 'string') used.add(schema.$ref.replace('#/components/schemas/', ''))
      }
    }
    t.ok(used.size > 60, `request and response components found (${used.size})`)
    const without = [...used].filter((name) => !(schemas[name]?.examples?.length > 0)).sort()
    t.same(without, [], 'add an example in src/http/openapi/examples.ts (or request-response-examples.ts)')
  })

  t.test('every example validates against its component', async (t) => {
    let checked = 0
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [i, example] of (schema.examples ?? []).entries()) {
        const validate = ajv.getSchema(`component:${name}`)!
        const valid = validate(example)
        checked += 1
        t.ok(valid, `${name} example ${i + 1}${valid ? '' : `: ${ajv.errorsText(validate.errors)}`}`)
      }
    }
    t.ok(checked > 60, `examples checked (${checked})`)
  })

  t.test('a wrong example is caught', async (t) => {
    const validate = ajv.getSchema('component:Case')!
    const example = structuredClone(schemas.Case!.examples[0]) as Json
    example.status = 'lost_in_the_post'
    t.notOk(validate(example), 'a status outside the enum fails')
  })
})
