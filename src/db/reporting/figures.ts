/**
 * The reporting model: every figure the reports count, defined once. Each figure is a count (or a sum) over the
 * cases whose own date for it (the source's `dated` column of case_report_facts) falls in the period, with an
 * optional condition written in the small language below. From this one definition come:
 * - the live aggregates over case_report_facts (figure-sql.ts),
 * - the monthly summaries moved on every write (summary-delta.ts evaluates the same conditions in JavaScript),
 * - their columns and the rebuild from the facts (summary-store.ts), run whenever this definition changes.
 * Adding a figure: one line here, plus a migration that adds its summary column (`summaryColumns()` names it).
 */

/** The case_report_facts columns a figure may read. */
export type FactColumn =
  | 'received_on' | 'kind' | 'acceptance' | 'withdrawn_on' | 'escalated_on' | 'escalation_decision'
  | 'ombudsman_referred_on' | 'ombudsman_decided_on' | 'ombudsman_decision' | 'keyed_late_actions'
  | `s${1 | 2}_${'ack_due_on' | 'ack_on' | 'due_original_on' | 'due_on' | 'responded_on' | 'outcome' | 'detailed_outcome'
    | 'extension_days' | 'beyond_cap' | 'paused_days' | 'working_days'}`

/**
 * A condition on one facts row, with SQL's three-valued logic (a comparison with a null is unknown, and an
 * unknown condition does not count). `beforeToday` is the only thing that depends on the day the figures are as
 * at; the summaries hold whole months before that day, where it is true of every date that is set.
 */
export type Condition =
  | { is: FactColumn; value: string }
  | { isNull: FactColumn }
  | { isSet: FactColumn }
  | { atMost: FactColumn; than: FactColumn }
  | { after: FactColumn; than: FactColumn }
  | { positive: FactColumn }
  | { isTrue: FactColumn }
  | { beforeToday: FactColumn }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

/** A count of the rows where the condition holds (all rows without one), or a sum of a column over them. */
export type Measure = { count: Condition | null } | { sum: FactColumn }

export interface Source {
  /** The date that places a case in a period for every figure of this source. */
  dated: FactColumn
  /** Figure name (as the reports read it) -> measure. */
  figures: Record<string, Measure>
}

const count = (c: Condition | null = null): Measure => ({ count: c })
const is = (column: FactColumn, value: string): Condition => ({ is: column, value })
const notYet = (done: FactColumn, due: FactColumn): Condition => ({ all: [{ isNull: done }, { not: { beforeToday: due } }] })
/** Done after the due date, or not done and the due date has passed. */
const late = (done: FactColumn, due: FactColumn): Condition => ({ any: [{ after: done, than: due }, { all: [{ isNull: done }, { beforeToday: due }] }] })

function acknowledgement(s: 1 | 2): Source {
  const [due, done] = [`s${s}_ack_due_on`, `s${s}_ack_on`] as const
  return {
    dated: due,
    figures: { due: count(), met: count({ atMost: done, than: due }), late: count(late(done, due)), pending: count(notYet(done, due)) },
  }
}

function response(s: 1 | 2): Source {
  const [due, original, done] = [`s${s}_due_on`, `s${s}_due_original_on`, `s${s}_responded_on`] as const
  return {
    dated: due,
    figures: {
      due: count(),
      within_code: count({ atMost: done, than: original }),
      within_extended: count({ atMost: done, than: due }),
      late: count(late(done, due)),
      pending: count(notYet(done, due)),
      extended: count({ positive: `s${s}_extension_days` }),
      extended_within_cap: count({ all: [{ positive: `s${s}_extension_days` }, { not: { isTrue: `s${s}_beyond_cap` } }] }),
      extended_beyond_cap: count({ isTrue: `s${s}_beyond_cap` }),
      paused: count({ positive: `s${s}_paused_days` }),
      paused_days: { sum: `s${s}_paused_days` },
    },
  }
}

function outcomes(s: 1 | 2): Source {
  const [outcome, detailed] = [`s${s}_outcome`, `s${s}_detailed_outcome`] as const
  return {
    dated: `s${s}_responded_on`,
    figures: {
      responded: count(),
      upheld: count(is(outcome, 'upheld')),
      not_upheld: count(is(outcome, 'not_upheld')),
      detailed_upheld: count(is(detailed, 'upheld')),
      detailed_partly_upheld: count(is(detailed, 'partly_upheld')),
      detailed_not_upheld: count(is(detailed, 'not_upheld')),
    },
  }
}

