import { Type, type Static } from 'typebox'
import { ChannelSchema, IsoDateSchema } from '../../../domain/index.js'

const text = (description: string, maxLength = 500) => Type.String({ minLength: 1, maxLength, description })

export const ContactMethodSchema = Type.Union(
  [Type.Literal('email'), Type.Literal('phone'), Type.Literal('letter'), Type.Literal('in_person'), Type.Literal('text_message')],
  { description: 'How the person prefers to be contacted.' },
)

export const PersonSchema = Type.Object({
  name: text('Full name.', 200),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 320, description: 'Email address.' })),
  phone: Type.Optional(Type.String({ pattern: '^[0-9 +()-]{6,30}$', maxLength: 30, description: 'Telephone number.' })),
  address: Type.Optional(text('Postal address.', 1000)),
  preferredContactMethod: Type.Optional(ContactMethodSchema),
  reasonableAdjustments: Type.Optional(text('Reasonable adjustments needed (Equality Act 2010), kept under review (Code 5.6).', 2000)),
  vulnerability: Type.Optional(text('Vulnerability the council should take into account.', 2000)),
}, { additionalProperties: false, title: 'Person', description: 'The person the complaint is from (personal data).' })

export const RepresentativeSchema = Type.Object({
  name: text('Name of the representative (advocate, relative, councillor, MP).', 200),
  relationship: text('Who they are to the person, e.g. "daughter", "ward councillor", "MP".', 200),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 320, description: 'Email address.' })),
  phone: Type.Optional(Type.String({ pattern: '^[0-9 +()-]{6,30}$', maxLength: 30, description: 'Telephone number.' })),
  consent: Type.Object({
    basis: Type.Union([
      Type.Literal('written_consent'), Type.Literal('verbal_consent'),
      Type.Literal('mental_capacity_best_interests'), Type.Literal('lasting_power_of_attorney'),
    ], { description: 'The person\'s consent, or the authority to act without it (Mental Capacity Act 2005).' }),
    recordedOn: IsoDateSchema,
  }, { additionalProperties: false, description: 'The recorded consent that lets the representative act; responses still go to the person.' }),
}, { additionalProperties: false, title: 'Representative', description: 'Someone complaining on the person\'s behalf (personal data).' })

export const IntakeSchema = Type.Object({
  channel: ChannelSchema,
  receivedAt: Type.Optional(Type.String({
    format: 'date-time',
    description: 'When the complaint reached the council (ISO 8601). Defaults to now; may be in the past when keyed in late; never in the future.',
  })),
  anonymous: Type.Optional(Type.Boolean({ default: false, description: 'Made anonymously: no person is recorded.' })),
  person: Type.Optional(PersonSchema),
  representative: Type.Optional(RepresentativeSchema),
  sensitive: Type.Optional(Type.Boolean({
    default: false, description: 'About staff or holding sensitive personal information: only the complaints team and the assigned handler see personal data.',
  })),
  summary: text('What the complaint is about, in the person\'s words or a faithful summary.', 20000),
  desiredOutcome: Type.Optional(text('What the person wants to happen.', 5000)),
  awareOn: Type.Optional(IsoDateSchema),
  adjustmentsReviewOn: Type.Optional(Type.String({ ...IsoDateSchema, description: 'When the person\'s reasonable adjustments are next reviewed (Code 5.6); shows in the work queue once due.' })),
  serviceAreas: Type.Optional(Type.Array(text('A service area.', 200), { maxItems: 20, uniqueItems: true, description: 'Service areas the complaint concerns.' })),
  categories: Type.Optional(Type.Array(text('A category.', 200), { maxItems: 20, uniqueItems: true, description: 'The council\'s categories, for reporting.' })),
  crmReference: Type.Optional(text('The calling CRM\'s own reference, e.g. a Jadu CXM case number.', 200)),
  relatedCaseId: Type.Optional(Type.String({ format: 'uuid', description: 'An earlier case about the same matter; the new case links to it.' })),
}, { additionalProperties: false, $id: 'Intake', title: 'Intake', description: 'A new complaint or request, from any channel.' })
export type Intake = Static<typeof IntakeSchema>

export const IdempotencyHeadersSchema = Type.Object({
  'idempotency-key': Type.Optional(Type.String({
    minLength: 8, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$',
    description: 'A key unique to this submission: a retry with the same key and body returns the first response and creates nothing; the same key with another body is 422.',
  })),
})
