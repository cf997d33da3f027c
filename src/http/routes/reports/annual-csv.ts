/**
 * The annual (or 6-monthly) report as CSV, in one long ("tidy") table so that every figure is one row whatever
 * the council's catalogue, service areas or remedy types:
 *
 *   section,item,stage,measure,value
 *
 * - `section`: period, self_assessment, timeliness, volumes, outcomes, outcomes_by_service_area, trends,
 *   ombudsman, refused, non_compliance, data_quality, remedies, learning, open_now.
 * - `item`: what the row is about within the section: a provision (`6.2`), a duty (`stage1_response`), a
 *   service area, a catalogue entry's code, a remedy type, a trend figure's key; empty where the section has one.
 * - `stage`: 1 or 2 where the figure belongs to a stage, else empty.
 * - `measure`: the figure's name, as in the JSON (`fellDue`, `onTime`, `status`, `responded`, ...).
 * - `value`: the number, or the text (`met`, a label); empty for null.
 *
 * No personal data: the same figures as the JSON, less the council's free text (answers, narrative).
 */
import type { AnnualReport } from '../../../services/annual-report.js'
import { cell } from './csv.js'

type Value = number | string | boolean | null
type Row = [section: string, item: string, stage: 1 | 2 | '', measure: string, value: Value]

/** Adds one row per measure of an item. */
type Add = (section: string, item: string, stage: 1 | 2 | '', measures: Record<string, Value>) => void

function addSelfAssessment(add: Add, r: AnnualReport): void {
  for (const row of r.selfAssessment.rows) {
    add('self_assessment', row.ref, '', {
      title: row.title, basis: row.basis, status: row.status, value: row.data?.value ?? null,
      complies: row.answer?.complies ?? null, actionDueOn: row.answer?.action?.dueOn ?? null,
    })
  }
  add('self_assessment', '', '', { publishedVersions: r.selfAssessment.versions.length, signedOffOn: r.selfAssessment.signOff?.memberSignedOffOn ?? null, governingBodyRespondedOn: r.selfAssessment.signOff?.respondedOn ?? null })
}

/** Timeliness, volumes and outcomes: the period's own figures. */
function addPerformance(add: Add, r: AnnualReport): void {
  for (const d of r.timeliness) {
    add('timeliness', d.duty, d.duty.startsWith('stage1') ? 1 : 2, { label: d.label, fellDue: d.fellDue, onTime: d.onTime, late: d.late, notYetDue: d.notYetDue, percent: d.percent, rating: d.rating })
  }
  const v = r.performance.volumes
  add('volumes', '', '', { received: v.received, complaints: v.complaints, serviceRequests: v.serviceRequests, signposted: v.signposted, untriaged: v.untriaged, accepted: v.accepted, refused: v.refused, withdrawn: v.withdrawn })
  for (const month of r.byMonth) add('volumes', month.key, '', { received: month.volumes.received, complaints: month.volumes.complaints })
  for (const stage of [1, 2] as const) {
    const o = (stage === 1 ? r.performance.stage1 : r.performance.stage2).outcomes
    add('outcomes', '', stage, { responded: o.responded, upheld: o.upheld, notUpheld: o.notUpheld, averageWorkingDays: o.workingDaysToRespond.average, p90WorkingDays: o.workingDaysToRespond.p90 })
  }
  for (const a of r.outcomesByServiceArea) {
    add('outcomes_by_service_area', a.serviceArea, 1, { ...a.stage1 })
    add('outcomes_by_service_area', a.serviceArea, 2, { ...a.stage2 })
  }
}

/** The period beside last year, and beside the Ombudsman's decisions. */
function addComparisons(add: Add, r: AnnualReport): void {
  add('trends', '', '', { population: r.trends.population, lastYearFrom: r.trends.samePeriodLastYear.from, lastYearTo: r.trends.samePeriodLastYear.to })
  for (const f of r.trends.figures) {
    add('trends', f.key, '', { thisPeriod: f.thisPeriod, samePeriodLastYear: f.samePeriodLastYear, change: f.change, per10000: f.per10000?.thisPeriod ?? null, per10000LastYear: f.per10000?.samePeriodLastYear ?? null })
  }
  const o = r.ombudsman
  add('ombudsman', '', '', { decided: o.decided, ...o.decisions, upheldRate: o.upheldRate, councilUpheldRateStage1: o.councilUpheldRate.stage1, councilUpheldRateStage2: o.councilUpheldRate.stage2 })
  add('ombudsman', 'recommendations', '', { ...o.recommendations })
}

function addNonCompliance(add: Add, r: AnnualReport): void {
  const n = r.nonCompliance
  for (const stage of [1, 2] as const) {
    const s = stage === 1 ? 'stage1' : 'stage2'
    add('non_compliance', '', stage, { lateAcknowledgements: n.lateAcknowledgements[s], lateResponses: n.lateResponses[s], extensionsBeyondCap: n.extensionsBeyondCap[s] })
  }
  add('non_compliance', '', '', { remediesOverdue: n.remediesOverdue, exceptionalCircumstances: n.exceptionalCircumstances.length })
}

function rows(r: AnnualReport): Row[] {
  const out: Row[] = []
  const add: Add = (section, item, stage, measures) => {
    for (const [measure, value] of Object.entries(measures)) out.push([section, item, stage, measure, value])
  }
  add('period', '', '', { council: r.council.name, kind: r.period.kind, label: r.period.label, from: r.period.from, to: r.period.to, asAt: r.asAt, policyVersion: r.policy.version, targetPercent: r.targets.targetPercent, amberFromPercent: r.targets.amberFromPercent })
  addSelfAssessment(add, r)
  addPerformance(add, r)
  addComparisons(add, r)
  for (const x of r.refusedComplaintTypes) add('refused', x.code, '', { label: x.label, count: x.count })
  addNonCompliance(add, r)
  add('data_quality', '', '', { ...r.dataQuality })
  add('remedies', '', '', { offered: r.remedies.offered, done: r.remedies.done, open: r.remedies.open, overdue: r.remedies.overdue, undeliverable: r.remedies.undeliverable, financialTotalPence: r.remedies.financialTotalPence })
  for (const t of r.remedies.byType) add('remedies', t.type, '', { label: t.label, offered: t.offered, done: t.done, open: t.open, overdue: t.overdue, undeliverable: t.undeliverable })
  add('learning', '', '', { ...r.learning.figures })
  add('open_now', '', '', { ...r.openNow })
  return out
}

export function annualReportCsv(r: AnnualReport): string {
  const lines = [['section', 'item', 'stage', 'measure', 'value'].join(','), ...rows(r).map((row) => row.map(cell).join(','))]
  return lines.join('\r\n') + '\r\n'
}
