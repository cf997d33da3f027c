/**
 * The performance figures: each one counts the cases whose own date for it falls in the period (received on for
 * volumes, the due date for timeliness, the response date for outcomes and working days, the offer for remedies).
 * Assembled from a handful of aggregates over case_report_facts; no personal data is ever read.
 */
import type { Kysely } from 'kysely'
import { addWorkingDays, type Calendar } from '../domain/index.js'
import type { Database } from '../db/database.js'
import {
  liveBreakdown, liveOverdueRemedies, liveRemedies, liveSource, openNow, summarised, summarisedRemedies,
  type AggregateRow, type GroupBy, type ReportQuery,
} from '../db/report.repository.js'

export interface Measure { count: number; percent: number | null }

export interface Timeliness { due: number; met: Measure; late: Measure; pending: Measure }

export interface ResponseTimeliness {
  due: number
  withinCodeTimescale: Measure
  withinExtendedDate: Measure
  late: Measure
  pending: Measure
  extended: Measure
  extendedWithinCap: Measure
  extendedBeyondCap: Measure
  paused: Measure
  pausedWorkingDays: number
}

export interface StageOutcomes {
  responded: number
  upheld: number
  notUpheld: number
  detailed: { upheld: number; partlyUpheld: number; notUpheld: number }
  workingDaysToRespond: { average: number | null; p90: number | null }
}

export interface StageFigures { acknowledgement: Timeliness; response: ResponseTimeliness; outcomes: StageOutcomes }

export interface RemedyFigures { type: string; offered: number; done: number; open: number; overdue: number; undeliverable: number }

export interface PerformanceGroup {
  key: string
  volumes: {
    received: number; complaints: number; serviceRequests: number; signposted: number; untriaged: number
    accepted: number; refused: number; withdrawn: number
    refusedByCatalogueEntry: { code: string; count: number }[]
  }
  stage1: StageFigures
  stage2: StageFigures
  escalations: { requested: number; rate: number | null; refused: number; finalAtStage1: number }
  ombudsman: { referred: number; decided: number; decisions: { upheldFault: number; noFault: number; notInvestigated: number; closedAfterInitialEnquiries: number } }
  remedies: { offered: number; done: number; open: number; overdue: number; undeliverable: number; financialTotalPence: number; byType: RemedyFigures[] }
  dataQuality: { actionsKeyedLate: number; casesWithActionsKeyedLate: number }
}

export interface OpenNow { open: number; stage1: number; stage2: number; overdue: number; dueWithin5WorkingDays: number }

export interface PerformanceReport {
  from: string
  to: string
  groupBy: GroupBy
  asAt: string
  total: PerformanceGroup
  groups: PerformanceGroup[]
  openNow: OpenNow
}

const percent = (count: number, of: number): number | null => (of > 0 ? Math.round((count * 1000) / of) / 10 : null)
const measure = (count: number, of: number): Measure => ({ count, percent: percent(count, of) })
const num = (row: AggregateRow | undefined, column: string): number => Number(row?.[column] ?? 0)

function timeliness(r: AggregateRow | undefined): Timeliness {
  const due = num(r, 'due')
  return { due, met: measure(num(r, 'met'), due), late: measure(num(r, 'late'), due), pending: measure(num(r, 'pending'), due) }
}

function responseTimeliness(r: AggregateRow | undefined): ResponseTimeliness {
  const due = num(r, 'due')
  const m = (c: string) => measure(num(r, c), due)
  return {
    due,
    withinCodeTimescale: m('within_code'), withinExtendedDate: m('within_extended'), late: m('late'), pending: m('pending'),
    extended: m('extended'), extendedWithinCap: m('extended_within_cap'), extendedBeyondCap: m('extended_beyond_cap'),
    paused: m('paused'), pausedWorkingDays: num(r, 'paused_days'),
  }
}

/** Mean and 90th percentile (continuous, as PostgreSQL's percentile_cont) from a histogram of working days. */
function workingDays(histogram: AggregateRow[]): StageOutcomes['workingDaysToRespond'] {
  const bins = histogram.filter((r) => r.value !== null).map((r) => [Number(r.value), num(r, 'count')] as const).sort((a, b) => a[0] - b[0])
  const total = bins.reduce((s, [, c]) => s + c, 0)
  if (total === 0) return { average: null, p90: null }
  const at = (index: number): number => {
    let seen = 0
    for (const [value, count] of bins) if ((seen += count) > index) return value
    return bins[bins.length - 1]![0]
  }
  const pos = 0.9 * (total - 1)
  const lower = at(Math.floor(pos))
  const p90 = lower + (pos - Math.floor(pos)) * (at(Math.ceil(pos)) - lower)
  const round1 = (x: number) => Math.round(x * 10) / 10
  return { average: round1(bins.reduce((s, [v, c]) => s + v * c, 0) / total), p90: round1(p90) }
}

