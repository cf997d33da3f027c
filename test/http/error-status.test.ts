/**
 * Every stable error code the domain or a service can raise has an HTTP status in http/error-status.ts, and the
 * table maps nothing that nothing raises. The codes are read from the source (every string literal shaped like
 * `AREA.NAME`), so a new code without a mapping fails here, not as a 500 in production.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { ALL_ERROR_STATUS, ERROR_STATUS, HTTP_ERROR_STATUS } from '../../src/http/error-status.js'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const CODE = /['"`]([A-Z][A-Z0-9_]*\.[A-Z][A-Z0-9_]*)['"`]/g
/** Codes without a dot (e.g. VALIDATION) are found where an error is made with them. */
const MADE_WITH = /(?:AppError|fieldError|domainError|DomainError)\(\s*['"`]([A-Z][A-Z0-9_.]*)['"`]/g

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? files(full) : e.name.endsWith('.ts') ? [full] : []
  })
}

/** code -> the files that raise it */
function raisedCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>()
  for (const file of [...files(path.join(SRC, 'domain')), ...files(path.join(SRC, 'services'))]) {
    const text = readFileSync(file, 'utf8')
    for (const [, code] of [...text.matchAll(CODE), ...text.matchAll(MADE_WITH)]) {
      codes.set(code!, [...new Set([...(codes.get(code!) ?? []), path.relative(SRC, file)])])
    }
  }
  return codes
}

t.test('every code raised by the domain or a service has a status', async (t) => {
  const raised = raisedCodes()
  t.ok(raised.size > 40, `codes are found in the source (${raised.size})`)
  const unmapped = [...raised].filter(([code]) => ERROR_STATUS[code] === undefined).map(([code, where]) => `${code} (${where.join(', ')})`)
  t.same(unmapped, [], unmapped.length > 0 ? `add to src/http/error-status.ts: ${unmapped.join('; ')}` : 'all mapped')
})

t.test('the table maps only codes that something raises', async (t) => {
  const raised = raisedCodes()
  const stale = Object.keys(ERROR_STATUS).filter((code) => !raised.has(code))
  t.same(stale, [], stale.length > 0 ? `no longer raised, remove from the table: ${stale.join(', ')}` : 'none stale')
})

t.test('statuses are the client errors the contract documents', async (t) => {
  for (const [code, status] of Object.entries(ERROR_STATUS)) {
    t.ok([400, 403, 404, 409, 412, 422].includes(status), `${code} -> ${status}`)
  }
})

/** Where src/http makes a problem itself: `HttpProblem(401, 'AUTH.X'`, `plain(503, 'X'`, `[431, 'X'`, and the Fastify code table. */
const HTTP_MADE = /(?:HttpProblem\(|plain\(|\[)(\d{3}), '([A-Z][A-Z0-9_.]*)'/g
const FASTIFY_TABLE = /FST_ERR_[A-Z_]+: '([A-Z][A-Z0-9_]*)'/g

t.test('every code the HTTP layer makes is in the one list, with the status it is sent with', async (t) => {
  const made = new Map<string, Set<number>>()
  for (const file of files(path.join(SRC, 'http'))) {
    const text = readFileSync(file, 'utf8')
    for (const [, status, code] of text.matchAll(HTTP_MADE)) made.set(code!, new Set([...(made.get(code!) ?? []), Number(status)]))
    for (const [, code] of text.matchAll(FASTIFY_TABLE)) made.set(code!, made.get(code!) ?? new Set())
  }
  t.ok(made.size > 15, `codes are found in src/http (${made.size})`)
  for (const [code, statuses] of made) {
    t.ok(ALL_ERROR_STATUS[code] !== undefined, `${code} is listed in src/http/error-status.ts`)
    for (const status of statuses) t.equal(ALL_ERROR_STATUS[code], status, `${code} is sent as ${status}`)
  }
  const unmade = Object.keys(HTTP_ERROR_STATUS).filter((code) => !made.has(code))
  t.same(unmade, [], 'HTTP_ERROR_STATUS lists nothing the HTTP layer does not make')
})
