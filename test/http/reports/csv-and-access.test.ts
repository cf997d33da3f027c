import t from 'tap'
import { bearer, tokenFor } from '../../helpers/build.js'
import { parseCsv } from '../../helpers/csv.js'
import { harness, seedWorkedExample } from '../../helpers/reports-worked-example.js'

// Seeding the worked example is some 50 requests; on a busy machine PGlite needs more than the default 120 s.
t.setTimeout(300_000)

const h = await harness(t)
await seedWorkedExample(h)
const URL = '/v1/reports/performance?from=2026-01-01&to=2026-03-31&groupBy=month'

/** The JSON group flattened the way the CSV documents its columns. */
function flat(value: unknown, path: string, out: Record<string, unknown>): Record<string, unknown> {
  if (value === null || typeof value !== 'object') out[path] = value
  else if (Array.isArray(value)) {
    for (const { code, type, count, ...rest } of value as Record<string, unknown>[]) {
      if (count !== undefined) out[`${path}.${String(code ?? type)}`] = count
      else flat(rest, `${path}.${String(code ?? type)}`, out)
    }
  } else for (const [k, v] of Object.entries(value)) flat(v, path ? `${path}.${k}` : k, out)
  return out
}

t.test('the CSV parses back to the same numbers as the JSON', async (t) => {
  const json = (await h.app.inject({ method: 'GET', url: URL, headers: h.team })).json()
  const res = await h.app.inject({ method: 'GET', url: URL, headers: { ...h.team, accept: 'text/csv' } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/csv/)
  const [header, ...rows] = parseCsv(res.body)
  t.equal(rows.length, 1 + json.groups.length, 'the total, then a row per group')
  const groups = [json.total, ...json.groups]
  let compared = 0
  rows.forEach((row, i) => {
    const record = Object.fromEntries(header!.map((h, j) => [h, row[j]]))
    const { key, ...figures } = groups[i]
    t.equal(record.group, key)
    const expected = flat(i === 0 ? { ...figures, openNow: json.openNow, learning: json.learning } : figures, '', {})
    for (const [path, value] of Object.entries(expected)) {
      const cell = record[path]
      if (value === null) t.equal(cell, '', `${key} ${path} is empty`)
      else t.equal(Number(cell), value, `${key} ${path}`)
      compared++
    }
  })
  t.ok(compared > 300, `compared ${compared} figures`)
})

t.test('the reporting role sees reports only, and no personal data', async (t) => {
  const reporting = bearer(await tokenFor(h.council, ['reporting'], 'rita'))
  const bodies: string[] = []
  for (const [url, accept] of [[URL, 'application/json'], [URL, 'text/csv'], ['/v1/reports/annual?year=2025', 'application/json'], ['/v1/reports/annual?year=2025', 'text/html'], ['/v1/reports/half-year?year=2025&half=2', 'text/html'], ['/v1/reports/exceptional-circumstances', 'application/json']] as const) {
    const res = await h.app.inject({ method: 'GET', url, headers: { ...reporting, accept } })
    t.equal(res.statusCode, 200, `${url} as ${accept}`)
    bodies.push(res.body)
  }
  for (const body of bodies) t.notMatch(body, /Pat Doe|pat@example\.org|Secret details|"reference"|bob|alice/, 'no names, contact details, free text, references or staff')
  t.equal((await h.app.inject({ method: 'GET', url: '/v1/complaints', headers: reporting })).statusCode, 403, 'no work queue')
  const anyCase = (await h.app.inject({ method: 'GET', url: '/v1/complaints', headers: h.team })).json().items[0].id as string
  t.equal((await h.app.inject({ method: 'GET', url: `/v1/complaints/${anyCase}`, headers: reporting })).statusCode, 403, 'no case')
  t.equal((await h.app.inject({ method: 'PUT', url: '/v1/reports/annual/2025/narrative', headers: reporting, payload: { serviceImprovements: 'x', governanceResponse: 'y' } })).statusCode, 403)
  t.equal((await h.app.inject({
    method: 'POST', url: '/v1/reports/exceptional-circumstances', headers: reporting,
    payload: { startsOn: '2026-02-09', endsOn: null, affected: 'x', ombudsmanToldOn: null, returnedToComplianceOn: null },
  })).statusCode, 403)
  const handler = bearer(await tokenFor(h.council, ['handler'], 'bob'))
  t.equal((await h.app.inject({ method: 'GET', url: URL, headers: handler })).statusCode, 403, 'handlers do not see reports')
})

t.test('another council sees only its own figures', async (t) => {
  const { seedCouncil } = await import('../../helpers/build.js')
  const other = await seedCouncil(h.app)
  const team = bearer(await tokenFor(other, ['reporting']))
  const r = (await h.app.inject({ method: 'GET', url: URL, headers: team })).json()
  t.equal(r.total.volumes.received, 0)
  t.equal(r.openNow.open, 0)
})
