/**
 * The contract's examples tell one story, so that every fact is written once and every example agrees with the
 * others: Demo District Council (policy `lgsco-2024`, England and Wales bank holidays) receives Sam Taylor's
 * complaint about garden waste by email on Monday 5 January 2026. Alice in the complaints team triages and
 * accepts it the next day; Bob (waste) extends the response by 5 working days, then answers early on 16 January,
 * upholding it with an apology and a refund. Sam escalates on 26 January; Carol reviews it at stage 2 and does not
 * uphold the new point; the Ombudsman, referred on 11 February, finds no fault on 2 March.
 *
 * Due dates are the domain's working-day arithmetic (test/openapi-examples.test.ts recounts them); January to
 * March is GMT, so UTC instants and London dates agree. The case is shown at three moments, each a variation of
 * the one before: just received, acknowledged at stage 1, acknowledged at stage 2.
 */
import { presets } from '../../domain/index.js'

/** The council's policy: the Code's own preset, as the domain defines it. */
export const POLICY = presets['lgsco-2024']

export const COUNCIL = { slug: 'demo', name: 'Demo District Council', referencePrefix: 'DEMO', bankHolidayDivision: 'england-and-wales' }
export const CASE_ID = '08416614-fd1f-4ae5-8179-d4bc027d067f'
export const REFERENCE = 'DEMO-2026-000001'
/** A second complaint about the same round, linked to the same learning. */
export const OTHER_CASE_ID = '8bc03edc-c791-464d-98c6-895ef12727cb'
export const POLICY_REFERENCE = { id: POLICY.id, version: 0 }

export const PERSON = { name: 'Sam Taylor', email: 'sam.taylor@example.org', preferredContactMethod: 'email' }
export const REPRESENTATIVE = {
  name: 'Jo Taylor', relationship: 'daughter', email: 'jo.taylor@example.org',
  consent: { basis: 'written_consent', recordedOn: '2026-01-06' },
}
export const SUMMARY = 'Garden waste not collected for a month, and calls about it not returned'

// ---- deadlines ------------------------------------------------------------------------------------------------

const deadline = { provisional: false, projected: false, doneOn: null, extendedByWorkingDays: 0, beyondCode: false, pausedWorkingDays: 0, pausedSince: null, state: 'open' }
const ack1 = { ...deadline, kind: 'stage1_acknowledgement', due: '2026-01-12', basis: '5 working days after receipt on 2026-01-05' }
export const DEADLINES = {
  ack1Open: ack1,
  ack1Met: { ...ack1, doneOn: '2026-01-06', state: 'met' },
  resp1Projected: {
    ...deadline, kind: 'stage1_response', due: '2026-01-26', projected: true,
    basis: '10 working days after the acknowledgement due date 2026-01-12 (projected: not yet acknowledged)',
  },
  resp1Extended: {
    ...deadline, kind: 'stage1_response', due: '2026-01-27', extendedByWorkingDays: 5,
    basis: '10 working days after acknowledgement on 2026-01-06, + 5 working days extension',
  },
  ack2Met: { ...deadline, kind: 'stage2_acknowledgement', due: '2026-02-02', basis: '5 working days after the escalation request on 2026-01-26', doneOn: '2026-01-27', state: 'met' },
  resp2Open: { ...deadline, kind: 'stage2_response', due: '2026-02-24', basis: '20 working days after acknowledgement on 2026-01-27' },
}
const resp1Met = { ...DEADLINES.resp1Extended, doneOn: '2026-01-16', state: 'met' }

export const FLAGS = { overdue: false, acknowledgedLate: false, respondedLate: false, extendedBeyondCode: false, clockPaused: false, outsideTwelveMonths: false, remediesOverdue: 0 }

// ---- stage 1 ----------------------------------------------------------------------------------------------------

export const EXTENSION = {
  workingDays: 5, reason: 'Waiting for the crew\'s round sheets for December', toldPersonOn: '2026-01-08', ombudsmanDetailsGiven: true,
  goodReason: null, beyondCode: false, personRefused: false,
}
/** Clock pausing is off under `lgsco-2024`; a policy that allows it (`clockMayPause`) records pauses so. */
export const PAUSE = { from: '2026-01-12', until: '2026-01-14', reason: 'Waiting for the person to send photos of the bin', workingDays: 2 }

