import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'

/**
 * The whole environment the service reads, in one schema. Anything not listed here is ignored;
 * anything listed and wrong stops the process at start with the variable's name.
 */
export const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development', description: 'Deployment mode.',
  }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port to listen on.' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'Interface to bind (0.0.0.0 in containers).' }),
  DATABASE_URL: Type.Optional(Type.String({
    pattern: '^postgres(ql)?://', description: 'PostgreSQL connection string. Unset: embedded PGlite under PGLITE_DIR.',
  })),
  PGLITE_DIR: Type.String({ minLength: 1, default: './data/pglite', description: 'Data directory of the embedded database.' }),
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, maximum: 200, default: 10, description: 'PostgreSQL pool size.' }),
  LOG_LEVEL: Type.Union([
    Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'),
    Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent'),
  ], {
    default: 'info', description: 'pino log level.',
  }),
  TRUST_PROXY: Type.Optional(Type.String({
    minLength: 1,
    description: 'Behind a load balancer: `true`, a hop count, or comma-separated proxy addresses, so the client address (rate limits) is read from X-Forwarded-For.',
  })),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1_048_576, description: 'Largest accepted request body.' }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 10_000, description: 'Bound on in-flight requests at shutdown.' }),
  OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: Type.Integer({
    minimum: 0, default: 1000, description: 'Answer 503 while the mean event-loop delay exceeds this (0: off).',
  }),
  OVERLOAD_MAX_HEAP_USED_BYTES: Type.Optional(Type.Integer({
    minimum: 0, description: 'Answer 503 while the V8 heap in use exceeds this (0: off). Default: 90% of the heap limit.',
  })),
  OVERLOAD_MAX_RSS_BYTES: Type.Integer({ minimum: 0, default: 0, description: 'Answer 503 while the resident set exceeds this (0: off).' }),
  OVERLOAD_SAMPLE_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000, description: 'How often load is sampled.' }),
  OVERLOAD_RETRY_AFTER_SECONDS: Type.Integer({ minimum: 1, default: 10, description: '`Retry-After` of an overload 503.' }),
  METRICS_TOKEN: Type.Optional(Type.String({
    minLength: 32, pattern: '^\\S+$', description: 'Bearer token for GET /metrics (Prometheus). Unset: there is no /metrics.',
  })),
  SEED_DEMO_COUNCIL: Type.Optional(Type.Boolean({
    description: 'Create a "demo" council when none exists. Defaults to true on the embedded database only.',
  })),
  BANK_HOLIDAYS_FILE: Type.Optional(Type.String({
    minLength: 1, description: 'A newer GOV.UK bank-holidays.json to use instead of the shipped copy.',
  })),
  AUTH_JWT_SECRET: Type.Optional(Type.String({
    minLength: 32, description: 'Shared HS256 secret (development). At least 32 characters.',
  })),
  AUTH_JWKS_URL: Type.Optional(Type.String({ pattern: '^https?://', description: 'JWKS endpoint of the identity provider.' })),
  AUTH_PUBLIC_KEY: Type.Optional(Type.String({
    pattern: '-----BEGIN PUBLIC KEY-----', description: 'PEM (SPKI) public key that signs tokens.',
  })),
  AUTH_PUBLIC_KEY_ALG: Type.String({ default: 'RS256', pattern: '^(RS|PS|ES)(256|384|512)$|^EdDSA$', description: 'Algorithm of AUTH_PUBLIC_KEY.' }),
  AUTH_ISSUER: Type.Optional(Type.String({ minLength: 1, description: 'Required `iss` of tokens, when set.' })),
  AUTH_AUDIENCE: Type.Optional(Type.String({ minLength: 1, description: 'Required `aud` of tokens, when set.' })),
  AUTH_COUNCIL_CLAIM: Type.String({ minLength: 1, default: 'council', description: 'Claim (dot path) holding the council slug.' }),
  AUTH_ROLES_CLAIM: Type.String({ minLength: 1, default: 'roles', description: 'Claim (dot path) holding the roles.' }),
  AUTH_COUNCIL_PROVIDERS: Type.Optional(Type.Boolean({
    description: 'Verify tokens against the identity providers each council names (managed with `npm run council -- idp ...`).',
  })),
  AUTH_ALLOW_HTTP_JWKS: Type.Optional(Type.Boolean({
    description: 'Allow a council identity provider\'s JWKS over plain http (a local IdP); https is required otherwise.',
  })),
  AUTH_JWKS_COOLDOWN_MS: Type.Integer({
    minimum: 0, default: 30_000, description: 'Least time between two fetches of one JWKS when a token names an unknown key.',
  }),
  EVENTS_WORKER: Type.Optional(Type.Boolean({ description: 'Run the webhook delivery worker and the deadline alerts in this process (default true; every instance may).' })),
  WEBHOOK_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 60_000, default: 10_000, description: 'How long a webhook receiver has to answer one attempt.' }),
  WEBHOOK_ALLOW_HTTP: Type.Optional(Type.Boolean({ description: 'Allow plain http webhook URLs (default false: https only).' })),
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: Type.Optional(Type.Boolean({ description: 'Allow webhook targets in private, loopback and link-local ranges (default false).' })),
  WEBHOOK_SECRET_KEY: Type.Optional(Type.String({
    minLength: 1, description: 'Seals webhook signing secrets at rest (AES-256-GCM): 32 random bytes as base64 or 64 hex digits. Required with NODE_ENV=production.',
  })),
  EVENTS_POLL_MS: Type.Integer({ minimum: 10, maximum: 60_000, default: 1000, description: 'How often a long-polling event reader re-reads the log for other instances\' writes.' }),
  EVENTS_ALERT_INTERVAL_MS: Type.Integer({ minimum: 1000, maximum: 3_600_000, default: 60_000, description: 'How often the worker looks for deadline alerts that have come due (they change with the London date, so rarely matters).' }),
})
export type Env = Static<typeof EnvSchema>

