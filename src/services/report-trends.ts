/**
 * The annual report's comparisons: each headline figure beside the same period a year earlier, per 10,000
 * residents when the council records its population; and the Ombudsman's decisions beside the council's own
 * outcomes, with compliance with the Ombudsman's recommendations on time.
 */
import { assessTimeliness, DEFAULT_TARGETS } from '../domain/index.js'
import type { RecommendationCounts } from '../db/report-ombudsman.repository.js'
import type { PerformanceGroup } from './reports.js'

export interface Trend {
  key: string
  label: string
  /** 'count' figures are scaled per 10,000 residents; 'percent' figures are not. */
  kind: 'count' | 'percent'
  thisPeriod: number | null
  samePeriodLastYear: number | null
  /** thisPeriod less samePeriodLastYear; null when either is. */
  change: number | null
  per10000: { thisPeriod: number; samePeriodLastYear: number } | null
}

const pct = (n: number, of: number): number | null => (of > 0 ? Math.round((n * 1000) / of) / 10 : null)
const onTime = (onTimeCount: number, late: number): number | null => assessTimeliness(onTimeCount, late, 0, DEFAULT_TARGETS).percent
const perTenThousand = (n: number, population: number): number => Math.round((n * 10000 * 100) / population) / 100

const FIGURES: [string, string, 'count' | 'percent', (g: PerformanceGroup) => number | null][] = [
  ['received', 'Contacts received', 'count', (g) => g.volumes.received],
  ['complaints', 'Complaints', 'count', (g) => g.volumes.complaints],
  ['refused', 'Complaints refused', 'count', (g) => g.volumes.refused],
  ['stage1Responses', 'Stage 1 responses', 'count', (g) => g.stage1.outcomes.responded],
  ['stage1UpheldRate', 'Stage 1 upheld (% of responses)', 'percent', (g) => pct(g.stage1.outcomes.upheld, g.stage1.outcomes.responded)],
  ['stage1OnTime', 'Stage 1 responses on time (% of those that fell due)', 'percent', (g) => onTime(g.stage1.response.withinExtendedDate.count, g.stage1.response.late.count)],
  ['escalations', 'Escalations to stage 2', 'count', (g) => g.escalations.requested],
  ['stage2Responses', 'Stage 2 responses', 'count', (g) => g.stage2.outcomes.responded],
  ['stage2UpheldRate', 'Stage 2 upheld (% of responses)', 'percent', (g) => pct(g.stage2.outcomes.upheld, g.stage2.outcomes.responded)],
  ['stage2OnTime', 'Stage 2 responses on time (% of those that fell due)', 'percent', (g) => onTime(g.stage2.response.withinExtendedDate.count, g.stage2.response.late.count)],
  ['ombudsmanReferred', 'Referred to the Ombudsman', 'count', (g) => g.ombudsman.referred],
  ['ombudsmanDecided', 'Ombudsman decisions', 'count', (g) => g.ombudsman.decided],
  ['remediesOffered', 'Remedies offered', 'count', (g) => g.remedies.offered],
  ['casesKeyedLate', 'Contacts with a step recorded late', 'count', (g) => g.dataQuality.casesWithActionsKeyedLate],
]

export function trends(current: PerformanceGroup, lastYear: PerformanceGroup, population: number | null): Trend[] {
  return FIGURES.map(([key, label, kind, value]) => {
    const a = value(current)
    const b = value(lastYear)
    return {
      key, label, kind, thisPeriod: a, samePeriodLastYear: b,
      change: a === null || b === null ? null : Math.round((a - b) * 10) / 10,
      per10000: kind === 'count' && population !== null && a !== null && b !== null ? { thisPeriod: perTenThousand(a, population), samePeriodLastYear: perTenThousand(b, population) } : null,
    }
  })
}

export interface OmbudsmanComparison {
  decided: number
  decisions: PerformanceGroup['ombudsman']['decisions']
  /** Fault found, as a percentage of the decisions after investigation (fault or no fault), as the Ombudsman reports it. */
  upheldRate: number | null
  /** The council's own upheld rates over the same period, beside the Ombudsman's. */
  councilUpheldRate: { stage1: number | null; stage2: number | null }
  recommendations: RecommendationCounts & { complianceRate: number | null }
}

export function ombudsmanComparison(g: PerformanceGroup, recs: RecommendationCounts): OmbudsmanComparison {
  const d = g.ombudsman.decisions
  const settled = recs.doneOnTime + recs.doneLate + recs.openOverdue
  return {
    decided: g.ombudsman.decided,
    decisions: d,
    upheldRate: pct(d.upheldFault, d.upheldFault + d.noFault),
    councilUpheldRate: { stage1: pct(g.stage1.outcomes.upheld, g.stage1.outcomes.responded), stage2: pct(g.stage2.outcomes.upheld, g.stage2.outcomes.responded) },
    // Of the recommendations whose date has come (done, or open and overdue): the share done by that date.
    recommendations: { ...recs, complianceRate: pct(recs.doneOnTime, settled) },
  }
}
