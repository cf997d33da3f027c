import net from 'node:net'
import t from 'tap'
import { signDevelopmentToken } from '../../src/http/auth/sign-token.js'
import { bearer, build, seedCouncil, TEST_SECRET, tokenFor } from '../helpers/build.js'
import { acceptedComplaint, createComplaint, intakeBody, postIntake } from '../helpers/complaints.js'

/** Hostile and careless input: every one a 4xx problem naming the field and the rule, nothing stored. */
t.test('input rules', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'terry')
  const problemOf = (res: { statusCode: number; headers: Record<string, unknown>; json: () => any }) => {
    t.match(String(res.headers['content-type']), /^application\/problem\+json/)
    return res.json()
  }
  const fields = (body: any) => body.errors.map((e: { location: string; field: string; rule: string }) => [e.location, e.field, e.rule])

  t.test('text the database cannot hold faithfully is refused wherever it is', async (t) => {
    const nul = await postIntake(app, team, intakeBody({ person: { name: 'Pat\u0000Doe' }, summary: 'ok' }))
    t.equal(nul.statusCode, 400)
    t.same(fields(problemOf(nul)), [['body', '/person/name', 'noNulCharacter']])
    const surrogate = await postIntake(app, team, intakeBody({ serviceAreas: ['waste', 'x\ud800'] }))
    t.equal(surrogate.statusCode, 400)
    t.same(fields(problemOf(surrogate)), [['body', '/serviceAreas/1', 'wellFormedUnicode']])
    const emoji = await postIntake(app, team, intakeBody({ summary: 'Bins missed \ud83d\uddd1 again' }))
    t.equal(emoji.statusCode, 201, 'a real character outside the BMP is fine')
    const query = await app.inject({ method: 'GET', url: '/v1/complaints?serviceArea=%00', headers: bearer(team) })
    t.equal(query.statusCode, 400)
    t.same(fields(problemOf(query)), [['querystring', '/serviceArea', 'noNulCharacter']])
    const path = await app.inject({ method: 'GET', url: '/v1/complaints/%00', headers: bearer(team) })
    t.equal(path.statusCode, 400)
    t.same(fields(problemOf(path)), [['params', '/id', 'noNulCharacter']])
    const queue = (await app.inject({ method: 'GET', url: '/v1/complaints', headers: bearer(team) })).json()
    t.equal(queue.items.length, 1, 'only the valid intake was stored')
  })

  t.test('the public form checks its slug before looking anything up, without a token', async (t) => {
    for (const method of ['POST', 'OPTIONS'] as const) {
      const res = await app.inject({ method, url: '/v1/public/councils/demo%00/complaints', headers: { origin: 'https://a.example', 'idempotency-key': 'abcdefgh' }, payload: method === 'POST' ? { summary: 'x' } : undefined })
      t.equal(res.statusCode, 400, `${method}`)
      t.same(fields(problemOf(res)), [['params', '/slug', 'noNulCharacter']])
    }
    const odd = await app.inject({ method: 'POST', url: '/v1/public/councils/NOT%20A%20SLUG/complaints', headers: { 'idempotency-key': 'abcdefgh' }, payload: { summary: 'x' } })
    t.equal(odd.statusCode, 404, 'a slug no council can have is no council')
  })

  t.test('a signed token whose council claim no council could have is 403', async (t) => {
    const token = await signDevelopmentToken(TEST_SECRET, { subject: 'x', council: `${council.slug}\u0000`, roles: ['admin'] })
    const res = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) })
    t.equal(res.statusCode, 403)
    t.equal(problemOf(res).code, 'AUTH.UNKNOWN_COUNCIL')
  })

  t.test('dates are real calendar dates between 1900 and 2200', async (t) => {
    for (const [value, field] of [['2026-02-30', 'recordedOn'], ['2026-13-01', 'recordedOn'], ['0001-01-01', 'recordedOn']] as const) {
      const res = await postIntake(app, team, intakeBody({
        representative: { name: 'Sam Doe', relationship: 'son', consent: { basis: 'written_consent', [field]: value } },
      }))
      t.equal(res.statusCode, 400, value)
      t.same(fields(problemOf(res)), [['body', '/representative/consent/recordedOn', 'format']], value)
    }
    for (const awareOn of ['9999-01-01', '1899-12-31']) {
      t.equal((await postIntake(app, team, intakeBody({ awareOn }))).statusCode, 400, `awareOn ${awareOn}`)
    }
    t.equal((await postIntake(app, team, intakeBody({ receivedAt: '0000-01-01T00:00:00Z' }))).statusCode, 400, 'receivedAt in year 0')
    t.equal((await postIntake(app, team, intakeBody({ receivedAt: '2026-01-05T24:00:00Z' }))).statusCode, 400, 'hour 24')
    const query = await app.inject({ method: 'GET', url: '/v1/complaints?receivedFrom=0000-01-01T00:00:00Z', headers: bearer(team) })
    t.equal(query.statusCode, 400)
    t.same(fields(problemOf(query)), [['querystring', '/receivedFrom', 'format']])
    const report = await app.inject({ method: 'GET', url: '/v1/reports/performance?from=0000-01-01&to=2026-01-01', headers: bearer(await tokenFor(council, ['reporting'])) })
    t.equal(report.statusCode, 400, 'report periods too')
    t.equal((await postIntake(app, team, intakeBody({ awareOn: '2024-02-29' }))).statusCode, 201, 'a leap day is a real date')
  })

  t.test('dates are in order where order matters', async (t) => {
    const reporting = bearer(await tokenFor(council, ['complaints_team', 'reporting', 'admin']))
    const res = await app.inject({
      method: 'POST', url: '/v1/reports/exceptional-circumstances', headers: reporting,
      payload: { startsOn: '2026-03-01', endsOn: null, affected: 'cyber incident', ombudsmanToldOn: '2026-02-01', returnedToComplianceOn: null },
    })
    t.equal(res.statusCode, 400)
    t.same(fields(problemOf(res)), [['body', '/ombudsmanToldOn', 'range']])
  })

  t.test('bodies are taken as sent: no type coercion; query strings are still read as their types', async (t) => {
    for (const [body, field, rule] of [
      [{ summary: 12345 }, '/summary', 'type'],
      [{ sensitive: null }, '/sensitive', 'type'],
      [{ sensitive: 'true' }, '/sensitive', 'type'],
      [{ serviceAreas: 's' }, '/serviceAreas', 'type'],
    ] as const) {
      const res = await postIntake(app, team, intakeBody(body))
      t.equal(res.statusCode, 400, JSON.stringify(body))
      t.same(fields(problemOf(res)), [['body', field, rule]], JSON.stringify(body))
    }
    const page = await app.inject({ method: 'GET', url: '/v1/complaints?limit=1&sensitive=false', headers: bearer(team) })
    t.equal(page.statusCode, 200, 'limit=1 is a number, sensitive=false a boolean')
    t.equal(page.json().items.length, 1)
  })

  t.test('text that is required is more than white space', async (t) => {
    const res = await postIntake(app, team, intakeBody({ summary: ' \t\n ' }))
    t.equal(res.statusCode, 400)
    t.same(fields(problemOf(res)), [['body', '/summary', 'notBlank']])
  })

  t.test('a property called description (or title, default...) is text like any other, not an annotation', async (t) => {
    // Found by the fuzzer: the rule skipped every property whose name is one of JSON Schema's annotation keywords.
    const accepted = await acceptedComplaint(app, team, 'dora')
    const check = await app.inject({
      method: 'POST', url: `/v1/complaints/${accepted.id}/exclusion-check`, headers: bearer(team), payload: { description: ' \t ' },
    })
    t.equal(check.statusCode, 400)
    t.same(fields(problemOf(check)), [['body', '/description', 'notBlank']])
    const response = {
      stage: 1, complaintDefinition: 'Missed bins', findings: [{ aspect: 'collection', finding: 'upheld' }], reasons: 'Crew error',
      remedies: [{ type: 'apology', description: '   ', dueDate: '2026-12-01' }], outstandingActions: [{ description: '\n', dueDate: '2026-12-01' }],
      howToEscalate: 'Ask for stage 2',
    }
    const respond = await app.inject({
      method: 'POST', url: `/v1/complaints/${accepted.id}/stage1-response`, headers: bearer(team), payload: { response },
    })
    t.equal(respond.statusCode, 400)
    t.same(fields(problemOf(respond)).sort(), [
      ['body', '/response/outstandingActions/0/description', 'notBlank'], ['body', '/response/remedies/0/description', 'notBlank'],
    ])
  })

  t.test('malformed URLs and overlong path segments are problems like any other', async (t) => {
    const bad = await app.inject({ method: 'GET', url: '/v1/complaints/%FF', headers: bearer(team) })
    t.equal(bad.statusCode, 400)
    t.equal(problemOf(bad).code, 'MALFORMED_URL')
    const long = await app.inject({ method: 'GET', url: `/v1/complaints/${'a'.repeat(101)}`, headers: bearer(team) })
    t.equal(long.statusCode, 414)
    t.equal(problemOf(long).code, 'URI_TOO_LONG')
  })

  t.test('headers too large for the HTTP parser are a 431 problem', async (t) => {
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as net.AddressInfo
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
      })
      let data = ''
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()))
      socket.on('close', () => resolve(data))
      socket.on('error', reject)
    })
    t.match(raw, /^HTTP\/1\.1 431 /)
    t.match(raw, /content-type: application\/problem\+json/i)
    t.match(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)), { status: 431, code: 'HEADERS_TOO_LARGE' })
  })
})

