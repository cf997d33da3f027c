import { DEFAULT_UPDATE_EVERY_WORKING_DAYS, closedOn, effectiveStatus, londonDate, readStatus, updateDue, type CaseStatus, type Channel, type Calendar, type TriageAs } from '../domain/index.js'
import type { CaseViewRow } from '../db/case.repository.js'
import type { CaseQueueRow } from '../db/case-queue.repository.js'
import { seesPersonalData, type CaseScope } from './case-access.js'
import { caseFlags, deadlineViews } from './case-projection.js'

interface RelatedIssue { summary: string; addedAt: string }

/** The case as the API shows it: state, deadlines with their basis, flags, and personal data only for those allowed. */
export function caseView(row: CaseViewRow, scope: CaseScope, calendar: Calendar, now: Date) {
  const state = row.state
  const policy = row.policy
  const intake = row.intake as Record<string, unknown>
  const visible = seesPersonalData(scope, row)
  const deadlines = deadlineViews(state, policy, calendar, now)
  const today = londonDate(now)
  const personal = <T>(value: T | undefined): T | null => (visible && value !== undefined ? value : null)
  // As the correspondence log answers it (services/correspondence.ts): the stored last contact, else receipt.
  const lastContactOn = row.last_contact_on !== null && row.last_contact_on > state.receivedOn ? row.last_contact_on : state.receivedOn
  const every = policy.updateEveryWorkingDays ?? DEFAULT_UPDATE_EVERY_WORKING_DAYS
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
    personalDataHidden: !visible,
    person: personal(intake.person),
    representative: personal(intake.representative),
    summary: personal(intake.summary as string | undefined),
    desiredOutcome: personal(intake.desiredOutcome as string | undefined),
    adjustmentsReviewOn: personal(state.adjustmentsReviewOn ?? undefined),
    relatedIssues: ((intake.relatedIssues as RelatedIssue[] | undefined) ?? []).map((i) => ({ summary: personal(i.summary), addedAt: i.addedAt })),
    serviceAreas: row.service_areas,
    categories: row.categories,
    crmReference: row.crm_reference,
    policy: { id: policy.id, version: row.policy_version },
    leadServiceArea: row.lead_service_area,
    handler: row.handler,
    stage2Handler: row.stage2_handler,
    deadlines,
    nextDue: row.next_due_on && row.next_due_kind ? { kind: row.next_due_kind, due: row.next_due_on } : null,
    flags: caseFlags(state, deadlines, now),
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
    lastContactOn,
    updateDue: row.next_due_on !== null && updateDue(calendar, lastContactOn, today, every),
    closedOn: closedOn(state, now),
    backdated: state.backdated ?? [],
    linkedCaseId: row.linked_case_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

/** A queue line; with `names` (subject -> display name from the council's staff) it shows handlers by name. */
export function caseSummary(row: CaseQueueRow, now: Date, names?: ReadonlyMap<string, string>) {
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    // The projected status and window, as the queue's status filter reads them (domain readStatus).
    status: readStatus({ status: row.status as CaseStatus, escalationWindowEndsOn: row.escalation_window_ends_on }, londonDate(now)),
    kind: row.kind as TriageAs | null,
    stage: row.stage,
    channel: row.channel as Channel,
    receivedAt: row.received_at_text,
    sensitive: row.sensitive,
    serviceAreas: row.service_areas,
    leadServiceArea: row.lead_service_area,
    handler: row.handler,
    stage2Handler: row.stage2_handler,
    ...(names ? {
      handlerName: row.handler === null ? null : names.get(row.handler) ?? null,
      stage2HandlerName: row.stage2_handler === null ? null : names.get(row.stage2_handler) ?? null,
    } : {}),
    nextDue: row.next_due_on && row.next_due_kind ? { kind: row.next_due_kind, due: row.next_due_on } : null,
    overdue: row.next_due_on !== null && row.next_due_on < londonDate(now),
    openRemedies: row.open_remedies,
    nextRemedyDueOn: row.next_remedy_due_on,
    adjustmentsReviewDue: row.adjustments_review_on !== null && row.adjustments_review_on <= londonDate(now),
    updatedAt: row.updated_at.toISOString(),
  }
}
