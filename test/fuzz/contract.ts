import { readFile } from 'node:fs/promises'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { JsonSchema } from './schema-arbitrary.js'

/** One operation of `openapi/openapi.json`, as the fuzzer drives it. */
export interface Operation {
  method: string
  path: string
  operationId: string
  parameters: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>
  body: JsonSchema | undefined
  declared: Set<string>
  /** The error codes the contract lists for the operation (`x-error-codes`). */
  codes: Set<string>
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>
}

export interface Contract {
  ops: Operation[]
  byId: Map<string, Operation>
  resolve(ref: string): JsonSchema
  /** Checks a 2xx JSON body against the operation's declared response schema; the errors, or null when it conforms. */
  checkResponse(op: Operation, status: number, body: unknown): string | null
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete']

export async function loadContract(): Promise<Contract> {
  const contract = JSON.parse(await readFile(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'))
  const resolve = (ref: string): JsonSchema => contract.components.schemas[ref.replace(/^#\/components\/schemas\//, '')] ?? {}
  const ops: Operation[] = []
  for (const [path, item] of Object.entries<Record<string, any>>(contract.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      ops.push({
        method: method.toUpperCase(), path, operationId: op.operationId, parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
        declared: new Set(Object.keys(op.responses)), codes: new Set(op['x-error-codes'] ?? []), responses: op.responses,
      })
    }
  }
  // OpenAPI 3.1 schemas are JSON Schema 2020-12; the contract's components are the root `$ref`s point into.
  // Not strict: the contract carries OpenAPI's own keywords (examples, discriminator...).
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true, inlineRefs: false, code: { optimize: false } })
  addFormats.default(ajv)
  // Each component is its own schema, so that every validator refers to one compiled copy of it.
  const byName = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"component:'))
  for (const [name, schema] of Object.entries(contract.components.schemas)) ajv.addSchema(byName(schema), `component:${name}`)
  const compiled = new Map<string, ValidateFunction>()
  const validator = (op: Operation, status: number): ValidateFunction | null => {
    const key = `${op.operationId} ${status}`
    if (!compiled.has(key)) {
      const schema = op.responses[String(status)]?.content?.['application/json']?.schema
      if (!schema) return null
      compiled.set(key, ajv.compile(byName(schema)))
    }
    return compiled.get(key)!
  }
  return {
    ops, byId: new Map(ops.map((o) => [o.operationId, o])), resolve,
    checkResponse(op, status, body) {
      const validate = validator(op, status)
      if (!validate || validate(body)) return null
      return ajv.errorsText(validate.errors)
    },
  }
}
