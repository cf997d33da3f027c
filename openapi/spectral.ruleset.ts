/**
 * The Spectral ruleset the contract is linted with (test/openapi.test.ts, `npm run openapi:lint`): `spectral:oas`
 * recommended and the OWASP API Security Top 10 ruleset, with each exception justified where it is made.
 */
import { oas } from '@stoplight/spectral-rulesets'
import owasp from '@stoplight/spectral-owasp-ruleset'
import type { RulesetDefinition } from '@stoplight/spectral-core'

type Rule = { given: unknown; then: unknown; severity?: unknown; message?: string; description?: string }
const owaspRule = (name: string) => (owasp as unknown as { rules: Record<string, Rule> }).rules[`owasp:api4:2023-${name}`]!

/** The parts of a request a caller controls: bodies (and the components they use) and parameters. */
const inputs = (type: string) => [
  `$.paths[*][*].requestBody.content[*].schema..[?(@ && @.type=="${type}")]`,
  `$.paths[*][*].requestBody.content[*].schema[?(@property == "type" && @ == "${type}")]^`,
  `$.paths[*][*].parameters[?(@.schema && @.schema.type=="${type}")].schema`,
]
const onInputs = (name: string, type: string, description: string, functionOptions?: unknown) => {
  const { then, message } = owaspRule(name)
  const rule = Array.isArray(then) ? then : [then]
  return {
    description, message: message ?? '{{error}}', severity: 'error' as const, given: inputs(type),
    then: functionOptions ? rule.map((r) => ({ ...(r as object), functionOptions })) : then,
  }
}

/**
 * A string is limited by a maxLength, an enum or a const, as OWASP asks, or by a format that fixes its shape (a
 * date is 10 characters, a UUID 36; an instant is an RFC 3339 date-time), which the server checks just as strictly.
 */
const LIMITED_STRING = {
  schema: {
    type: 'object',
    anyOf: [
      { required: ['maxLength'] }, { required: ['enum'] }, { required: ['const'] },
      { required: ['format'], properties: { format: { enum: ['date', 'date-time', 'uuid'] } } },
    ],
  },
}

export const ruleset = {
  extends: [[oas, 'recommended'], [owasp, 'recommended']],
  rules: {
    // Size limits are a defence of what the server accepts. Responses are the server's own output, bounded by the
    // data it accepted; a maxLength there would describe nothing the server checks. So the limits are required,
    // as errors, on every string, array and integer a caller sends (bodies and parameters), and not on responses.
    'owasp:api4:2023-string-limit': 'off',
    'owasp:api4:2023-array-limit': 'off',
    'owasp:api4:2023-integer-limit': 'off',
    'input-string-limit': onInputs('string-limit', 'string', 'Every string a caller sends has a maxLength, is an enum, or has a fixed-shape format.', LIMITED_STRING),
    'input-array-limit': onInputs('array-limit', 'array', 'Every array a caller sends has a maxItems.'),
    'input-integer-limit': onInputs('integer-limit', 'integer', 'Every integer a caller sends has a minimum and a maximum.'),
    // Same reasoning for the warning: free text (a complaint's summary) has no format or pattern to restrict it to.
    'owasp:api4:2023-string-restricted': 'off',
    // Only public intake is rate limited per client (it declares the RateLimit headers, 429 and Retry-After). The
    // authenticated API serves a council's own systems; overload is answered by 503 with Retry-After for everyone.
    'owasp:api4:2023-rate-limit': 'off',
    'owasp:api4:2023-rate-limit-responses-429': 'off',
    // CORS is on for public intake only (browsers post website forms there); every other route is server to server
    // and sends no Access-Control-* header, so declaring one would be untrue.
    'owasp:api8:2023-define-cors-origin': 'off',
    // Public intake and the health checks are unauthenticated on purpose (website forms; load balancers): they are
    // the only operations with `security: []`, and public intake is origin allow-listed and rate limited.
    'owasp:api2:2023-write-restricted': 'off',
    'owasp:api2:2023-read-restricted': 'off',
    'owasp:api8:2023-define-error-responses-401': 'off',
    // A deployment's operator is its contact; the contract is the same for every deployment.
    'info-contact': 'off',
  },
} as unknown as RulesetDefinition
