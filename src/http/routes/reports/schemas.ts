import { Type, type Static } from 'typebox'
import { LearningFiguresSchema } from '../learning/schemas.js'

const Count = (description: string) => Type.Integer({ minimum: 0, description })
const IsoDate = (description: string) => Type.String({ format: 'date', description })
const NullableNumber = (description: string) => Type.Union([Type.Number(), Type.Null()], { description })

export const TIMELINESS_DEFINITION =
  'Timeliness counts each duty in the period its due date falls in (the final due date, after extensions and pauses). ' +
  'Of those due: met = done on or before the due date; late = done after it, or not done and the due date has passed (as at `asAt`); ' +
  'pending = not done and not yet due: a case still open and not yet late is never counted as late. ' +
  'Percentages are of `due`, to one decimal place; null when nothing was due. Duties lapse when a case is withdrawn before meeting them, ' +
  'and refused complaints, service requests and signposted contacts have no response duty.'

const Measure = (description: string) => Type.Object({
  count: Count('How many.'),
  percent: NullableNumber('count as a percentage of `due` (one decimal place); null when nothing was due.'),
}, { title: 'CountAndPercent', additionalProperties: false, description: `${description} A count and its percentage of those due in the period.` })

const TimelinessSchema = Type.Object({
  due: Count('Acknowledgements due in the period (due date in [from, to]).'),
  met: Measure('Acknowledged by the due date.'),
  late: Measure('Acknowledged after the due date, or not yet acknowledged with the date passed.'),
  pending: Measure('Not yet acknowledged and not yet due: not late.'),
}, { title: 'AcknowledgementTimeliness', additionalProperties: false, description: `Acknowledgement within the policy's period (the Code: 5 working days). ${TIMELINESS_DEFINITION}` })

const ResponseTimelinessSchema = Type.Object({
  due: Count('Responses due in the period (final due date in [from, to]).'),
  withinCodeTimescale: Measure('Answered within the policy\'s response period without any extension (the Code: stage 1 10, stage 2 20 working days; paused days do not count).'),
  withinExtendedDate: Measure('Answered by the final due date, extensions included.'),
  late: Measure('Answered after the final due date, or still unanswered with that date passed.'),
  pending: Measure('Unanswered and not yet due: not late.'),
  extended: Measure('Cases whose response date was extended at all.'),
  extendedWithinCap: Measure('Extended, in total within the policy\'s cap (the Code: 10 working days at stage 1).'),
  extendedBeyondCap: Measure('Extended beyond the cap (with a recorded good reason): a non-compliance finding.'),
  paused: Measure('Cases whose clock was paused.'),
  pausedWorkingDays: Count('Working days paused in total (closed pauses).'),
}, { title: 'ResponseTimeliness', additionalProperties: false, description: `Response timeliness. ${TIMELINESS_DEFINITION}` })

const OutcomesSchema = Type.Object({
  responded: Count('Responses sent in the period (response date in [from, to]).'),
  upheld: Count('Recorded upheld (upheld in totality: any aspect upheld).'),
  notUpheld: Count('Recorded not upheld.'),
  detailed: Type.Object({
    upheld: Count('Every aspect upheld.'), partlyUpheld: Count('Some aspects upheld.'), notUpheld: Count('No aspect upheld.'),
  }, { additionalProperties: false, description: 'The three-way detail, for policies that publish it.' }),
  workingDaysToRespond: Type.Object({
    average: NullableNumber('Mean working days, one decimal place; null when none.'),
    p90: NullableNumber('90th percentile (continuous); null when none.'),
  }, { additionalProperties: false, description: 'Working days from the start of the stage (receipt; the escalation request) to the response, less paused working days, over responses sent in the period.' }),
}, { title: 'StageOutcomes', additionalProperties: false, description: 'Outcomes of the responses sent in the period.' })

const StageSchema = Type.Object({ acknowledgement: TimelinessSchema, response: ResponseTimelinessSchema, outcomes: OutcomesSchema }, { title: 'StageFigures', additionalProperties: false })

const RemedyTypeFiguresSchema = Type.Object({
  type: Type.String({ description: 'Remedy type (apology, financial, ...).' }),
  offered: Count('Offered in the period (by the date of the response or Ombudsman decision that offered it).'),
  done: Count('Delivered.'),
  open: Count('Not yet delivered.'),
  overdue: Count('Not yet delivered and past its due date.'),
  undeliverable: Count('Recorded as undeliverable, with an alternative.'),
}, { additionalProperties: false })