export const APOLOGY = { type: 'apology', description: 'A written apology for the missed collections', dueDate: '2026-01-30' }
export const REFUND = { type: 'financial', description: 'A refund of January\'s garden waste charge', dueDate: '2026-01-30', amountPence: 425 }
export const PROMISED_ACTION = { description: 'Put the road back on the garden waste round sheet', dueDate: '2026-01-23' }
export const FINDINGS = [{ aspect: 'missed collections', finding: 'upheld' }, { aspect: 'calls not returned', finding: 'upheld' }]
export const STAGE1_CONTENT = {
  stage: 1,
  complaintDefinition: 'Garden waste was not collected from 14 Elm Road for a month, and calls about it were not returned',
  findings: FINDINGS,
  reasons: 'The round was re-planned in December without Elm Road on it, and the messages went to a shared inbox nobody read',
  remedies: [APOLOGY, REFUND],
  outstandingActions: [PROMISED_ACTION],
  howToEscalate: 'If you are not satisfied, reply to this letter or use the form at www.demo.gov.uk/complaints to ask for a stage 2 review',
}
export const STAGE1_RESPONSE = {
  respondedAt: '2026-01-16T15:00:00.000Z', respondedOn: '2026-01-16', by: 'bob', dueOn: '2026-01-27', late: false,
  findings: FINDINGS, outcome: 'upheld', detailedOutcome: 'upheld', agreesWithStage1: null, content: STAGE1_CONTENT, escalationWindowEndsOn: null,
}

const remedy = { source: 'stage1', status: 'open', completedOn: null, undeliverableReason: null, alternative: null, overdue: false }
export const REMEDIES = {
  apologyOpen: { ...remedy, ...APOLOGY, id: 's1-r1' },
  apologyDone: { ...remedy, ...APOLOGY, id: 's1-r1', status: 'done', completedOn: '2026-01-20' },
  refundDone: { ...remedy, ...REFUND, id: 's1-r2', status: 'done', completedOn: '2026-01-28' },
}
export const OUTSTANDING_ACTION = { ...PROMISED_ACTION, id: 's1-a1', source: 'stage1', completedOn: '2026-01-21' }

// ---- escalation and stage 2 -------------------------------------------------------------------------------------

export const ESCALATION = {
  requestedAt: '2026-01-26T11:00:00.000Z', requestedOn: '2026-01-26', channel: 'web_form',
  reason: 'The refund does not cover the trips I made to the tip with the waste', withinWindow: true, windowEndsOn: null, decision: null,
}
export const STAGE2_CONTENT = {
  stage: 2,
  complaintDefinition: STAGE1_CONTENT.complaintDefinition,
  findings: [{ aspect: 'the cost of taking the waste to the tip', finding: 'not_upheld' }],
  reasons: 'The service\'s terms offer a refund of the charge for missed collections, which was paid; they do not cover trips to the tip',
  remedies: [],
  noRemedyStatement: 'The stage 1 apology and refund stand; no further remedy is due',
  outstandingActions: [],
  howToEscalate: 'You may now ask the Local Government and Social Care Ombudsman to look at your complaint: www.lgo.org.uk',
}
export const OMBUDSMAN_REFERRAL = { referredOn: '2026-02-11', reference: '25 999 001' }

const emptyStage = { acknowledgedAt: null, acknowledgedOn: null, acknowledgedLate: null, serviceArea: null, handler: null, handlers: [], extensions: [], pauses: [], response: null }
export const STAGES = {
  stage1Acknowledged: {
    ...emptyStage, acknowledgedAt: '2026-01-06T10:00:00.000Z', acknowledgedOn: '2026-01-06', acknowledgedLate: false,
    serviceArea: 'waste', handler: 'bob', handlers: ['bob'], extensions: [EXTENSION],
  },
  stage2Acknowledged: {
    ...emptyStage, acknowledgedAt: '2026-01-27T09:30:00.000Z', acknowledgedOn: '2026-01-27', acknowledgedLate: false, handler: 'carol', handlers: ['carol'],
  },
}

// ---- the case at three moments ----------------------------------------------------------------------------------

