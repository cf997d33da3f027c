import { Writable } from 'node:stream'
import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

t.test('logs are JSON lines, one per request, without personal data or tokens', async (t) => {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  const app = await build(t, { env: { LOG_LEVEL: 'info' }, logDestination: destination })
  const council = await seedCouncil(app)
  const token = await tokenFor(council, ['complaints_team'], 'alice')
  lines.length = 0

  const created = await app.inject({
    method: 'POST', url: '/v1/complaints?search=Jane%20Smythe', headers: bearer(token),
    payload: {
      channel: 'email',
      person: { name: 'Jane Smythe', email: 'jane.smythe@example.org', phone: '01234 567890', address: '1 Privet Drive' },
      summary: 'The noise from the depot at night is unbearable',
    },
  })
  t.equal(created.statusCode, 201)
  await app.inject({ method: 'GET', url: `/v1/complaints/${created.json().id}`, headers: bearer(token) })

  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  const requests = records.filter((r) => r.msg === 'request')
  t.equal(requests.length, 2, 'one line per request')
  t.same(requests.map((r) => r.route), ['/v1/complaints', '/v1/complaints/:id'])
  t.equal(requests[0]!.statusCode, 201)
  t.equal(requests[0]!.council, council.slug)
  const everything = lines.join('\n')
  for (const secret of ['Jane', 'Smythe', 'jane.smythe@example.org', '01234 567890', 'Privet', 'unbearable', token]) {
    t.notOk(everything.includes(secret), `the logs do not contain "${secret.slice(0, 20)}"`)
  }
})
