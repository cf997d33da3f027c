/**
 * The annual complaints performance and service improvement report (Code 9) and its 6-monthly version: the
 * performance figures for the period, arranged in the order the Code lists, with the self-assessment items the
 * data can evidence and what the council recorded in words.
 */
import type { Kysely } from 'kysely'
import type { Calendar } from '../domain/index.js'
import type { Database } from '../db/database.js'
import {
  findNarrative, listExceptionalCircumstances, type AggregateRow, type ExceptionalCircumstance,
} from '../db/report.repository.js'
import { policyInForce } from './policies.js'
import { performanceFigures, stageOutcomeRows, type Measure, type OpenNow, type PerformanceGroup, type Timeliness } from './reports.js'

export type Period = { kind: 'annual'; year: number } | { kind: 'half-year'; year: number; half: 1 | 2 }

export function periodDates(p: Period): { from: string; to: string; label: string } {
  const fy = `${p.year}-${String((p.year + 1) % 100).padStart(2, '0')}`
  if (p.kind === 'annual') return { from: `${p.year}-04-01`, to: `${p.year + 1}-03-31`, label: fy }
  return p.half === 1
    ? { from: `${p.year}-04-01`, to: `${p.year}-09-30`, label: `${fy}, first half (April to September)` }
    : { from: `${p.year}-10-01`, to: `${p.year + 1}-03-31`, label: `${fy}, second half (October to March)` }
}

export interface SelfAssessmentItem {
  requirement: string
  codeReference: string
  figure: string
  value: number | null
  target: string
  met: boolean | null
}

export interface AnnualReport {
  council: { name: string }
  period: { kind: Period['kind']; label: string; year: number; from: string; to: string }
  asAt: string
  selfAssessment: SelfAssessmentItem[]
  performance: PerformanceGroup
  byMonth: PerformanceGroup[]
  outcomesByServiceArea: { serviceArea: string; responded: number; upheld: number; notUpheld: number }[]
  refusedComplaintTypes: { code: string; label: string; count: number }[]
  nonCompliance: {
    lateAcknowledgements: { stage1: number; stage2: number }
    lateResponses: { stage1: number; stage2: number }
    extensionsBeyondCap: { stage1: number; stage2: number }
    remediesOverdue: number
    exceptionalCircumstances: ExceptionalCircumstance[]
  }
  remedies: PerformanceGroup['remedies']
  openNow: OpenNow
  serviceImprovements: string | null
  governanceResponse: string | null
}

const pct = (m: Measure): string => (m.percent === null ? '-' : `${m.percent}%`)

/** Decided = met or late; a requirement with nothing decided yet is neither met nor not met. */
function ackItem(stage: 1 | 2, t: Timeliness): SelfAssessmentItem {
  const decided = t.met.count + t.late.count
  return {
    requirement: `Stage ${stage} complaints acknowledged within 5 working days`,
    codeReference: stage === 1 ? 'Section 5 (stage 1)' : 'Section 6 (stage 2)',
    figure: `${t.met.count} of ${t.due} due (${pct(t.met)}) acknowledged on time; ${t.late.count} late; ${t.pending.count} not yet due`,
    value: t.met.percent,
    target: 'Every acknowledgement by its due date',
    met: decided === 0 ? null : t.late.count === 0,
  }
}

function responseItems(stage: 1 | 2, s: PerformanceGroup['stage1']): SelfAssessmentItem[] {
  const r = s.response
  const decided = r.due - r.pending.count
  const days = stage === 1 ? 10 : 20
  return [
    {
      requirement: `Stage ${stage} responses within ${days} working days, or the date as properly extended`,
      codeReference: stage === 1 ? 'Section 5 (stage 1); 6.4, 6.5' : 'Section 6 (stage 2)',
      figure: `${r.withinExtendedDate.count} of ${r.due} due (${pct(r.withinExtendedDate)}) answered by the due date; ${r.withinCodeTimescale.count} (${pct(r.withinCodeTimescale)}) within ${days} working days without extension; ${r.late.count} late`,
      value: r.withinExtendedDate.percent,
      target: 'Every response by its due date',
      met: decided === 0 ? null : r.late.count === 0,
    },
    {
      requirement: `Stage ${stage} extensions within the policy's cap`,
      codeReference: '6.4, 6.5',
      figure: `${r.extended.count} extended; ${r.extendedBeyondCap.count} beyond the cap`,
      value: r.extendedBeyondCap.count,
      target: 'No extension beyond the cap',
      met: r.due === 0 ? null : r.extendedBeyondCap.count === 0,
    },
  ]
}