function stageOutcomes(r: AggregateRow | undefined, histogram: AggregateRow[]): StageOutcomes {
  return {
    responded: num(r, 'responded'), upheld: num(r, 'upheld'), notUpheld: num(r, 'not_upheld'),
    detailed: { upheld: num(r, 'detailed_upheld'), partlyUpheld: num(r, 'detailed_partly_upheld'), notUpheld: num(r, 'detailed_not_upheld') },
    workingDaysToRespond: workingDays(histogram),
  }
}

type Sources = Record<'volumes' | 'refusals' | 'ack1' | 'ack2' | 'resp1' | 'resp2' | 'out1' | 'out2' | 'wd1' | 'wd2' | 'esc' | 'ombRef' | 'ombDec' | 'dataQuality' | 'remedies', AggregateRow[]>

/** Rows of one source for a council, indexed by group key ('' for the total). */
function index(rows: AggregateRow[], councilId: string): Map<string, AggregateRow[]> {
  const map = new Map<string, AggregateRow[]>()
  for (const r of rows) {
    if (r.council_id !== councilId) continue
    const key = r.key ?? ''
    map.set(key, [...(map.get(key) ?? []), r])
  }
  return map
}

function group(key: string, at: (source: keyof Sources) => AggregateRow[]): PerformanceGroup {
  const one = (source: keyof Sources) => at(source)[0]
  const v = one('volumes')
  const stage1Responded = num(one('out1'), 'responded')
  const e = one('esc')
  const d = one('ombDec')
  const byType: RemedyFigures[] = at('remedies').map((r) => ({
    type: String(r.type), offered: num(r, 'offered'), done: num(r, 'done'), open: num(r, 'open'), overdue: num(r, 'overdue'), undeliverable: num(r, 'undeliverable'),
  })).sort((a, b) => a.type.localeCompare(b.type))
  const sum = (f: keyof Omit<RemedyFigures, 'type'>) => byType.reduce((s, r) => s + r[f], 0)
  return {
    key,
    volumes: {
      received: num(v, 'received'), complaints: num(v, 'complaints'), serviceRequests: num(v, 'service_requests'), signposted: num(v, 'signposted'),
      untriaged: num(v, 'untriaged'), accepted: num(v, 'accepted'), refused: num(v, 'refused'), withdrawn: num(v, 'withdrawn'),
      refusedByCatalogueEntry: at('refusals').map((r) => ({ code: String(r.code), count: num(r, 'count') })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    },
    stage1: { acknowledgement: timeliness(one('ack1')), response: responseTimeliness(one('resp1')), outcomes: stageOutcomes(one('out1'), at('wd1')) },
    stage2: { acknowledgement: timeliness(one('ack2')), response: responseTimeliness(one('resp2')), outcomes: stageOutcomes(one('out2'), at('wd2')) },
    escalations: { requested: num(e, 'requested'), rate: percent(num(e, 'requested'), stage1Responded), refused: num(e, 'refused'), finalAtStage1: num(e, 'final_at_stage1') },
    ombudsman: {
      referred: num(one('ombRef'), 'referred'), decided: num(d, 'decided'),
      decisions: { upheldFault: num(d, 'upheld_fault'), noFault: num(d, 'no_fault'), notInvestigated: num(d, 'not_investigated'), closedAfterInitialEnquiries: num(d, 'closed_after_initial_enquiries') },
    },
    remedies: {
      offered: sum('offered'), done: sum('done'), open: sum('open'), overdue: sum('overdue'), undeliverable: sum('undeliverable'),
      financialTotalPence: at('remedies').reduce((s, r) => s + num(r, 'amount_pence'), 0), byType,
    },
    dataQuality: { actionsKeyedLate: num(one('dataQuality'), 'actions_keyed_late'), casesWithActionsKeyedLate: num(one('dataQuality'), 'cases_keyed_late') },
  }
}

function monthsOf(from: string, to: string): string[] {
  const months: string[] = []
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))]
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    if (key > last) return months
    months.push(key)
    if (++m > 12) { m = 1; y++ }
  }
}

type LiveSources = Omit<Sources, 'remedies'>

const SOURCES = ['volumes', 'ack1', 'ack2', 'resp1', 'resp2', 'out1', 'out2', 'esc', 'ombRef', 'ombDec', 'dataQuality'] as const
const BREAKDOWNS = ['refusals', 'wd1', 'wd2'] as const

type LiveName = keyof LiveSources
const LIVE_NAMES: readonly LiveName[] = [...SOURCES, ...BREAKDOWNS]
const isBreakdown = (name: LiveName): name is (typeof BREAKDOWNS)[number] => (BREAKDOWNS as readonly LiveName[]).includes(name)