const receivedCase = {
  id: CASE_ID, reference: REFERENCE, version: 1, status: 'received', kind: null, stage: 1, channel: 'email',
  receivedAt: '2026-01-05T09:00:00.000Z', receivedOn: '2026-01-05', awareOn: '2025-12-15',
  anonymous: false, sensitive: false, personalDataHidden: false, person: PERSON, representative: null,
  summary: SUMMARY, desiredOutcome: 'Collections restarted and a refund for the missed month', adjustmentsReviewOn: null,
  relatedIssues: [], serviceAreas: ['waste'], categories: ['missed collection'], crmReference: 'CXM-4711', policy: POLICY_REFERENCE,
  leadServiceArea: null, handler: null, stage2Handler: null,
  deadlines: [DEADLINES.ack1Open, DEADLINES.resp1Projected], nextDue: { kind: 'stage1_acknowledgement', due: '2026-01-12' }, flags: FLAGS,
  twelveMonth: { withinLimit: true, limitDate: '2026-12-15' }, triage: null, acceptance: null, stage1: emptyStage,
  escalation: null, stage2: null, remedies: [], actions: [], ombudsman: null, withdrawal: null,
  lastContactOn: '2026-01-05', updateDue: false, closedOn: null, backdated: [], linkedCaseId: null,
  createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z',
}
/** Triaged, accepted, allocated to Bob, and extended (the extension keyed in the next morning). */
const stage1Case = {
  ...receivedCase, version: 5, status: 'stage1_acknowledged', kind: 'complaint',
  leadServiceArea: 'waste', handler: 'bob',
  deadlines: [DEADLINES.ack1Met, DEADLINES.resp1Extended], nextDue: { kind: 'stage1_response', due: '2026-01-27' },
  triage: { as: 'complaint', signpostedTo: null, reason: null },
  acceptance: { decision: 'accepted', exclusionCodes: [], explanation: null, ombudsmanRightGiven: false, outsideTimeLimitReason: null },
  stage1: STAGES.stage1Acknowledged, lastContactOn: '2026-01-08',
  backdated: [{ type: 'extended', occurredAt: '2026-01-08T16:00:00.000Z', recordedAt: '2026-01-09T09:15:00.000Z' }],
  updatedAt: '2026-01-09T09:15:00.000Z',
}
/** Answered at stage 1, remedies and action done, escalated and acknowledged at stage 2, with Carol reviewing. */
const stage2Case = {
  ...stage1Case, version: 12, status: 'stage2_acknowledged', stage: 2, stage2Handler: 'carol',
  deadlines: [DEADLINES.ack1Met, resp1Met, DEADLINES.ack2Met, DEADLINES.resp2Open], nextDue: { kind: 'stage2_response', due: '2026-02-24' },
  stage1: { ...STAGES.stage1Acknowledged, response: STAGE1_RESPONSE }, escalation: ESCALATION, stage2: STAGES.stage2Acknowledged,
  remedies: [REMEDIES.apologyDone, REMEDIES.refundDone], actions: [OUTSTANDING_ACTION],
  lastContactOn: '2026-01-28', updatedAt: '2026-01-28T14:00:00.000Z',
}
export const CASES = { received: receivedCase, stage1: stage1Case, stage2: stage2Case }

export const CASE_SUMMARY = {
  id: CASE_ID, reference: REFERENCE, version: stage1Case.version, status: stage1Case.status, kind: 'complaint', stage: 1, channel: 'email',
  receivedAt: receivedCase.receivedAt, sensitive: false, serviceAreas: ['waste'], leadServiceArea: 'waste', handler: 'bob', stage2Handler: null,
  handlerName: 'Bob Barker', stage2HandlerName: null, nextDue: stage1Case.nextDue, overdue: false, openRemedies: 0, nextRemedyDueOn: null,
  adjustmentsReviewDue: false, updatedAt: stage1Case.updatedAt, updateDue: false, correspondenceGap: false,
}

// ---- the record around the case ---------------------------------------------------------------------------------

const entry = { actor: 'alice', occurredAt: '2026-01-05T09:00:00.000Z', recordedAt: '2026-01-05T09:00:00.000Z' }
export const TIMELINE = [
  {
    ...entry, sequence: 1, type: 'case_received',
    data: {
      channel: 'email', receivedAt: '2026-01-05T09:00:00.000Z', receivedOn: '2026-01-05', awareOn: '2025-12-15', anonymous: false, sensitive: false,
      policyId: 'lgsco-2024', policyVersion: '0', twelveMonth: receivedCase.twelveMonth,
    },
  },
  { ...entry, sequence: 2, type: 'triaged', occurredAt: '2026-01-06T10:00:00.000Z', recordedAt: '2026-01-06T10:00:00.000Z', data: { as: 'complaint', reason: null, signpostedTo: null } },
  {
    ...entry, sequence: 5, type: 'extended', actor: 'bob', occurredAt: '2026-01-08T16:00:00.000Z', recordedAt: '2026-01-09T09:15:00.000Z',
    data: { stage: 1, workingDays: 5, reason: EXTENSION.reason, toldPersonOn: '2026-01-08', ombudsmanDetailsGiven: true },
  },
]

export const CORRESPONDENCE = {
  id: '71f4ab83-9991-42a3-a7fd-10f9d5151332', direction: 'out', channel: 'email', occurredAt: '2026-01-06T10:05:00.000Z', stage: 1,
  party: 'the person', summary: 'Acknowledgement: complaint accepted, response due by 20 January', duties: ['stage1_acknowledgement'],
  ombudsmanDetailsGiven: false, recordedBy: 'alice', recordedAt: '2026-01-06T10:10:00.000Z', struckOut: false, correction: null,
}
export const DUTY_EVIDENCE = { duty: 'stage1_acknowledgement', stage: 1, doneOn: '2026-01-06', toldBy: { id: CORRESPONDENCE.id, on: '2026-01-06' }, ombudsmanDetailsGiven: false }

export const FEED_EVENT = {
  id: 'evt_3', type: 'case.acknowledged', occurredAt: '2026-01-06T10:00:00.000Z', caseId: CASE_ID, reference: REFERENCE, caseVersion: 3, data: {},
}
export const REMEDY_EVENT = { ...FEED_EVENT, id: 'evt_7', type: 'case.remedy_completed', occurredAt: '2026-01-20T12:00:00.000Z', caseVersion: 7, data: { remedyId: 's1-r1' } }
