/**
 * `npm run seed:synthetic -- --cases 1000000 --councils 20 [--batch 1000] [--seed 42]`
 *
 * Fills the PostgreSQL database that DATABASE_URL names with realistic synthetic cases received over the three
 * years to today, for the reporting benchmark. Each case is played through the domain (decide/evolve) so its
 * state is one the service could have reached, and its report facts come from the same function the service
 * writes them with, so cases and facts agree. No personal data: intake holds only a channel and a summary
 * placeholder. History (case_events) is not written. Migrations run first; re-running adds more cases.
 */
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { sql, type Insertable } from 'kysely'
import {
  addWorkingDays, decide, evolve, resolvePolicy, londonDate,
  type CaseCommand, type CaseState, type Calendar, type Policy,
} from '../src/domain/index.js'
import { setReferenceSequence } from '../src/db/case.repository.js'
import { createDb } from '../src/db/create-db.js'
import type { CaseTable } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { insertReportFactsBatch } from '../src/db/report.repository.js'
import { rebuildSummaries } from '../src/db/reporting/summary-store.js'
import { createCalendars, loadBankHolidays } from '../src/services/calendars.js'
import { projectCase } from '../src/services/case-projection.js'
import { reportFacts } from '../src/services/report-facts.js'

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    councils: { type: 'string', default: '20' },
    batch: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
  },
})
const TOTAL = Number(args.cases)
const COUNCILS = Number(args.councils)
const BATCH = Number(args.batch)
const url = process.env.DATABASE_URL
if (!url) {
  process.stderr.write('DATABASE_URL must name a PostgreSQL database (a dedicated one: this adds many rows).\n')
  process.exit(1)
}

// Deterministic pseudo-random numbers (mulberry32) so two runs with one seed build the same data.
let state32 = Number(args.seed) >>> 0
function random(): number {
  state32 = (state32 + 0x6d2b79f5) >>> 0
  let x = state32
  x = Math.imul(x ^ (x >>> 15), x | 1)
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296
}
const chance = (p: number) => random() < p
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
function pick<T>(items: readonly (readonly [T, number])[]): T {
  let r = random() * items.reduce((s, [, w]) => s + w, 0)
  for (const [item, w] of items) if ((r -= w) < 0) return item
  return items[items.length - 1]![0]
}

const CHANNELS = [['web_form', 45], ['email', 25], ['phone', 18], ['letter', 4], ['in_person', 3], ['social_media', 2], ['councillor', 2], ['mp', 1]] as const
const AREAS = [['Waste', 30], ['Housing', 20], ['Council tax', 12], ['Benefits', 8], ['Planning', 7], ['Parking', 7], ['Environmental health', 4], ['Highways', 4], ['Leisure', 3], ['Customer services', 3], ['Licensing', 1], ['Legal', 1]] as const
const CATEGORIES = [['Missed collection', 25], ['Delay', 20], ['Staff conduct', 10], ['Communication', 12], ['Quality of service', 12], ['Policy', 6], ['Decision', 8], ['Charges', 5], ['Accessibility', 2]] as const
const OUTCOME = [['upheld', 45], ['not_upheld', 55]] as const
const REMEDY_TYPES = [['explanation', 20], ['action_on_delay', 15], ['decision_reconsidered', 6], ['record_amended', 4], ['policy_change', 3], ['other', 2]] as const
const OMBUDSMAN = [['upheld_fault', 30], ['no_fault', 15], ['not_investigated', 35], ['closed_after_initial_enquiries', 20]] as const

const DAY = 86_400_000
const today = londonDate(new Date())
const start = new Date(Date.parse(today) - 3 * 365 * DAY)

interface Built { state: CaseState; version: number; areas: string[]; categories: string[]; channel: string; lastOn: string }