export interface AuthConfig {
  readonly secret?: string
  readonly jwksUrl?: string
  readonly publicKey?: string
  readonly publicKeyAlg: string
  readonly issuer?: string
  readonly audience?: string
  readonly councilClaim: string
  readonly rolesClaim: string
  /** True when nothing was configured and the published development secret is in use (local trials only). */
  readonly developmentSecret: boolean
  /** Tokens may come from the identity providers councils name (in the database). */
  readonly councilProviders: boolean
  readonly allowHttpJwks: boolean
  readonly jwksCooldownMs: number
}

export interface Config {
  readonly port: number
  readonly host: string
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string; readonly poolMax: number }
    | { readonly kind: 'pglite'; readonly dataDir: string | null }
  readonly logLevel: Env['LOG_LEVEL']
  readonly bodyLimit: number
  /** Fastify's trustProxy: false, true, a hop count or the proxies' addresses. */
  readonly trustProxy: boolean | number | string
  readonly shutdownTimeoutMs: number
  /** Load shedding (@fastify/under-pressure); a threshold of 0 turns its check off, null takes the default. */
  readonly overload: {
    readonly maxEventLoopDelayMs: number
    readonly maxHeapUsedBytes: number | null
    readonly maxRssBytes: number
    readonly sampleIntervalMs: number
    readonly retryAfterSeconds: number
  }
  /** The bearer token that opens GET /metrics; null: no metrics route. */
  readonly metricsToken: string | null
  readonly seedDemoCouncil: boolean
  readonly bankHolidaysFile: string | null
  readonly auth: AuthConfig
  readonly events: EventsConfig
}

export interface EventsConfig {
  readonly pollMs: number
  /** Least time between two deadline alert passes. */
  readonly alertIntervalMs: number
  /** Whether the server runs the delivery worker and deadline alerts. */
  readonly worker: boolean
  readonly webhookTimeoutMs: number
  readonly webhookAllowHttp: boolean
  readonly webhookAllowPrivateAddresses: boolean
  /** The key that seals webhook signing secrets at rest; null: stored as they are (development only). */
  readonly webhookSecretKey: Buffer | null
}

/**
 * The secret `npm start` and `npm run token` share when nothing else is configured, so that a newcomer's
 * first request works. It is refused outside the embedded database: a real deployment must say how it
 * verifies tokens.
 */
