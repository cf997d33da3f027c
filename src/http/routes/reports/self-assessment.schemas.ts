import { Type, type Static } from 'typebox'
import { CODE_PROVISIONS } from '../../../domain/index.js'

const Str = (description: string) => Type.String({ description })
const IsoDate = (description: string) => Type.String({ format: 'date', description })
const Instant = (description: string) => Type.String({ format: 'date-time', description })
const NullableNumber = (description: string) => Type.Union([Type.Number(), Type.Null()], { description })
const STATUSES = ['met', 'amber', 'not_met', 'nothing_due', 'complies', 'does_not_comply', 'not_answered'] as const
const ratingLiterals = () => [Type.Literal('met'), Type.Literal('amber'), Type.Literal('not_met'), Type.Literal('nothing_due')] as const
const Text = (max: number, description: string) => Type.String({ minLength: 1, maxLength: max, description })

export const ProvisionRefSchema = Type.Enum(CODE_PROVISIONS.map((p): string => p.ref), {
  description: 'A provision of the Code: its paragraph number (e.g. `6.2`), or `<section>.<name>` where the paragraph is not numbered (`6.stage2.response`).',
})

export const ProvisionStatusSchema = Type.Union(
  [...ratingLiterals(), Type.Literal('complies'), Type.Literal('does_not_comply'), Type.Literal('not_answered')],
  { description: 'From data: met, amber (under the target, not met), not_met, nothing_due (nothing fell due). Answered by the council: complies, does_not_comply, not_answered.' },
)

const ActionSchema = Type.Object({
  text: Text(2000, 'What the council will do.'),
  dueOn: Type.Union([IsoDate('By when.'), Type.Null()], { description: 'By when; null if not yet set.' }),
}, { additionalProperties: false, description: 'An action to reach or keep compliance.' })

export const AnswerInputSchema = Type.Object({
  complies: Type.Optional(Type.Boolean({ description: 'Whether the council complies. Required for a provision the data cannot evidence; not allowed for one evidenced from data (the data says).' })),
  evidence: Type.String({ maxLength: 5000, description: 'The evidence, in words (may be empty for a provision evidenced from data).' }),
  links: Type.Array(Type.String({ format: 'uri', maxLength: 500, description: 'A link to published evidence (e.g. the policy page).' }), { maxItems: 20, default: [], description: 'Links to evidence.' }),
  commentary: Type.String({ maxLength: 5000, description: 'Commentary and explanation.' }),
  action: Type.Union([ActionSchema, Type.Null()], { default: null, description: 'An action with its date, where the council does not (fully) comply; null when none.' }),
}, { additionalProperties: false, description: 'The council\'s answer for one provision.' })
export type AnswerInput = Static<typeof AnswerInputSchema>

const AnswerSchema = Type.Object({
  ref: ProvisionRefSchema,
  complies: Type.Union([Type.Boolean(), Type.Null()], { description: 'Whether the council says it complies; null for a provision evidenced from data.' }),
  evidence: Str('The evidence, in words.'),
  links: Type.Array(Type.String({ description: 'A link.' }), { description: 'Links to evidence.' }),
  commentary: Str('Commentary and explanation.'),
  action: Type.Union([ActionSchema, Type.Null()], { description: 'The action and its date; null when none.' }),
  answeredBy: Str('Who answered (token subject).'),
  answeredAt: Instant('When.'),
}, { additionalProperties: false, description: 'The council\'s answer.' })

const EvidenceItemSchema = Type.Object({
  key: Str('Which figure.'),
  requirement: Str('The requirement in the words of the council\'s policy.'),
  codeReference: Str('Paragraph(s) of the Code.'),
  figure: Str('What the data shows, in words.'),
  value: NullableNumber('The figure as a number (a percentage or a count); null when nothing could be measured.'),
  target: Str('The threshold.'),
  rule: Str('When the requirement counts as met, in words.'),
  rating: Type.Union([...ratingLiterals()], { description: 'met, amber (not met), not_met, or nothing_due.' }),
  met: Type.Union([Type.Boolean(), Type.Null()], { description: 'Whether met; null when nothing fell due.' }),
}, { additionalProperties: false, description: 'The evidence from data.' })