/** One case's life, played through the domain up to today; a step that would fall after today is not taken. */
function life(cal: Calendar, policy: Policy, receivedAt: Date): Built {
  const receivedOn = londonDate(receivedAt)
  let lastOn = receivedOn
  const channel = pick(CHANNELS)
  const area = pick(AREAS)
  const categories = [...new Set([pick(CATEGORIES), ...(chance(0.25) ? [pick(CATEGORIES)] : [])])]
  let s: CaseState | null = null
  let version = 0
  let stopped = false
  const wd = (from: string, n: number) => addWorkingDays(cal, from, n).date
  const step = (on: string, command: CaseCommand, by = 'synthetic-officer'): boolean => {
    if (stopped || on > today) { stopped = true; return false }
    const r = decide(s, command, { now: `${on}T10:00:00Z`, policy, calendar: cal, actor: { subject: by, roles: ['complaints_team'] } })
    if (!r.ok) throw new Error(`${command.type} on ${on}: ${r.error.code} ${r.error.detail}`)
    for (const e of r.events) s = evolve(s, e)
    version++
    if (on > lastOn) lastOn = on
    return true
  }
  const response = (stage: 1 | 2, upheld: boolean, dueFrom: string) => ({
    stage, complaintDefinition: 'Synthetic complaint', findings: [{ aspect: 'service', finding: upheld ? 'upheld' as const : 'not_upheld' as const }],
    reasons: 'Synthetic reasons',
    remedies: upheld ? [
      { type: 'apology' as const, description: 'Apology', dueDate: wd(dueFrom, 2) },
      ...(chance(0.5) ? [{ type: pick(REMEDY_TYPES), description: 'Put right', dueDate: wd(dueFrom, int(5, 30)) }] : []),
      ...(chance(0.15) ? [{ type: 'financial' as const, description: 'Symbolic payment', dueDate: wd(dueFrom, 10), amountPence: int(5, 50) * 1000 }] : []),
    ] : [],
    ...(upheld ? {} : { noRemedyStatement: 'No fault found' }),
    outstandingActions: [], howToEscalate: stage === 1 ? 'Ask for stage 2' : 'Contact the Ombudsman',
  })

  step(receivedOn, { type: 'receive', receivedAt: receivedAt.toISOString(), channel, awareOn: null, anonymous: false, sensitive: false })
  const as = pick([['complaint', 75], ['service_request', 15], ['signposted', 10]] as const)
  step(receivedOn, as === 'signposted' ? { type: 'triage', as, signpostedTo: 'Another body', reason: 'Not ours' } : { type: 'triage', as })
  if (as !== 'complaint') return { state: s!, version, areas: [area], categories, channel, lastOn }
  const ackOn = wd(receivedOn, chance(0.9) ? int(0, 5) : int(6, 12))
  if (chance(0.06)) {
    const code = pick(policy.exclusions.map((e) => [e.code, 1] as const))
    step(ackOn, { type: 'acknowledge', decision: 'refused', exclusionCodes: [code], explanation: 'Outside the procedure', ombudsmanRightGiven: true })
    return { state: s!, version, areas: [area], categories, channel, lastOn }
  }
  if (!step(ackOn, { type: 'acknowledge', decision: 'accepted' })) return { state: s!, version, areas: [area], categories, channel, lastOn }
  step(ackOn, { type: 'assign', serviceArea: area, handler: `officer-${int(1, 40)}` })
  if (chance(0.03)) {
    const on = wd(ackOn, int(1, 5))
    step(on, { type: 'withdraw', withdrawnOn: on, how: 'by phone' })
    return { state: s!, version, areas: [area], categories, channel, lastOn }
  }
  let extra = 0
  if (chance(0.05)) {
    const on = wd(ackOn, 2)
    const days = int(1, 5)
    if (step(on, { type: 'pause', reason: 'Waiting for information' })) {
      step(wd(on, days), { type: 'resume' })
      extra += days
    }
  }
  if (chance(0.18)) {
    const days = chance(0.1) ? int(11, 20) : int(3, 10)
    const on = wd(ackOn, 7 + extra)
    if (step(on, { type: 'extend', reason: 'Complex', toldPersonOn: on, ombudsmanDetailsGiven: true, workingDays: days, ...(days > 10 ? { goodReason: 'Awaiting a third party' } : {}) })) extra += days
  }
  const respondedOn = wd(ackOn, Math.max(1, (chance(0.85) ? int(3, 10) : int(11, 16)) + extra))
  const upheld = pick(OUTCOME) === 'upheld'
  if (!step(respondedOn, { type: 'respond_stage1', response: response(1, upheld, respondedOn) })) return { state: s!, version, areas: [area], categories, channel, lastOn }
  for (const r of s!.remedies) {
    const done = chance(0.8) ? r.dueDate : wd(r.dueDate, int(1, 5))
    if (chance(0.85)) step(done, { type: 'complete_remedy', remedyId: r.id, completedOn: done })
  }
  if (!chance(0.18)) return { state: s!, version, areas: [area], categories, channel, lastOn }
  const escOn = wd(respondedOn, int(1, 15))
  if (!step(escOn, { type: 'escalate', requestedAt: `${escOn}T09:00:00Z`, channel: 'email' })) return { state: s!, version, areas: [area], categories, channel, lastOn }
  const ack2 = wd(escOn, chance(0.92) ? int(1, 5) : int(6, 9))
  if (!step(ack2, { type: 'acknowledge_stage2' })) return { state: s!, version, areas: [area], categories, channel, lastOn }
  const resp2 = wd(ack2, chance(0.8) ? int(8, 20) : int(21, 30))
  const upheld2 = upheld || chance(0.15)
  if (!step(resp2, { type: 'respond_stage2', agreesWithStage1: upheld2 === upheld, response: response(2, upheld2, resp2) }, 'synthetic-reviewer')) return { state: s!, version, areas: [area], categories, channel, lastOn }
  if (chance(0.12)) {
    const referredOn = wd(resp2, int(10, 60))
    if (step(referredOn, { type: 'refer_to_ombudsman', referredOn, reference: `SYN ${int(10000, 99999)}` }) && chance(0.7)) {
      const decidedOn = wd(referredOn, int(20, 80))
      step(decidedOn, { type: 'record_ombudsman_decision', decidedOn, decision: pick(OMBUDSMAN), recommendedRemedies: [] })
    }
  }
  return { state: s!, version, areas: [area], categories, channel, lastOn }
}

