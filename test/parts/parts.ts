import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import tap from 'tap'
import { forgetEarlierFiles } from '../helpers/build.js'
import { runningFile } from '../loader/file-root.js'

/**
 * `npm test` runs the test files in PARTS processes rather than one process each: a process spends 4-5 s of CPU
 * before its first test (Node and tap, the app's imports, the first app's schema compilation), which over 100
 * files was most of the suite's time. Each file is a subtest of its part, with its own `t` (test/loader/
 * file-root.ts), its own database and its own 600 s timeout, one file after another. Two parts run at a time
 * (`jobs` in .taprc). `npx tap <file>` still runs a file alone, as its own process. A new test file needs no
 * registration: the parts list test/ when they start.
 */
export const PARTS = 4

const TEST_DIR = path.resolve(import.meta.dirname, '..')

/** Every test file but the parts, as tap's default include and exclude would find them (no fixture folders). */
export function testFiles(): string[] {
  return readdirSync(TEST_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith('parts/') && !/(^|\/)fixtures?\//.test(file))
    .sort()
}

/** Runs every PARTS-th file, starting at the part's number (1-based). */
export async function runPart(part: number): Promise<void> {
  // The part's own timeout is generous: each file has the usual one.
  tap.setTimeout(3_600_000)
  await runFiles(testFiles().filter((_, i) => i % PARTS === part - 1))
}

/** Runs the files (paths under test/) one after another, each as a subtest with its own `t`. */
export async function runFiles(files: string[]): Promise<void> {
  for (const file of files) {
    await tap.test(`test/${file}`, { timeout: 600_000 }, async (t) => {
      runningFile(t)
      forgetEarlierFiles()
      await import(pathToFileURL(path.join(TEST_DIR, file)).href)
    })
  }
  runningFile(tap)
}
