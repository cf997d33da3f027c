import { createHash } from 'node:crypto'
import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler'

type Serialize = (data: unknown) => string

const fastJsonStringify = SerializerSelector()
/** Compiled serializers of this process, by the schemas they were built from. */
const compiled = new Map<string, Serialize>()

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value) ?? '').digest('base64url')

/**
 * Response serializers, compiled once per distinct schema in the process. Most routes answer with the same Case
 * schema, whose nullable fields fast-json-stringify checks with an Ajv validator per branch: compiling it for
 * every route (and again for every app a test builds) was most of the start-up time. A serializer depends only on
 * its schema, the shared schemas and the options, so sharing it is safe.
 */
export const cachedSerializers: SerializerFactory = (externalSchemas, serializerOpts) => {
  const compile = fastJsonStringify(externalSchemas, serializerOpts)
  const context = digest([externalSchemas, serializerOpts])
  return (route) => {
    const key = `${context}:${digest(route.schema)}`
    let serialize = compiled.get(key)
    if (serialize === undefined) {
      serialize = compile(route) as Serialize
      compiled.set(key, serialize)
    }
    return serialize
  }
}