/** Every ISO date in a serialised state moved by whole weeks (instants keep their time of day). */
function shifted(json: string, days: number, cache: Map<string, string>): string {
  return json.replace(/\d{4}-\d{2}-\d{2}/g, (d) => {
    let out = cache.get(d)
    if (out === undefined) {
      out = new Date(Date.parse(d) + days * DAY).toISOString().slice(0, 10)
      cache.set(d, out)
    }
    return out
  })
}

/**
 * Playing a life through the domain costs ~2 ms (mostly time-zone arithmetic), too slow for a million cases. So a
 * pool of lives is played once and each case is one of them moved by whole weeks to a random receipt date
 * (weekdays stay weekdays; near a bank holiday a stored due date may differ by a day from a fresh count).
 * A case whose moved life would run past today is played through the domain instead, so that open cases stop
 * where today stops them.
 */
function makeCase(cal: Calendar, policy: Policy, pool: Built[], shiftCaches: Map<number, Map<string, string>>): Built {
  const receivedAt = new Date(start.getTime() + random() * (Date.parse(today) - start.getTime()) + 8 * 3600_000)
  const template = pool[Math.floor(random() * pool.length)]!
  const weeks = Math.round((receivedAt.getTime() - Date.parse(template.state.receivedOn)) / (7 * DAY))
  const days = weeks * 7
  const lastOn = new Date(Date.parse(template.lastOn) + days * DAY).toISOString().slice(0, 10)
  if (lastOn > today || pool.length < 1) return life(cal, policy, receivedAt)
  let cache = shiftCaches.get(days)
  if (cache === undefined) shiftCaches.set(days, (cache = new Map<string, string>()))
  return { ...template, state: JSON.parse(shifted(JSON.stringify(template.state), days, cache)) as CaseState, lastOn }
}

