/**
 * Every stable error code the domain or a service can raise has an HTTP status in http/error-status.ts, and the
 * table maps nothing that nothing raises. The codes are read from the source (every string literal shaped like
 * `AREA.NAME`), so a new code without a mapping fails here, not as a 500 in production.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { ERROR_STATUS } from '../../src/http/error-status.js'

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
