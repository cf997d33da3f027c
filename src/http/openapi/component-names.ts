/**
 * The contract's names for the components finish-contract.ts names from where it finds them (`<OperationId>Request`,
 * `<OperationId>Response`, or the property a nested shape sits in: `Data`, `Summary`, `Answer`). A client
 * developer reads these as the generated types' names, so each is a name in the domain's words, with a description
 * where the shape had none (or had the words of its first use). test/openapi.test.ts fails on a component left with
 * an operation-derived or weak name, or without a description.
 */
export const COMPONENT_NAMES: Record<string, { name: string; description?: string }> = {
  // Case actions' bodies
  AcknowledgeComplaintRequest: { name: 'Acknowledgement' },
  TriageComplaintRequest: { name: 'TriageDecision' },
  UpgradeToComplaintRequest: { name: 'ActionWithReason', description: 'An action that needs no more than an optional reason (upgrading a service request to a complaint, closing a case), and when it happened.' },
  DowngradeToServiceRequestRequest: { name: 'Downgrade' },
  AssignComplaintRequest: { name: 'Stage1Assignment' },
  ExtendResponseDeadlineRequest: { name: 'ExtensionRequest' },
  PauseClockRequest: { name: 'ClockPause' },
  ResumeClockRequest: { name: 'ActionTiming', description: 'An action that carries nothing but when it happened (resuming the clock, acknowledging an escalation).' },
  RespondStage1Request: { name: 'Stage1Response' },
  EscalateComplaintRequest: { name: 'EscalationRequest' },
  DecideEscalationRequest: { name: 'EscalationDecision' },
  AssignStage2Request: { name: 'Stage2Assignment' },
  RespondStage2Request: { name: 'Stage2Response' },
  ReferToOmbudsmanRequest: { name: 'OmbudsmanReferral' },
  RecordOmbudsmanDecisionRequest: { name: 'OmbudsmanDecision' },
  CompleteRemedyRequest: { name: 'Completion', description: 'A remedy or an outstanding action done: the date it was, and when the action was recorded as happening.' },
  MarkRemedyUndeliverableRequest: { name: 'RemedyUndeliverable' },
  WithdrawComplaintRequest: { name: 'Withdrawal' },
  RaiseRelatedIssueRequest: { name: 'RelatedIssue' },
  CheckExclusionsRequest: { name: 'ExclusionCheck' },
  CheckExclusionsResponse: { name: 'ExclusionAdvice' },

  // Cases
  ListComplaintsResponse: { name: 'CaseQueuePage', description: 'A page of the work queue: the cases matching the filters, in the order asked for, and the cursor of the next page.' },
  GetComplaintTimelineResponse: { name: 'CaseTimeline', description: 'A case\'s history, oldest first: every action, amendment, correction and letter recorded.' },
  TimelineEntry: { name: 'TimelineEntry', description: 'One entry of a case\'s history: what happened, when it happened and when it was recorded, and by whom.' },
  Stage: { name: 'CaseStage', description: 'One internal stage of the complaint (stage 1 or stage 2): acknowledgement, handlers, extensions, pauses and the response.' },
  NextDue: { name: 'NextDeadline', description: 'The case\'s next open deadline: which duty, and its due date.' },

  // Calendar and system
  CalendarDeadline: { name: 'CalendarDeadline', description: 'A due date counted in working days, with how it was counted.' },
  GetCalendarWorkingDaysResponse: { name: 'WorkingDayCount', description: 'The working days between two dates under a division\'s bank holidays.' },
  GetHealthResponse: { name: 'Health', description: 'The process is up (liveness; says nothing of the database).' },
  GetReadinessResponse: { name: 'Readiness', description: 'Whether this instance can serve: the database reachable and migrated, with any calendar warnings.' },

  // Councils, policy, staff
  UpdateCurrentCouncilRequest: { name: 'CouncilSettingsChange' },
  ReplaceCurrentPolicyRequest: { name: 'PolicyChange' },
  ListPolicyVersionsResponse: { name: 'PolicyHistory' },
  ListStaffResponse: { name: 'StaffList' },
  GetStaffMemberResponse: { name: 'StaffMember' },
  PutStaffMemberRequest: { name: 'StaffMemberRecord' },
  ReassignOpenCasesRequest: { name: 'Successors' },
  ReassignOpenCasesResponse: { name: 'Reassignment' },

  // Operator
  ListCouncilsResponse: { name: 'CouncilList' },
  CreateCouncilRequest: { name: 'NewCouncil' },
  CreateCouncilCreated: { name: 'ServedCouncil' },
  ChangeCouncilRequest: { name: 'CouncilChange' },
  ListIdentityProvidersResponse: { name: 'IdentityProviderList' },
  AddIdentityProviderRequest: { name: 'NewIdentityProvider' },
  AddIdentityProviderCreated: { name: 'IdentityProvider' },

  // Public intake
  SubmitPublicComplaintRequest: { name: 'PublicComplaint' },
  SubmitPublicComplaintCreated: { name: 'PublicComplaintReceipt' },

  // Reports
  GetPerformanceFiguresResponse: { name: 'PerformanceReport' },
  GetAnnualReportResponse: { name: 'AnnualReport' },
  Volumes: { name: 'CaseVolumes', description: 'How many contacts came in during the period and what became of them at triage and acknowledgement.' },
  RefusedByCatalogueEntryItem: { name: 'RefusalsByExclusion', description: 'How many refusals named one entry of the exclusion catalogue.' },
  Escalations: { name: 'EscalationFigures', description: 'Escalations to stage 2 requested in the period, and how they were decided.' },
  Ombudsman: { name: 'OmbudsmanFigures', description: 'Referrals to the Ombudsman and its decisions in the period.' },
  Decisions: { name: 'OmbudsmanDecisionCounts', description: 'The Ombudsman\'s decisions by kind.' },
  Remedies: { name: 'RemedyFigures', description: 'Remedies offered in the period and where they are now, in all and by type.' },
  ByTypeItem: { name: 'RemedyTypeFigures', description: 'The remedies of one type (apology, financial, ...) offered in the period and where they are now.' },
  Learning: { name: 'LearningFigures' },
  OpenNow: { name: 'OpenCaseload' },
  StageFigures: { name: 'StageFigures', description: 'One internal stage\'s figures for the period: acknowledgement and response timeliness, and the outcomes.' },
  Detailed: { name: 'DetailedOutcomes' },
  Stage1: { name: 'OutcomeCounts', description: 'How many responses one stage sent in the period, and how many were upheld and not upheld.' },
  // The three counts of late duties share one shape: named for what they are, not for the first of them.
  LateAcknowledgements: { name: 'StageCounts', description: 'A count for each internal stage.' },
  CountAndPercent: { name: 'CountAndPercent', description: 'A count and its percentage of those due in the period.' },
  RecordAnnualReportNarrativeRequest: { name: 'AnnualReportNarrativeInput', description: 'The annual report\'s words that data cannot give: the service improvements made and the governing body\'s response.' },
  RecordAnnualReportNarrativeResponse: { name: 'AnnualReportNarrative', description: 'The annual report\'s narrative as recorded for the year.' },
  RecordExceptionalCircumstancesRequest: { name: 'ExceptionalCircumstancesInput' },
  RecordExceptionalCircumstancesCreated: { name: 'ExceptionalCircumstances' },
  ListExceptionalCircumstancesResponse: { name: 'ExceptionalCircumstancesList', description: 'The periods of exceptional circumstances the council has recorded.' },

  // Self-assessment
  GetSelfAssessmentResponse: { name: 'SelfAssessment' },
  GetPublishedSelfAssessmentResponse: { name: 'PublishedSelfAssessment' },
  PublishSelfAssessmentCreated: { name: 'SelfAssessmentVersion' },
  AnswerSelfAssessmentProvisionRequest: { name: 'ProvisionAnswerInput' },
  AnswerSelfAssessmentProvisionResponse: { name: 'SelfAssessmentProvision' },
  Answer: { name: 'ProvisionAnswer', description: 'The council\'s own answer for a provision: whether it complies, its commentary and actions.' },
  Data: { name: 'ProvisionEvidence', description: 'What the council\'s data shows for a provision evidenced from data.' },
  Action: { name: 'ComplianceAction' },
  Summary: { name: 'ProvisionStatusCounts' },
  SignOffSelfAssessmentRequest: { name: 'SelfAssessmentSignOffInput' },
  SignOffSelfAssessmentResponse: { name: 'SelfAssessmentSignOff' },

  // Learning
  ListLearningActionsResponse: { name: 'LearningRegister', description: 'The learning register: every service improvement recorded, with the complaints that prompted it.' },
  RecordLearningActionRequest: { name: 'LearningActionInput' },
  RecordLearningFromComplaintRequest: { name: 'LearningFromComplaintInput' },
  RecordLearningActionCreated: { name: 'LearningAction' },
  UpdateLearningActionRequest: { name: 'LearningActionChange' },

  // Events and webhooks
  ListEventsResponse: { name: 'EventPage' },
  ListWebhookSubscriptionsResponse: { name: 'WebhookSubscriptionList', description: 'The council\'s webhook subscriptions (without their secrets).' },
  CreateWebhookSubscriptionRequest: { name: 'NewWebhookSubscription' },
  CreateWebhookSubscriptionCreated: { name: 'WebhookSubscriptionWithSecret' },
  UpdateWebhookSubscriptionRequest: { name: 'WebhookSubscriptionChange' },
  RotateWebhookSecretRequest: { name: 'SecretRotation' },
  ListWebhookDeliveriesResponse: { name: 'WebhookDeliveryLog', description: 'A subscription\'s deliveries, newest first, each with every attempt made.' },
  ReplayWebhookEventsRequest: { name: 'WebhookReplayInput' },
  ReplayWebhookEventsAccepted: { name: 'WebhookReplay' },
}
