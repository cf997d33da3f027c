import { readFile } from 'node:fs/promises'
import t from 'tap'
import { ConfigError, DEVELOPMENT_JWT_SECRET, EnvSchema, loadConfig } from '../src/config.js'

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

t.test('an empty environment runs on the embedded database with the development secret', async (t) => {
  const config = loadConfig({})
  t.equal(config.port, 3000)
  t.same(config.database, { kind: 'pglite', dataDir: './data/pglite' })
  t.equal(config.auth.secret, DEVELOPMENT_JWT_SECRET)
  t.equal(config.seedDemoCouncil, true)
  t.ok(Object.isFrozen(config))
})

t.test('values are converted from strings', async (t) => {
  const config = loadConfig({ PORT: '8080', SEED_DEMO_COUNCIL: 'false', LOG_LEVEL: 'warn' })
  t.equal(config.port, 8080)
  t.equal(config.seedDemoCouncil, false)
  t.equal(config.logLevel, 'warn')
})

t.test('TRUST_PROXY is off by default and reads as a flag, a hop count or addresses', async (t) => {
  t.equal(loadConfig({}).trustProxy, false)
  t.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true)
  t.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2)
  t.equal(loadConfig({ TRUST_PROXY: '10.0.0.1,10.0.0.2' }).trustProxy, '10.0.0.1,10.0.0.2')
})

t.test('a bad value names its variable', async (t) => {
  t.equal(failure({ PORT: 'eighty' }).variable, 'PORT')
  t.equal(failure({ PORT: '70000' }).variable, 'PORT')
  t.equal(failure({ LOG_LEVEL: 'loud' }).variable, 'LOG_LEVEL')
  t.equal(failure({ DATABASE_URL: 'mysql://x' }).variable, 'DATABASE_URL')
  t.equal(failure({ AUTH_JWT_SECRET: 'short' }).variable, 'AUTH_JWT_SECRET')
  t.match(failure({ PORT: 'eighty' }).message, /PORT/)
})

