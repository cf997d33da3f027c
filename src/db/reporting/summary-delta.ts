/**
 * What one case adds to the monthly summaries, computed in JavaScript from its facts with the same definitions
 * the SQL uses (figures.ts), so that a write moves the summaries by new minus old in one small, fixed statement.
 */
import {
  BREAKDOWNS, BREAKDOWN_NAMES, NO_VALUE, REMEDY_STATUSES, SOURCES, SOURCE_NAMES, summarisedFigures,
  type Condition, type Dimension, type FactColumn,
} from './figures.js'

/** A case_report_facts row as the database names its columns (dates as 'YYYY-MM-DD'). */
export type FactsRecord = Record<string, unknown> & { council_id: string; service_area: string | null; channel: string; categories: string[] }
export type RemedyRecord = Record<string, unknown> & { type: string; status: string; offered_on: string; due_on: string; amount_pence: number | string | null }

/** Three-valued: null is SQL's unknown. */
function holds(c: Condition, row: Record<string, unknown>): boolean | null {
  const v = (column: FactColumn) => row[column] ?? null
  if ('is' in c) return v(c.is) === null ? null : v(c.is) === c.value
  if ('isNull' in c) return v(c.isNull) === null
  if ('isSet' in c) return v(c.isSet) !== null
  if ('beforeToday' in c) return v(c.beforeToday) !== null // in the summaries every date set is before today
  if ('atMost' in c || 'after' in c) {
    const [a, b] = 'atMost' in c ? [v(c.atMost), v(c.than)] : [v(c.after), v(c.than)]
    if (a === null || b === null) return null
    return 'atMost' in c ? String(a) <= String(b) : String(a) > String(b)
  }
  if ('positive' in c) return v(c.positive) === null ? null : Number(v(c.positive)) > 0
  if ('isTrue' in c) return v(c.isTrue) === null ? null : v(c.isTrue) === true
  if ('not' in c) {
    const inner = holds(c.not, row)
    return inner === null ? null : !inner
  }
  const parts = ('all' in c ? c.all : c.any).map((p) => holds(p, row))
  if ('all' in c) return parts.includes(false) ? false : parts.includes(null) ? null : true
  return parts.includes(true) ? true : parts.includes(null) ? null : false
}

const monthOf = (date: string): string => `${date.slice(0, 7)}-01`

/** The (dimension, value) pairs a case counts under. */
function dimensions(f: FactsRecord): [Dimension, string][] {
  const categories = f.categories.length === 0 ? [NO_VALUE] : f.categories
  return [['serviceArea', f.service_area ?? NO_VALUE], ['channel', f.channel], ...categories.map((c): [Dimension, string] => ['category', c])]
}

export interface SummaryChange {
  /** report_monthly rows: the key columns and every summarised figure's column. */
  monthly: Record<string, unknown>[]
  /** report_monthly_details rows: breakdown, detail, count. */
  details: Record<string, unknown>[]
  /** report_monthly_remedies rows. */
  remedies: Record<string, unknown>[]
}

const FIGURES = summarisedFigures()
const COLUMN_OF = new Map(FIGURES.map((f) => [`${f.source}.${f.figure}`, f.column]))

class Tally {
  private readonly rows = new Map<string, Record<string, unknown>>()
  constructor(private readonly keyColumns: string[], private readonly valueColumns: string[]) {}
  add(key: Record<string, unknown>, values: Record<string, number>): void {
    const k = this.keyColumns.map((c) => String(key[c])).join('\u0000')
    let row = this.rows.get(k)
    if (row === undefined) {
      row = { ...key }
      for (const c of this.valueColumns) row[c] = 0
      this.rows.set(k, row)
    }
    for (const [c, n] of Object.entries(values)) row[c] = (row[c] as number) + n
  }
  /** Rows with any change, in key order (so that concurrent writers lock summary rows in the same order). */
  changed(slot: number): Record<string, unknown>[] {
    return [...this.rows.entries()]
      .filter(([, row]) => this.valueColumns.some((c) => row[c] !== 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => ({ ...row, slot }))
  }
}

const KEY = ['council_id', 'dim', 'month', 'dim_value']

type Side = { facts: FactsRecord; remedies: RemedyRecord[] }
type Dims = [Dimension, string][]

/** Each source's figures in the month its date falls in, once per dimension value. */
function addFigures(monthly: Tally, f: FactsRecord, dims: Dims, sign: 1 | -1): void {
  for (const source of SOURCE_NAMES) {
    const dated = f[SOURCES[source].dated]
    if (dated === null || dated === undefined) continue
    const values: Record<string, number> = {}
    for (const fig of FIGURES) {
      if (fig.source !== source) continue
      const m = fig.measure
      if ('sum' in m) values[fig.column] = sign * Number(f[m.sum] ?? 0)
      else if (m.count === null || holds(m.count, f) === true) values[fig.column] = sign
    }
    for (const [dim, value] of dims) monthly.add({ council_id: f.council_id, dim, month: monthOf(String(dated)), dim_value: value }, values)
  }
}

/** One count per detail (a refusal code, an outcome, ...) of each breakdown the facts qualify for. */
function addBreakdowns(details: Tally, f: FactsRecord, dims: Dims, sign: 1 | -1): void {
  for (const name of BREAKDOWN_NAMES) {
    const b = BREAKDOWNS[name]
    const dated = f[b.dated]
    if (dated === null || dated === undefined || holds(b.where, f) !== true) continue
    const raw = f[b.by]
    const values = Array.isArray(raw) ? raw.map(String) : raw === null || raw === undefined ? [] : [String(raw)]
    for (const detail of values) {
      for (const [dim, value] of dims) details.add({ council_id: f.council_id, dim, month: monthOf(String(dated)), dim_value: value, breakdown: name, detail }, { count: sign })
    }
  }
}

/** Each remedy offered, by its status and (for a financial one) its amount, in the month it was offered. */
function addRemedies(remedies: Tally, side: Side, dims: Dims, sign: 1 | -1): void {
  const f = side.facts
  for (const r of side.remedies) {
    const counts: Record<string, number> = { offered: sign, amount_pence: r.type === 'financial' ? sign * Number(r.amount_pence ?? 0) : 0 }
    if ((REMEDY_STATUSES as readonly string[]).includes(r.status)) counts[r.status] = sign
    for (const [dim, value] of dims) {
      remedies.add({ council_id: f.council_id, dim, month: monthOf(r.offered_on), dim_value: value, type: r.type, due_month: monthOf(r.due_on) }, counts)
    }
  }
}

/**
 * The change to the summaries when a case's facts go from `before` to `after` (either may be absent): each
 * row's counts are after's minus before's. `slot` spreads concurrent writers over several rows per key.
 */
export function summaryChange(before: Side | null, after: Side | null, slot: number): SummaryChange {
  const monthly = new Tally(KEY, FIGURES.map((f) => f.column))
  const details = new Tally([...KEY, 'breakdown', 'detail'], ['count'])
  const remedies = new Tally([...KEY, 'type', 'due_month'], ['offered', ...REMEDY_STATUSES, 'amount_pence'])
  for (const [side, sign] of [[before, -1], [after, 1]] as const) {
    if (side === null) continue
    const dims = dimensions(side.facts)
    addFigures(monthly, side.facts, dims, sign)
    addBreakdowns(details, side.facts, dims, sign)
    addRemedies(remedies, side, dims, sign)
  }
  return { monthly: monthly.changed(slot), details: details.changed(slot), remedies: remedies.changed(slot) }
}

export const columnOf = (source: string, figure: string): string | undefined => COLUMN_OF.get(`${source}.${figure}`)
