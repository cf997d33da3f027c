/**
 * Examples of the request and response components, composed from the story's pieces (example-case.ts,
 * example-figures.ts): a request is what the council would send at that step of Sam Taylor's complaint, a
 * response what the service would answer. test/openapi-examples.test.ts checks each against its schema, so one
 * that no longer matches (a field added) fails the suite: update the piece, and every example using it follows.
 */
import * as c from './example-case.js'
import * as f from './example-figures.js'

const { received, stage1, stage2 } = c.CASES
const WODC = { slug: 'wodc', name: 'West Oxfordshire District Council', referencePrefix: 'WOD', bankHolidayDivision: 'england-and-wales' }
const served = (council: typeof WODC) => ({ ...council, suspended: false, suspendedAt: null })
const IDP_INPUT = {
  issuer: 'https://login.demo.gov.uk/realms/council', jwksUrl: 'https://login.demo.gov.uk/realms/council/protocol/openid-connect/certs',
  audience: 'complaints-api', rolesClaim: 'realm_access.roles',
}
const IDP = { ...IDP_INPUT, id: '3f971c53-9546-49db-af94-b7f8c2ee8b1b', councilClaim: null, createdBy: 'operator:ops', createdAt: '2025-12-01T10:00:00.000Z' }
const STAFF_RECORD = { displayName: 'Bob Barker', email: 'bob.barker@demo.gov.uk', serviceAreas: ['waste'], mayHandleStage1: true, mayReviewStage2: false, active: true }
const STAFF = { ...STAFF_RECORD, subject: 'bob', registered: true, firstSeenAt: '2025-12-02T08:30:00.000Z', updatedBy: 'alice', updatedAt: '2025-12-01T15:00:00.000Z' }
const WEBHOOK_INPUT = { url: 'https://crm.demo.gov.uk/hooks/complaints', description: 'Jadu CXM' }
const WEBHOOK = {
  ...WEBHOOK_INPUT, id: 'ff66da9f-757a-4176-95de-95f6add0627f', eventTypes: null, enabled: true, disabledReason: null, previousSecretExpiresAt: null,
  createdBy: 'alice', createdAt: '2025-12-01T16:00:00.000Z', updatedAt: '2025-12-01T16:00:00.000Z',
}
const delivery = (eventId: string, eventType: string, at: string, durationMs: number) => ({
  id: `d363dfa7-db4b-413c-b258-1507a0e04d2${eventId.slice(-1)}`, eventId, eventType, caseId: c.CASE_ID, replay: false, status: 'delivered',
  attempts: 1, nextAttemptAt: null, lastError: null, createdAt: at, deliveredAt: at, attemptLog: [{ attemptedAt: at, durationMs, statusCode: 204, error: null }],
})
const NARRATIVE = { serviceImprovements: f.ANNUAL_REPORT.serviceImprovements, governanceResponse: f.ANNUAL_REPORT.governanceResponse }
const POLICY_VERSION = { version: 0, preset: 'lgsco-2024', overrides: {}, createdBy: null, createdAt: null }