t.test('the development secret is used only on the embedded database, on a loopback address, outside production', async (t) => {
  const pg = { DATABASE_URL: 'postgres://localhost/x' }
  // Every combination of the three conditions; only the one with all three holds starts without a verifier.
  for (const embedded of [true, false]) {
    for (const host of ['127.0.0.1', '::1', 'localhost', '0.0.0.0', '10.1.2.3']) {
      for (const nodeEnv of ['development', 'test', 'production']) {
        const env = { ...(embedded ? {} : pg), HOST: host, NODE_ENV: nodeEnv }
        const loopback = host !== '0.0.0.0' && host !== '10.1.2.3'
        const label = `${embedded ? 'embedded' : 'postgres'}, HOST=${host}, NODE_ENV=${nodeEnv}`
        if (embedded && loopback && nodeEnv !== 'production') {
          const config = loadConfig(env)
          t.equal(config.auth.secret, DEVELOPMENT_JWT_SECRET, `${label}: development secret`)
          t.equal(config.auth.developmentSecret, true, `${label}: flagged, so the server warns`)
        } else {
          const error = failure(env)
          t.equal(error.variable, 'AUTH_JWT_SECRET', `${label}: refused`)
          t.match(error.message, /AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_COUNCIL_PROVIDERS/, `${label}: names the variables`)
          if (!embedded) t.match(error.message, /DATABASE_URL is set/)
          if (!loopback) t.match(error.message, new RegExp(`HOST=${host} is not a loopback`))
          if (nodeEnv === 'production') t.match(error.message, /NODE_ENV=production/)
          // Any explicit verifier lifts the refusal, and the development secret is then never used.
          for (const verifier of [
            { AUTH_JWT_SECRET: 's'.repeat(40) },
            { AUTH_JWKS_URL: 'https://idp.example.gov.uk/jwks' },
            { AUTH_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----' },
            { AUTH_COUNCIL_PROVIDERS: 'true' },
          ]) {
            const config = loadConfig({ ...env, ...verifier, ...(nodeEnv === 'production' ? { WEBHOOK_SECRET_KEY: KEY } : {}) })
            t.not(config.auth.secret, DEVELOPMENT_JWT_SECRET, `${label} + ${Object.keys(verifier)[0]}: no development secret`)
            t.equal(config.auth.developmentSecret, false)
          }
        }
      }
    }
  }
})

t.test('an explicit secret is never flagged as the development one', async (t) => {
  const config = loadConfig({ AUTH_JWT_SECRET: 'e'.repeat(40) })
  t.equal(config.auth.developmentSecret, false)
  t.equal(config.auth.secret, 'e'.repeat(40))
})

t.test('the published development secret set as AUTH_JWT_SECRET is refused wherever the development secret would be', async (t) => {
  const published = { AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET }
  const outsideTrial: Record<string, string>[] = [{ NODE_ENV: 'production', WEBHOOK_SECRET_KEY: KEY }, { DATABASE_URL: 'postgres://localhost/x' }, { HOST: '0.0.0.0' }]
  for (const env of outsideTrial) {
    const error = failure({ ...env, ...published })
    t.equal(error.variable, 'AUTH_JWT_SECRET', JSON.stringify(env))
    t.match(error.message, /the development secret the README publishes/)
  }
  t.equal(loadConfig(published).auth.secret, DEVELOPMENT_JWT_SECRET, 'a trial on this machine may name it')
  t.doesNotThrow(() => loadConfig({ NODE_ENV: 'production', ...published }, { serving: false }), 'tools that verify no token are not stopped by it')
})

t.test('a real database needs a real way to verify tokens', async (t) => {
  const error = failure({ DATABASE_URL: 'postgres://localhost/x' })
  t.equal(error.variable, 'AUTH_JWT_SECRET')
  t.match(error.message, /required/)
  const config = loadConfig({ DATABASE_URL: 'postgres://localhost/x', AUTH_JWKS_URL: 'https://idp.example.gov.uk/jwks' })
  t.equal(config.auth.secret, undefined)
  t.equal(config.seedDemoCouncil, false)
  t.doesNotThrow(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x' }, { serving: false }), 'npm run migrate needs no token settings')
})

t.test('two ways to verify tokens at once is refused', async (t) => {
  const error = failure({ AUTH_JWT_SECRET: 'x'.repeat(32), AUTH_JWKS_URL: 'https://idp.example.gov.uk/jwks' })
  t.match(error.message, /exactly one/)
})

t.test('overload thresholds: sane defaults, 0 turns a check off, bad values are named', async (t) => {
  t.same(loadConfig({}).overload, { maxEventLoopDelayMs: 1000, maxHeapUsedBytes: null, maxRssBytes: 0, sampleIntervalMs: 1000, retryAfterSeconds: 10 })
  const set = loadConfig({ OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0', OVERLOAD_MAX_HEAP_USED_BYTES: '2000000000', OVERLOAD_MAX_RSS_BYTES: '3000000000', OVERLOAD_RETRY_AFTER_SECONDS: '30' }).overload
  t.match(set, { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 2_000_000_000, maxRssBytes: 3_000_000_000, retryAfterSeconds: 30 })
  t.equal(failure({ OVERLOAD_RETRY_AFTER_SECONDS: '0' }).variable, 'OVERLOAD_RETRY_AFTER_SECONDS')
  t.equal(failure({ OVERLOAD_MAX_HEAP_USED_BYTES: 'lots' }).variable, 'OVERLOAD_MAX_HEAP_USED_BYTES')
  t.equal(failure({ OVERLOAD_SAMPLE_INTERVAL_MS: '1' }).variable, 'OVERLOAD_SAMPLE_INTERVAL_MS')
})

t.test('the README\'s configuration table lists every variable the service reads, and no other', async (t) => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1))
  // A row's first cell names one variable or several (`AUTH_PUBLIC_KEY` / `AUTH_PUBLIC_KEY_ALG`).
  const documented = section.split('\n').filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!))
  t.same([...documented].sort(), Object.keys(EnvSchema.properties).sort())
})

const KEY = Buffer.alloc(32, 7).toString('base64')

t.test('WEBHOOK_SECRET_KEY: required in production, 32 bytes as hex or base64', async (t) => {
  const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: 's'.repeat(40) }
  const missing = failure(production)
  t.equal(missing.variable, 'WEBHOOK_SECRET_KEY')
  t.match(missing.message, /required with NODE_ENV=production/)
  t.equal(loadConfig(production, { serving: false }).events.webhookSecretKey, null, 'tools that send no webhooks start without it')
  t.equal(loadConfig({}).events.webhookSecretKey, null, 'development: optional')
  t.same(loadConfig({ ...production, WEBHOOK_SECRET_KEY: KEY }).events.webhookSecretKey, Buffer.alloc(32, 7))
  t.same(loadConfig({ WEBHOOK_SECRET_KEY: '07'.repeat(32) }).events.webhookSecretKey, Buffer.alloc(32, 7), 'or 64 hex digits')
  for (const bad of [Buffer.alloc(16).toString('base64'), 'not a key at all!', '07'.repeat(31)]) {
    const error = failure({ WEBHOOK_SECRET_KEY: bad })
    t.equal(error.variable, 'WEBHOOK_SECRET_KEY')
    t.match(error.message, /32 random bytes/)
  }
})
