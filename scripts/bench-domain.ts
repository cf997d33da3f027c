/**
 * Benchmark: twenty-working-day deadlines per second on one core, from random start dates over 2019-2030.
 * Exits non-zero under the target so CI can run it. Run: npx tsx scripts/bench-domain.ts
 */
import { readFileSync } from 'node:fs'
import { addWorkingDays, createCalendar, formatEpochDay, parseIsoDate, type BankHolidaysFile } from '../src/domain/index.js'

const TARGET_OPS_PER_SEC = 1_000_000
const SAMPLES = 100_000
const ROUNDS = 30

const data = JSON.parse(readFileSync(new URL('../src/data/gov-uk-bank-holidays.json', import.meta.url), 'utf8')) as BankHolidaysFile
const cal = createCalendar(data, 'england-and-wales')

// Deterministic pseudo-random starts (LCG) so runs are comparable.
const first = parseIsoDate('2019-01-01') ?? 0
const span = (parseIsoDate('2030-12-31') ?? 0) - first + 1
let seed = 42
const starts = Array.from({ length: SAMPLES }, () => {
  seed = (seed * 1103515245 + 12345) >>> 0
  return formatEpochDay(first + (seed % span))
})

let sink = 0
const run = (): void => {
  for (const s of starts) sink += addWorkingDays(cal, s, 20).date.length
}
for (let i = 0; i < 3; i++) run() // warm up the JIT

const t0 = process.hrtime.bigint()
for (let i = 0; i < ROUNDS; i++) run()
const seconds = Number(process.hrtime.bigint() - t0) / 1e9
const opsPerSec = Math.round((SAMPLES * ROUNDS) / seconds)

console.log(`addWorkingDays(+20), string in/out: ${opsPerSec.toLocaleString('en-GB')} ops/sec (target ${TARGET_OPS_PER_SEC.toLocaleString('en-GB')}; checksum ${sink})`)
if (opsPerSec < TARGET_OPS_PER_SEC) {
  console.error('below target')
  process.exit(1)
}
