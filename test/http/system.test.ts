import t from 'tap'
import { sql } from 'kysely'
import { buildApp } from '../../src/app.js'
import { createDb } from '../../src/db/create-db.js'
import { build, testConfig } from '../helpers/build.js'

t.test('health, readiness and the contract are public', async (t) => {
  const app = await build(t)
  const health = await app.inject({ method: 'GET', url: '/healthz' })
  t.equal(health.statusCode, 200)
  t.same(health.json(), { status: 'ok' })

  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(ready.statusCode, 200)
  t.same(ready.json().checks, { database: 'ok', migrations: 'current' })

  const contract = await app.inject({ method: 'GET', url: '/openapi.json' })
  t.equal(contract.statusCode, 200)
  t.equal(contract.json().openapi, '3.1.0')

  const docs = await app.inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger/i)
  t.match(docs.body, /<title>Council Complaints API: the contract<\/title>/, 'the docs page is titled as the product, not the stock Swagger UI')
})

t.test('readiness is 503 with the reason while a migration is pending', async (t) => {
  const app = await build(t)
  const [latest] = (await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(app.db)).rows
  await sql`delete from kysely_migration where name = ${latest!.name}`.execute(app.db)
  const res = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(res.statusCode, 503)
  t.equal(res.json().status, 'not_ready')
  t.match(res.json().checks.migrations, new RegExp(`pending: .*${latest!.name}`))
})

t.test('readiness warns when the bank-holiday data is about to run out', async (t) => {
  const app = await build(t, { now: () => new Date('2028-06-01T12:00:00Z') })
  const res = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(res.statusCode, 200)
  t.match(res.json().warnings[0], /bank-holiday data ends 2028-12-31/)
  const early = await build(t, { now: () => new Date('2026-06-01T12:00:00Z') })
  t.same((await early.inject({ method: 'GET', url: '/readyz' })).json().warnings, [])
})

t.test('readiness is 503 when the database cannot be reached, without the driver\'s details', async (t) => {
  const database = await createDb({ kind: 'postgres', url: 'postgres://secret-user@127.0.0.1:1/nowhere' })
  const app = await buildApp(testConfig(), { database })
  t.teardown(() => app.close())
  const res = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(res.statusCode, 503)
  t.same(res.json().checks, { database: 'unreachable', migrations: 'unknown' })
  t.notMatch(res.body, /secret-user|127\.0\.0\.1|ECONNREFUSED/)
})
