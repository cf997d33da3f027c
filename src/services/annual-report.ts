/**
 * The annual complaints performance and service improvement report (Code 8.1) and its 6-monthly version: the
 * performance figures for the period, arranged in the order the Code lists, labelled from the council's own
 * policy, with the self-assessment items the data can evidence and what the council recorded in words.
 */
import type { Kysely } from 'kysely'
import {
  assessTimeliness, DEFAULT_KEYED_LATE_AFTER_WORKING_DAYS, dutyLabel, extensionCapLabel, remedyTypeLabel, timelinessRule,
  type Calendar, type Policy, type Targets, type TimelinessAssessment,
} from '../domain/index.js'
import type { Database } from '../db/database.js'
import {
  findNarrative, listExceptionalCircumstances, type AggregateRow, type ExceptionalCircumstance,
} from '../db/report.repository.js'
import { findReportSettings } from '../db/report-settings.repository.js'
import { policyInForce } from './policies.js'
import { ombudsmanRecommendations } from '../db/report-ombudsman.repository.js'
import { ombudsmanComparison, trends, type OmbudsmanComparison, type Trend } from './report-trends.js'
import { learningForPeriod, type LearningFigures } from './learning.js'
import { assembleSelfAssessment, evidenceItems, learningEvidence, selfAssessmentRecords, type SelfAssessment } from './self-assessment.js'
import { performanceFigures, stageOutcomeRows, type OpenNow, type PerformanceGroup } from './reports.js'

export type Period = { kind: 'annual'; year: number } | { kind: 'half-year'; year: number; half: 1 | 2 }

export function periodDates(p: Period): { from: string; to: string; label: string } {
  const fy = `${p.year}-${String((p.year + 1) % 100).padStart(2, '0')}`
  if (p.kind === 'annual') return { from: `${p.year}-04-01`, to: `${p.year + 1}-03-31`, label: fy }
  return p.half === 1
    ? { from: `${p.year}-04-01`, to: `${p.year}-09-30`, label: `${fy}, first half (April to September)` }
    : { from: `${p.year}-10-01`, to: `${p.year + 1}-03-31`, label: `${fy}, second half (October to March)` }
}

/** The same day a year earlier (29 February becomes 28 February). */
function yearEarlier(date: string): string {
  const y = Number(date.slice(0, 4)) - 1
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5)
  return `${y}-${md}`
}

export type DutyKey = 'stage1_acknowledgement' | 'stage1_response' | 'stage2_acknowledgement' | 'stage2_response'

/** One duty's timeliness in the period, rated against the council's target over the duties that fell due. */
export interface DutyTimeliness extends TimelinessAssessment {
  duty: DutyKey
  label: string
  codeReference: string
}

/** One improvement as the report shows it: how many complaints prompted it, what was done; no case ids. */
export interface YouSaidWeDid { serviceArea: string; complaints: number; what: string; owner: string; dueOn: string; doneOn: string | null }

export interface StageOutcomeCounts { responded: number; upheld: number; notUpheld: number }

export interface AnnualReport {
  council: { name: string }
  period: { kind: Period['kind']; label: string; year: number; from: string; to: string }
  asAt: string
  policy: { version: number; id: string; labels: Record<DutyKey | 'stage1_extension' | 'stage2_extension', string> }
  targets: Targets & { rule: string }
  timeliness: DutyTimeliness[]
  selfAssessment: SelfAssessment
  performance: PerformanceGroup
  byMonth: PerformanceGroup[]
  outcomesByServiceArea: { serviceArea: string; stage1: StageOutcomeCounts; stage2: StageOutcomeCounts }[]
  refusedComplaintTypes: { code: string; label: string; count: number; inCatalogue: boolean }[]
  nonCompliance: {
    lateAcknowledgements: { stage1: number; stage2: number }
    lateResponses: { stage1: number; stage2: number }
    extensionsBeyondCap: { stage1: number; stage2: number }
    remediesOverdue: number
    exceptionalCircumstances: ExceptionalCircumstance[]
  }
  /**
   * How promptly the record is kept: the contacts received in the period with a step recorded more than the
   * policy's `keyedLateAfterWorkingDays` working days after it happened (each case by the policy it runs under).
   */
  dataQuality: {
    keyedLateAfterWorkingDays: number
    received: number
    casesWithActionsKeyedLate: number
    percentOfReceived: number | null
    actionsKeyedLate: number
  }
  remedies: Omit<PerformanceGroup['remedies'], 'byType'> & { byType: (PerformanceGroup['remedies']['byType'][number] & { label: string })[] }
  openNow: OpenNow
  /** Each headline figure beside the same period a year earlier; per 10,000 residents when the population is recorded. */
  trends: { population: number | null; samePeriodLastYear: { from: string; to: string }; figures: Trend[] }
  /** The Ombudsman's decisions in the period beside the council's own outcomes. */
  ombudsman: OmbudsmanComparison
  /** The learning register over the period: "you said, we did". */
  learning: { figures: LearningFigures; youSaidWeDid: YouSaidWeDid[] }
  serviceImprovements: string | null
  governanceResponse: string | null
}

