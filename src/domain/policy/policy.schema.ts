/**
 * A council's complaint policy as data. Everything that differs between councils lives here, not in code;
 * the schemas are reused in the public OpenAPI contract, hence the descriptions.
 */
import { Type, type Static } from 'typebox'

export const AnchorSchema = Type.Union(
  [Type.Literal('receipt'), Type.Literal('escalation_request'), Type.Literal('acknowledgement')],
  {
    description:
      'What a period counts from: receipt of the complaint, receipt of the escalation request, or the acknowledgement at the same stage.',
  },
)
export type Anchor = Static<typeof AnchorSchema>

export const PeriodSchema = Type.Object(
  {
    workingDays: Type.Integer({ minimum: 1, maximum: 120, description: 'Length of the period in working days.' }),
    anchor: AnchorSchema,
  },
  { title: 'WorkingDayPeriod', additionalProperties: false, description: 'A period of working days counted from an anchor event (the anchor day itself never counts).' },
)
export type Period = Static<typeof PeriodSchema>

export const StagePolicySchema = Type.Object(
  {
    acknowledgement: PeriodSchema,
    response: PeriodSchema,
    extensionCapWorkingDays: Type.Integer({
      minimum: 0,
      maximum: 120,
      description: 'Total working days the response may be extended by without a recorded good reason; beyond it the extension is flagged as beyond the Code.',
    }),
  },
  { title: 'StageTimescales', additionalProperties: false, description: 'Timescales of one internal stage.' },
)
export type StagePolicy = Static<typeof StagePolicySchema>

export const EscalationWindowSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('none', { description: 'No window: the person may escalate at any time.' }) }, { additionalProperties: false }),
    Type.Object(
      {
        kind: Type.Union([Type.Literal('calendar_days'), Type.Literal('working_days')], {
          description: 'Whether the window counts calendar days or working days.',
        }),
        days: Type.Integer({ minimum: 1, maximum: 365, description: 'Length of the window, counted from the stage 1 response.' }),
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'How long after the stage 1 response the person may escalate within the normal process; later requests need a decision.' },
)
export type EscalationWindow = Static<typeof EscalationWindowSchema>

export const ExclusionSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64, description: 'Stable identifier of the catalogue entry, used in refusals and reports.' }),
    label: Type.String({ minLength: 1, maxLength: 200, description: 'Short human label, e.g. "Planning appeal".' }),
    description: Type.String({ minLength: 1, maxLength: 2000, description: 'What the entry covers, as the council publishes it.' }),
    signpostsTo: Type.Union([Type.String({ minLength: 1, maxLength: 300 }), Type.Null()], {
      description: 'Where the person is directed instead (another body or process), or null when nowhere specific.',
    }),
  },
  { title: 'Exclusion', additionalProperties: false, description: 'An entry of the published catalogue of matters the council will not consider as complaints (Code 2.3).' },
)
export type Exclusion = Static<typeof ExclusionSchema>

export const OutcomeSchemeSchema = Type.Union([Type.Literal('two_way'), Type.Literal('three_way')], {
  description: 'Findings per aspect: upheld / not upheld, or also partly upheld. The recorded outcome is upheld in totality either way.',
})
export type OutcomeScheme = Static<typeof OutcomeSchemeSchema>

export const PolicySchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100, description: 'Identifier of the policy (a preset id, or the council\'s own).' }),
    basedOn: Type.Union([Type.String({ maxLength: 100 }), Type.Null()], { description: 'Preset this policy was derived from, or null.' }),
    source: Type.String({ maxLength: 1000, description: 'The document the policy follows, for audit.' }),
    stage1: StagePolicySchema,
    stage2: StagePolicySchema,
    escalationWindow: EscalationWindowSchema,
    timeLimitMonths: Type.Integer({
      minimum: 1,
      maximum: 120,
      description: 'Complaints are normally raised within this many months of the person becoming aware of the issue (Code 2.2); later ones need a reason to accept.',
    }),
    outcomeScheme: OutcomeSchemeSchema,
    unexplainedEscalationMayBeFinal: Type.Boolean({
      description: 'Whether an escalation that gives no reason may be answered by making the complete stage 1 response final.',
    }),
    clockMayPause: Type.Boolean({ description: 'Whether handlers may pause the response clock (paused working days move due dates and are reported).' }),
    personMayRefuseExtension: Type.Boolean({ description: 'Whether the policy records the person\'s refusal of an extension (they are then given the Ombudsman\'s details).' }),
    updateEveryWorkingDays: Type.Optional(Type.Integer({
      minimum: 1,
      maximum: 60,
      description: 'Regular updates: an open case with no recorded contact (correspondence in or out, or since receipt) for more than this many working days shows in the work queue as "update due". Default 10.',
    })),
    keyedLateAfterWorkingDays: Type.Optional(Type.Integer({
      minimum: 0,
      maximum: 60,
      description: 'Data quality: an action keyed in more than this many working days after it happened (its occurredAt) counts as keyed late in the reports. Default 5.',
    })),
    exclusions: Type.Array(ExclusionSchema, { maxItems: 200, description: 'The catalogue of matters not considered; refusals must name entries from it.' }),
    deadlineAlertWorkingDays: Type.Optional(Type.Integer({
      minimum: 0,
      maximum: 20,
      description: 'How many working days before a due date the `deadline.approaching` event is sent (0: never). Absent: 2.',
    })),
  },
  { title: 'Policy', additionalProperties: false, description: 'A council\'s complaint-handling policy as data.' },
)
export type Policy = Static<typeof PolicySchema>

/** The default data-quality threshold: a working week, the whole of an acknowledgement's window. */
export const DEFAULT_KEYED_LATE_AFTER_WORKING_DAYS = 5
