import { Type } from 'typebox'
import { SelfAssessmentSchema } from './self-assessment.schemas.js'
import { LearningFiguresSchema } from '../learning/schemas.js'
import { ExceptionalCircumstanceSchema, OpenNowSchema, PerformanceGroupSchema } from './schemas.js'

const Count = (description: string) => Type.Integer({ minimum: 0, description })
const IsoDate = (description: string) => Type.String({ format: 'date', description })
const NullableNumber = (description: string) => Type.Union([Type.Number(), Type.Null()], { description })
const Str = (description: string) => Type.String({ description })

export const RatingSchema = Type.Union([Type.Literal('met'), Type.Literal('amber'), Type.Literal('not_met'), Type.Literal('nothing_due')], {
  description: 'met: at or above the council\'s target; amber: under the target but at or above its amber threshold (not met); not_met: below that; nothing_due: nothing fell due in the period, so neither met nor not met.',
})

export const DutyKeySchema = Type.Union([
  Type.Literal('stage1_acknowledgement'), Type.Literal('stage1_response'), Type.Literal('stage2_acknowledgement'), Type.Literal('stage2_response'),
], { description: 'The duty.' })

export const DutyTimelinessSchema = Type.Object({
  duty: DutyKeySchema,
  label: Str('The duty as the council\'s policy sets it, e.g. "Stage 1 response within 10 working days of acknowledgement".'),
  codeReference: Str('Paragraph of the Code (stage 2 is cited by section).'),
  fellDue: Count('Duties due in the period that fell due: done (on time or late), or overdue as at `asAt`.'),
  onTime: Count('Done by the due date (as properly extended).'),
  late: Count('Done after the due date, or not done with the date passed.'),
  notYetDue: Count('Open and not yet due: shown apart, never counted as met nor late.'),
  percent: NullableNumber('onTime as a percentage of fellDue (one decimal place); null when nothing fell due.'),
  rating: RatingSchema,
  met: Type.Union([Type.Boolean(), Type.Null()], { description: 'rating is met; null when nothing fell due.' }),
}, { additionalProperties: false, description: 'One duty\'s timeliness over the duties that fell due in the period.' })

const StageOutcomeCountsSchema = (stage: 1 | 2) => Type.Object({
  responded: Count(`Stage ${stage} responses sent in the period.`),
  upheld: Count('Recorded upheld (upheld in totality).'),
  notUpheld: Count('Recorded not upheld.'),
}, { additionalProperties: false, description: `Outcomes of stage ${stage} responses.` })

const RemedyFiguresSchema = PerformanceGroupSchema.properties.remedies

