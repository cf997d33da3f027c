/**
 * Which error codes each operation can answer with: the one list the contract's per-operation tables, the
 * `x-error-codes` lists and the error responses are generated from (finish-contract.ts), and that the server
 * checks its own answers against (an undeclared code is logged and counted, and the tests fail on it).
 *
 * An operation's codes are those every route of its kind can meet (validation, authentication, a malformed body,
 * an outage: `commonCodes`) and its own: for a case action, the codes its domain command can raise (the domain
 * lists them beside its rules: commandErrorCodes) and what the service around it checks, for every other
 * operation the codes its service and route raise (OPERATION_CODES). Each code's status comes from error-status.ts.
 */
import { commandErrorCodes, type CaseCommandType } from '../domain/index.js'
import { ALL_ERROR_STATUS } from './error-status.js'
import { CASE_ACTIONS } from './routes/complaints/case-actions.js'

// ---- what every route of a kind can meet ---------------------------------------------------------------------

/** Codes answered before any route runs (the HTTP parser, an unknown path, the metrics endpoint): in no operation. */
export const UNROUTED_CODES: ReadonlySet<string> = new Set(['REQUEST_TIMEOUT', 'HEADERS_TOO_LARGE', 'NOT_FOUND', 'METRICS.UNAUTHENTICATED'])

/**
 * The domain's guards that no request reaches: a command on a case never received, a case received twice. The
 * services look a case up before deciding (CASE.NOT_FOUND) and give each intake a new id, so these stay mapped
 * (should a future path reach them) but are in no operation's list.
 */
export const GUARD_CODES: ReadonlySet<string> = new Set(['CASE.NOT_RECEIVED', 'CASE.ALREADY_EXISTS'])

export interface RouteKind {
  public: boolean
  operator: boolean
  /** The route lists roles (so a principal without one gets 403 AUTH.FORBIDDEN). */
  roles: boolean
  /** The path has parameters. */
  params: boolean
  /** The method reads a body. */
  body: boolean
}

export function commonCodes(kind: RouteKind): string[] {
  const codes = ['VALIDATION', 'BAD_REQUEST', 'MALFORMED_URL', 'INTERNAL', 'DATABASE_UNAVAILABLE', 'OVERLOADED']
  if (kind.body) codes.push('MALFORMED_JSON', 'BODY_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE')
  if (kind.params) codes.push('URI_TOO_LONG')
  if (!kind.public) {
    codes.push('AUTH.UNAUTHENTICATED', 'AUTH.UNKNOWN_COUNCIL', 'AUTH.COUNCIL_SUSPENDED', kind.operator ? 'AUTH.OPERATOR_ONLY' : 'AUTH.COUNCIL_REQUIRED')
    if (kind.roles) codes.push('AUTH.FORBIDDEN')
  }
  return codes
}

// ---- case actions: from the domain's commands ----------------------------------------------------------------

/** Every action on a case: the service looks the case up, checks the caller's role and If-Match, then the domain decides. */
const CASE_ACTION_CODES = ['CASE.NOT_FOUND', 'AUTH.FORBIDDEN', 'CASE.VERSION_MISMATCH']

/** What the services check around decide: the staff record of the handler or reviewer being assigned (staff.ts). */
const SERVICE_CODES: Partial<Record<CaseCommandType, string[]>> = {
  assign: ['STAFF.NOT_STAFF', 'STAFF.INACTIVE', 'STAFF.MAY_NOT_HANDLE_STAGE1'],
  assign_stage2: ['STAFF.NOT_STAFF', 'STAFF.INACTIVE', 'STAFF.MAY_NOT_REVIEW_STAGE2'],
}

/** The codes an action on a case can answer with: the service's checks and the domain's (domain/case/command-codes.ts). */
export function caseCommandCodes(command: Exclude<CaseCommandType, 'receive'>): string[] {
  return [...CASE_ACTION_CODES, ...commandErrorCodes(command), ...(SERVICE_CODES[command] ?? [])]
}

// ---- every other operation: what its service and route raise -------------------------------------------------

const CASE_READ = ['CASE.NOT_FOUND']
const INTAKE = ['INTAKE.PERSON_REQUIRED', 'INTAKE.ANONYMOUS_WITH_PERSON', 'CASE.DATE_IN_FUTURE', 'CASE.DATE_OUT_OF_ORDER', 'IDEMPOTENCY.KEY_REUSED', 'CALENDAR.OUT_OF_RANGE']
const SELF_ASSESSMENT_WRITE = ['SELF_ASSESSMENT.NOT_SIGNED_OFF', 'SELF_ASSESSMENT.INCOMPLETE']