export const REQUEST_RESPONSE_EXAMPLES: Record<string, unknown[]> = {
  // Intake and the case
  Intake: [{
    channel: 'email', receivedAt: received.receivedAt, person: c.PERSON, summary: c.SUMMARY, desiredOutcome: received.desiredOutcome,
    awareOn: received.awareOn, serviceAreas: received.serviceAreas, categories: received.categories, crmReference: received.crmReference,
  }],
  PublicComplaint: [{ person: c.PERSON, summary: c.SUMMARY, awareOn: received.awareOn, serviceAreas: received.serviceAreas }],
  PublicComplaintReceipt: [{ reference: c.REFERENCE, receivedAt: received.receivedAt, acknowledgementDue: c.DEADLINES.ack1Open.due }],
  Case: [received, stage1, stage2],
  CaseQueuePage: [{ items: [c.CASE_SUMMARY], nextCursor: null }],
  CaseTimeline: [{ items: c.TIMELINE }],
  Amendment: [{ person: { phone: '01632 960 123' }, representative: c.REPRESENTATIVE, reason: 'Sam asked that his daughter Jo deal with us for him' }],
  Correction: [{ sequence: 5, reason: 'The extension was told to the person on 7 January, not 8', redateTo: '2026-01-07T16:00:00Z' }],
  CorrespondenceInput: [{
    direction: 'out', channel: 'email', occurredAt: '2026-01-06T10:05:00Z', party: c.CORRESPONDENCE.party, summary: c.CORRESPONDENCE.summary, duties: ['stage1_acknowledgement'],
  }],
  CorrespondenceEntry: [c.CORRESPONDENCE],
  CorrespondenceLog: [{ items: [c.CORRESPONDENCE], evidence: [c.DUTY_EVIDENCE], gaps: 0, lastContactOn: '2026-01-06', updateDue: false }],
  RelatedIssue: [{ summary: 'The crew also left the bin lid broken' }],
  ExclusionCheck: [{}],
  ExclusionAdvice: [{
    caseId: c.CASE_ID, reference: c.REFERENCE, policy: c.POLICY_REFERENCE, mayApply: [],
    twelveMonth: { awareOn: received.awareOn, receivedOn: received.receivedOn, timeLimitMonths: 12, withinLimit: true, limitDate: received.twelveMonth.limitDate },
    alreadyConsidered: { considered: false, cases: [] },
  }],

  // The case's steps, in the order of the story
  TriageDecision: [{ as: 'complaint' }],
  Downgrade: [{ personAgreed: true, reason: 'The person wants the missed collection put right, not a complaint investigated' }],
  ActionWithReason: [{ reason: 'The person says the missed collection is a complaint, not a request' }],
  Acknowledgement: [{ decision: 'accepted' }, {
    decision: 'refused', exclusionCodes: ['over_time_limit'], ombudsmanRightGiven: true, explanation: 'The bins were missed in 2024, more than 12 months before you told us',
  }],
  Stage1Assignment: [{ serviceArea: 'waste', handler: 'bob' }],
  ExtensionRequest: [{ workingDays: c.EXTENSION.workingDays, reason: c.EXTENSION.reason, toldPersonOn: c.EXTENSION.toldPersonOn, ombudsmanDetailsGiven: true, occurredAt: '2026-01-08T16:00:00Z' }],
  ClockPause: [{ reason: c.PAUSE.reason }],
  ActionTiming: [{}, { occurredAt: '2026-01-27T09:30:00Z' }],
  Stage1Response: [{ response: c.STAGE1_CONTENT, occurredAt: c.STAGE1_RESPONSE.respondedAt }],
  Completion: [{ completedOn: c.REMEDIES.apologyDone.completedOn }],
  RemedyUndeliverable: [{ reason: 'The record belongs to the DVLA, not the council', alternative: 'We wrote to the DVLA for the person' }],
  EscalationRequest: [{ channel: c.ESCALATION.channel, reason: c.ESCALATION.reason, occurredAt: '2026-01-26T11:00:00Z' }],
  EscalationDecision: [{ decision: 'refuse', exclusionCodes: ['personnel_matter'], explanation: 'The complaint is about a member of staff\'s employment, which the procedure does not cover' }],
  Stage2Assignment: [{ handler: 'carol' }],
  Stage2Response: [{ agreesWithStage1: true, response: c.STAGE2_CONTENT, occurredAt: '2026-02-10T14:00:00Z' }],
  OmbudsmanReferral: [c.OMBUDSMAN_REFERRAL],
  OmbudsmanDecision: [{ decidedOn: '2026-03-02', decision: 'no_fault', recommendedRemedies: [] }],
  Withdrawal: [{ withdrawnOn: '2026-01-29', how: 'by phone to customer services' }],

  // Calendar and system
  CalendarDeadline: [{ due: c.DEADLINES.ack1Open.due, provisional: false, basis: '5 working days after 2026-01-05 (england-and-wales bank holidays)' }],
  WorkingDayCount: [{ from: '2025-12-19', to: '2025-12-30', workingDays: 5, provisional: false }],
  Health: [{ status: 'ok' }],
  Readiness: [{ status: 'ready', checks: { database: 'ok', migrations: 'current' }, warnings: [] }],
  Principal: [{ subject: 'alice', council: { slug: c.COUNCIL.slug, name: c.COUNCIL.name }, roles: ['complaints_team'] }],

  // The council, its policy and staff
  CouncilSettings: [{
    ...c.COUNCIL, publicIntake: { enabled: true, allowedOrigins: ['https://www.demo.gov.uk'] },
    reporting: { population: f.ANNUAL_REPORT.trends.population, timelinessTargetPercent: 100, amberFromPercent: 90 },
  }],
  CouncilSettingsChange: [{ publicIntake: { enabled: true, allowedOrigins: ['https://www.demo.gov.uk'] } }, { reporting: { population: 112000 } }],
  PolicyVersion: [{ ...POLICY_VERSION, policy: c.POLICY }],
  PolicyHistory: [{ items: [POLICY_VERSION, { ...POLICY_VERSION, version: 1, overrides: { stage1: { response: { workingDays: 15 } } }, createdBy: 'alice', createdAt: '2026-04-01T09:00:00.000Z' }] }],
  PolicyChange: [{ preset: 'lgsco-2024', overrides: { stage1: { response: { workingDays: 15 } } } }],
  StaffMemberRecord: [STAFF_RECORD],
  StaffMember: [STAFF],
  StaffList: [{ items: [STAFF, { ...STAFF, subject: 'carol', displayName: 'Carol Nguyen', email: 'carol.nguyen@demo.gov.uk', serviceAreas: [], mayHandleStage1: false, mayReviewStage2: true }] }],
  Successors: [{ handler: 'dev' }],
  Reassignment: [{
    reassigned: [{ caseId: c.CASE_ID, stage: 1, to: 'dev' }],
    skipped: [{ caseId: c.OTHER_CASE_ID, code: 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT', detail: 'dev handled stage 1 and cannot review at stage 2' }],
  }],

  // The operator
  NewCouncil: [{ ...WODC, preset: 'west-oxfordshire-2025' }],
  ServedCouncil: [served(WODC)],
  CouncilList: [{ items: [served(c.COUNCIL), served(WODC)] }],
  CouncilChange: [{ name: 'West Oxfordshire District Council (shared service)' }],
  NewIdentityProvider: [IDP_INPUT],
  IdentityProvider: [IDP],
  IdentityProviderList: [{ items: [IDP] }],

  // Reports
  PerformanceReport: [f.PERFORMANCE_REPORT],
  AnnualReport: [f.ANNUAL_REPORT],
  AnnualReportNarrativeInput: [NARRATIVE],
  AnnualReportNarrative: [{ year: 2025, ...NARRATIVE, updatedBy: 'alice', updatedAt: '2026-04-14T10:00:00.000Z' }],
  Caseload: [f.CASELOAD],
  ExceptionalCircumstancesInput: [f.EXCEPTIONAL_INPUT],
  ExceptionalCircumstances: [f.EXCEPTIONAL],
  ExceptionalCircumstancesList: [{ items: [f.EXCEPTIONAL] }],
  SelfAssessment: [f.SELF_ASSESSMENT],
  SelfAssessmentProvision: f.PROVISIONS,
  ProvisionAnswerInput: [f.ANSWER_INPUT],
  SelfAssessmentSignOffInput: [f.SIGN_OFF_INPUT],
  SelfAssessmentSignOff: [f.SIGN_OFF],
  SelfAssessmentVersion: [f.PUBLISHED],
  PublishedSelfAssessment: [{ ...f.PUBLISHED, content: { year: 2025, asAt: '2026-04-10', rows: f.PROVISIONS, summary: f.PROVISION_COUNTS, signOff: f.SIGN_OFF } }],
  LearningActionInput: [f.LEARNING_INPUT],
  LearningFromComplaintInput: [{ what: f.LEARNING_ACTIONS[1]!.what, owner: 'Waste Services Manager', dueOn: '2026-02-27' }],
  LearningAction: [f.LEARNING_ACTIONS[0]],
  LearningActionChange: [{ doneOn: '2026-02-26' }],
  LearningRegister: [{ items: f.LEARNING_ACTIONS }],

  // Events and webhooks
  EventPage: [{ items: [c.FEED_EVENT, c.REMEDY_EVENT], nextCursor: 'MTA0Mi43' }],
  NewWebhookSubscription: [WEBHOOK_INPUT, { ...WEBHOOK_INPUT, eventTypes: ['deadline.approaching', 'deadline.missed'] }],
  WebhookSubscription: [WEBHOOK],
  WebhookSubscriptionList: [{ items: [WEBHOOK] }],
  WebhookSubscriptionWithSecret: [{ subscription: WEBHOOK, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  WebhookSubscriptionChange: [{ enabled: false }],
  SecretRotation: [{ overlapHours: 24 }],
  WebhookDeliveryLog: [{ items: [delivery('evt_7', c.REMEDY_EVENT.type, c.REMEDY_EVENT.occurredAt, 27), delivery('evt_3', c.FEED_EVENT.type, c.FEED_EVENT.occurredAt, 101)] }],
  WebhookReplayInput: [{ fromEventId: 'evt_3' }],
  WebhookReplay: [{ queued: 2, eventIds: ['evt_3', 'evt_7'] }],
}
