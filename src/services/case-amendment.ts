/**
 * Amending a case: the person's contact details, the representative and consent, reasonable adjustments and their
 * review date (Code 5.6), vulnerability, the sensitive flag, the summary, the outcome wanted, service areas and
 * categories. Each amendment is one event in the case's history naming every field with its old and new value;
 * the whole patch is checked first and applies all together or not at all.
 */
import { isDeepStrictEqual } from 'node:util'
import { londonDate, type FieldChange, type IntakeDetails, type IntakePerson, type IntakeRepresentative } from '../domain/index.js'
import { AppError, type FieldIssue } from './app-error.js'
import { caseScope } from './case-access.js'
import { applyToLocked, lockCaseFor, type Caller, type CaseDeps, type CaseRecord } from './cases.js'

type Nullable<T> = { [K in keyof T]?: T[K] | null }

export interface PersonPatch extends Nullable<{
  email: string; phone: string; address: string; preferredContactMethod: string; reasonableAdjustments: string; vulnerability: string
}> {
  name?: string
}

export interface Amendment {
  person?: PersonPatch
  representative?: IntakeRepresentative | null
  adjustmentsReviewOn?: string | null
  sensitive?: boolean
  summary?: string
  desiredOutcome?: string | null
  serviceAreas?: string[]
  categories?: string[]
  reason?: string
}

/** The fields an amendment may change at the top level of the intake details (person is merged field by field). */
const TOP_LEVEL = ['representative', 'adjustmentsReviewOn', 'sensitive', 'summary', 'desiredOutcome', 'serviceAreas', 'categories'] as const

const issue = (field: string, rule: string, message: string): FieldIssue => ({ location: 'body', field, rule, message })

/** A null removes an optional field; anything else replaces it. */
function merged<T extends object>(base: T, patch: object): T {
  const out = { ...base } as Record<string, unknown>
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else if (v !== undefined) out[k] = v
  }
  return out as T
}

function change(field: string, from: unknown, to: unknown): FieldChange {
  return { field, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) } as FieldChange
}

/** What the patch changes, field by field, against the intake details as they are. */
function changesOf(before: IntakeDetails, after: IntakeDetails): FieldChange[] {
  const out: FieldChange[] = []
  const pb: Record<string, unknown> = { ...before.person }
  const pa: Record<string, unknown> = { ...after.person }
  for (const key of [...new Set([...Object.keys(pb), ...Object.keys(pa)])].sort()) {
    if (!isDeepStrictEqual(pb[key], pa[key])) out.push(change(`/person/${key}`, pb[key], pa[key]))
  }
  for (const key of TOP_LEVEL) {
    if (!isDeepStrictEqual(before[key], after[key])) out.push(change(`/${key}`, before[key], after[key]))
  }
  return out
}

/** The intake details as they stand, with the flag and lists read from the case (intake may have left them out). */
function current(row: CaseRecord): IntakeDetails {
  return { ...row.intake, sensitive: row.sensitive, serviceAreas: row.serviceAreas, categories: row.categories }
}

function checked(row: CaseRecord, intake: IntakeDetails, patch: Amendment, today: string): IntakeDetails {
  const state = row.state
  const errors: FieldIssue[] = []
  if (state.anonymous && patch.person !== undefined) errors.push(issue('/person', 'anonymous', 'an anonymous complaint records no person'))
  if (state.anonymous && patch.representative) errors.push(issue('/representative', 'anonymous', 'an anonymous complaint records no representative'))
  const next = merged(intake, { ...patch, person: undefined, reason: undefined })
  const person = patch.person !== undefined && !state.anonymous ? merged<Partial<IntakePerson>>(intake.person ?? {}, patch.person) : intake.person
  if (person !== undefined && typeof person.name !== 'string') errors.push(issue('/person/name', 'required', 'the person needs a name'))
  // Adjustments removed: nothing is left to review.
  if (person?.reasonableAdjustments === undefined && patch.adjustmentsReviewOn === undefined) delete next.adjustmentsReviewOn
  const review = next.adjustmentsReviewOn
  if (review !== undefined && person?.reasonableAdjustments === undefined) {
    errors.push(issue('/adjustmentsReviewOn', 'requiresReasonableAdjustments', 'a review date needs reasonable adjustments to review (person.reasonableAdjustments)'))
  }
  if (patch.adjustmentsReviewOn && patch.adjustmentsReviewOn < today) errors.push(issue('/adjustmentsReviewOn', 'notInPast', `must be today (${today}) or later`))
  const consentOn = patch.representative?.consent.recordedOn
  if (consentOn !== undefined && consentOn > today) errors.push(issue('/representative/consent/recordedOn', 'notInFuture', `must be today (${today}) or earlier`))
  if (errors.length > 0) throw new AppError('CASE.INVALID_AMENDMENT', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors })
  // Checked above: a person left by the patch has a name.
  return person === undefined ? next : { ...next, person: person as IntakePerson }
}

/**
 * Applies an amendment under the case's row lock and If-Match. A patch that changes nothing records nothing and
 * answers the case as it is; the sensitive flag is the complaints team's to change.
 */
export async function amendCase(deps: CaseDeps, caller: Caller, caseId: string, patch: Amendment, ifMatch: number | null): Promise<CaseRecord> {
  if (TOP_LEVEL.every((k) => patch[k] === undefined) && patch.person === undefined) {
    throw new AppError('CASE.INVALID_AMENDMENT', 'Name at least one field to change.', { errors: [issue('', 'minProperties', 'name at least one field to change')] })
  }
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockCaseFor(trx, caller, caseId, 'amend', ifMatch)
    if (patch.sensitive !== undefined && patch.sensitive !== row.sensitive && !caseScope(caller.principal).all) {
      throw new AppError('AUTH.FORBIDDEN', 'Only the complaints team may change whether a case is sensitive.')
    }
    const before = current(row)
    const intake = checked(row, before, patch, londonDate(deps.now()))
    const changes = changesOf(before, intake)
    if (changes.length === 0) return row
    return applyToLocked(trx, deps, caller, row, { type: 'amend', changes, ...(patch.reason ? { reason: patch.reason } : {}) }, {
      row: {
        intake,
        ...(patch.serviceAreas ? { serviceAreas: patch.serviceAreas } : {}),
        ...(patch.categories ? { categories: patch.categories } : {}),
      },
    })
  })
}
