/**
 * A typed client for the Council Complaints API: openapi-fetch over the types openapi-typescript generates from
 * the API's OpenAPI contract (src/schema.ts). Every path, parameter, body and response is checked by the compiler.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import type { components, operations, paths } from './schema.js'

export type { components, operations, paths }

/** Every named schema of the contract, e.g. `Schemas['Case']`, `Schemas['Stage1Response']`. */
export type Schemas = components['schemas']
export type Case = Schemas['Case']
export type CaseSummary = Schemas['CaseSummary']
export type CaseDeadline = Schemas['CaseDeadline']
export type Intake = Schemas['Intake']
export type Problem = Schemas['Problem']
/** Every stable error code a problem can carry. */
export type ProblemCode = Problem['code']
export type Principal = Schemas['Principal']
export type ComplaintsClient = Client<paths>

export interface ComplaintsClientOptions extends ClientOptions {
  /** The API's base URL, e.g. `https://complaints.example.gov.uk`. */
  baseUrl: string
  /** The bearer token, or a function returning a fresh one for each request. */
  token?: string | (() => string | Promise<string>)
}

/** A client for one base URL; with `token`, every request carries `Authorization: Bearer <token>`. */
export function createComplaintsClient({ token, ...options }: ComplaintsClientOptions): ComplaintsClient {
  const client = createClient<paths>(options)
  if (token !== undefined) {
    client.use({
      async onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${typeof token === 'function' ? await token() : token}`)
        return request
      },
    })
  }
  return client
}

/** The version a response carries as its `ETag`, to send back as `If-Match` on the next change. */
export function etagOf(response: Response): string | undefined {
  return response.headers.get('etag') ?? undefined
}