function selfAssessment(g: PerformanceGroup, circumstances: ExceptionalCircumstance[]): SelfAssessmentItem[] {
  const refused = g.volumes.refused
  const rem = g.remedies
  return [
    ackItem(1, g.stage1.acknowledgement),
    ...responseItems(1, g.stage1),
    ackItem(2, g.stage2.acknowledgement),
    ...responseItems(2, g.stage2),
    {
      requirement: 'Refusals name the published catalogue entry, explain, and give the right to go to the Ombudsman',
      codeReference: '2.3, 2.4',
      figure: `${refused} complaints refused, each naming catalogue entries (the service refuses a refusal without them)`,
      value: refused,
      target: 'Every refusal under a published entry',
      met: refused === 0 ? null : true,
    },
    {
      requirement: 'Remedies followed through to completion',
      codeReference: '7.1-7.4',
      figure: `${rem.offered} offered; ${rem.done} delivered; ${rem.overdue} overdue; ${rem.undeliverable} undeliverable with an alternative`,
      value: rem.overdue,
      target: 'No remedy past its due date',
      met: rem.offered === 0 ? null : rem.overdue === 0,
    },
    {
      requirement: 'Exceptional circumstances reported to the Ombudsman',
      codeReference: 'Section 9',
      figure: `${circumstances.length} periods recorded; ${circumstances.filter((c) => c.ombudsmanToldOn !== null).length} reported to the Ombudsman`,
      value: circumstances.length,
      target: 'The Ombudsman told of every period',
      met: circumstances.length === 0 ? null : circumstances.every((c) => c.ombudsmanToldOn !== null),
    },
  ]
}

function byServiceArea(rows: AggregateRow[]): AnnualReport['outcomesByServiceArea'] {
  const map = new Map<string, { serviceArea: string; responded: number; upheld: number; notUpheld: number }>()
  for (const r of rows) {
    if (r.key === null) continue
    const e = map.get(r.key) ?? { serviceArea: r.key, responded: 0, upheld: 0, notUpheld: 0 }
    e.responded += Number(r.responded); e.upheld += Number(r.upheld); e.notUpheld += Number(r.not_upheld)
    map.set(r.key, e)
  }
  return [...map.values()].sort((a, b) => b.responded - a.responded || a.serviceArea.localeCompare(b.serviceArea))
}

export async function annualReport(db: Kysely<Database>, council: { id: string; name: string }, period: Period, today: string, calendar: Calendar): Promise<AnnualReport> {
  const { from, to, label } = periodDates(period)
  const q = { councilIds: [council.id], from, to, groupBy: 'serviceArea' as const, today }
  const [figures, [out1, out2], circumstances, narrative, policy] = await Promise.all([
    performanceFigures(db, { councilIds: [council.id], from, to, groupBy: 'month', today, calendar }),
    stageOutcomeRows(db, q),
    listExceptionalCircumstances(db, council.id, { from, to }),
    findNarrative(db, council.id, period.year),
    policyInForce(db, council.id),
  ])
  const report = figures.get(council.id)
  if (!report) throw new Error('no figures for the council')
  const g = report.total
  const labels = new Map(policy.policy.exclusions.map((e) => [e.code, e.label]))
  return {
    council: { name: council.name },
    period: { kind: period.kind, label, year: period.year, from, to },
    asAt: today,
    selfAssessment: selfAssessment(g, circumstances),
    performance: g,
    byMonth: report.groups,
    outcomesByServiceArea: byServiceArea([...out1, ...out2]),
    refusedComplaintTypes: g.volumes.refusedByCatalogueEntry.map((r) => ({ code: r.code, label: labels.get(r.code) ?? r.code, count: r.count })),
    nonCompliance: {
      lateAcknowledgements: { stage1: g.stage1.acknowledgement.late.count, stage2: g.stage2.acknowledgement.late.count },
      lateResponses: { stage1: g.stage1.response.late.count, stage2: g.stage2.response.late.count },
      extensionsBeyondCap: { stage1: g.stage1.response.extendedBeyondCap.count, stage2: g.stage2.response.extendedBeyondCap.count },
      remediesOverdue: g.remedies.overdue,
      exceptionalCircumstances: circumstances,
    },
    remedies: g.remedies,
    openNow: report.openNow,
    serviceImprovements: narrative?.serviceImprovements ?? null,
    governanceResponse: narrative?.governanceResponse ?? null,
  }
}
