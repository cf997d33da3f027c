/**
 * Examples of the shared shapes: the components that sit inside request bodies and responses (a deadline, a
 * remedy, a stage's figures, the policy, a problem...). Each is a piece of the one story the examples tell
 * (example-case.ts, example-figures.ts), so the same deadline reads the same wherever it appears.
 * test/openapi-examples.test.ts requires an example on every component and checks each against its schema.
 */
import * as c from './example-case.js'
import * as f from './example-figures.js'

export const COMPONENT_EXAMPLES: Record<string, unknown[]> = {
  // The case and what it holds
  CaseDeadline: [c.DEADLINES.ack1Met, c.DEADLINES.resp1Extended],
  NextDeadline: [c.CASES.stage1.nextDue],
  CaseFlags: [c.FLAGS, { ...c.FLAGS, overdue: true, respondedLate: true, remediesOverdue: 1 }],
  CaseStage: [c.STAGES.stage1Acknowledged, c.STAGES.stage2Acknowledged],
  StageResponse: [c.STAGE1_RESPONSE],
  ResponseContent: [c.STAGE1_CONTENT, c.STAGE2_CONTENT],
  Finding: c.FINDINGS,
  RemedyOffer: [c.APOLOGY, c.REFUND],
  PromisedAction: [c.PROMISED_ACTION],
  Remedy: [c.REMEDIES.apologyOpen, c.REMEDIES.refundDone],
  OutstandingAction: [c.OUTSTANDING_ACTION],
  Extension: [c.EXTENSION],
  Pause: [c.PAUSE],
  Person: [c.PERSON],
  PersonPatch: [{ phone: '01632 960 123', preferredContactMethod: 'phone' }],
  Representative: [c.REPRESENTATIVE],
  Consent: [c.REPRESENTATIVE.consent],
  PolicyReference: [c.POLICY_REFERENCE],
  BackdatedAction: c.CASES.stage1.backdated,
  CaseSummary: [c.CASE_SUMMARY],
  TimelineEntry: c.TIMELINE,
  DutyEvidence: [c.DUTY_EVIDENCE],
  FeedEvent: [c.FEED_EVENT, c.REMEDY_EVENT],
  EventType: ['case.acknowledged', 'deadline.approaching'],

  // The policy
  Policy: [c.POLICY],
  StageTimescales: [c.POLICY.stage1],
  WorkingDayPeriod: [c.POLICY.stage1.acknowledgement, c.POLICY.stage1.response],
  Exclusion: c.POLICY.exclusions.slice(0, 2),

  // Acknowledgement: accept, or refuse under the catalogue
  AcceptAcknowledgement: [{ decision: 'accepted' }],
  RefuseAcknowledgement: [{
    decision: 'refused', exclusionCodes: ['legal_action_started'], ombudsmanRightGiven: true,
    explanation: 'You have begun legal action about the same matter: the court will decide it, so the complaints procedure cannot.',
  }],

  // A problem (RFC 9457)
  Problem: [
    {
      type: 'urn:problem:case.version_mismatch', title: 'Precondition Failed', status: 412, code: 'CASE.VERSION_MISMATCH',
      requestId: '7b1e9c2a-5d44-4f0e-8a63-0c2d9e4f1a57', detail: `The case is at version ${c.CASES.stage1.version}, not 4: read it again.`,
      instance: `/v1/complaints/${c.CASE_ID}/extensions`,
    },
    {
      type: 'urn:problem:validation', title: 'Invalid request', status: 400, code: 'VALIDATION', requestId: '0d8f3b6e-2a71-4c95-b1e4-6f9a2c3d7e18',
      detail: 'body/person/email: must match format "email"', instance: '/v1/complaints',
      errors: [{ location: 'body', field: '/person/email', rule: 'format', message: 'must match format "email"' }],
    },
  ],

  // A stage's figures, and a group's
  CountAndPercent: [f.YEAR_STAGE1.acknowledgement.met, { count: 0, percent: null }],
  AcknowledgementTimeliness: [f.YEAR_STAGE1.acknowledgement],
  ResponseTimeliness: [f.YEAR_STAGE1.response],
  StageOutcomes: [f.YEAR_STAGE1.outcomes],
  DetailedOutcomes: [f.YEAR_STAGE1.outcomes.detailed],
  WorkingDaysToRespond: [f.YEAR_STAGE1.outcomes.workingDaysToRespond],
  StageFigures: [f.YEAR_STAGE1],
  CaseVolumes: [f.VOLUMES],
  RefusalsByExclusion: f.REFUSALS,
  EscalationFigures: [f.YEAR_FIGURES.escalations],
  OmbudsmanFigures: [f.YEAR_FIGURES.ombudsman],
  OmbudsmanDecisionCounts: [f.YEAR_FIGURES.ombudsman.decisions],
  RemedyFigures: [f.REMEDY_FIGURES],
  RemedyTypeFigures: f.REMEDY_FIGURES.byType.slice(0, 2),
  DataQuality: [f.YEAR_FIGURES.dataQuality],
  PerformanceFigures: [f.YEAR_FIGURES],
  OpenCaseload: [f.OPEN_NOW],
  LearningFigures: [f.LEARNING_FIGURES],
  CaseloadFigures: [f.CASELOAD_FIGURES],
  HolderCaseload: [f.HOLDER_CASELOAD],
  StageCounts: [f.ANNUAL_REPORT.nonCompliance.lateAcknowledgements],
  OutcomeCounts: [f.ANNUAL_REPORT.outcomesByServiceArea[0]!.stage1],
  ReportDataQuality: [f.ANNUAL_REPORT.dataQuality],

  // The self-assessment
  ProvisionEvidence: [f.PROVISION_EVIDENCE],
  ProvisionAnswer: [f.PROVISION_ANSWER, {
    ...f.PROVISION_ANSWER, ref: '3.1', complies: false, evidence: 'The policy is published in standard print only',
    commentary: 'Easy read and large print versions are being prepared', action: f.COMPLIANCE_ACTION,
  }],
  ComplianceAction: [f.COMPLIANCE_ACTION],
  ProvisionStatusCounts: [f.PROVISION_COUNTS],
}
