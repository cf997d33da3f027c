import { Type, type TSchema } from 'typebox'
import {
  CaseStatusSchema, ChannelSchema, DeadlineSchema, DeadlineStateSchema, DetailedOutcomeSchema, EscalationDecisionSchema,
  FindingSchema, IsoDateSchema, OmbudsmanDecisionSchema, RecordedOutcomeSchema, RemedyTypeSchema,
  ResponseContentSchema, TriageAsSchema,
} from '../../../domain/index.js'
import { PersonSchema, RepresentativeSchema } from './intake.schemas.js'

/** The path parameter of every operation on one case. */
export const CaseIdParamsSchema = Type.Object({ id: Type.String({ format: 'uuid', description: 'The case id.' }) })

const nullable = <T extends TSchema>(schema: T, description: string) => Type.Union([schema, Type.Null()], { description })
const str = (description: string) => Type.String({ description })
const bool = (description: string) => Type.Boolean({ description })
const date = (description: string) => Type.String({ format: 'date', description })
const instant = (description: string) => Type.String({ format: 'date-time', description })

const ExtensionViewSchema = Type.Object({
  workingDays: Type.Integer({ description: 'Working days added.' }),
  reason: str('Reason explained to the person.'),
  toldPersonOn: date('When the person was told.'),
  ombudsmanDetailsGiven: bool('The Ombudsman\'s details were given.'),
  goodReason: nullable(Type.String(), 'The good reason for going over the cap.'),
  beyondCode: bool('Over the policy\'s cap: reported as beyond the Code.'),
  personRefused: bool('The person did not agree.'),
}, { title: 'Extension', description: 'An extension of a stage\'s response date.' })

const PauseViewSchema = Type.Object({
  from: date('Paused from.'),
  until: nullable(IsoDateSchema, 'Resumed on; null while paused.'),
  reason: str('Why.'),
  workingDays: nullable(Type.Integer(), 'Working days paused, once resumed.'),
}, { title: 'Pause', description: 'A pause of the response clock.' })

const ResponseViewSchema = Type.Object({
  respondedAt: instant('When the response was sent.'),
  respondedOn: date('Its Europe/London date.'),
  by: str('Who recorded it.'),
  dueOn: date('When it was due.'),
  late: bool('Sent after the due date.'),
  findings: Type.Array(FindingSchema, { description: 'Finding per aspect.' }),
  outcome: RecordedOutcomeSchema,
  detailedOutcome: DetailedOutcomeSchema,
  agreesWithStage1: nullable(Type.Boolean(), 'Stage 2: whether it agreed with stage 1\'s findings.'),
  content: ResponseContentSchema,
  escalationWindowEndsOn: nullable(IsoDateSchema, 'Stage 1: last day to escalate inside the policy\'s window.'),
}, { title: 'StageResponse', description: 'A stage\'s response as sent, with its findings and recorded outcome.' })

const StageViewSchema = Type.Object({
  acknowledgedAt: nullable(Type.String({ format: 'date-time' }), 'When the stage was acknowledged.'),
  acknowledgedOn: nullable(IsoDateSchema, 'Its Europe/London date.'),
  acknowledgedLate: nullable(Type.Boolean(), 'Acknowledged after the due date.'),
  serviceArea: nullable(Type.String(), 'Lead service area.'),
  handler: nullable(Type.String(), 'Current handler (subject).'),
  handlers: Type.Array(Type.String(), { description: 'Everyone assigned at this stage.' }),
  extensions: Type.Array(ExtensionViewSchema, { description: 'Extensions, in order.' }),
  pauses: Type.Array(PauseViewSchema, { description: 'Pauses of the clock, reported, never hidden.' }),
  response: nullable(ResponseViewSchema, 'The response, once sent.'),
}, { title: 'Stage', description: 'One internal stage of the complaint.' })

const RemedyViewSchema = Type.Object({
  id: str('Remedy id within the case (s1-r1, s2-r1, o-r1).'),
  type: RemedyTypeSchema,
  description: str('What will happen.'),
  dueDate: date('By when.'),
  amountPence: Type.Optional(Type.Integer({ description: 'Financial remedy: amount in pence.' })),
  source: Type.Union([Type.Literal('stage1'), Type.Literal('stage2'), Type.Literal('ombudsman')], { description: 'Who offered or recommended it.' }),
  status: Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('undeliverable')], { description: 'Where it is.' }),
  completedOn: nullable(IsoDateSchema, 'When it was delivered.'),
  undeliverableReason: nullable(Type.String(), 'Why it could not be delivered.'),
  alternative: nullable(Type.String(), 'What was offered instead.'),
  overdue: bool('Open past its due date.'),
}, { title: 'Remedy', description: 'A remedy and where it is.' })

const ActionViewSchema = Type.Object({
  id: str('Action id within the case (s1-a1).'),
  description: str('What remains to be done.'),
  dueDate: date('By when.'),
  source: Type.Union([Type.Literal('stage1'), Type.Literal('stage2')], { description: 'The response that promised it.' }),
  completedOn: nullable(IsoDateSchema, 'When it was done.'),
}, { title: 'OutstandingAction', description: 'An action a response promised, followed to completion.' })

