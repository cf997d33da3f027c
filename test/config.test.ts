import t from 'tap'
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from '../src/config.js'

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