export const SelfAssessmentRowSchema = Type.Object({
  ref: ProvisionRefSchema,
  section: Type.Integer({ description: 'Section of the Code.' }),
  paragraph: Type.Union([Type.String(), Type.Null()], { description: 'Paragraph number; null where the Code\'s paragraph is not numbered here (cited by section).' }),
  title: Str('Short title.'),
  summary: Str('What the provision asks, summarised (not the Code\'s wording).'),
  evidence: Type.Union([Type.String(), Type.Null()], { description: 'Which figure can evidence the provision; null when only the council can answer.' }),
  basis: Type.Union([Type.Literal('data'), Type.Literal('council')], { description: 'data: assessed from the period\'s figures; council: answered by the council.' }),
  data: Type.Union([EvidenceItemSchema, Type.Null()], { description: 'The evidence from data; null for a provision the council answers.' }),
  answer: Type.Union([AnswerSchema, Type.Null()], { description: 'The council\'s answer (commentary and action on a data row); null if none.' }),
  status: ProvisionStatusSchema,
}, { additionalProperties: false, description: 'One provision of the self-assessment.' })

export const SignOffInputSchema = Type.Object({
  governingBody: Text(300, 'The governing body or committee that considered it, e.g. "Audit and Governance Committee".'),
  governingBodyResponse: Text(20000, 'Its response, as published with the report (Code 8.2).'),
  respondedOn: IsoDate('When it responded.'),
  memberResponsible: Text(300, 'The Member Responsible for Complaints who signs it off, as published (e.g. "Chair of the Audit and Governance Committee").'),
  memberSignedOffOn: IsoDate('When the Member signed it off.'),
}, { additionalProperties: false, description: 'The governing body\'s response and the Member responsible\'s sign-off.' })
export type SignOffInput = Static<typeof SignOffInputSchema>

export const SignOffSchema = Type.Object({
  ...SignOffInputSchema.properties,
  recordedBy: Str('Who recorded it.'),
  recordedAt: Instant('When.'),
}, { additionalProperties: false, description: 'The recorded sign-off.' })

export const PublishedVersionSchema = Type.Object({
  version: Type.Integer({ minimum: 1, description: 'Version number, from 1.' }),
  publishedBy: Str('Who published it.'),
  publishedAt: Instant('When.'),
}, { additionalProperties: false, description: 'A published (frozen) version.' })

const statusCounts = Type.Object(Object.fromEntries(
  STATUSES.map((s) => [s, Type.Integer({ minimum: 0, description: `Provisions with status ${s}.` })]),
), { additionalProperties: false, description: 'How many provisions have each status.' })

export const SelfAssessmentSchema = Type.Object({
  year: Type.Integer({ description: 'The financial year, by the calendar year it starts in.' }),
  asAt: IsoDate('The date the figures are as at.'),
  rows: Type.Array(SelfAssessmentRowSchema, { description: 'Every provision of the catalogue, in the Code\'s order.' }),
  summary: statusCounts,
  signOff: Type.Union([SignOffSchema, Type.Null()], { description: 'The governing body\'s response and the Member\'s sign-off; null until recorded.' }),
  versions: Type.Array(PublishedVersionSchema, { description: 'Published versions of the year, oldest first.' }),
  changedSincePublished: Type.Boolean({ description: 'An answer or the sign-off changed after the latest published version: publish again to make a new version.' }),
}, { additionalProperties: false, description: 'The self-assessment against the Code, provision by provision (Code 8.1). The current draft; published versions are frozen.' })

export const PublishedSelfAssessmentSchema = Type.Object({
  ...PublishedVersionSchema.properties,
  content: Type.Object({
    year: SelfAssessmentSchema.properties.year,
    asAt: SelfAssessmentSchema.properties.asAt,
    rows: SelfAssessmentSchema.properties.rows,
    summary: statusCounts,
    signOff: SignOffSchema,
  }, { additionalProperties: false, description: 'The self-assessment as published, frozen.' }),
}, { additionalProperties: false, description: 'A published version of the self-assessment.' })
