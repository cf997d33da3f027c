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

/**
 * Stored shapes stay in db/: a type named `...Row` is a table's snake_case row, and the repositories map it to a
 * camelCase record before anything else sees it. One exception, named with its reason.
 */
const ROW_TYPE = /Row$/
const ROW_TYPES_ALLOWED_OUT: Record<string, string> = {
  // Keyed by the figure names of db/reporting/figures.ts, which the reports read by name (issue #10's reporting model).
  AggregateRow: 'the reporting aggregates',
}

export function rowViolations(file: string, named: { from: string; names: string[] }[]): Violation[] {
  if (layerOf(file) === 'db') return []
  return named.flatMap(({ from, names }) => {
    const target = from.startsWith('.') ? layerOf(path.normalize(path.join(path.dirname(file), from))) : null
    if (target !== 'db') return []
    return names.filter((n) => ROW_TYPE.test(n) && !(n in ROW_TYPES_ALLOWED_OUT))
      .map((n) => ({ file, imports: `${n} from ${from}`, rule: 'snake_case rows stay in db/ (map them to a record at the repository edge)' }))
  })
}

/** The names each import or re-export declaration of a file takes from each module. */
function namedImportsOf(file: string): { from: string; names: string[] }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: { from: string; names: string[] }[] = []
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause
      const names = bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))
        ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
        : []
      found.push({ from: statement.moduleSpecifier.text, names })
    }
  }
  return found
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

t.test('the row rule catches a row leaving db/', async (t) => {
  t.same(rowViolations('services/x.ts', [{ from: '../db/case.repository.js', names: ['CaseRow', 'findCase'] }]).map((v) => v.imports), ['CaseRow from ../db/case.repository.js'])
  t.same(rowViolations('http/routes/a/index.ts', [{ from: '../../../db/x.js', names: ['CorrespondenceRow'] }]).length, 1)
  t.same(rowViolations('db/alert.repository.ts', [{ from: './case.repository.js', names: ['CaseRow'] }]), [], 'inside db/ rows are at home')
  t.same(rowViolations('services/x.ts', [{ from: './y.js', names: ['SelfAssessmentRow'] }, { from: '../db/report.repository.js', names: ['AggregateRow'] }]), [], 'not from db/, or the named exception')
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

t.test('no snake_case row type leaves src/db', async (t) => {
  const files = sourceFiles(SRC)
  const found = files.flatMap((f) => rowViolations(path.relative(SRC, f), namedImportsOf(f)))
  t.same(found, [], found.map((v) => `${v.file} imports ${v.imports}: ${v.rule}`).join('\n') || 'no violations')
  // The reader finds the names: the rule is not passing for want of reading them.
  const caseQueue = namedImportsOf(path.join(SRC, 'services/case-queue.ts'))
  t.ok(caseQueue.some((i) => i.from === '../db/case.repository.js' && i.names.includes('findCaseByReference')), 'named imports are read')
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
