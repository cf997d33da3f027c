/**
 * The annual self-assessment against the Code (8.1), provision by provision: each provision of the catalogue is
 * either evidenced from the council's data for the period (the figure, the threshold, met or not with the rule
 * stated) or answered by the council (complies or not, evidence, commentary, an action with a date; who and
 * when). With the governing body's response and the Member responsible's sign-off it is published as a frozen
 * version; a later change is published as a new version and the earlier ones stay readable.
 */
import type { Kysely } from 'kysely'
import {
  assessNone, CODE_PROVISIONS, counted, domainError, extensionCapLabel, responseWorkingDays, timelinessRule,
  type EvidenceKey, type Policy, type Provision, type Rating, type Targets,
} from '../domain/index.js'
import type { Database } from '../db/database.js'
import type { ExceptionalCircumstance } from '../db/report.repository.js'
import {
  findSignOff, findVersion, insertVersion, listAnswers, listVersions, saveAnswer, saveSignOff,
  type PublishedVersion, type SelfAssessmentAnswer, type SelfAssessmentSignOff,
} from '../db/self-assessment.repository.js'
import type { DutyKey, DutyTimeliness } from './annual-report.js'
import type { LearningFigures } from './learning.js'
import type { PerformanceGroup } from './reports.js'

export interface EvidenceItem {
  key: EvidenceKey
  requirement: string
  codeReference: string
  figure: string
  value: number | null
  target: string
  rule: string
  rating: Rating
  met: boolean | null
}

const pct = (p: number | null): string => (p === null ? '–' : `${p}%`)

function timelinessItem(d: DutyTimeliness, g: PerformanceGroup, policy: Policy, targets: Targets): EvidenceItem {
  const stage = d.duty.startsWith('stage1') ? 1 : 2
  const r = (stage === 1 ? g.stage1 : g.stage2).response
  const withoutExtension = d.duty.endsWith('response')
    ? `; ${r.withinCodeTimescale.count} within ${responseWorkingDays(policy, stage)} working days without any extension`
    : ''
  return {
    key: d.duty,
    requirement: d.duty.endsWith('response') ? `${d.label}, or by the date as properly extended` : d.label,
    codeReference: d.duty === 'stage1_response' ? '6.3, 6.4, 6.5' : d.codeReference,
    figure: d.fellDue === 0
      ? `Nothing fell due in the period; ${d.notYetDue} not yet due`
      : `${d.onTime} of ${d.fellDue} that fell due (${pct(d.percent)}) on time; ${d.late} late${withoutExtension}; ${d.notYetDue} not yet due (not counted)`,
    value: d.percent,
    target: `${targets.targetPercent}% on time`,
    rule: timelinessRule(targets),
    rating: d.rating,
    met: d.met,
  }
}

function extensionItem(g: PerformanceGroup, policy: Policy, stage: 1 | 2): EvidenceItem {
  const r = (stage === 1 ? g.stage1 : g.stage2).response
  const a = assessNone(r.extendedBeyondCap.count, r.due)
  return {
    key: stage === 1 ? 'stage1_extension' : 'stage2_extension',
    requirement: extensionCapLabel(policy, stage),
    codeReference: stage === 1 ? '6.4, 6.5' : '6 (stage 2)',
    figure: `${r.extended.count} of ${r.due} responses due in the period extended; ${r.extendedBeyondCap.count} beyond the cap`,
    value: r.extendedBeyondCap.count,
    target: 'No extension beyond the cap',
    rule: 'Met when no response due in the period was extended beyond the policy\'s cap.',
    ...a,
  }
}

function refusalsItem(refused: number, unknownRefusals: number): EvidenceItem {
  return {
    key: 'refusals',
    requirement: 'Refusals name an entry of the published catalogue, explain why and give the right to go to the Ombudsman',
    codeReference: '2.3, 2.4',
    figure: `${counted(refused, 'complaint')} refused; ${unknownRefusals} naming an entry the catalogue in force does not list`,
    value: refused,
    target: 'Every refusal under an entry of the published catalogue',
    rule: 'Met when every refusal names an entry of the catalogue in force (the service records no refusal without an entry, an explanation and the Ombudsman right).',
    ...assessNone(unknownRefusals, refused),
  }
}

