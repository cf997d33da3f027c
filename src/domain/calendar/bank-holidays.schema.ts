import { Type, type Static } from 'typebox'

export const DivisionSchema = Type.Union(
  [Type.Literal('england-and-wales'), Type.Literal('scotland'), Type.Literal('northern-ireland')],
  { description: 'UK bank-holiday division whose holidays are not working days (GOV.UK naming).' },
)
export type Division = Static<typeof DivisionSchema>

export const IsoDateSchema = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  format: 'date',
  description: 'A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.',
  examples: ['2025-12-19'],
})
export type IsoDate = Static<typeof IsoDateSchema>

export const BankHolidayEventSchema = Type.Object({
  title: Type.String({ description: 'Name of the holiday, e.g. "Boxing Day".' }),
  date: IsoDateSchema,
  notes: Type.String({ description: 'GOV.UK notes, e.g. "Substitute day"; empty when none.' }),
  bunting: Type.Boolean({ description: 'GOV.UK flag for celebratory holidays; not used by the service.' }),
})
export type BankHolidayEvent = Static<typeof BankHolidayEventSchema>

export const BankHolidayDivisionSchema = Type.Object({
  division: Type.String({ description: 'Division name as GOV.UK spells it.' }),
  events: Type.Array(BankHolidayEventSchema, { description: 'Every bank holiday of the division, one-off holidays included.' }),
})
export type BankHolidayDivision = Static<typeof BankHolidayDivisionSchema>

/** The format GOV.UK publishes at https://www.gov.uk/bank-holidays.json; operators may load a newer copy. */
export const BankHolidaysFileSchema = Type.Object(
  {
    'england-and-wales': Type.Optional(BankHolidayDivisionSchema),
    scotland: Type.Optional(BankHolidayDivisionSchema),
    'northern-ireland': Type.Optional(BankHolidayDivisionSchema),
  },
  { description: 'GOV.UK bank-holidays.json: official bank holidays per division.' },
)
export type BankHolidaysFile = Static<typeof BankHolidaysFileSchema>
