import { Type, type Static } from 'typebox'
import { IsoDateSchema } from '../calendar/bank-holidays.schema.js'

export const FindingValueSchema = Type.Union(
  [Type.Literal('upheld'), Type.Literal('partly_upheld'), Type.Literal('not_upheld')],
  { description: 'Finding on one aspect. partly_upheld only where the policy uses the three-way scheme; it counts as upheld for the recorded outcome.' },
)
export type FindingValue = Static<typeof FindingValueSchema>

export const FindingSchema = Type.Object(
  {
    aspect: Type.String({ minLength: 1, maxLength: 500, description: 'The aspect of the complaint this finding answers, in the complaint definition\'s words.' }),
    finding: FindingValueSchema,
  },
  { additionalProperties: false, title: 'Finding', description: 'The council\'s finding on one aspect of the complaint.' },
)
export type Finding = Static<typeof FindingSchema>

export const RecordedOutcomeSchema = Type.Union([Type.Literal('upheld'), Type.Literal('not_upheld')], {
  description: 'The outcome as recorded and reported: upheld if any aspect is upheld ("upheld in totality").',
})
export type RecordedOutcome = Static<typeof RecordedOutcomeSchema>

export const DetailedOutcomeSchema = Type.Union([Type.Literal('upheld'), Type.Literal('partly_upheld'), Type.Literal('not_upheld')], {
  description: 'Three-way detail kept for policies that publish it: every aspect upheld, some, or none.',
})
export type DetailedOutcome = Static<typeof DetailedOutcomeSchema>

export const RemedyTypeSchema = Type.Union(
  [
    Type.Literal('apology'),
    Type.Literal('acknowledgement'),
    Type.Literal('explanation'),
    Type.Literal('action_on_delay'),
    Type.Literal('decision_reconsidered'),
    Type.Literal('record_amended'),
    Type.Literal('financial'),
    Type.Literal('policy_change'),
    Type.Literal('other'),
  ],
  { description: 'Kind of remedy (Code 7.1-7.4): apology, acknowledging what went wrong, explanation, action on delay, reconsidering a decision, amending a record, financial (symbolic), changing policy or practice, other.' },
)
export type RemedyType = Static<typeof RemedyTypeSchema>

export const RemedySchema = Type.Object(
  {
    type: RemedyTypeSchema,
    description: Type.String({ minLength: 1, maxLength: 2000, description: 'What will happen, in the words given to the person.' }),
    dueDate: IsoDateSchema,
    amountPence: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000000, description: 'For a financial remedy: the amount in pence (symbolic payment, not compensation). Required when type is financial.' })),
  },
  { additionalProperties: false, title: 'RemedyOffer', description: 'A remedy offered: what will happen and by when.' },
)
export type Remedy = Static<typeof RemedySchema>

export const OutstandingActionSchema = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 2000, description: 'What remains to be done after the response.' }),
    dueDate: IsoDateSchema,
  },
  { additionalProperties: false, title: 'PromisedAction', description: 'A follow-up action tracked to completion after the response (Code 6.6).' },
)
export type OutstandingAction = Static<typeof OutstandingActionSchema>

/** Fields are optional in the schema so that the domain can name every missing element at once. */
export const ResponseContentSchema = Type.Object(
  {
    stage: Type.Optional(Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'The stage the response states it is (required; must match the stage being answered).' })),
    complaintDefinition: Type.Optional(Type.String({ maxLength: 5000, description: 'The complaint as the council understood it (required).' })),
    findings: Type.Optional(Type.Array(FindingSchema, { maxItems: 100, description: 'The decision: a finding per aspect (required, at least one; at stage 2 may be empty when agreeing with stage 1).' })),
    reasons: Type.Optional(Type.String({ maxLength: 20000, description: 'The reasons for the decision (required).' })),
    remedies: Type.Optional(Type.Array(RemedySchema, { maxItems: 50, description: 'Remedies offered (required; may be empty together with noRemedyStatement).' })),
    noRemedyStatement: Type.Optional(Type.String({ maxLength: 2000, description: 'Why no remedy is offered; required when remedies is empty.' })),
    outstandingActions: Type.Optional(Type.Array(OutstandingActionSchema, { maxItems: 50, description: 'Actions still to be done (required; may be empty).' })),
    howToEscalate: Type.Optional(Type.String({ maxLength: 5000, description: 'How to escalate: to stage 2 after stage 1, to the Ombudsman after stage 2 (required).' })),
  },
  { additionalProperties: false, title: 'ResponseContent', description: 'The content of a stage 1 or stage 2 response; every element the Code requires must be present.' },
)
export type ResponseContent = Static<typeof ResponseContentSchema>