export const PerformanceGroupSchema = Type.Object({
  key: Type.String({ description: 'The group: YYYY-MM, a service area, a category, a channel; `total` for the whole period. "(none)" collects cases without one.' }),
  volumes: Type.Object({
    received: Count('Contacts received in the period (received date in [from, to]); the other volumes count what these became.'),
    complaints: Count('Triaged as complaints.'),
    serviceRequests: Count('Triaged as service requests.'),
    signposted: Count('Signposted elsewhere.'),
    untriaged: Count('Not yet triaged.'),
    accepted: Count('Accepted at acknowledgement.'),
    refused: Count('Refused at acknowledgement under the catalogue.'),
    withdrawn: Count('Withdrawn by the person.'),
    refusedByCatalogueEntry: Type.Array(Type.Object({ code: Type.String({ description: 'Catalogue entry.' }), count: Count('Refusals naming it.') }, { additionalProperties: false }), { description: 'Refusals by catalogue entry; a refusal naming two entries counts under each.' }),
  }, { additionalProperties: false }),
  stage1: StageSchema,
  stage2: StageSchema,
  escalations: Type.Object({
    requested: Count('Escalation requests made in the period.'),
    rate: NullableNumber('Escalation requests as a percentage of stage 1 responses sent in the period.'),
    refused: Count('Of those, refused under the catalogue.'),
    finalAtStage1: Count('Of those, where the stage 1 response was made final.'),
  }, { additionalProperties: false }),
  ombudsman: Type.Object({
    referred: Count('Referrals to the Ombudsman made in the period.'),
    decided: Count('Ombudsman decisions made in the period.'),
    decisions: Type.Object({
      upheldFault: Count('Fault found.'), noFault: Count('No fault.'), notInvestigated: Count('Not investigated.'),
      closedAfterInitialEnquiries: Count('Closed after initial enquiries.'),
    }, { additionalProperties: false }),
  }, { additionalProperties: false }),
  remedies: Type.Object({
    offered: Count('Remedies offered in the period.'),
    done: Count('Delivered.'), open: Count('Not yet delivered.'), overdue: Count('Open past the due date.'), undeliverable: Count('Undeliverable.'),
    financialTotalPence: Count('Financial remedies offered in the period, in pence.'),
    byType: Type.Array(RemedyTypeFiguresSchema),
  }, { additionalProperties: false }),
  dataQuality: Type.Object({
    actionsKeyedLate: Count('Actions on the cases received in the period that were keyed in more than the policy\'s `keyedLateAfterWorkingDays` (default 5) working days after they happened (their occurredAt).'),
    casesWithActionsKeyedLate: Count('Cases received in the period with at least one action keyed in late.'),
  }, { additionalProperties: false, description: 'Data quality: how promptly the council\'s records are kept.' }),
}, { title: 'PerformanceFigures', additionalProperties: false, description: 'The figures for one group.' })

export const OpenNowSchema = Type.Object({
  open: Count('Cases awaiting a council duty now (an acknowledgement or a response).'),
  stage1: Count('Of which at stage 1.'),
  stage2: Count('Of which at stage 2.'),
  overdue: Count('Of which the duty\'s due date has passed.'),
  dueWithin5WorkingDays: Count('Of which due today or within the next 5 working days.'),
}, { title: 'OpenNow', additionalProperties: false, description: 'The open caseload as at `asAt`, whatever the period.' })

export const GroupBySchema = Type.Union([Type.Literal('none'), Type.Literal('month'), Type.Literal('serviceArea'), Type.Literal('category'), Type.Literal('channel')], {
  description: 'How to group: month (of each figure\'s own date), the lead service area, category (a case counts in each of its categories, so groups may sum to more than the total), channel; none for the total only.',
})

export const PerformanceQuerySchema = Type.Object({
  from: IsoDate('First day of the period (London date).'),
  to: IsoDate('Last day of the period, inclusive.'),
  groupBy: Type.Optional(GroupBySchema),
}, { additionalProperties: false })

export const PerformanceReportSchema = Type.Object({
  from: IsoDate('First day of the period.'),
  to: IsoDate('Last day of the period.'),
  groupBy: GroupBySchema,
  asAt: IsoDate('The London date the figures are as at: decides what is late and what is still pending.'),
  total: PerformanceGroupSchema,
  groups: Type.Array(PerformanceGroupSchema, { description: 'One per group, in key order; every month of the period when grouped by month.' }),
  openNow: OpenNowSchema,
  learning: LearningFiguresSchema,
}, { additionalProperties: false, description: `A council's complaint handling figures for a period. No personal data. ${TIMELINESS_DEFINITION}` })

export const ExceptionalCircumstanceInputSchema = Type.Object({
  startsOn: IsoDate('First day the council could not meet the Code.'),
  endsOn: Type.Union([IsoDate('Last day of the period.'), Type.Null()], { description: 'Last day of the period; null while it continues.' }),
  affected: Type.String({ minLength: 1, maxLength: 2000, description: 'What was affected and how (e.g. "cyber incident: case system offline; acknowledgements delayed").' }),
  ombudsmanToldOn: Type.Union([IsoDate('When the Ombudsman was told.'), Type.Null()], { description: 'When the Ombudsman was told; null if not yet.' }),
  returnedToComplianceOn: Type.Union([IsoDate('Date of return to compliance.'), Type.Null()], { description: 'When the council met the Code again; null if not yet.' }),
}, { additionalProperties: false, description: 'A period of exceptional circumstances that stopped the council meeting the Code.' })

export const ExceptionalCircumstanceSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Id.' }),
  ...ExceptionalCircumstanceInputSchema.properties,
  recordedBy: Type.String({ description: 'Who recorded it.' }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was recorded.' }),
}, { additionalProperties: false, description: 'A recorded period of exceptional circumstances.' })

export const NarrativeInputSchema = Type.Object({
  serviceImprovements: Type.String({ maxLength: 50000, description: 'Service improvements made from learning from complaints, as the report publishes them.' }),
  governanceResponse: Type.String({ maxLength: 50000, description: 'The response of the council\'s governing body (or committee) to the report.' }),
}, { additionalProperties: false })

export const NarrativeSchema = Type.Object({
  year: Type.Integer({ description: 'The reporting year (financial year starting 1 April of it).' }),
  ...NarrativeInputSchema.properties,
  updatedBy: Type.String({ description: 'Who last recorded it.' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When.' }),
}, { additionalProperties: false })

export const YearSchema = Type.Integer({ minimum: 2000, maximum: 2100, description: 'The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026.' })

export type ExceptionalCircumstanceInput = Static<typeof ExceptionalCircumstanceInputSchema>
export type NarrativeInput = Static<typeof NarrativeInputSchema>