export const CaseDeadlineSchema = Type.Object({ ...DeadlineSchema.properties, state: DeadlineStateSchema }, {
  title: 'CaseDeadline',
  description: 'A deadline the case has now, with its explanation and whether it was met.',
})

const FlagsSchema = Type.Object({
  overdue: bool('A council deadline has passed without the step being taken.'),
  acknowledgedLate: bool('A stage was acknowledged late.'),
  respondedLate: bool('A response was sent late.'),
  extendedBeyondCode: bool('An extension went over the policy\'s cap.'),
  clockPaused: bool('The clock is paused now.'),
  outsideTwelveMonths: bool('Raised more than 12 months after the person became aware (Code 2.2).'),
  remediesOverdue: Type.Integer({ description: 'Open remedies past their due date.' }),
}, { title: 'CaseFlags', description: 'What needs attention on the case.' })

export const CaseSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The case id.' }),
  reference: str('The council\'s human reference, e.g. WOD-2026-000123.'),
  version: Type.Integer({ description: 'Version for optimistic concurrency; also the ETag. Send it back as If-Match.' }),
  status: CaseStatusSchema,
  kind: nullable(TriageAsSchema, 'What triage decided; null until triaged.'),
  stage: Type.Integer({ minimum: 1, maximum: 2, description: 'The internal stage the case is at.' }),
  channel: ChannelSchema,
  receivedAt: instant('When it reached the council.'),
  receivedOn: date('Its Europe/London date, from which the Code counts.'),
  awareOn: nullable(IsoDateSchema, 'When the person became aware of the issue.'),
  anonymous: bool('Made anonymously.'),
  sensitive: bool('Flagged sensitive.'),
  personalDataHidden: bool('Personal data withheld from this caller (a sensitive case they are not assigned to).'),
  person: nullable(PersonSchema, 'The person; null when anonymous or hidden.'),
  representative: nullable(RepresentativeSchema, 'The representative, if any; null when hidden.'),
  summary: nullable(Type.String(), 'What the complaint is about; null when hidden.'),
  desiredOutcome: nullable(Type.String(), 'What the person wants; null when hidden or not given.'),
  adjustmentsReviewOn: nullable(IsoDateSchema, 'When the reasonable adjustments are next reviewed (Code 5.6); null when none or hidden.'),
  relatedIssues: Type.Array(Type.Object({ summary: nullable(Type.String(), 'The issue; null when hidden.'), addedAt: instant('When it was added.') }), {
    description: 'Further issues raised before the stage 1 response and added to this case.',
  }),
  serviceAreas: Type.Array(Type.String(), { description: 'Service areas concerned.' }),
  categories: Type.Array(Type.String(), { description: 'Categories, for reporting.' }),
  crmReference: nullable(Type.String(), 'The CRM\'s own reference.'),
  policy: Type.Object({ id: str('Policy id.'), version: Type.Integer({ description: 'Version of the council\'s policy the case started under (0: the Code\'s defaults).' }) }, {
    title: 'PolicyReference', description: 'The policy the case runs under: the version in force when it started.',
  }),
  leadServiceArea: nullable(Type.String(), 'Lead service area.'),
  handler: nullable(Type.String(), 'Stage 1 handler.'),
  stage2Handler: nullable(Type.String(), 'Stage 2 reviewer.'),
  deadlines: Type.Array(CaseDeadlineSchema, { description: 'Every deadline the case has now.' }),
  nextDue: nullable(Type.Object({ kind: str('Which duty.'), due: date('By the end of this day, Europe/London.') }), 'The next council deadline; null when none is open.'),
  flags: FlagsSchema,
  twelveMonth: nullable(Type.Object({ withinLimit: Type.Boolean(), limitDate: IsoDateSchema }), '12-month test at intake; null without an awareness date.'),
  triage: nullable(Type.Object({ as: TriageAsSchema, signpostedTo: nullable(Type.String(), 'Where to.'), reason: nullable(Type.String(), 'Why.') }), 'Triage decision.'),
  acceptance: nullable(Type.Object({
    decision: Type.Union([Type.Literal('accepted'), Type.Literal('refused')]),
    exclusionCodes: Type.Array(Type.String()),
    explanation: nullable(Type.String(), 'Refusal explanation.'),
    ombudsmanRightGiven: Type.Boolean(),
    outsideTimeLimitReason: nullable(Type.String(), 'Why accepted outside the time limit.'),
  }), 'Acceptance or refusal at acknowledgement.'),
  stage1: StageViewSchema,
  escalation: nullable(Type.Object({
    requestedAt: instant('When the person asked.'),
    requestedOn: date('Its Europe/London date.'),
    channel: ChannelSchema,
    reason: nullable(Type.String(), 'Their reason, if they gave one.'),
    withinWindow: bool('Inside the policy\'s window.'),
    windowEndsOn: nullable(IsoDateSchema, 'End of the window.'),
    decision: nullable(Type.Object({
      decision: EscalationDecisionSchema,
      reason: nullable(Type.String(), 'Reason.'),
      exclusionCodes: Type.Array(Type.String()),
      explanation: nullable(Type.String(), 'Explanation.'),
      decidedOn: date('When decided.'),
    }), 'Decision on an escalation outside the window.'),
  }), 'The escalation request, if any.'),
  stage2: nullable(StageViewSchema, 'Stage 2, once escalated.'),
  remedies: Type.Array(RemedyViewSchema, { description: 'Remedies offered or recommended, followed to completion.' }),
  actions: Type.Array(ActionViewSchema, { description: 'Outstanding actions promised in responses.' }),
  ombudsman: nullable(Type.Object({
    referredOn: date('When referred.'),
    reference: str('The Ombudsman\'s reference.'),
    decision: nullable(OmbudsmanDecisionSchema, 'Its decision, beside the council\'s outcome.'),
    decidedOn: nullable(IsoDateSchema, 'When decided.'),
  }), 'The Ombudsman\'s involvement.'),
  withdrawal: nullable(Type.Object({ withdrawnOn: date('When.'), how: str('How.') }), 'Withdrawal by the person.'),
  lastContactOn: date('The last day of correspondence either way (the day of receipt when none), as in the work queue.'),
  updateDue: bool('An open case with no contact for more than the policy\'s `updateEveryWorkingDays` (default 10) working days ("update due").'),
  closedOn: nullable(IsoDateSchema, 'The day the case closed, whenever it reads as closed: the recorded closure, the stage 2 (final) response, or the last day of an unused escalation window. Null while it does not read as closed.'),
  backdated: Type.Array(Type.Object({
    type: str('The event (as in the timeline).'),
    occurredAt: instant('When it really happened: the date its duty is judged by.'),
    recordedAt: instant('When it was keyed in.'),
  }, { title: 'BackdatedAction', description: 'An action recorded after it happened.' }), { description: 'Actions recorded after they happened (sent with occurredAt), oldest first; the stage dates above are when they happened.' }),
  linkedCaseId: nullable(Type.String({ format: 'uuid' }), 'An earlier case about the same matter.'),
  createdAt: instant('When the record was created.'),
  updatedAt: instant('When the record last changed.'),
}, { $id: 'Case', title: 'Case', description: 'A complaint or request with its state, deadlines and history summary.' })

