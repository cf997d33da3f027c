/**
 * The architecture as a test: dependencies point one way (http -> services -> domain, services -> db), and the
 * domain does no I/O. Every import of every file under src/ is read with TypeScript's own pre-processor (static,
 * dynamic and type-only imports, re-exports), so new code is held to the rule as soon as it is written.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import ts from 'typescript'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

/** Packages and Node built-ins that reach outside the process: none of them belongs in the domain. */
const IO_LIBRARY = /^(node:)?(fs|net|http|https|http2|child_process|dgram|dns|tls|worker_threads|cluster|readline|inspector)(\/|$)|^(fastify|@fastify\/|kysely|pg|pg-|@electric-sql\/|pino|undici|ws$|ioredis|redis|jose|nodemailer)/

interface Violation { file: string; imports: string; rule: string }

function layerOf(relativeToSrc: string): string {
  return relativeToSrc.split(path.sep)[0] ?? ''
}

/** The rules, for one file's import specifiers; paths are relative to src/. */
export function violations(file: string, specifiers: string[]): Violation[] {
  const from = layerOf(file)
  const found: Violation[] = []
  for (const spec of specifiers) {
    const target = spec.startsWith('.') ? layerOf(path.normalize(path.join(path.dirname(file), spec))) : null
    if (from === 'services' && target === 'http') found.push({ file, imports: spec, rule: 'services/ never imports http/' })
    if (from === 'http' && target === 'db') found.push({ file, imports: spec, rule: 'http/ reaches the database only through services/' })
    if (from === 'domain' && target !== null && target !== 'domain') found.push({ file, imports: spec, rule: 'domain/ imports only domain/' })
    if (from === 'domain' && target === null && IO_LIBRARY.test(spec)) found.push({ file, imports: spec, rule: 'domain/ does no I/O' })
  }
  return found
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return info.importedFiles.map((f) => f.fileName)
}

t.test('the rules catch what they should', async (t) => {
  t.same(violations('services/x.ts', ['../http/problem.js']).map((v) => v.rule), ['services/ never imports http/'])
  t.same(violations('http/routes/a/index.ts', ['../../../db/case.repository.js']).map((v) => v.rule), ['http/ reaches the database only through services/'])
  t.same(violations('domain/case/x.ts', ['kysely', 'node:fs/promises', 'fs', 'pino', '@electric-sql/pglite', 'fastify']).length, 6)
  t.same(violations('domain/case/x.ts', ['../../services/cases.js']).map((v) => v.rule), ['domain/ imports only domain/'])
  t.same(violations('domain/case/x.ts', ['typebox', 'luxon', '../calendar/index.js']), [])
  t.same(violations('http/plugins/a.ts', ['../../services/cases.js', '../../domain/index.js', 'kysely']), [])
})

t.test('the reader sees every kind of import', async (t) => {
  const info = ts.preProcessFile("import type { A } from './a.js'\nexport { B } from './b.js'\nimport './c.js'\nconst d = await import('./d.js')\n", true, true)
  t.same(info.importedFiles.map((f) => f.fileName), ['./a.js', './b.js', './c.js', './d.js'])
})

t.test('src/ follows the dependency rules', async (t) => {
  const files = sourceFiles(SRC)
  t.ok(files.filter((f) => layerOf(path.relative(SRC, f)) === 'domain').length > 10, 'the domain files are found')
  t.ok(files.filter((f) => layerOf(path.relative(SRC, f)) === 'http').length > 10, 'the http files are found')
  const found = files.flatMap((f) => violations(path.relative(SRC, f), importsOf(f)))
  t.same(found, [], found.map((v) => `${v.file} imports ${v.imports}: ${v.rule}`).join('\n') || 'no violations')
})

/** The packages a module reaches through its relative imports, transitively. */
function packagesReachedFrom(entry: string): Map<string, string> {
  const reached = new Map<string, string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')))
      else if (!spec.startsWith('node:') && !spec.endsWith('.json')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!
        if (!reached.has(name)) reached.set(name, path.relative(SRC, file))
      }
    }
  }
  visit(entry)
  return reached
}

t.test('the service and the contract check run on the production dependencies alone', async (t) => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }
  // The image installs with --omit=dev; `npm run openapi:check` must work wherever the service does.
  for (const entry of ['../../src/server.ts', '../../scripts/contract.ts']) {
    const reached = packagesReachedFrom(fileURLToPath(new URL(entry, import.meta.url)))
    t.ok(reached.has('fastify'), `${entry}: its packages are found`)
    const devOnly = [...reached].filter(([name]) => name in manifest.devDependencies && !(name in manifest.dependencies))
    t.same(devOnly, [], `${entry} reaches only production dependencies${devOnly.map(([name, from]) => `\n  ${name} (from ${from})`).join('')}`)
  }
})
