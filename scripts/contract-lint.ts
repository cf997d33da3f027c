/**
 * Lints the contract with Spectral: `spectral:oas` and the OWASP API Security ruleset, as openapi/spectral.ruleset.ts
 * configures them (with its justified exceptions). `npm run openapi:lint` prints the findings; the test suite
 * (test/openapi.test.ts) requires none at error or warning level.
 */
import spectralCore from '@stoplight/spectral-core'
import spectralParsers from '@stoplight/spectral-parsers'
import { ruleset } from '../openapi/spectral.ruleset.js'

const { Spectral, Document } = spectralCore

export interface Finding { severity: 'error' | 'warning' | 'info' | 'hint'; rule: string; message: string; path: string }
const SEVERITY = ['error', 'warning', 'info', 'hint'] as const

export async function spectralFindings(source: string): Promise<Finding[]> {
  const spectral = new Spectral()
  spectral.setRuleset(ruleset)
  const results = await spectral.run(new Document(source, spectralParsers.Json, 'openapi.json'))
  return results.map((r) => ({ severity: SEVERITY[r.severity] ?? 'error', rule: String(r.code), message: r.message, path: r.path.join('.') }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { committedContract } = await import('./contract.js')
  const findings = await spectralFindings((await committedContract()) ?? '')
  for (const f of findings) process.stdout.write(`${f.severity} ${f.rule} ${f.path}: ${f.message}\n`)
  process.stdout.write(`${findings.length} finding(s)\n`)
  process.exit(findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0)
}