function remediesItem(rem: PerformanceGroup['remedies']): EvidenceItem {
  return {
    key: 'remedies',
    requirement: 'Remedies say what will happen and by when, and are followed through to completion',
    codeReference: '7.3, 7.4',
    figure: `${rem.offered} offered; ${rem.done} delivered; ${rem.overdue} overdue; ${rem.undeliverable} undeliverable with an alternative`,
    value: rem.overdue,
    target: 'No remedy past its due date',
    rule: 'Met when no remedy offered in the period is open past its due date.',
    ...assessNone(rem.overdue, rem.offered),
  }
}

function exceptionalCircumstancesItem(circumstances: ExceptionalCircumstance[]): EvidenceItem {
  const told = circumstances.filter((c) => c.ombudsmanToldOn !== null).length
  return {
    key: 'exceptional_circumstances',
    requirement: 'Exceptional circumstances that stop the council meeting the Code are reported to the Ombudsman',
    codeReference: '8 (reporting)',
    figure: `${counted(circumstances.length, 'period')} recorded; ${told} reported to the Ombudsman`,
    value: circumstances.length,
    target: 'The Ombudsman told of every period',
    rule: 'Met when the Ombudsman was told of every period recorded; nothing to assess when none was recorded.',
    ...(circumstances.length === 0 ? { rating: 'nothing_due' as const, met: null } : told === circumstances.length ? { rating: 'met' as const, met: true } : { rating: 'not_met' as const, met: false }),
  }
}

/** The figures that evidence the provisions the data can speak to, each with its threshold and the rule stated. */
export function evidenceItems(g: PerformanceGroup, timeliness: DutyTimeliness[], policy: Policy, targets: Targets, circumstances: ExceptionalCircumstance[], unknownRefusals: number): EvidenceItem[] {
  const byDuty = (k: DutyKey) => timelinessItem(timeliness.find((d) => d.duty === k)!, g, policy, targets)
  return [
    byDuty('stage1_acknowledgement'), byDuty('stage1_response'), extensionItem(g, policy, 1),
    byDuty('stage2_acknowledgement'), byDuty('stage2_response'), extensionItem(g, policy, 2),
    refusalsItem(g.volumes.refused, unknownRefusals),
    remediesItem(g.remedies),
    exceptionalCircumstancesItem(circumstances),
  ]
}


/**
 * 9.1-9.3 from the learning register: not met while an improvement is overdue, or when complaints were upheld
 * and nothing was learnt from them; nothing to assess when none was upheld and nothing recorded.
 */
export function learningEvidence(f: LearningFigures, upheld: number): EvidenceItem {
  const active = f.recorded + f.done
  const rating: Rating = f.overdue > 0 ? 'not_met' : active > 0 ? 'met' : upheld > 0 ? 'not_met' : 'nothing_due'
  return {
    key: 'learning',
    requirement: 'Learning from complaints is acted on and reported back',
    codeReference: '9.1-9.3',
    figure: `${counted(f.recorded, 'service improvement')} recorded in the period (from ${counted(f.complaintsLinked, 'complaint')}); ${f.done} done; ${f.open} open, ${f.overdue} overdue; ${counted(upheld, 'response')} upheld`,
    value: f.recorded,
    target: 'Improvements recorded where complaints are upheld; none overdue',
    rule: 'Met when improvements were recorded or done in the period and none is overdue; not met when one is overdue, or complaints were upheld and none was recorded.',
    rating,
    met: rating === 'nothing_due' ? null : rating === 'met',
  }
}

export type ProvisionStatus = Rating | 'complies' | 'does_not_comply' | 'not_answered'

export interface SelfAssessmentRow extends Provision {
  basis: 'data' | 'council'
  /** The figures, for a provision evidenced from data. */
  data: EvidenceItem | null
  /** The council's answer: for a provision the data cannot evidence, whether it complies; commentary and actions on any. */
  answer: SelfAssessmentAnswer | null
  status: ProvisionStatus
}

export interface SelfAssessment {
  year: number
  asAt: string
  rows: SelfAssessmentRow[]
  summary: Record<ProvisionStatus, number>
  signOff: SelfAssessmentSignOff | null
  versions: PublishedVersion[]
  /** Whether an answer or the sign-off changed after the latest published version (false when none is published). */
  changedSincePublished: boolean
}

