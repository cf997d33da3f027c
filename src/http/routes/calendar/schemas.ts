import { Type, type Static } from 'typebox'

const Division = Type.Union([Type.Literal('england-and-wales'), Type.Literal('scotland'), Type.Literal('northern-ireland')], {
  description: 'Bank-holiday division. Default: your council\'s.',
})

const DateOrInstant = Type.String({
  description: 'A calendar date (`2025-12-19`) or an ISO 8601 instant (`2026-03-31T23:30:00Z`), which counts as its date in Europe/London.',
  maxLength: 40,
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2}))?$',
})

export const DeadlineQuerySchema = Type.Object({
  from: DateOrInstant,
  workingDays: Type.Integer({ minimum: 0, maximum: 2000, description: 'How many working days after `from` (which never counts itself).' }),
  division: Type.Optional(Division),
}, { additionalProperties: false })
export type DeadlineQuery = Static<typeof DeadlineQuerySchema>

export const DeadlineSchema = Type.Object({
  due: Type.String({ format: 'date', description: 'The due date: by the end of this day, Europe/London.' }),
  provisional: Type.Boolean({ description: 'True when the count runs past the official bank-holiday data and uses projected holidays.' }),
  basis: Type.String({ description: 'What the date counts from and how, in words a handler can defend.' }),
}, { $id: 'CalendarDeadline', title: 'CalendarDeadline' })

export const WorkingDaysQuerySchema = Type.Object({
  from: DateOrInstant,
  to: DateOrInstant,
  division: Type.Optional(Division),
}, { additionalProperties: false })
export type WorkingDaysQuery = Static<typeof WorkingDaysQuerySchema>

export const WorkingDaysSchema = Type.Object({
  from: Type.String({ format: 'date', description: 'The start date in Europe/London (not counted).' }),
  to: Type.String({ format: 'date', description: 'The end date in Europe/London (counted when a working day).' }),
  workingDays: Type.Integer({ description: 'Working days after `from` up to and including `to`; negative when `to` is before `from`.' }),
  provisional: Type.Boolean({ description: 'True when the range uses projected bank holidays.' }),
})