// Paragraph numbers of the LGSCO Code (see DOMAIN.md); the stage 2 paragraphs are cited by section only.
const CODE_REFERENCE: Record<DutyKey, string> = {
  stage1_acknowledgement: '6.2', stage1_response: '6.3', stage2_acknowledgement: '6 (stage 2)', stage2_response: '6 (stage 2)',
}

function dutyTimeliness(g: PerformanceGroup, policy: Policy, targets: Targets): DutyTimeliness[] {
  const one = (duty: DutyKey, stage: 1 | 2, kind: 'acknowledgement' | 'response'): DutyTimeliness => {
    const s = stage === 1 ? g.stage1 : g.stage2
    const [onTime, late, pending] = kind === 'acknowledgement'
      ? [s.acknowledgement.met.count, s.acknowledgement.late.count, s.acknowledgement.pending.count]
      : [s.response.withinExtendedDate.count, s.response.late.count, s.response.pending.count]
    return { duty, label: dutyLabel(policy, stage, kind), codeReference: CODE_REFERENCE[duty], ...assessTimeliness(onTime, late, pending, targets) }
  }
  return [
    one('stage1_acknowledgement', 1, 'acknowledgement'), one('stage1_response', 1, 'response'),
    one('stage2_acknowledgement', 2, 'acknowledgement'), one('stage2_response', 2, 'response'),
  ]
}

/** Stage 1 and stage 2 outcomes per service area, side by side: never added together (a case answered at both counts once per stage). */
function byServiceArea(stage1: AggregateRow[], stage2: AggregateRow[]): AnnualReport['outcomesByServiceArea'] {
  const zero = (): StageOutcomeCounts => ({ responded: 0, upheld: 0, notUpheld: 0 })
  const map = new Map<string, AnnualReport['outcomesByServiceArea'][number]>()
  for (const [rows, stage] of [[stage1, 'stage1'], [stage2, 'stage2']] as const) {
    for (const r of rows) {
      if (r.key === null) continue
      const e = map.get(r.key) ?? { serviceArea: r.key, stage1: zero(), stage2: zero() }
      e[stage].responded += Number(r.responded); e[stage].upheld += Number(r.upheld); e[stage].notUpheld += Number(r.not_upheld)
      map.set(r.key, e)
    }
  }
  return [...map.values()].sort((a, b) => b.stage1.responded - a.stage1.responded || b.stage2.responded - a.stage2.responded || a.serviceArea.localeCompare(b.serviceArea))
}

/** What the annual report and the self-assessment are both made from: the period's figures and what the council recorded. */
async function periodBasis(db: Kysely<Database>, councilId: string, period: Period, today: string, calendar: Calendar) {
  const { from, to } = periodDates(period)
  const [figures, circumstances, inForce, settings, records, learning] = await Promise.all([
    performanceFigures(db, { councilIds: [councilId], from, to, groupBy: 'month', today, calendar }),
    listExceptionalCircumstances(db, councilId, { from, to }),
    // The labels quote the policy in force as the report is made: the words the council publishes now.
    policyInForce(db, councilId),
    findReportSettings(db, councilId),
    selfAssessmentRecords(db, councilId, period.year),
    learningForPeriod(db, councilId, from, to, today),
  ])
  const report = figures.get(councilId)
  if (!report) throw new Error('no figures for the council')
  const g = report.total
  const policy = inForce.policy
  const targets: Targets = { targetPercent: settings.targetPercent, amberFromPercent: settings.amberFromPercent }
  const catalogue = new Map(policy.exclusions.map((e) => [e.code, e.label]))
  const refusedTypes = g.volumes.refusedByCatalogueEntry.map((r) => ({ code: r.code, label: catalogue.get(r.code) ?? r.code, count: r.count, inCatalogue: catalogue.has(r.code) }))
  const timeliness = dutyTimeliness(g, policy, targets)
  const selfAssessment = assembleSelfAssessment(period.year, today,
    [...evidenceItems(g, timeliness, policy, targets, circumstances, refusedTypes.filter((t) => !t.inCatalogue).reduce((s, t) => s + t.count, 0)),
      learningEvidence(learning.figures, g.stage1.outcomes.upheld + g.stage2.outcomes.upheld)], records)
  return { report, g, inForce, policy, targets, settings, circumstances, learning, refusedTypes, timeliness, selfAssessment }
}