export const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-use-in-production'

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`)
  }
}

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, '1': true, yes: true, false: false, '0': false, no: false }
const BOOLEAN_VARIABLES = new Set(['SEED_DEMO_COUNCIL', 'AUTH_COUNCIL_PROVIDERS', 'AUTH_ALLOW_HTTP_JWKS', 'EVENTS_WORKER', 'WEBHOOK_ALLOW_HTTP', 'WEBHOOK_ALLOW_PRIVATE_ADDRESSES'])

/** WEBHOOK_SECRET_KEY: 32 bytes, as 64 hex digits or (canonical) base64. */
export function parseSecretKey(text: string): Buffer {
  const hex = /^[0-9a-fA-F]{64}$/.test(text)
  const key = Buffer.from(text, hex ? 'hex' : 'base64')
  if (key.length !== 32 || (!hex && key.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, ''))) {
    throw new ConfigError('WEBHOOK_SECRET_KEY', 'must be 32 random bytes, as 64 hex digits or base64 (e.g. `openssl rand -base64 32`)')
  }
  return key
}

/** Addresses only this machine can reach: the development secret is tolerated there and nowhere else. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
}

function readEnvironment(source: Record<string, string | undefined>): Env {
  const raw: Record<string, unknown> = {}
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = source[key]
    if (value === undefined || value === '') continue
    raw[key] = BOOLEAN_VARIABLES.has(key) ? (BOOLEAN_WORDS[value.toLowerCase()] ?? value) : value
  }
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw))
  const first = [...Value.Errors(EnvSchema, converted)][0]
  if (first) {
    const variable = first.instancePath.replace(/^\//, '').split('/')[0] || String((first.params as { requiredProperties?: string[] }).requiredProperties?.[0] ?? 'environment')
    throw new ConfigError(variable, first.message)
  }
  return converted as Env
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined) return false
  if (value in BOOLEAN_WORDS) return BOOLEAN_WORDS[value]!
  return /^\d+$/.test(value) ? Number(value) : value
}

/** Reads and checks the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env, options: { serving?: boolean } = {}): Config {
  const env = readEnvironment(source)
  const embedded = env.DATABASE_URL === undefined
  const verifiers = [env.AUTH_JWT_SECRET, env.AUTH_JWKS_URL, env.AUTH_PUBLIC_KEY].filter((v) => v !== undefined)
  if (verifiers.length > 1) {
    throw new ConfigError('AUTH_JWT_SECRET', 'conflicts with AUTH_JWKS_URL/AUTH_PUBLIC_KEY: set exactly one way to verify tokens')
  }
  const councilProviders = env.AUTH_COUNCIL_PROVIDERS ?? false
  // The development secret is published in the README: it may only ever open a trial on this machine.
  const developmentSecret = verifiers.length === 0 && !councilProviders
  const trial = embedded && isLoopbackHost(env.HOST) && env.NODE_ENV !== 'production'
  // Tools that never answer a request (migrate, the council CLI) need no way to verify tokens.
  if (developmentSecret && !trial && options.serving !== false) {
    const why = [
      !embedded ? 'DATABASE_URL is set' : null,
      !isLoopbackHost(env.HOST) ? `HOST=${env.HOST} is not a loopback address` : null,
      env.NODE_ENV === 'production' ? 'NODE_ENV=production' : null,
    ].filter(Boolean).join(', ')
    throw new ConfigError('AUTH_JWT_SECRET',
      `(or AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_COUNCIL_PROVIDERS=true) is required: ${why}; the development secret is only used on the embedded database, bound to a loopback HOST, with NODE_ENV not production`)
  }
  // Copying the published secret into AUTH_JWT_SECRET is no way round that: anyone can sign with it.
  if (env.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET && !trial && options.serving !== false) {
    throw new ConfigError('AUTH_JWT_SECRET',
      'is the development secret the README publishes: anyone can sign tokens with it; set a secret of your own (`openssl rand -hex 32`), or AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_COUNCIL_PROVIDERS=true')
  }
  let webhookSecretKey: Buffer | null = null
  if (env.WEBHOOK_SECRET_KEY !== undefined) webhookSecretKey = parseSecretKey(env.WEBHOOK_SECRET_KEY)
  else if (env.NODE_ENV === 'production' && options.serving !== false) {
    throw new ConfigError('WEBHOOK_SECRET_KEY', 'is required with NODE_ENV=production: webhook signing secrets are sealed with it at rest (`openssl rand -base64 32`)')
  }
  return Object.freeze({
    port: env.PORT,
    host: env.HOST,
    database: embedded
      ? { kind: 'pglite' as const, dataDir: env.PGLITE_DIR }
      : { kind: 'postgres' as const, url: env.DATABASE_URL!, poolMax: env.DATABASE_POOL_MAX },
    logLevel: env.LOG_LEVEL,
    bodyLimit: env.BODY_LIMIT_BYTES,
    trustProxy: trustProxy(env.TRUST_PROXY),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    overload: Object.freeze({
      maxEventLoopDelayMs: env.OVERLOAD_MAX_EVENT_LOOP_DELAY_MS,
      maxHeapUsedBytes: env.OVERLOAD_MAX_HEAP_USED_BYTES ?? null,
      maxRssBytes: env.OVERLOAD_MAX_RSS_BYTES,
      sampleIntervalMs: env.OVERLOAD_SAMPLE_INTERVAL_MS,
      retryAfterSeconds: env.OVERLOAD_RETRY_AFTER_SECONDS,
    }),
    metricsToken: env.METRICS_TOKEN ?? null,
    seedDemoCouncil: env.SEED_DEMO_COUNCIL ?? embedded,
    bankHolidaysFile: env.BANK_HOLIDAYS_FILE ?? null,
    auth: Object.freeze({
      secret: developmentSecret ? DEVELOPMENT_JWT_SECRET : env.AUTH_JWT_SECRET,
      jwksUrl: env.AUTH_JWKS_URL,
      publicKey: env.AUTH_PUBLIC_KEY,
      publicKeyAlg: env.AUTH_PUBLIC_KEY_ALG,
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      councilClaim: env.AUTH_COUNCIL_CLAIM,
      rolesClaim: env.AUTH_ROLES_CLAIM,
      developmentSecret,
      councilProviders,
      allowHttpJwks: env.AUTH_ALLOW_HTTP_JWKS ?? false,
      jwksCooldownMs: env.AUTH_JWKS_COOLDOWN_MS,
    }),
    events: Object.freeze({
      pollMs: env.EVENTS_POLL_MS,
      alertIntervalMs: env.EVENTS_ALERT_INTERVAL_MS,
      worker: env.EVENTS_WORKER ?? true,
      webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS,
      webhookAllowHttp: env.WEBHOOK_ALLOW_HTTP ?? false,
      webhookAllowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES ?? false,
      webhookSecretKey,
    }),
  })
}
