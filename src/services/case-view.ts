import { DEFAULT_UPDATE_EVERY_WORKING_DAYS, closedOn, effectiveStatus, londonDate, readStatus, updateDue, type CaseStatus, type Channel, type Calendar, type TriageAs } from '../domain/index.js'
import type { CaseViewRecord } from '../db/case.repository.js'
import type { QueueLine } from '../db/case-queue.repository.js'
import { seesPersonalData, type CaseScope } from './case-access.js'
import { caseFlags, deadlineViews } from './case-projection.js'

/** The person, their words and their adjustments: only for those who may see them (null otherwise). */
function personalView(row: CaseViewRecord, visible: boolean) {
  const intake = row.intake
  const personal = <T>(value: T | undefined): T | null => (visible && value !== undefined ? value : null)
  return {
    personalDataHidden: !visible,
    person: personal(intake.person),
    representative: personal(intake.representative),
    summary: personal(intake.summary),
    desiredOutcome: personal(intake.desiredOutcome),
    adjustmentsReviewOn: personal(row.state.adjustmentsReviewOn ?? undefined),
    relatedIssues: (intake.relatedIssues ?? []).map((i) => ({ summary: personal(i.summary), addedAt: i.addedAt })),
  }
}

/** The regular update: the last contact as the correspondence log answers it (services/correspondence.ts), else receipt. */
function contactView(row: CaseViewRecord, calendar: Calendar, today: string) {
  const { state, policy } = row
  const lastContactOn = row.lastContactOn !== null && row.lastContactOn > state.receivedOn ? row.lastContactOn : state.receivedOn
  const every = policy.updateEveryWorkingDays ?? DEFAULT_UPDATE_EVERY_WORKING_DAYS
  return { lastContactOn, updateDue: row.nextDueOn !== null && updateDue(calendar, lastContactOn, today, every) }
}

/** What was recorded at each step, as the state holds it; remedies say whether they are overdue today. */
function recordView(state: CaseViewRecord['state'], today: string) {
  return {
    twelveMonth: state.twelveMonth,
    triage: state.triage,
    acceptance: state.acceptance,
    stage1: state.stage1,
    escalation: state.escalation,
    stage2: state.stage2,
    remedies: state.remedies.map((r) => ({ ...r, overdue: r.status === 'open' && r.dueDate < today })),
    actions: state.actions,
    ombudsman: state.ombudsman,
    withdrawal: state.withdrawal,
  }
}

/** The case as the API shows it: state, deadlines with their basis, flags, and personal data only for those allowed. */
export function caseView(row: CaseViewRecord, scope: CaseScope, calendar: Calendar, now: Date) {
  const { state, policy } = row
  const deadlines = deadlineViews(state, policy, calendar, now)
  const today = londonDate(now)
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    status: effectiveStatus(state, now),
    kind: state.triage?.as ?? null,
    stage: row.stage,
    channel: state.channel,
    receivedAt: state.receivedAt,
    receivedOn: state.receivedOn,
    awareOn: state.awareOn,
    anonymous: state.anonymous,
    sensitive: state.sensitive,
    ...personalView(row, seesPersonalData(scope, row)),
    serviceAreas: row.serviceAreas,
    categories: row.categories,
    crmReference: row.crmReference,
    policy: { id: policy.id, version: row.policyVersion },
    leadServiceArea: row.leadServiceArea,
    handler: row.handler,
    stage2Handler: row.stage2Handler,
    deadlines,
    nextDue: row.nextDueOn && row.nextDueKind ? { kind: row.nextDueKind, due: row.nextDueOn } : null,
    flags: caseFlags(state, deadlines, now),
    ...recordView(state, today),
    ...contactView(row, calendar, today),
    closedOn: closedOn(state, now),
    backdated: state.backdated ?? [],
    linkedCaseId: row.linkedCaseId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** A queue line; with `names` (subject -> display name from the council's staff) it shows handlers by name. */
export function caseSummary(row: QueueLine, now: Date, names?: ReadonlyMap<string, string>) {
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    // The projected status and window, as the queue's status filter reads them (domain readStatus).
    status: readStatus({ status: row.status as CaseStatus, escalationWindowEndsOn: row.escalationWindowEndsOn }, londonDate(now)),
    kind: row.kind as TriageAs | null,
    stage: row.stage,
    channel: row.channel as Channel,
    receivedAt: row.receivedAtText,
    sensitive: row.sensitive,
    serviceAreas: row.serviceAreas,
    leadServiceArea: row.leadServiceArea,
    handler: row.handler,
    stage2Handler: row.stage2Handler,
    ...(names ? {
      handlerName: row.handler === null ? null : names.get(row.handler) ?? null,
      stage2HandlerName: row.stage2Handler === null ? null : names.get(row.stage2Handler) ?? null,
    } : {}),
    nextDue: row.nextDueOn && row.nextDueKind ? { kind: row.nextDueKind, due: row.nextDueOn } : null,
    overdue: row.nextDueOn !== null && row.nextDueOn < londonDate(now),
    openRemedies: row.openRemedies,
    nextRemedyDueOn: row.nextRemedyDueOn,
    adjustmentsReviewDue: row.adjustmentsReviewOn !== null && row.adjustmentsReviewOn <= londonDate(now),
    updatedAt: row.updatedAt.toISOString(),
  }
}