/** A progress bar on a terminal (redrawn in place), a line every 5 % otherwise. */
let shown = -1
function progress(written: number, waited: number): void {
  const elapsed = (Date.now() - startedAt) / 1000
  const rate = written / Math.max(elapsed, 0.001)
  const pct = Math.floor((written / TOTAL) * 100)
  const eta = Math.round((TOTAL - written) / Math.max(rate, 1))
  const bar = `${'#'.repeat(Math.floor(pct / 4)).padEnd(25, '.')}`
  const line = `[${bar}] ${String(pct).padStart(3)} % ${written}/${TOTAL} cases, ${Math.round(rate)}/s, ${Math.round(waited / 1000)} s waiting for the database, about ${eta} s left`
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${written === TOTAL ? '\n' : ''}`)
  else if (Math.floor(pct / 5) !== shown || written === TOTAL) { shown = Math.floor(pct / 5); process.stderr.write(`${line}\n`) }
}
const startedAt = Date.now()

const database = await createDb({ kind: 'postgres', url, poolMax: 4 })
const db = database.db
try {
  await migrateToLatest(db)
  const calendar = createCalendars(await loadBankHolidays(null)).get('england-and-wales')
  const resolved = resolvePolicy('lgsco-2024', { clockMayPause: true })
  if (!resolved.ok) throw new Error('policy')
  const policy = resolved.policy
  const policyJson = JSON.stringify(policy)

  const councils: { id: string; prefix: string }[] = []
  for (let i = 1; i <= COUNCILS; i++) {
    const slug = `synthetic-${String(i).padStart(2, '0')}`
    const prefix = `SY${String(i).padStart(2, '0')}`
    const row = await db.insertInto('councils').values({ slug, name: `Synthetic Council ${i}`, reference_prefix: prefix, bank_holiday_division: 'england-and-wales' })
      .onConflict((oc) => oc.column('slug').doUpdateSet({ name: `Synthetic Council ${i}` })).returning('id').executeTakeFirstOrThrow()
    await db.insertInto('council_policies').values({ council_id: row.id, version: 1, preset: 'lgsco-2024', overrides: JSON.stringify({ clockMayPause: true }), policy: policyJson, created_by: 'seed-synthetic' })
      .onConflict((oc) => oc.columns(['council_id', 'version']).doNothing()).execute()
    councils.push({ id: row.id, prefix })
  }
  // References continue each council's yearly sequence (case_reference_<council id, hex>_<year>).
  const counters = new Map<string, number>()
  const byHex = new Map(councils.map((c) => [c.id.replaceAll('-', ''), c.id]))
  for (const r of (await sql<{ name: string; last: number | null }>`select sequencename as name, last_value as last from pg_sequences where sequencename like 'case_reference_%'`.execute(db)).rows) {
    const [, hex, year] = /^case_reference_([0-9a-f]{32})_(\d{4})$/.exec(r.name) ?? []
    const id = hex ? byHex.get(hex) : undefined
    if (id && r.last !== null) counters.set(`${id}|${year}`, Number(r.last))
  }

  // Lives received in the first half-year, so that most moved copies end before today.
  const pool: Built[] = []
  for (let i = 0; i < Math.min(5000, TOTAL); i++) pool.push(life(calendar, policy, new Date(start.getTime() + random() * 180 * DAY + 8 * 3600_000)))
  const shiftCaches = new Map<number, Map<string, string>>()
  const t0 = Date.now()
  let waited = 0
  // Two batches in flight: PostgreSQL writes on two connections while the next batch is generated.
  const inFlight: Promise<void>[] = []
  for (let done = 0; done < TOTAL; done += BATCH) {
    const cases: Insertable<CaseTable>[] = []
    const facts: ReturnType<typeof reportFacts>[] = []
    for (let i = 0; i < Math.min(BATCH, TOTAL - done); i++) {
      // Councils differ in size, as they do: the first is about five times the last.
      const council = councils[Math.min(COUNCILS - 1, Math.floor(COUNCILS * random() ** 1.6))]!
      const b = makeCase(calendar, policy, pool, shiftCaches)
      const year = Number(b.state.receivedOn.slice(0, 4))
      const key = `${council.id}|${year}`
      const n = (counters.get(key) ?? 0) + 1
      counters.set(key, n)
      const id = randomUUID()
      const p = projectCase(b.state, policy, calendar)
      const now = new Date()
      cases.push({
        id, council_id: council.id, reference: `${council.prefix}-${year}-${String(n).padStart(6, '0')}`, version: b.version, policy_version: 1,
        policy: policyJson, state: JSON.stringify(b.state), intake: JSON.stringify({ channel: b.channel, summary: 'Synthetic case', serviceAreas: b.areas, categories: b.categories }),
        status: p.status, kind: p.kind, stage: p.stage, channel: b.channel, received_at: b.state.receivedAt, received_on: b.state.receivedOn,
        sensitive: false, anonymous: false, service_areas: b.areas, categories: b.categories, lead_service_area: p.leadServiceArea,
        handler: p.handler, stage2_handler: p.stage2Handler, created_by: 'seed-synthetic', next_due_on: p.nextDueOn, next_due_kind: p.nextDueKind,
        escalation_window_ends_on: p.escalationWindowEndsOn, open_remedies: p.openRemedies, next_remedy_due_on: p.nextRemedyDueOn,
        linked_case_id: null, crm_reference: null, created_at: now, updated_at: now,
      })
      facts.push(reportFacts({ id, councilId: council.id, channel: b.channel, serviceAreas: b.areas, categories: b.categories }, b.state, policy, calendar))
    }
    const tg = Date.now()
    if (inFlight.length >= 2) await inFlight.shift()
    waited += Date.now() - tg
    inFlight.push(db.transaction().execute(async (trx) => {
      const a = Date.now()
      await trx.insertInto('cases').values(cases).execute()
      const b = Date.now()
      await insertReportFactsBatch(trx, facts)
      if (process.env.SEED_TRACE) process.stdout.write(`cases ${b - a} ms, facts ${Date.now() - b} ms\n`)
    }))
    progress(done + cases.length, waited)
  }
  await Promise.all(inFlight)
  for (const [key, last] of counters) {
    const [councilId, year] = key.split('|') as [string, string]
    await setReferenceSequence(db, councilId, Number(year), last)
  }
  process.stderr.write('counting the report summaries from the facts...\n')
  const tr = Date.now()
  await rebuildSummaries(db)
  process.stderr.write(`summaries counted in ${((Date.now() - tr) / 1000).toFixed(1)} s\n`)
  // Vacuum sets the visibility map, so that the reports' covering indexes answer without visiting the table.
  await sql`vacuum analyze cases, case_report_facts, case_report_remedies`.execute(db)
  process.stdout.write(`seeded ${TOTAL} cases over ${COUNCILS} councils in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`)
} finally {
  await database.close()
}
