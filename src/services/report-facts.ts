/**
 * What the reports count about one case, computed from its state alone: dates, flags and working-day figures,
 * never a name or a word of the complaint. Rewritten in the same transaction as every write of the case, so the
 * reports are always exactly as current as the cases.
 */
import {
  caseDeadlines, DEFAULT_KEYED_LATE_AFTER_WORKING_DAYS, findDeadline, londonDate, workingDaysBetween,
  type Calendar, type CaseRecord, type CaseState, type Deadline, type Policy, type StageRecord,
} from '../domain/index.js'
import type { ReportFacts, ReportRemedy } from '../db/report.repository.js'
import { deadlinesOf, projectCase } from './case-projection.js'

/** The facts of one stage; the original due date is the same count without extensions (pauses still count). */
function stageFacts(cal: Calendar, stage: StageRecord | null, start: string | null, ack: Deadline | undefined, due: Deadline | undefined, original: Deadline | undefined) {
  const response = stage?.response ?? null
  const paused = stage?.pauses.reduce((sum, p) => sum + (p.workingDays ?? 0), 0) ?? 0
  return {
    ackDueOn: ack?.due ?? null,
    ackOn: stage?.acknowledgedOn ?? null,
    dueOriginalOn: original?.due ?? null,
    dueOn: response?.dueOn ?? due?.due ?? null,
    respondedOn: response?.respondedOn ?? null,
    outcome: response?.outcome ?? null,
    detailedOutcome: response?.detailedOutcome ?? null,
    extensionDays: stage?.extensions.reduce((sum, e) => sum + e.workingDays, 0) ?? 0,
    beyondCap: stage?.extensions.some((e) => e.beyondCode) ?? false,
    pausedDays: paused,
    workingDays: response !== null && start !== null ? Math.max(0, workingDaysBetween(cal, start, response.respondedOn) - paused) : null,
  }
}

const withoutExtensions = (s: CaseState): CaseState => ({
  ...s,
  stage1: { ...s.stage1, extensions: [] },
  stage2: s.stage2 === null ? null : { ...s.stage2, extensions: [] },
})

function remedyOfferedOn(s: CaseState, source: 'stage1' | 'stage2' | 'ombudsman'): string {
  const on = source === 'stage1' ? s.stage1.response?.respondedOn : source === 'stage2' ? s.stage2?.response?.respondedOn : s.ombudsman?.decidedOn
  return on ?? s.receivedOn
}

/** Actions keyed in more than the policy's threshold of working days after they happened (Europe/London dates). */
export function keyedLate(state: CaseState, policy: Policy, cal: Calendar): number {
  const threshold = policy.keyedLateAfterWorkingDays ?? DEFAULT_KEYED_LATE_AFTER_WORKING_DAYS
  return (state.backdated ?? []).filter((b) => workingDaysBetween(cal, londonDate(b.occurredAt), londonDate(b.recordedAt)) > threshold).length
}

export interface CaseFacts {
  facts: ReportFacts
  remedies: ReportRemedy[]
}

export interface FactsSource {
  id: string
  councilId: string
  channel: string
  serviceAreas: string[]
  categories: string[]
}

/** Each stage's dates and figures, against the deadlines as extended and as first set. */
function bothStagesFacts(state: CaseState, policy: Policy, cal: Calendar) {
  const deadlines = deadlinesOf(state, policy, cal)
  const extended = state.stage1.extensions.length > 0 || (state.stage2?.extensions.length ?? 0) > 0
  const originals = extended ? caseDeadlines(withoutExtensions(state), policy, cal) : deadlines
  const s1 = stageFacts(cal, state.stage1, state.receivedOn, findDeadline(deadlines, 'stage1_acknowledgement'),
    findDeadline(deadlines, 'stage1_response'), findDeadline(originals, 'stage1_response'))
  const s2 = stageFacts(cal, state.stage2, state.escalation?.requestedOn ?? null, findDeadline(deadlines, 'stage2_acknowledgement'),
    findDeadline(deadlines, 'stage2_response'), findDeadline(originals, 'stage2_response'))
  return { s1, s2 }
}

function remedyFacts(c: FactsSource, state: CaseState): ReportRemedy[] {
  return state.remedies.map((r) => ({
    caseId: c.id,
    remedyId: r.id,
    councilId: c.councilId,
    source: r.source,
    type: r.type,
    status: r.status,
    offeredOn: remedyOfferedOn(state, r.source),
    dueOn: r.dueDate,
    completedOn: r.completedOn,
    amountPence: r.amountPence ?? null,
  }))
}

/** Pure: the report row and remedy rows of a case. */
export function reportFacts(c: FactsSource, state: CaseState, policy: Policy, cal: Calendar): CaseFacts {
  const { s1, s2 } = bothStagesFacts(state, policy, cal)
  const projection = projectCase(state, policy, cal)
  const facts: ReportFacts = {
    caseId: c.id,
    councilId: c.councilId,
    receivedOn: state.receivedOn,
    status: state.status,
    kind: state.triage?.as ?? null,
    channel: c.channel,
    serviceArea: state.stage1.serviceArea ?? c.serviceAreas[0] ?? null,
    categories: c.categories,
    acceptance: state.acceptance?.decision ?? null,
    refusalCodes: state.acceptance?.decision === 'refused' ? state.acceptance.exclusionCodes : [],
    withdrawnOn: state.withdrawal?.withdrawnOn ?? null,
    s1AckDueOn: s1.ackDueOn, s1AckOn: s1.ackOn, s1DueOriginalOn: s1.dueOriginalOn, s1DueOn: s1.dueOn, s1RespondedOn: s1.respondedOn,
    s1Outcome: s1.outcome, s1DetailedOutcome: s1.detailedOutcome, s1ExtensionDays: s1.extensionDays, s1BeyondCap: s1.beyondCap,
    s1PausedDays: s1.pausedDays, s1WorkingDays: s1.workingDays,
    escalatedOn: state.escalation?.requestedOn ?? null,
    escalationDecision: state.escalation?.decision?.decision ?? null,
    s2AckDueOn: s2.ackDueOn, s2AckOn: s2.ackOn, s2DueOriginalOn: s2.dueOriginalOn, s2DueOn: s2.dueOn, s2RespondedOn: s2.respondedOn,
    s2Outcome: s2.outcome, s2DetailedOutcome: s2.detailedOutcome, s2ExtensionDays: s2.extensionDays, s2BeyondCap: s2.beyondCap,
    s2PausedDays: s2.pausedDays, s2WorkingDays: s2.workingDays,
    ombudsmanReferredOn: state.ombudsman?.referredOn ?? null,
    ombudsmanDecision: state.ombudsman?.decision ?? null,
    ombudsmanDecidedOn: state.ombudsman?.decidedOn ?? null,
    nextDueOn: projection.nextDueOn,
    nextDueKind: projection.nextDueKind,
    keyedLateActions: keyedLate(state, policy, cal),
  }
  return { facts, remedies: remedyFacts(c, state) }
}

/** The facts of a case as a write leaves it; the case service writes them in the same statement as the case. */
export function caseFacts(row: Pick<CaseRecord, 'id' | 'councilId' | 'channel' | 'serviceAreas' | 'categories' | 'state' | 'policy'>, cal: Calendar): CaseFacts {
  const source: FactsSource = { id: row.id, councilId: row.councilId, channel: row.channel, serviceAreas: row.serviceAreas, categories: row.categories }
  return reportFacts(source, row.state, row.policy, cal)
}