/** The figures named (every figure but the remedies unless told), counted live from case_report_facts over [q.from, q.to]. */
export async function live<K extends LiveName>(db: Kysely<Database>, q: ReportQuery, names: readonly K[] = LIVE_NAMES as readonly K[]): Promise<Pick<LiveSources, K>> {
  // Independent aggregates: on PostgreSQL they run side by side on the pool's connections.
  const rows = await Promise.all(names.map((name) => (isBreakdown(name) ? liveBreakdown(db, q, name) : liveSource(db, q, name))))
  const out = {} as Pick<LiveSources, K>
  names.forEach((name, i) => { out[name] = rows[i]! })
  return out
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`)
const iso = (d: Date): string => d.toISOString().slice(0, 10)
const firstOf = (date: string): string => `${date.slice(0, 7)}-01`
const addMonths = (month: string, n: number): string => { const d = day(month); d.setUTCMonth(d.getUTCMonth() + n); return iso(d) }
const addDays = (date: string, n: number): string => { const d = day(date); d.setUTCDate(d.getUTCDate() + n); return iso(d) }

/**
 * Which part of [from, to] the monthly summaries answer: the whole months in it that end before today (where a
 * duty not done is late), and the rest (part months at either end, this month and later) counted live.
 */
export function plan(from: string, to: string, today: string): { months: { from: string; to: string } | null; live: { from: string; to: string }[] } {
  const first = from.endsWith('-01') ? from : addMonths(firstOf(from), 1)
  const lastByTo = addDays(to, 1).endsWith('-01') ? firstOf(to) : addMonths(firstOf(to), -1)
  const lastByToday = addMonths(firstOf(today), -1)
  const last = lastByTo < lastByToday ? lastByTo : lastByToday
  if (from > to || first > last) return { months: null, live: from > to ? [] : [{ from, to }] }
  const ranges: { from: string; to: string }[] = []
  if (from < first) ranges.push({ from, to: addDays(first, -1) })
  const after = addMonths(last, 1)
  if (after <= to) ranges.push({ from: after, to })
  return { months: { from: first, to: last }, live: ranges }
}

/** One row per council, key and `by` value: the counts of rows from different parts of the period added up. */
function merge(rows: AggregateRow[], by: string | null = null): AggregateRow[] {
  const sums = new Map<string, AggregateRow>()
  for (const r of rows) {
    const k = `${r.council_id}|${r.key ?? '\u0000'}|${by === null ? '' : String(r[by])}`
    const s = sums.get(k)
    if (s === undefined) { sums.set(k, { ...r }); continue }
    for (const [c, value] of Object.entries(r)) if (c !== by && typeof value === 'number') s[c] = Number(s[c] ?? 0) + value
  }
  return [...sums.values()]
}

const BY: Partial<Record<keyof LiveSources, string>> = { refusals: 'code', wd1: 'value', wd2: 'value' }

/** The figures named (every figure but the remedies unless told) over [q.from, q.to]: whole past months from the summaries, the rest live. */
async function counted<K extends LiveName>(db: Kysely<Database>, q: ReportQuery, names: readonly K[] = LIVE_NAMES as readonly K[]): Promise<Pick<LiveSources, K>> {
  const p = plan(q.from, q.to, q.today)
  const parts: Pick<LiveSources, K>[] = await Promise.all([
    ...p.live.map((r) => live(db, { ...q, from: r.from, to: r.to }, names)),
    ...(p.months === null ? [] : [summarised(db, q.councilIds, q.groupBy, p.months.from, p.months.to)]),
  ])
  const out = {} as Pick<LiveSources, K>
  for (const name of names) {
    out[name] = parts.length === 1 ? parts[0]![name] : merge(parts.flatMap((part) => part[name]), BY[name] ?? null)
  }
  return out
}

/** The outcomes at each stage over [q.from, q.to] by q.groupBy, as outcomes() counts them; no other figure is counted. */
export async function stageOutcomeRows(db: Kysely<Database>, q: ReportQuery): Promise<[AggregateRow[], AggregateRow[]]> {
  const c = await counted(db, q, ['out1', 'out2'])
  return [c.out1, c.out2]
}

/**
 * Remedies offered in [q.from, q.to]: whole months from the summary (none of its counts depend on today but
 * overdue, which it holds by the month due), the rest live, and the open ones due earlier this month live.
 */
async function remedyRows(db: Kysely<Database>, q: ReportQuery): Promise<AggregateRow[]> {
  const p = plan(q.from, q.to, '9999-12-31')
  const thisMonth = firstOf(q.today)
  const parts = await Promise.all([
    ...p.live.map((r) => liveRemedies(db, { ...q, from: r.from, to: r.to })),
    ...(p.months === null ? [] : [
      summarisedRemedies(db, q.councilIds, q.groupBy, p.months.from, p.months.to, q.today),
      thisMonth >= q.today ? Promise.resolve([]) : liveOverdueRemedies(db, { ...q, from: p.months.from, to: addDays(addMonths(p.months.to, 1), -1) }, thisMonth),
    ]),
  ])
  return parts.length === 1 && p.months === null ? parts[0]! : merge(parts.flat(), 'type')
}

async function gather(db: Kysely<Database>, q: ReportQuery): Promise<Sources> {
  const [c, rems] = await Promise.all([counted(db, q), remedyRows(db, q)])
  const month = (rows: AggregateRow[]) => (q.groupBy === 'month' ? rows.map((r): AggregateRow => ({ ...r, key: r.key === null ? null : r.key.slice(0, 7) })) : rows)
  // Where each case is in one group the council's total (key null) is the sum of its groups; by category a case
  // may be in several, so there the totals are queried on their own (performanceFigures).
  const total = (rows: AggregateRow[], by: string | null = null): AggregateRow[] => {
    const grouped = month(rows)
    if (q.groupBy === 'none' || q.groupBy === 'category') return grouped
    const sums = new Map<string, AggregateRow>()
    for (const r of grouped) {
      const k = `${r.council_id}|${by === null ? '' : String(r[by])}`
      const s: AggregateRow = sums.get(k) ?? { council_id: r.council_id, key: null, ...(by === null ? {} : { [by]: r[by] ?? null }) }
      for (const [col, value] of Object.entries(r)) if (col !== by && typeof value === 'number') s[col] = Number(s[col] ?? 0) + value
      sums.set(k, s)
    }
    return [...grouped, ...sums.values()]
  }
  return {
    volumes: total(c.volumes), refusals: total(c.refusals, 'code'), ack1: total(c.ack1), ack2: total(c.ack2), resp1: total(c.resp1), resp2: total(c.resp2),
    out1: total(c.out1), out2: total(c.out2), wd1: total(c.wd1, 'value'), wd2: total(c.wd2, 'value'), esc: total(c.esc), ombRef: total(c.ombRef),
    ombDec: total(c.ombDec), dataQuality: total(c.dataQuality), remedies: total(rems, 'type'),
  }
}

export interface PerformanceRequest {
  councilIds: string[]
  from: string
  to: string
  groupBy: GroupBy
  today: string
  calendar: Calendar
}

/** The figures for each council asked for, keyed by council id. */
export async function performanceFigures(db: Kysely<Database>, r: PerformanceRequest): Promise<Map<string, PerformanceReport>> {
  const q: ReportQuery = { councilIds: r.councilIds, from: r.from, to: r.to, groupBy: r.groupBy, today: r.today }
  const soonBy = addWorkingDays(r.calendar, r.today, 5).date
  const [sources, totals, open] = await Promise.all([
    gather(db, q),
    // Where a case can sit in several groups the totals are their own query; elsewhere grouping sets gave them.
    r.groupBy === 'category' ? totalsByCategoryless(db, q) : Promise.resolve(null),
    openNow(db, r.councilIds, r.today, soonBy),
  ])
  const out = new Map<string, PerformanceReport>()
  for (const councilId of r.councilIds) {
    const indexed = Object.fromEntries(Object.entries(sources).map(([k, rows]) => [k, index(rows, councilId)])) as Record<keyof Sources, Map<string, AggregateRow[]>>
    const totalIndexed = totals ? Object.fromEntries(Object.entries(totals).map(([k, rows]) => [k, index(rows, councilId)])) as Record<keyof Sources, Map<string, AggregateRow[]>> : indexed
    const keys = new Set<string>(r.groupBy === 'month' ? monthsOf(r.from, r.to) : [])
    if (r.groupBy !== 'none') for (const map of Object.values(indexed)) for (const k of map.keys()) if (k !== '') keys.add(k)
    const groups = r.groupBy === 'none' ? [] : [...keys].sort().map((key) => group(key, (s) => indexed[s].get(key) ?? []))
    const o = open.find((row) => row.council_id === councilId)
    out.set(councilId, {
      from: r.from, to: r.to, groupBy: r.groupBy, asAt: r.today,
      total: group('total', (s) => totalIndexed[s].get('') ?? []),
      groups,
      openNow: { open: num(o, 'open'), stage1: num(o, 'stage1'), stage2: num(o, 'stage2'), overdue: num(o, 'overdue'), dueWithin5WorkingDays: num(o, 'due_soon') },
    })
  }
  return out
}

async function totalsByCategoryless(db: Kysely<Database>, q: ReportQuery): Promise<Sources> {
  return gather(db, { ...q, groupBy: 'none' })
}
