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

export interface CaseReferenceCounterTable {
  council_id: string
  year: number
  last_number: number
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
  linked_case_id: string | null
  crm_reference: string | null
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
}

export interface IdempotencyKeyTable {
  council_id: string
  key: string
  request_hash: string
  case_id: string | null
  created_at: GeneratedTimestamp
}

export interface Database {
  councils: CouncilTable
  council_policies: CouncilPolicyTable
  case_reference_counters: CaseReferenceCounterTable
  cases: CaseTable
  case_events: CaseEventTable
  idempotency_keys: IdempotencyKeyTable
}
