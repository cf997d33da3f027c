/**
 * Every component of the contract (request bodies, responses and the shapes they share) has a description and at
 * least one example, and every example of every component validates against its schema (JSON Schema 2020-12, as OpenAPI 3.1 reads it,
 * with formats checked), so an example cannot drift from the shape it illustrates.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { generateContract } from '../scripts/contract.js'
import { addWorkingDays } from '../src/domain/index.js'
import { COMPONENT_EXAMPLES } from '../src/http/openapi/examples.js'
import { REQUEST_RESPONSE_EXAMPLES } from '../src/http/openapi/request-response-examples.js'
import { cal } from './domain/fixtures/calendar.js'

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

  t.test('every component has a description and an example', async (t) => {
    t.ok(Object.keys(schemas).length > 120, `components found (${Object.keys(schemas).length})`)
    // Deliberate exceptions, each with its reason: none today. A component left out here must say why.
    const EXCEPTIONS: Record<string, string> = {}
    const without = (test: (schema: Json) => boolean) => Object.entries(schemas).filter(([name, schema]) => !EXCEPTIONS[name] && !test(schema)).map(([name]) => name).sort()
    t.same(without((s) => Array.isArray(s.examples) && s.examples.length > 0), [], 'add an example in src/http/openapi/examples.ts (or request-response-examples.ts)')
    t.same(without((s) => typeof s.description === 'string' && s.description.trim().length > 0), [], 'add a description (the schema\'s, or in component-names.ts)')
  })

  t.test('every example is keyed to a component that exists', async (t) => {
    // finish-contract.ts puts examples on components by name; one under a name no component has would be lost.
    const keyed = [...Object.keys(COMPONENT_EXAMPLES), ...Object.keys(REQUEST_RESPONSE_EXAMPLES)]
    t.same(keyed.filter((name) => !schemas[name]), [], 'a renamed or removed component: move its example')
    t.same(Object.keys(COMPONENT_EXAMPLES).filter((name) => name in REQUEST_RESPONSE_EXAMPLES), [], 'each component has its examples in one place')
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

  t.test('the example case\'s due dates are the calendar\'s', async (t) => {
    // Each deadline says in words what it counts from; recounting it with the domain's calendar must give its date.
    const basis = /^(\d+) working days after (?:receipt|acknowledgement|the escalation request|the acknowledgement due date)(?: on)? (\d{4}-\d{2}-\d{2})(?: \(projected: not yet acknowledged\))?(?:, \+ (\d+) working days extension)?$/
    const deadlines = [...schemas.Case!.examples.flatMap((c: Json) => c.deadlines), ...schemas.CaseDeadline!.examples] as Json[]
    for (const d of deadlines) {
      const [, days, from, extension] = basis.exec(d.basis) ?? []
      t.ok(from, `"${d.basis}" reads as a count of working days`)
      if (from) t.equal(addWorkingDays(cal, from, Number(days) + Number(extension ?? 0)).date, d.due, `${d.kind}: ${d.basis}`)
    }
    for (const c of schemas.Case!.examples as Json[]) {
      const open = (c.deadlines as Json[]).filter((d) => d.doneOn === null).sort((a, b) => a.due.localeCompare(b.due))[0]
      t.same(c.nextDue, open ? { kind: open.kind, due: open.due } : null, `${c.status}: the next deadline is the first open one`)
    }
  })

  t.test('a wrong example is caught', async (t) => {
    const validate = ajv.getSchema('component:Case')!
    const example = structuredClone(schemas.Case!.examples[0]) as Json
    example.status = 'lost_in_the_post'
    t.notOk(validate(example), 'a status outside the enum fails')
  })
})
