import { Type, type Static } from 'typebox'

/** One invalid field of a request: where it is, which rule it broke, in words. */
export const FieldErrorSchema = Type.Object({
  location: Type.Union([Type.Literal('body'), Type.Literal('querystring'), Type.Literal('params'), Type.Literal('headers')], {
    description: 'The part of the request that holds the field.',
  }),
  field: Type.String({ description: 'JSON pointer to the field within that part, e.g. `/person/email`.' }),
  rule: Type.String({ description: 'The rule the value broke, e.g. `required`, `format`, `additionalProperties`.' }),
  message: Type.String({ description: 'The rule in words.' }),
})
export type FieldError = Static<typeof FieldErrorSchema>

/** RFC 9457 problem details, with the extension members this API adds. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI naming the kind of problem; `about:blank` when the status says it all.' }),
    title: Type.String({ description: 'Short summary of the kind of problem.' }),
    status: Type.Integer({ description: 'The HTTP status code.' }),
    detail: Type.Optional(Type.String({ description: 'This occurrence of the problem, in words.' })),
    instance: Type.Optional(Type.String({ description: 'The request path the problem occurred on.' })),
    code: Type.String({ description: 'Stable machine-readable code, e.g. `VALIDATION` or `CASE.NOT_ACKNOWLEDGED`.' }),
    requestId: Type.String({ description: 'The request id, also sent as the `x-request-id` header.' }),
    errors: Type.Optional(Type.Array(FieldErrorSchema, { description: 'The invalid fields (validation problems).' })),
    missing: Type.Optional(Type.Array(Type.String(), { description: 'Names of required items that are missing.' })),
  },
  { $id: 'Problem', title: 'Problem', description: 'An RFC 9457 problem detail.', additionalProperties: true },
)
export type Problem = Static<typeof ProblemSchema>

export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

/** A problem the application raises on purpose; the error handler renders it. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: Partial<Pick<Problem, 'errors' | 'missing'>> & Record<string, unknown> = {},
  ) {
    super(detail)
  }
}

/** The `response` entries of a route's schema for the given error statuses, all pointing at one component. */
export function problemResponses(...statuses: number[]): Record<number, unknown> {
  const responses: Record<number, unknown> = {}
  for (const status of statuses) {
    responses[status] = {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
      content: { [PROBLEM_MEDIA_TYPE]: { schema: Type.Ref('Problem') } },
    }
  }
  return responses
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid: `errors` names each field and the rule it broke.',
  401: 'No valid bearer token.',
  403: 'The token lacks a role this operation needs.',
  404: 'No such resource in your council.',
  409: 'The action is not allowed in the current state; `code` says why.',
  412: 'The `If-Match` version is stale: read the resource again.',
  413: 'The request body is too large.',
  415: 'The request body must be `application/json`.',
  422: 'The request breaks a business rule; `code` and `detail` name it.',
  429: 'Too many requests.',
  500: 'Unexpected failure; the request id helps the operator find it in the logs.',
  503: 'Not ready.',
}