const STATUSES: ProvisionStatus[] = ['met', 'amber', 'not_met', 'nothing_due', 'complies', 'does_not_comply', 'not_answered']

function row(p: Provision, evidence: Map<EvidenceKey, EvidenceItem>, answers: Map<string, SelfAssessmentAnswer>): SelfAssessmentRow {
  const data = p.evidence === null ? null : evidence.get(p.evidence) ?? null
  const answer = answers.get(p.ref) ?? null
  const status: ProvisionStatus = data !== null ? data.rating : answer?.complies === true ? 'complies' : answer?.complies === false ? 'does_not_comply' : 'not_answered'
  return { ...p, basis: data !== null ? 'data' : 'council', data, answer, status }
}

export interface SelfAssessmentRecords { answers: SelfAssessmentAnswer[]; signOff: SelfAssessmentSignOff | null; versions: PublishedVersion[] }

export async function selfAssessmentRecords(db: Kysely<Database>, councilId: string, year: number): Promise<SelfAssessmentRecords> {
  const [answers, signOff, versions] = await Promise.all([listAnswers(db, councilId, year), findSignOff(db, councilId, year), listVersions(db, councilId, year)])
  return { answers, signOff, versions }
}

/** The self-assessment from the period's evidence and what the council recorded for the year. */
export function assembleSelfAssessment(year: number, asAt: string, evidence: EvidenceItem[], records: SelfAssessmentRecords): SelfAssessment {
  const byKey = new Map(evidence.map((e) => [e.key, e]))
  const answers = new Map(records.answers.map((a) => [a.ref, a]))
  const rows = CODE_PROVISIONS.map((p) => row(p, byKey, answers))
  const summary = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<ProvisionStatus, number>
  const latest = records.versions.at(-1)
  const lastChange = [...records.answers.map((a) => a.answeredAt), ...(records.signOff ? [records.signOff.recordedAt] : [])].sort().at(-1)
  return {
    year, asAt, rows, summary, signOff: records.signOff, versions: records.versions,
    changedSincePublished: latest !== undefined && lastChange !== undefined && lastChange > latest.publishedAt,
  }
}

/**
 * Publishes the year's self-assessment as it stands: only once the governing body has responded and the Member
 * responsible has signed it off, and every provision the data cannot evidence has the council's answer.
 */
export async function publishSelfAssessment(db: Kysely<Database>, councilId: string, current: SelfAssessment, by: string, at: Date): Promise<PublishedVersion> {
  if (current.signOff === null) {
    throw domainError('SELF_ASSESSMENT.NOT_SIGNED_OFF', 'record the governing body\'s response and the Member responsible\'s sign-off first (PUT .../sign-off)')
  }
  const missing = current.rows.filter((r) => r.status === 'not_answered').map((r) => r.ref)
  if (missing.length > 0) {
    throw domainError('SELF_ASSESSMENT.INCOMPLETE', `${missing.length} provisions the data cannot evidence have no answer yet`, missing)
  }
  const { versions: _versions, changedSincePublished: _changed, ...content } = current
  try {
    return await insertVersion(db, councilId, current.year, content, by, at)
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === '23505') throw domainError('SELF_ASSESSMENT.PUBLISHED_CONCURRENTLY', 'another publication of this year took the version number: read the versions and try again')
    throw error
  }
}

export type FrozenSelfAssessment = Omit<SelfAssessment, 'versions' | 'changedSincePublished'> & { signOff: SelfAssessmentSignOff }

export async function publishedSelfAssessment(db: Kysely<Database>, councilId: string, year: number, version: number): Promise<(PublishedVersion & { content: FrozenSelfAssessment }) | null> {
  return findVersion<FrozenSelfAssessment>(db, councilId, year, version)
}

export const answerProvision = (db: Kysely<Database>, councilId: string, year: number, answer: Omit<SelfAssessmentAnswer, 'answeredAt'>, at: Date) =>
  saveAnswer(db, councilId, year, answer, at)

export const recordSignOff = (db: Kysely<Database>, councilId: string, year: number, signOff: Omit<SelfAssessmentSignOff, 'recordedAt'>, at: Date) =>
  saveSignOff(db, councilId, year, signOff, at)