export const AnnualReportSchema = Type.Object({
  council: Type.Object({ name: Str('Council name.') }, { additionalProperties: false }),
  period: Type.Object({
    kind: Type.Union([Type.Literal('annual'), Type.Literal('half-year')], { description: 'The whole year or one half of it.' }),
    label: Str('E.g. "2025-26" or "2025-26, first half (April to September)".'),
    year: Type.Integer({ description: 'The financial year, by the calendar year it starts in.' }),
    from: IsoDate('First day.'),
    to: IsoDate('Last day.'),
  }, { additionalProperties: false }),
  asAt: IsoDate('The date the figures are as at.'),
  policy: Type.Object({
    version: Type.Integer({ minimum: 0, description: 'The council\'s policy version in force when the report is made (0: the Code\'s defaults); its timescales label the report.' }),
    id: Str('The policy\'s id.'),
    labels: Type.Object({
      stage1_acknowledgement: Str('Stage 1 acknowledgement duty.'), stage1_response: Str('Stage 1 response duty.'), stage1_extension: Str('Stage 1 extension cap.'),
      stage2_acknowledgement: Str('Stage 2 acknowledgement duty.'), stage2_response: Str('Stage 2 response duty.'), stage2_extension: Str('Stage 2 extension cap.'),
    }, { additionalProperties: false, description: 'The duties in the words of the policy.' }),
  }, { additionalProperties: false, description: 'The policy the labels come from.' }),
  targets: Type.Object({
    targetPercent: Type.Number({ description: 'Share on time at which a timeliness requirement is met (council setting; default 100).' }),
    amberFromPercent: Type.Number({ description: 'Share from which an unmet requirement is amber (default 90).' }),
    rule: Str('The rule in words.'),
  }, { additionalProperties: false, description: 'The council\'s timeliness target.' }),
  timeliness: Type.Array(DutyTimelinessSchema, { description: 'Each duty over the duties that fell due in the period, rated against the target.' }),
  selfAssessment: SelfAssessmentSchema,
  performance: PerformanceGroupSchema,
  byMonth: Type.Array(PerformanceGroupSchema, { description: 'The same figures month by month, for the months of the period that have begun.' }),
  outcomesByServiceArea: Type.Array(Type.Object({
    serviceArea: Str('Lead service area; "(none)" if unassigned.'),
    stage1: StageOutcomeCountsSchema(1),
    stage2: StageOutcomeCountsSchema(2),
  }, { additionalProperties: false }), { description: 'Outcomes of the responses sent in the period, by service area, each stage on its own: a case answered at both stages counts once in each, never summed.' }),
  refusedComplaintTypes: Type.Array(Type.Object({
    code: Str('Catalogue entry.'),
    label: Str('Its label in the council\'s catalogue in force (the code if it no longer lists it).'),
    count: Count('Complaints refused under it (received in the period).'),
    inCatalogue: Type.Boolean({ description: 'Whether the catalogue in force lists the entry.' }),
  }, { additionalProperties: false }), { description: 'The summary of the types of complaint refused (Code 8.1).' }),
  nonCompliance: Type.Object({
    lateAcknowledgements: Type.Object({ stage1: Count('Stage 1.'), stage2: Count('Stage 2.') }, { additionalProperties: false, description: 'Acknowledgements due in the period and late.' }),
    lateResponses: Type.Object({ stage1: Count('Stage 1.'), stage2: Count('Stage 2.') }, { additionalProperties: false, description: 'Responses due in the period and late (after the extended date, or overdue).' }),
    extensionsBeyondCap: Type.Object({ stage1: Count('Stage 1.'), stage2: Count('Stage 2.') }, { additionalProperties: false, description: 'Responses due in the period whose extensions went beyond the cap.' }),
    remediesOverdue: Count('Remedies offered in the period still open past their due date.'),
    exceptionalCircumstances: Type.Array(ExceptionalCircumstanceSchema, { description: 'Periods overlapping the report\'s.' }),
  }, { additionalProperties: false }),
  dataQuality: Type.Object({
    keyedLateAfterWorkingDays: Type.Integer({ minimum: 0, description: 'The threshold of the policy in force (`keyedLateAfterWorkingDays`, default 5): a step recorded more than this many working days after it happened counts as recorded late. Each case is judged by the policy it runs under.' }),
    received: Count('Contacts received in the period (the figure below counts among these).'),
    casesWithActionsKeyedLate: Count('Contacts received in the period with at least one step (an acknowledgement, a response...) recorded late: keyed in more than the threshold of working days after its `occurredAt`.'),
    percentOfReceived: NullableNumber('casesWithActionsKeyedLate as a percentage of received (one decimal place); null when nothing was received.'),
    actionsKeyedLate: Count('The steps recorded late on those contacts, in all.'),
  }, { title: 'ReportDataQuality', additionalProperties: false, description: 'Data quality: how promptly the case record is kept. Timeliness counts each step from when it happened, so late recording does not change it; it shows how far the record, and the work queue read from it, fell behind.' }),
  remedies: Type.Object({
    ...RemedyFiguresSchema.properties,
    byType: Type.Array(Type.Object({
      ...RemedyFiguresSchema.properties.byType.items.properties,
      label: Str('The remedy type in words (Code 7.1).'),
    }, { additionalProperties: false })),
  }, { additionalProperties: false, description: 'Remedies offered in the period.' }),
  openNow: OpenNowSchema,
  trends: Type.Object({
    population: Type.Union([Type.Integer(), Type.Null()], { description: 'The council\'s recorded population (PATCH /v1/councils/current); null when not recorded, and then no rates are given.' }),
    samePeriodLastYear: Type.Object({ from: IsoDate('First day.'), to: IsoDate('Last day.') }, { additionalProperties: false, description: 'The period compared with.' }),
    figures: Type.Array(Type.Object({
      key: Str('The figure.'),
      label: Str('The figure in words.'),
      kind: Type.Union([Type.Literal('count'), Type.Literal('percent')], { description: 'A count (scaled per 10,000 residents) or a percentage (not scaled).' }),
      thisPeriod: NullableNumber('The figure for the period; null when it cannot be computed (nothing fell due).'),
      samePeriodLastYear: NullableNumber('The same figure a year earlier.'),
      change: NullableNumber('thisPeriod less samePeriodLastYear (percentage points for percentages); null when either is null.'),
      per10000: Type.Union([Type.Object({
        thisPeriod: Type.Number({ description: 'Per 10,000 residents, two decimal places.' }),
        samePeriodLastYear: Type.Number({ description: 'The same a year earlier.' }),
      }, { additionalProperties: false }), Type.Null()], { description: 'Per 10,000 residents; null for percentages or when no population is recorded.' }),
    }, { additionalProperties: false }), { description: 'Headline figures beside the same period a year earlier.' }),
  }, { additionalProperties: false, description: 'Trends (Code 9.7).' }),
  ombudsman: Type.Object({
    decided: Count('Ombudsman decisions made in the period.'),
    decisions: PerformanceGroupSchema.properties.ombudsman.properties.decisions,
    upheldRate: NullableNumber('Fault found, as a percentage of decisions after investigation (fault or no fault); null when none.'),
    councilUpheldRate: Type.Object({
      stage1: NullableNumber('The council\'s stage 1 upheld rate in the period (% of responses).'),
      stage2: NullableNumber('The council\'s stage 2 upheld rate in the period.'),
    }, { additionalProperties: false, description: 'The council\'s own outcomes over the same period.' }),
    recommendations: Type.Object({
      recommended: Count('Remedies the Ombudsman recommended in decisions made in the period.'),
      doneOnTime: Count('Done by their date.'),
      doneLate: Count('Done after their date.'),
      openOverdue: Count('Not done, date passed.'),
      openNotYetDue: Count('Not done, date not yet come.'),
      undeliverable: Count('Recorded as undeliverable, with an alternative.'),
      complianceRate: NullableNumber('Done on time, as a percentage of those whose date has come (done, or open and overdue); null when none.'),
    }, { additionalProperties: false, description: 'Compliance with the Ombudsman\'s recommendations on time.' }),
  }, { additionalProperties: false, description: 'The Ombudsman\'s decisions for the period beside the council\'s own outcomes.' }),
  learning: Type.Object({
    figures: LearningFiguresSchema,
    youSaidWeDid: Type.Array(Type.Object({
      serviceArea: Str('The service area that made the improvement.'),
      complaints: Count('How many complaints prompted it.'),
      what: Str('What was done (or is being done).'),
      owner: Str('Who is responsible (role or team).'),
      dueOn: IsoDate('When due.'),
      doneOn: Type.Union([IsoDate('When done.'), Type.Null()], { description: 'When done; null while open.' }),
    }, { additionalProperties: false }), { description: '"You said, we did": the improvements recorded by the end of the period and not done before it (no case ids).' }),
  }, { additionalProperties: false, description: 'The learning register over the period (Code 9.1-9.3).' }),
  serviceImprovements: Type.Union([Type.String(), Type.Null()], { description: 'As recorded for the year (PUT .../narrative); null if not yet.' }),
  governanceResponse: Type.Union([Type.String(), Type.Null()], { description: 'As recorded for the year; null if not yet.' }),
}, { additionalProperties: false, description: 'The annual complaints performance and service improvement report (Code 8.1), or its 6-monthly version. No personal data.' })
