// How test processes run the TypeScript sources (in place of tap's ts-node plugin, which spent 6-7 s of CPU per test
// process compiling the imports). esbuild strips the types of one file at a time, with no type checking
// (`npm run typecheck` does that once) and no minification, and inlines a source map: stack traces and the
// coverage report (V8's byte ranges mapped back through the map) name the .ts lines.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'

const TYPESCRIPT = /\.m?ts$/
const TEST_FILE = /\.test\.ts$/
const FILE_ROOT = new URL('./file-root.ts', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  // A test file's `import t from 'tap'` is its own test (file-root.ts), so that test/parts/ can run several in one
  // process.
  if (specifier === 'tap' && context.parentURL && TEST_FILE.test(context.parentURL)) {
    return { url: FILE_ROOT, shortCircuit: true }
  }
  // NodeNext sources import each other by their emitted names ('./app.js' for app.ts).
  if (context.parentURL && TYPESCRIPT.test(context.parentURL) && /^\.\.?\/.*\.js$/.test(specifier)) {
    try {
      return await nextResolve(`${specifier.slice(0, -3)}.ts`, context)
    } catch {
      // not a TypeScript source: resolve the .js file as named
    }
  }
  return nextResolve(specifier, context)
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TYPESCRIPT.test(url)) return nextLoad(url, context)
  const file = fileURLToPath(url)
  const { code } = await transform(await readFile(file, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    // The running Node's own version: with a lower target esbuild drops syntax it thinks too new, such as the
    // `with { type: 'json' }` of a JSON import.
    target: `node${process.versions.node}`,
    sourcemap: 'inline',
    sourcefile: file,
  })
  return { format: 'module', source: code, shortCircuit: true }
}
