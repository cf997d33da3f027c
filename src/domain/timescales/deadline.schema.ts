import { Type, type Static } from 'typebox'
import { IsoDateSchema } from '../calendar/bank-holidays.schema.js'

export const DeadlineKindSchema = Type.Union(
  [
    Type.Literal('stage1_acknowledgement'),
    Type.Literal('stage1_response'),
    Type.Literal('escalation_window'),
    Type.Literal('stage2_acknowledgement'),
    Type.Literal('stage2_response'),
  ],
  { description: 'Which duty the deadline is for. escalation_window is the person\'s, not the council\'s: the last day to escalate normally.' },
)
export type DeadlineKind = Static<typeof DeadlineKindSchema>

export const DeadlineSchema = Type.Object(
  {
    kind: DeadlineKindSchema,
    due: IsoDateSchema,
    basis: Type.String({ description: 'In words, what the date counts from and how, e.g. "5 working days after receipt on 2025-12-19".' }),
    provisional: Type.Boolean({ description: 'True when the count relies on projected bank holidays (past the official GOV.UK data).' }),
    projected: Type.Boolean({ description: 'True when the anchor event has not happened yet and its own due date stands in for it.' }),
    doneOn: Type.Union([IsoDateSchema, Type.Null()], { description: 'London date of the event that met the duty, or null while open.' }),
    extendedByWorkingDays: Type.Integer({ minimum: 0, description: 'Total working days added by extensions.' }),
    beyondCode: Type.Boolean({ description: 'True when extensions exceed the policy\'s cap (allowed with a recorded good reason).' }),
    pausedWorkingDays: Type.Integer({ minimum: 0, description: 'Working days the clock was paused (closed pauses), added to the due date.' }),
    pausedSince: Type.Union([IsoDateSchema, Type.Null()], { description: 'Start of a pause still running: the due date will move when it ends.' }),
  },
  { additionalProperties: false, title: 'Deadline', description: 'A deadline the case has now, with its explanation.' },
)
export type Deadline = Static<typeof DeadlineSchema>

export const DeadlineStateSchema = Type.Union([Type.Literal('met'), Type.Literal('late'), Type.Literal('open'), Type.Literal('overdue')], {
  description: 'met / late once the event happened (by its London date against due); open / overdue while it has not.',
})
export type DeadlineState = Static<typeof DeadlineStateSchema>
