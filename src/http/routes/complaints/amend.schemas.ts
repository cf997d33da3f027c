import { Type, type TSchema } from 'typebox'
import { IsoDateSchema } from '../../../domain/index.js'
import { ContactMethodSchema, RepresentativeSchema } from './intake.schemas.js'

const orNull = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()], { description: (schema as { description?: string }).description ?? '' }))
const text = (description: string, maxLength: number) => Type.String({ minLength: 1, maxLength, description })

export const PersonPatchSchema = Type.Object({
  name: Type.Optional(text('Full name.', 200)),
  email: orNull(Type.String({ format: 'email', maxLength: 320, description: 'Email address.' })),
  phone: orNull(Type.String({ pattern: '^[0-9 +()-]{6,30}$', maxLength: 30, description: 'Telephone number.' })),
  address: orNull(text('Postal address.', 1000)),
  preferredContactMethod: orNull(ContactMethodSchema),
  reasonableAdjustments: orNull(text('Reasonable adjustments needed (Equality Act 2010), kept under review (Code 5.6).', 2000)),
  vulnerability: orNull(text('Vulnerability the council should take into account.', 2000)),
}, { additionalProperties: false, title: 'PersonPatch', description: 'Changes to the person, field by field; null removes an optional field.' })

export const AmendmentSchema = Type.Object({
  person: Type.Optional(PersonPatchSchema),
  representative: Type.Optional(Type.Union([RepresentativeSchema, Type.Null()], { description: 'The representative and their consent, replaced whole; null removes them.' })),
  adjustmentsReviewOn: orNull(Type.String({ ...IsoDateSchema, description: 'When the reasonable adjustments are next reviewed (Code 5.6: kept under active review); today or later. Shows in the work queue once due.' })),
  sensitive: Type.Optional(Type.Boolean({ description: 'Sensitive: only the complaints team and the assigned handler see personal data. The complaints team\'s to change.' })),
  summary: Type.Optional(text('What the complaint is about.', 20000)),
  desiredOutcome: orNull(text('What the person wants to happen.', 5000)),
  serviceAreas: Type.Optional(Type.Array(text('A service area.', 200), { maxItems: 20, uniqueItems: true, description: 'Service areas the complaint concerns (replaced whole).' })),
  categories: Type.Optional(Type.Array(text('A category.', 200), { maxItems: 20, uniqueItems: true, description: 'The council\'s categories, for reporting (replaced whole).' })),
  reason: Type.Optional(text('Why it changed, recorded with the amendment.', 2000)),
}, { additionalProperties: false, title: 'Amendment', description: 'What to change about a case; only the fields sent change.' })

export const CorrectionSchema = Type.Object({
  sequence: Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'The timeline `sequence` of the action to correct (the case\'s latest action still standing), or of a `correspondence_recorded` entry (any).' }),
  reason: text('Why the record was wrong (e.g. "acknowledgement recorded on the wrong case").', 2000),
  redateTo: Type.Optional(Type.String({ format: 'date-time', maxLength: 40, description: 'When it really happened; never in the future nor before the event it follows. Left out, the action is struck out.' })),
}, { additionalProperties: false, title: 'Correction', description: 'A correction of a mistaken action, recorded with its reason.' })