/** Operations that are not case actions (those are CASE_ACTIONS, from the domain), by operationId. */
export const OPERATION_CODES: Readonly<Record<string, readonly string[]>> = {
  getHealth: [],
  getReadiness: [],
  getMe: [],
  getCalendarDeadline: ['CALENDAR.INVALID_COUNT', 'CALENDAR.INVALID_DATE', 'CALENDAR.INVALID_INSTANT', 'CALENDAR.OUT_OF_RANGE', 'CALENDAR.UNKNOWN_DIVISION'],
  getCalendarWorkingDays: ['CALENDAR.INVALID_DATE', 'CALENDAR.INVALID_RANGE', 'CALENDAR.OUT_OF_RANGE', 'CALENDAR.UNKNOWN_DIVISION'],

  createComplaint: ['CASE.NOT_FOUND', ...INTAKE],
  listComplaints: [],
  getComplaint: CASE_READ,
  getComplaintByReference: CASE_READ,
  getComplaintTimeline: CASE_READ,
  amendComplaint: ['CASE.NOT_FOUND', 'AUTH.FORBIDDEN', 'CASE.VERSION_MISMATCH', 'CASE.INVALID_AMENDMENT', 'CASE.INVALID_DATE', 'CASE.DATE_IN_PAST', 'INTAKE.PERSON_REQUIRED', 'INTAKE.ANONYMOUS_WITH_PERSON'],
  correctAction: [
    'CASE.NOT_FOUND', 'AUTH.FORBIDDEN', 'CASE.VERSION_MISMATCH', 'CASE.NOT_CORRECTABLE', 'CASE.ALREADY_CORRECTED', 'CASE.CORRECTION_NOT_LATEST',
    'CASE.INVALID_DATE', 'CASE.DATE_IN_FUTURE', 'CASE.DATE_OUT_OF_ORDER',
  ],
  recordCorrespondence: ['CASE.NOT_FOUND', 'AUTH.FORBIDDEN', 'CASE.VERSION_MISMATCH', 'CORRESPONDENCE.IN_FUTURE', 'CORRESPONDENCE.BEFORE_RECEIPT', 'CORRESPONDENCE.DUTY_NEEDS_OUTGOING'],
  getCorrespondence: CASE_READ,
  checkExclusions: ['CASE.NOT_FOUND', 'AUTH.FORBIDDEN', 'CALENDAR.INVALID_DATE', 'EXCLUSION_CHECK.AWARE_AFTER_RECEIPT', 'EXCLUSION_CHECK.SAME_CASE', 'EXCLUSION_CHECK.UNKNOWN_CASE', 'EXCLUSION_CHECK.UNKNOWN_EXCLUSION'],
  raiseRelatedIssue: ['CASE.NOT_FOUND', 'AUTH.FORBIDDEN', 'CASE.VERSION_MISMATCH', ...INTAKE],

  getCurrentCouncil: ['COUNCIL.NOT_FOUND'],
  updateCurrentCouncil: ['COUNCIL.NOT_FOUND', 'COUNCIL.INVALID'],
  getCurrentPolicy: [],
  replaceCurrentPolicy: ['POLICY.INVALID', 'POLICY.VERSION_MISMATCH'],
  listPolicyVersions: [],
  getPolicyVersion: ['POLICY.VERSION_NOT_FOUND'],

  submitPublicComplaint: ['PUBLIC_INTAKE.NOT_AVAILABLE', 'PUBLIC_INTAKE.ORIGIN_NOT_ALLOWED', 'RATE_LIMITED', ...INTAKE],

  getSelfAssessment: [],
  answerSelfAssessmentProvision: [],
  signOffSelfAssessment: [],
  publishSelfAssessment: [...SELF_ASSESSMENT_WRITE, 'SELF_ASSESSMENT.PUBLISHED_CONCURRENTLY'],
  getPublishedSelfAssessment: ['SELF_ASSESSMENT.VERSION_NOT_FOUND'],
  getPerformanceFigures: [],
  getAnnualReport: [],
  getHalfYearReport: [],
  getCaseload: [],
  recordAnnualReportNarrative: [],
  recordExceptionalCircumstances: [],
  listExceptionalCircumstances: [],

  listStaff: [],
  getStaffMember: ['STAFF.NOT_FOUND'],
  putStaffMember: [],
  reassignOpenCases: ['STAFF.NOT_STAFF', 'STAFF.INACTIVE', 'STAFF.MAY_NOT_HANDLE_STAGE1', 'STAFF.MAY_NOT_REVIEW_STAGE2', 'STAFF.NO_SUCCESSOR', 'CASE.VERSION_MISMATCH'],

  listLearningActions: [],
  recordLearningAction: ['LEARNING.UNKNOWN_CASE'],
  recordLearningFromComplaint: ['CASE.NOT_FOUND'],
  updateLearningAction: ['LEARNING.NOT_FOUND', 'LEARNING.UNKNOWN_CASE'],

  listEvents: ['EVENTS.INVALID_CURSOR', 'EVENTS.UNKNOWN_TYPE'],
  createWebhookSubscription: ['WEBHOOK.URL_NOT_ALLOWED', 'EVENTS.UNKNOWN_TYPE'],
  listWebhookSubscriptions: [],
  getWebhookSubscription: ['WEBHOOK.NOT_FOUND'],
  updateWebhookSubscription: ['WEBHOOK.NOT_FOUND', 'WEBHOOK.URL_NOT_ALLOWED', 'EVENTS.UNKNOWN_TYPE'],
  deleteWebhookSubscription: ['WEBHOOK.NOT_FOUND'],
  rotateWebhookSecret: ['WEBHOOK.NOT_FOUND'],
  listWebhookDeliveries: ['WEBHOOK.NOT_FOUND'],
  replayWebhookEvents: ['WEBHOOK.NOT_FOUND', 'WEBHOOK.EVENT_NOT_FOUND', 'WEBHOOK.REPLAY_TOO_LARGE', 'EVENTS.INVALID_CURSOR'],

  listCouncils: [],
  createCouncil: ['COUNCIL.SLUG_TAKEN', 'COUNCIL.INVALID', 'POLICY.INVALID'],
  getCouncil: ['COUNCIL.NOT_FOUND'],
  changeCouncil: ['COUNCIL.NOT_FOUND', 'COUNCIL.INVALID', 'CALENDAR.UNKNOWN_DIVISION'],
  suspendCouncil: ['COUNCIL.NOT_FOUND'],
  reinstateCouncil: ['COUNCIL.NOT_FOUND'],
  listIdentityProviders: ['COUNCIL.NOT_FOUND'],
  addIdentityProvider: ['COUNCIL.NOT_FOUND', 'IDP.INVALID', 'IDP.ISSUER_TAKEN'],
  removeIdentityProvider: ['COUNCIL.NOT_FOUND', 'IDP.NOT_FOUND'],
}