export const CaseSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The case id.' }),
  reference: str('Human reference.'),
  version: Type.Integer({ description: 'Current version.' }),
  status: CaseStatusSchema,
  kind: nullable(TriageAsSchema, 'Triage decision.'),
  stage: Type.Integer({ description: 'Internal stage.' }),
  channel: ChannelSchema,
  receivedAt: instant('When received.'),
  sensitive: bool('Flagged sensitive.'),
  serviceAreas: Type.Array(Type.String(), { description: 'Service areas.' }),
  leadServiceArea: nullable(Type.String(), 'Lead service area.'),
  handler: nullable(Type.String(), 'Stage 1 handler.'),
  stage2Handler: nullable(Type.String(), 'Stage 2 reviewer.'),
  handlerName: Type.Optional(nullable(Type.String(), 'Display name of the stage 1 handler, from the council\'s staff; null when not registered.')),
  stage2HandlerName: Type.Optional(nullable(Type.String(), 'Display name of the stage 2 reviewer, from the council\'s staff; null when not registered.')),
  nextDue: nullable(Type.Object({ kind: str('Which duty.'), due: date('Due date.') }), 'Next council deadline.'),
  overdue: bool('The next deadline has passed.'),
  openRemedies: Type.Integer({ description: 'Remedies not yet delivered.' }),
  nextRemedyDueOn: nullable(IsoDateSchema, 'Earliest due date of an open remedy.'),
  adjustmentsReviewDue: bool('The reasonable adjustments are due for review (Code 5.6): their review date is today or past.'),
  updatedAt: Type.String({ format: 'date-time', description: 'When the case last changed (what `sort=updated` and `updatedSince` go by).' }),
  updateDue: Type.Optional(Type.Boolean({ description: 'In the work queue: an open case with no contact for more than its own policy\'s `updateEveryWorkingDays` (default 10) working days ("update due"), as the case answers it.' })),
  correspondenceGap: Type.Optional(Type.Boolean({ description: 'In the work queue: a duty to tell the person done (acknowledgement, extension, response) with no outgoing correspondence recorded for it (the `gaps` of the case\'s correspondence log).' })),
}, { $id: 'CaseSummary', title: 'CaseSummary', description: 'A case in a work queue (no personal data).' })

export const TimelineEntrySchema = Type.Object({
  sequence: Type.Integer({ description: 'Position in the case\'s history.' }),
  type: str('What happened (the event name).'),
  actor: str('Who did it.'),
  occurredAt: instant('When it happened.'),
  recordedAt: instant('When it was recorded.'),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'The event\'s data (the command\'s fields and what the rules computed).' }),
}, { $id: 'TimelineEntry', title: 'TimelineEntry' })
