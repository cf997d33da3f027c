/**
 * A case as the application holds it: its state and policy (the domain's), the intake details beside them, and the
 * projection the queue and reports index. The database keeps it in snake_case columns (db/database.ts); the
 * repositories map each row to this record at their edge (db/row-mapping.ts), so nothing outside db/ sees a column
 * name.
 */
import type { Policy } from '../policy/policy.schema.js'
import type { CaseState } from './case-state.js'
import type { Channel } from './case-vocabulary.schema.js'

/** The person the complaint is from (personal data), as intake recorded it. */
export interface IntakePerson {
  name: string
  email?: string
  phone?: string
  address?: string
  preferredContactMethod?: string
  reasonableAdjustments?: string
  vulnerability?: string
}

/** Someone complaining on the person's behalf (personal data), with the consent that lets them act. */
export interface IntakeRepresentative {
  name: string
  relationship: string
  email?: string
  phone?: string
  consent: { basis: string; recordedOn: string }
}

/** A further issue added to the case before its stage 1 response (services/related-issues.ts). */
export interface RelatedIssue { summary: string; addedAt: string }

/**
 * What intake records beside the domain's facts (the `intake` JSON column): the person, the matter, the CRM's
 * reference, as submitted, kept as amended.
 */
export interface IntakeDetails {
  channel: Channel
  receivedAt?: string
  anonymous?: boolean
  sensitive?: boolean
  person?: IntakePerson
  representative?: IntakeRepresentative
  summary?: string
  desiredOutcome?: string
  awareOn?: string
  adjustmentsReviewOn?: string
  serviceAreas?: string[]
  categories?: string[]
  crmReference?: string
  relatedCaseId?: string
  relatedIssues?: RelatedIssue[]
}

export interface CaseRecord {
  id: string
  councilId: string
  reference: string
  version: number
  policyVersion: number
  /** The council's policy as it was when the case was received: an open case keeps it. */
  policy: Policy
  state: CaseState
  intake: IntakeDetails
  status: string
  kind: string | null
  stage: number
  channel: string
  receivedAt: Date
  receivedOn: string
  sensitive: boolean
  anonymous: boolean
  serviceAreas: string[]
  categories: string[]
  leadServiceArea: string | null
  handler: string | null
  stage2Handler: string | null
  createdBy: string
  nextDueOn: string | null
  nextDueKind: string | null
  escalationWindowEndsOn: string | null
  openRemedies: number
  nextRemedyDueOn: string | null
  /** When an open case's reasonable adjustments are next reviewed (Code 5.6). */
  adjustmentsReviewOn: string | null
  linkedCaseId: string | null
  crmReference: string | null
  /** The person's email and phone as lookup keys, computed by the database from the intake. */
  personEmail: string | null
  personPhone: string | null
  /** The day of the last correspondence either way; null: none yet. */
  lastContactOn: string | null
  /** Duties to tell the person done with no outgoing correspondence recorded for them. */
  correspondenceGaps: number
  /** The working-day calendar the case runs under, fixed at intake. */
  bankHolidayDivision: string
  createdAt: Date
  updatedAt: Date
}