t.test('staff and website-form idempotency keys never meet', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'terry')
  await app.inject({
    method: 'PATCH', url: '/v1/councils/current', headers: bearer(await tokenFor(council, ['admin'])),
    payload: { publicIntake: { enabled: true, allowedOrigins: [] } },
  })
  const form = await app.inject({
    method: 'POST', url: `/v1/public/councils/${council.slug}/complaints`, headers: { 'idempotency-key': 'shared-key-1' },
    payload: { person: { name: 'Pat Doe' }, summary: 'From the form' },
  })
  t.equal(form.statusCode, 201, form.body)
  const staff = await postIntake(app, team, intakeBody({ summary: 'From the CRM' }), { 'idempotency-key': 'public:shared-key-1' })
  t.equal(staff.statusCode, 201, 'a staff key shaped like the form\'s namespace is a new submission')
  t.not(staff.headers['idempotent-replayed'], 'true')
  const again = await postIntake(app, team, intakeBody({ summary: 'From the CRM' }), { 'idempotency-key': 'shared-key-1' })
  t.equal(again.statusCode, 201, 'and the same key as the form\'s is the staff\'s own')
  t.not(again.headers['idempotent-replayed'], 'true')
  const queue = (await app.inject({ method: 'GET', url: '/v1/complaints', headers: bearer(team) })).json()
  t.equal(queue.items.length, 3)
})

t.test('the exclusion check shows a linked case only to someone who may read it', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'terry')
  const handler = await tokenFor(council, ['handler'], 'dora')
  const hidden = await createComplaint(app, team)
  const own = await acceptedComplaint(app, team, 'dora', { relatedCaseId: hidden.id })
  const check = (token: string) => app.inject({ method: 'POST', url: `/v1/complaints/${own.id}/exclusion-check`, headers: bearer(token), payload: {} })
  const seen = await check(team)
  t.equal(seen.statusCode, 200)
  t.same(seen.json().alreadyConsidered.cases.map((c: { id: string }) => c.id), [hidden.id], 'the team sees the linked case')
  const res = await check(handler)
  t.equal(res.statusCode, 200, res.body)
  t.same(res.json().alreadyConsidered.cases, [], 'the handler is told nothing of a case they are not on')
  t.notMatch(res.body, hidden.reference)
})
