import type { ColumnType, Generated, JSONColumnType } from 'kysely'

/** Timestamps are written as Date or ISO string and always read back as Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>
/** A timestamp the database fills in (`default now()`). */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** `date` columns are read as 'YYYY-MM-DD' strings on both backends (see create-db.ts). */
export type DateString = string

export interface CouncilTable {
  id: Generated<string>
  slug: string
  name: string
  bank_holiday_division: string
  reference_prefix: string
  public_intake_enabled: Generated<boolean>
  public_intake_origins: Generated<string[]>
  suspended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  created_at: GeneratedTimestamp
}

export interface CouncilPolicyTable {
  council_id: string
  version: number
  preset: string
  overrides: JSONColumnType<Record<string, unknown>>
  policy: JSONColumnType<Record<string, unknown>>
  created_by: string
  created_at: GeneratedTimestamp
}

export interface CaseTable {
  id: Generated<string>
  council_id: string
  reference: string
  version: number
  policy_version: number
  policy: JSONColumnType<Record<string, unknown>>
  state: JSONColumnType<Record<string, unknown>>
  intake: JSONColumnType<Record<string, unknown>>
  status: string
  kind: string | null
  stage: number
  channel: string
  received_at: Timestamp
  received_on: DateString
  sensitive: boolean
  anonymous: boolean
  service_areas: string[]
  categories: string[]
  lead_service_area: string | null
  handler: string | null
  stage2_handler: string | null
  created_by: string
  next_due_on: DateString | null
  next_due_kind: string | null
  escalation_window_ends_on: DateString | null
  open_remedies: number
  next_remedy_due_on: DateString | null
  /** When an open case's reasonable adjustments are next reviewed (Code 5.6). */
  adjustments_review_on: DateString | null
  linked_case_id: string | null
  crm_reference: string | null
  /** The working-day calendar the case runs under, fixed at intake (written by insertCase). */
  bank_holiday_division: Generated<string>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface CaseEventTable {
  case_id: string
  sequence: number
  council_id: string
  type: string
  actor: string
  occurred_at: Timestamp
  recorded_at: GeneratedTimestamp
  data: JSONColumnType<Record<string, unknown>>
  /** Position in the council-wide event log (a sequence; gaps allowed, never reused). */
  position: Generated<number>
  /**
   * The log's transaction id (xid8, as text): the writer's, or the case's previous event's when that is later
   * (see appendEvents). Readers pass only ids older than any transaction still running.
   */
  xid: Generated<string>
  /** The case's version once this event's change committed. */
  case_version: number
  /** Set on time-based events, so each is written once per case and key. */
  dedupe_key: ColumnType<string | null, string | null | undefined, string | null>
}

/** The deadline alert scheduler's note of a case: looked at, at which version, and when to look again. */
export interface CaseAlertCheckTable {
  case_id: string
  case_version: number
  /** The next Europe/London date an alert becomes due ('YYYY-MM-DD'); null: none until the case changes. */
  next_alert_on: string | null
  checked_at: GeneratedTimestamp
}

export interface IdempotencyKeyTable {
  council_id: string
  key: string
  request_hash: string
  case_id: string | null
  created_at: GeneratedTimestamp
}

export interface CaseReportFactsTable {
  case_id: string
  council_id: string
  received_on: DateString
  status: string
  kind: string | null
  channel: string
  service_area: string | null
  categories: string[]
  acceptance: string | null
  refusal_codes: string[]
  withdrawn_on: DateString | null
  s1_ack_due_on: DateString | null
  s1_ack_on: DateString | null
  s1_due_original_on: DateString | null
  s1_due_on: DateString | null
  s1_responded_on: DateString | null
  s1_outcome: string | null
  s1_detailed_outcome: string | null
  s1_extension_days: number
  s1_beyond_cap: boolean
  s1_paused_days: number
  s1_working_days: number | null
  escalated_on: DateString | null
  escalation_decision: string | null
  s2_ack_due_on: DateString | null
  s2_ack_on: DateString | null
  s2_due_original_on: DateString | null
  s2_due_on: DateString | null
  s2_responded_on: DateString | null
  s2_outcome: string | null
  s2_detailed_outcome: string | null
  s2_extension_days: number
  s2_beyond_cap: boolean
  s2_paused_days: number
  s2_working_days: number | null
  ombudsman_referred_on: DateString | null
  ombudsman_decision: string | null
  ombudsman_decided_on: DateString | null
  next_due_on: DateString | null
  next_due_kind: string | null
  /** Actions keyed in more than the policy's threshold of working days after they happened. */
  keyed_late_actions: number
  updated_at: GeneratedTimestamp
}

export interface CaseReportRemedyTable {
  case_id: string
  remedy_id: string
  council_id: string
  source: string
  type: string
  status: string
  offered_on: DateString
  due_on: DateString
  completed_on: DateString | null
  amount_pence: number | null
}

export interface ExceptionalCircumstanceTable {
  id: Generated<string>
  council_id: string
  starts_on: DateString
  ends_on: DateString | null
  affected: string
  ombudsman_told_on: DateString | null
  returned_to_compliance_on: DateString | null
  recorded_by: string
  created_at: GeneratedTimestamp
}

export interface AnnualReportNarrativeTable {
  council_id: string
  year: number
  service_improvements: string
  governance_response: string
  updated_by: string
  updated_at: GeneratedTimestamp
}

export interface CouncilReportSettingsTable {
  council_id: string
  population: number | null
  /** numeric: read back as a string by pg, written as a number. */
  target_percent: ColumnType<string | number, number | undefined, number>
  amber_from_percent: ColumnType<string | number, number | undefined, number>
}

export interface SelfAssessmentAnswerTable {
  council_id: string
  year: number
  ref: string
  complies: boolean | null
  evidence: string
  links: string[]
  commentary: string
  action: string | null
  action_due_on: DateString | null
  answered_by: string
  answered_at: Timestamp
}

export interface SelfAssessmentSignoffTable {
  council_id: string
  year: number
  governing_body: string
  governing_body_response: string
  responded_on: DateString
  member_responsible: string
  member_signed_off_on: DateString
  recorded_by: string
  recorded_at: Timestamp
}

export interface SelfAssessmentVersionTable {
  council_id: string
  year: number
  version: number
  content: JSONColumnType<Record<string, unknown>>
  published_by: string
  published_at: Timestamp
}

export interface LearningActionTable {
  id: Generated<string>
  council_id: string
  what: string
  service_area: string
  owner: string
  due_on: DateString
  done_on: DateString | null
  recorded_on: DateString
  recorded_by: string
  updated_at: Timestamp
}

export interface LearningActionCaseTable {
  action_id: string
  case_id: string
}

export interface RateLimitCounterTable {
  key: string
  window_started_at: GeneratedTimestamp
  hits: number
}

export interface WebhookSubscriptionTable {
  id: Generated<string>
  council_id: string
  url: string
  /** null: every event type. */
  event_types: string[] | null
  description: Generated<string>
  enabled: Generated<boolean>
  disabled_reason: string | null
  secret: string
  previous_secret: string | null
  previous_secret_expires_at: Timestamp | null
  cursor_xid: string | null
  cursor_position: number | null
  created_by: string
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface WebhookDeliveryTable {
  id: Generated<string>
  subscription_id: string
  council_id: string
  case_id: string
  event_xid: string
  event_position: number
  message_id: string
  event_type: string
  payload: string
  replay: Generated<boolean>
  status: Generated<string>
  attempts: Generated<number>
  next_attempt_at: Timestamp
  leased_until: Timestamp | null
  last_error: string | null
  created_at: GeneratedTimestamp
  delivered_at: Timestamp | null
}

export interface WebhookAttemptTable {
  id: Generated<number>
  delivery_id: string
  attempted_at: Timestamp
  duration_ms: number
  status_code: number | null
  error: string | null
}

export interface CouncilIdentityProviderTable {
  id: Generated<string>
  council_id: string
  issuer: string
  jwks_url: string
  audience: string | null
  roles_claim: string
  council_claim: string | null
  created_by: string
  created_at: GeneratedTimestamp
}

export interface StaffTable {
  council_id: string
  subject: string
  registered: Generated<boolean>
  display_name: string | null
  email: string | null
  service_areas: Generated<string[]>
  may_handle_stage1: Generated<boolean>
  may_review_stage2: Generated<boolean>
  active: Generated<boolean>
  first_seen_at: Date | null
  updated_by: string | null
  updated_at: GeneratedTimestamp
}

export interface Database {
  case_alert_checks: CaseAlertCheckTable
  webhook_subscriptions: WebhookSubscriptionTable
  webhook_deliveries: WebhookDeliveryTable
  webhook_attempts: WebhookAttemptTable
  councils: CouncilTable
  council_identity_providers: CouncilIdentityProviderTable
  staff: StaffTable
  council_policies: CouncilPolicyTable
  cases: CaseTable
  case_events: CaseEventTable
  idempotency_keys: IdempotencyKeyTable
  rate_limit_counters: RateLimitCounterTable
  case_report_facts: CaseReportFactsTable
  case_report_remedies: CaseReportRemedyTable
  exceptional_circumstances: ExceptionalCircumstanceTable
  annual_report_narratives: AnnualReportNarrativeTable
  council_report_settings: CouncilReportSettingsTable
  self_assessment_answers: SelfAssessmentAnswerTable
  self_assessment_signoffs: SelfAssessmentSignoffTable
  self_assessment_versions: SelfAssessmentVersionTable
  learning_actions: LearningActionTable
  learning_action_cases: LearningActionCaseTable
}
