// The bare baseline of `npm run bench:http`: the same Fastify, pg (or PGlite) and jose as the service, doing only
// what any handler must: verify the bearer token, then insert one row (jsonb body) in a transaction, or read one
// row by primary key. Plain JavaScript, run with node. Prints {"port": N} once listening.
import { randomUUID } from 'node:crypto'
import Fastify from 'fastify'
import { jwtVerify } from 'jose'

const secret = new TextEncoder().encode(process.env.AUTH_JWT_SECRET)
const app = Fastify({ logger: false })

let query
let transaction
if (process.env.DATABASE_URL) {
  const pg = (await import('pg')).default
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
  query = (text, values) => pool.query(text, values)
  transaction = async (fn) => {
    const client = await pool.connect()
    try {
      await client.query('begin')
      const out = await fn((text, values) => client.query(text, values))
      await client.query('commit')
      return out
    } catch (error) {
      await client.query('rollback')
      throw error
    } finally {
      client.release()
    }
  }
} else {
  const { PGlite } = await import('@electric-sql/pglite')
  const db = await PGlite.create(process.env.PGLITE_DIR ? { dataDir: process.env.PGLITE_DIR } : {})
  query = (text, values) => db.query(text, values)
  transaction = (fn) => db.transaction((tx) => fn((text, values) => tx.query(text, values)))
}
await query('create table if not exists bare_cases (id uuid primary key, council text not null, created_at timestamptz not null default now(), body jsonb not null)')

async function principal(request, reply) {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
  try {
    if (!token) throw new Error('no token')
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] })
    return payload
  } catch {
    reply.code(401).send({ title: 'Unauthorized' })
    return null
  }
}

app.post('/bare', async (request, reply) => {
  const p = await principal(request, reply)
  if (!p) return reply
  const id = randomUUID()
  const row = await transaction(async (q) => (await q('insert into bare_cases (id, council, body) values ($1, $2, $3) returning id, created_at', [id, p.council, JSON.stringify(request.body)])).rows[0])
  return reply.code(201).send({ id: row.id, createdAt: row.created_at })
})

app.get('/bare/:id', async (request, reply) => {
  const p = await principal(request, reply)
  if (!p) return reply
  const { rows } = await query('select id, council, created_at, body from bare_cases where id = $1', [request.params.id])
  if (rows.length === 0) return reply.code(404).send({ title: 'Not found' })
  return rows[0]
})

await app.listen({ port: 0, host: '127.0.0.1' })
process.stdout.write(`${JSON.stringify({ port: app.server.address().port })}\n`)
process.on('SIGTERM', () => app.close().then(() => process.exit(0)))