/** The financial year's self-assessment as it stands today, as the annual report shows it. */
export async function currentSelfAssessment(db: Kysely<Database>, councilId: string, year: number, today: string, calendar: Calendar): Promise<SelfAssessment> {
  return (await periodBasis(db, councilId, { kind: 'annual', year }, today, calendar)).selfAssessment
}

function policyLabels(policy: Policy): AnnualReport['policy']['labels'] {
  return {
    stage1_acknowledgement: dutyLabel(policy, 1, 'acknowledgement'), stage1_response: dutyLabel(policy, 1, 'response'), stage1_extension: extensionCapLabel(policy, 1),
    stage2_acknowledgement: dutyLabel(policy, 2, 'acknowledgement'), stage2_response: dutyLabel(policy, 2, 'response'), stage2_extension: extensionCapLabel(policy, 2),
  }
}

function nonCompliance(g: PerformanceGroup, circumstances: ExceptionalCircumstance[]): AnnualReport['nonCompliance'] {
  return {
    lateAcknowledgements: { stage1: g.stage1.acknowledgement.late.count, stage2: g.stage2.acknowledgement.late.count },
    lateResponses: { stage1: g.stage1.response.late.count, stage2: g.stage2.response.late.count },
    extensionsBeyondCap: { stage1: g.stage1.response.extendedBeyondCap.count, stage2: g.stage2.response.extendedBeyondCap.count },
    remediesOverdue: g.remedies.overdue,
    exceptionalCircumstances: circumstances,
  }
}

function dataQuality(g: PerformanceGroup, policy: Policy): AnnualReport['dataQuality'] {
  return {
    keyedLateAfterWorkingDays: policy.keyedLateAfterWorkingDays ?? DEFAULT_KEYED_LATE_AFTER_WORKING_DAYS,
    received: g.volumes.received,
    casesWithActionsKeyedLate: g.dataQuality.casesWithActionsKeyedLate,
    percentOfReceived: g.volumes.received > 0 ? Math.round((g.dataQuality.casesWithActionsKeyedLate * 1000) / g.volumes.received) / 10 : null,
    actionsKeyedLate: g.dataQuality.actionsKeyedLate,
  }
}

function learningReport(learning: Awaited<ReturnType<typeof periodBasis>>['learning']): AnnualReport['learning'] {
  return {
    figures: learning.figures,
    youSaidWeDid: learning.actions.map((a) => ({ serviceArea: a.serviceArea, complaints: a.caseIds.length, what: a.what, owner: a.owner, dueOn: a.dueOn, doneOn: a.doneOn })),
  }
}

export async function annualReport(db: Kysely<Database>, council: { id: string; name: string }, period: Period, today: string, calendar: Calendar): Promise<AnnualReport> {
  const { from, to, label } = periodDates(period)
  const lastYear = { from: yearEarlier(from), to: yearEarlier(to) }
  const [basis, previous, [out1, out2], narrative, recommendations] = await Promise.all([
    periodBasis(db, council.id, period, today, calendar),
    performanceFigures(db, { councilIds: [council.id], ...lastYear, groupBy: 'none', today, calendar }),
    stageOutcomeRows(db, { councilIds: [council.id], from, to, groupBy: 'serviceArea', today }),
    findNarrative(db, council.id, period.year),
    ombudsmanRecommendations(db, council.id, from, to, today),
  ])
  const { report, g, inForce, policy, targets, settings, circumstances, learning, refusedTypes, timeliness, selfAssessment } = basis
  return {
    council: { name: council.name },
    period: { kind: period.kind, label, year: period.year, from, to },
    asAt: today,
    policy: { version: inForce.version, id: policy.id, labels: policyLabels(policy) },
    targets: { ...targets, rule: timelinessRule(targets) },
    timeliness,
    selfAssessment,
    performance: g,
    // Months that have not begun yet have nothing to show: they are left out rather than drawn empty.
    byMonth: report.groups.filter((m) => m.key <= today.slice(0, 7)),
    outcomesByServiceArea: byServiceArea(out1, out2),
    refusedComplaintTypes: refusedTypes,
    nonCompliance: nonCompliance(g, circumstances),
    dataQuality: dataQuality(g, policy),
    remedies: { ...g.remedies, byType: g.remedies.byType.map((t) => ({ ...t, label: remedyTypeLabel(t.type) })) },
    openNow: report.openNow,
    trends: { population: settings.population, samePeriodLastYear: lastYear, figures: trends(g, previous.get(council.id)!.total, settings.population) },
    ombudsman: ombudsmanComparison(g, recommendations),
    learning: learningReport(learning),
    serviceImprovements: narrative?.serviceImprovements ?? null,
    governanceResponse: narrative?.governanceResponse ?? null,
  }
}