export const SOURCES = {
  volumes: {
    dated: 'received_on',
    figures: {
      received: count(),
      complaints: count(is('kind', 'complaint')),
      service_requests: count(is('kind', 'service_request')),
      signposted: count(is('kind', 'signposted')),
      untriaged: count({ isNull: 'kind' }),
      accepted: count(is('acceptance', 'accepted')),
      refused: count(is('acceptance', 'refused')),
      withdrawn: count({ isSet: 'withdrawn_on' }),
    },
  },
  ack1: acknowledgement(1),
  ack2: acknowledgement(2),
  resp1: response(1),
  resp2: response(2),
  out1: outcomes(1),
  out2: outcomes(2),
  esc: {
    dated: 'escalated_on',
    figures: { requested: count(), refused: count(is('escalation_decision', 'refuse')), final_at_stage1: count(is('escalation_decision', 'final_at_stage1')) },
  },
  ombRef: { dated: 'ombudsman_referred_on', figures: { referred: count() } },
  // Data quality: actions keyed in more than the policy's N working days after they happened, by the case's receipt.
  dataQuality: {
    dated: 'received_on',
    figures: { actions_keyed_late: { sum: 'keyed_late_actions' }, cases_keyed_late: count({ positive: 'keyed_late_actions' }) },
  },
  ombDec: {
    dated: 'ombudsman_decided_on',
    figures: {
      decided: count(),
      upheld_fault: count(is('ombudsman_decision', 'upheld_fault')),
      no_fault: count(is('ombudsman_decision', 'no_fault')),
      not_investigated: count(is('ombudsman_decision', 'not_investigated')),
      closed_after_initial_enquiries: count(is('ombudsman_decision', 'closed_after_initial_enquiries')),
    },
  },
} satisfies Record<string, Source>

export type SourceName = keyof typeof SOURCES
export const SOURCE_NAMES = Object.keys(SOURCES) as SourceName[]

/**
 * Counts by a value of the row rather than by a condition: refusals by catalogue entry (a refusal naming two
 * entries counts under each), and responses by working days taken (a histogram, from which the service computes
 * the mean and the exact 90th percentile of any union of groups).
 */
export interface Breakdown {
  dated: FactColumn
  /** Which rows count. */
  where: Condition
  /** The value counted under: a text[] column is unnested, anything else taken as it is. */
  by: 'refusal_codes' | FactColumn
  /** The name the reports read the value under. */
  as: string
}

export const BREAKDOWNS = {
  refusals: { dated: 'received_on', where: is('acceptance', 'refused'), by: 'refusal_codes', as: 'code' },
  wd1: { dated: 's1_responded_on', where: { isSet: 's1_working_days' }, by: 's1_working_days', as: 'value' },
  wd2: { dated: 's2_responded_on', where: { isSet: 's2_working_days' }, by: 's2_working_days', as: 'value' },
} satisfies Record<string, Breakdown>

export type BreakdownName = keyof typeof BREAKDOWNS
export const BREAKDOWN_NAMES = Object.keys(BREAKDOWNS) as BreakdownName[]

/**
 * The dimensions the summaries are kept by, and the values a case is counted under for each: its service area,
 * its channel, each of its categories (a case in two categories counts in both). The council's total (and its
 * months) is not kept apart: every case has exactly one channel, so the total is the sum of the channel rows
 * (summary-read.ts), and each write moves a row fewer per month it touches.
 */
export const DIMENSIONS = ['serviceArea', 'channel', 'category'] as const
export type Dimension = (typeof DIMENSIONS)[number]
/** The dimension the council's total is summed from: one value per case, so no case counts twice. */
export const TOTAL_FROM: Dimension = 'channel'
export const NO_VALUE = '(none)'

/**
 * Remedies are counted from case_report_remedies by the date offered and type: offered, done, open and
 * undeliverable by status, the financial total, and overdue (open past its due date) as at the report's day.
 */
export const REMEDY_STATUSES = ['done', 'open', 'undeliverable'] as const

/** The summary column of a figure: `<source>_<figure>`, snake case. */
export const summaryColumn = (source: SourceName, figure: string): string => `${source.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)}_${figure}`

/**
 * A condition as it reads in the summaries, whose rows all have the source's date set and lie in whole months
 * before today (so every date set is before today); true or false when that decides it.
 */
export function inSummary(c: Condition, dated: FactColumn): Condition | boolean {
  if ('beforeToday' in c) return inSummary({ isSet: c.beforeToday }, dated)
  if ('isSet' in c && c.isSet === dated) return true
  if ('isNull' in c && c.isNull === dated) return false
  if ('not' in c) {
    const inner = inSummary(c.not, dated)
    return typeof inner === 'boolean' ? !inner : { not: inner }
  }
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c
    const parts = (isAll ? c.all : c.any).map((p) => inSummary(p, dated))
    if (parts.some((p) => p === !isAll)) return !isAll
    const rest = parts.filter((p): p is Condition => typeof p !== 'boolean')
    if (rest.length === 0) return isAll
    return rest.length === 1 ? rest[0]! : isAll ? { all: rest } : { any: rest }
  }
  return c
}

export interface SummarisedFigure { source: SourceName; figure: string; column: string; measure: Measure }

/**
 * The figures the monthly summaries hold, each with its column. A figure that can never count in a whole past
 * month (pending) has none: it reads as 0 there.
 */
export function summarisedFigures(): SummarisedFigure[] {
  const out: SummarisedFigure[] = []
  for (const source of SOURCE_NAMES) {
    for (const [figure, measure] of Object.entries(SOURCES[source].figures as Record<string, Measure>)) {
      if ('count' in measure && measure.count !== null) {
        const c = inSummary(measure.count, SOURCES[source].dated)
        if (c === false) continue
        out.push({ source, figure, column: summaryColumn(source, figure), measure: { count: c === true ? null : c } })
      } else {
        out.push({ source, figure, column: summaryColumn(source, figure), measure })
      }
    }
  }
  return out
}

export const summaryColumns = (): string[] => summarisedFigures().map((f) => f.column)
