/**
 * `npm run bench:reports [-- --runs 21]`: times the reports on the database DATABASE_URL names (fill it first
 * with `npm run seed:synthetic`). Prints the median of repeated runs, after warm-up, for one council's annual
 * report (the largest council) and for a year's performance figures across all councils, against the targets
 * of 50 ms and 500 ms, with the machine they ran on. Exits non-zero when a target is missed.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { londonDate } from '../src/domain/index.js'
import { createDb } from '../src/db/create-db.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { annualReport } from '../src/services/annual-report.js'
import { caseload } from '../src/services/caseload.js'
import { createCalendars, loadBankHolidays } from '../src/services/calendars.js'
import { performanceFigures } from '../src/services/reports.js'

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '21' }, warmup: { type: 'string', default: '3' } } })
const RUNS = Number(args.runs)
const WARMUP = Number(args.warmup)
const url = process.env.DATABASE_URL
if (!url) {
  process.stderr.write('DATABASE_URL must name the PostgreSQL database to time (fill it with npm run seed:synthetic).\n')
  process.exit(1)
}

async function median(name: string, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint()
    await run()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  const m = times[Math.floor(times.length / 2)]!
  process.stdout.write(`${name.padEnd(58)} median ${m.toFixed(1).padStart(7)} ms  (min ${times[0]!.toFixed(1)}, max ${times[times.length - 1]!.toFixed(1)}, ${RUNS} runs)\n`)
  return m
}

const database = await createDb({ kind: 'postgres', url, poolMax: 10 })
const db = database.db
try {
  await migrateToLatest(db)
  const calendar = createCalendars(await loadBankHolidays(null)).get('england-and-wales')
  const today = londonDate(new Date())
  // The last whole financial year before today.
  const year = Number(today.slice(0, 4)) - (today.slice(5) >= '04-01' ? 1 : 2)
  const from = `${year}-04-01`
  const to = `${year + 1}-03-31`
  const councils = await db.selectFrom('case_report_facts').innerJoin('councils', 'councils.id', 'case_report_facts.council_id')
    .select(['councils.id', 'councils.name', (eb) => eb.fn.countAll<number>().as('cases')])
    .groupBy(['councils.id', 'councils.name']).orderBy('cases', 'desc').execute()
  if (councils.length === 0) throw new Error('no cases: run npm run seed:synthetic first')
  const total = councils.reduce((s, c) => s + Number(c.cases), 0)
  const largest = councils[0]!
  const version = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]?.v ?? ''
  const yearCases = await db.selectFrom('case_report_facts').select((eb) => eb.fn.countAll<number>().as('n')).where('received_on', '>=', from).where('received_on', '<=', to).executeTakeFirstOrThrow()
  process.stdout.write(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${version.split(' on ')[0]}\n` +
    `data: ${total} cases in ${councils.length} councils; ${yearCases.n} received in ${from}..${to}; largest council ${largest.cases} cases\n`,
  )
  const annual = await median(`annual report ${year}-${(year + 1) % 100}, largest council (JSON)`, () =>
    annualReport(db, { id: largest.id, name: largest.name }, { kind: 'annual', year }, today, calendar))
  const typical = councils[Math.floor(councils.length / 2)]!
  await median(`annual report, median-sized council (${typical.cases} cases)`, () =>
    annualReport(db, { id: typical.id, name: typical.name }, { kind: 'annual', year }, today, calendar))
  await median(`half-year report ${year} H1, largest council`, () =>
    annualReport(db, { id: largest.id, name: largest.name }, { kind: 'half-year', year, half: 1 }, today, calendar))
  const ids = councils.map((c) => c.id)
  const perf = await median(`performance ${from}..${to}, all ${ids.length} councils, by month`, () =>
    performanceFigures(db, { councilIds: ids, from, to, groupBy: 'month', today, calendar }))
  await median(`performance ${from}..${to}, all councils, total only`, () =>
    performanceFigures(db, { councilIds: ids, from, to, groupBy: 'none', today, calendar }))
  await median(`performance ${from}..${to}, all councils, by service area`, () =>
    performanceFigures(db, { councilIds: ids, from, to, groupBy: 'serviceArea', today, calendar }))
  // Issue #13: every report of the largest council's year within 50 ms; all councils' year within 300 ms.
  const largestReports = [annual]
  for (const groupBy of ['none', 'month', 'serviceArea', 'category', 'channel'] as const) {
    largestReports.push(await median(`performance ${from}..${to}, largest council, ${groupBy === 'none' ? 'total only' : `by ${groupBy}`}`, () =>
      performanceFigures(db, { councilIds: [largest.id], from, to, groupBy, today, calendar })))
  }
  largestReports.push(await median('caseload by holder now, largest council', () => caseload(db, largest.id, today, calendar)))
  const slowest = Math.max(...largestReports)
  const ok = slowest < 50 && perf < 300
  process.stdout.write(`targets: every largest-council report < 50 ms ${slowest < 50 ? 'met' : 'MISSED'} (slowest ${slowest.toFixed(1)} ms); ` +
    `all councils' year < 300 ms ${perf < 300 ? 'met' : 'MISSED'}\n`)
  if (!ok) process.exitCode = 1
} finally {
  await database.close()
}