// ---- putting them together -----------------------------------------------------------------------------------

const byStatusThenName = (a: string, b: string) => ALL_ERROR_STATUS[a]! - ALL_ERROR_STATUS[b]! || a.localeCompare(b)

/**
 * The codes a route's operation can answer with, sorted by status then name; throws for an operation that
 * declares none (a new route must say what it can fail with) or a code error-status.ts does not map.
 */
export function operationCodes(operationId: string, kind: RouteKind): string[] {
  const command = CASE_ACTIONS.find((a) => a.operationId === operationId)?.command
  const own = command && command !== 'receive' ? caseCommandCodes(command) : OPERATION_CODES[operationId]
  if (own === undefined) throw new Error(`${operationId}: declare its error codes in src/http/error-codes.ts (OPERATION_CODES)`)
  const codes = [...new Set([...commonCodes(kind), ...own])]
  const unmapped = codes.filter((code) => ALL_ERROR_STATUS[code] === undefined)
  if (unmapped.length > 0) throw new Error(`${operationId}: codes without a status in src/http/error-status.ts: ${unmapped.join(', ')}`)
  return codes.sort(byStatusThenName)
}

/** The statuses of those codes, ascending. */
export function statusesOf(codes: readonly string[]): number[] {
  return [...new Set(codes.map((code) => ALL_ERROR_STATUS[code]!))].sort((a, b) => a - b)
}

// ---- the server's check of its own answers -------------------------------------------------------------------

export interface UndeclaredCode { operationId: string; code: string; status: number }
const undeclared: UndeclaredCode[] = []

/** Notes an answer with a code its operation does not declare (the contract is wrong, or the code is new). */
export function noteUndeclared(found: UndeclaredCode): void {
  if (!undeclared.some((u) => u.operationId === found.operationId && u.code === found.code)) undeclared.push(found)
}

/** Every undeclared code this process has answered with (for tests: it must stay empty). */
export function undeclaredErrorCodes(): readonly UndeclaredCode[] {
  return [...undeclared]
}
