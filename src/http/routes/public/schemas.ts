import { Type, type Static } from 'typebox'
import { IsoDateSchema } from '../../../domain/index.js'
import { PersonSchema, RepresentativeSchema } from '../complaints/intake.schemas.js'

const text = (description: string, maxLength: number) => Type.String({ minLength: 1, maxLength, description })

export const PublicIntakeParamsSchema = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, description: 'The council\'s slug.' }),
})

/**
 * What a website form may send: the Intake less what only staff decide (sensitive flag, CRM reference, links
 * to earlier cases) or what the service fixes (channel web_form, received now).
 */
export const PublicIntakeSchema = Type.Object({
  anonymous: Type.Optional(Type.Boolean({ default: false, description: 'Made anonymously: no person is recorded.' })),
  person: Type.Optional(PersonSchema),
  representative: Type.Optional(RepresentativeSchema),
  summary: text('What the complaint is about, in the person\'s words.', 20000),
  desiredOutcome: Type.Optional(text('What the person wants to happen.', 5000)),
  awareOn: Type.Optional(IsoDateSchema),
  serviceAreas: Type.Optional(Type.Array(text('A service area.', 200), { maxItems: 20, uniqueItems: true, description: 'Service areas the complaint concerns, as the form offers them.' })),
  categories: Type.Optional(Type.Array(text('A category.', 200), { maxItems: 20, uniqueItems: true, description: 'Categories, as the form offers them.' })),
}, { additionalProperties: false, description: 'A complaint from a website form. The channel is `web_form` and it is received now.' })
export type PublicIntake = Static<typeof PublicIntakeSchema>

export const PublicIntakeHeadersSchema = Type.Object({
  'idempotency-key': Type.String({
    minLength: 8, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$',
    description: 'Required: a key unique to this submission (e.g. a UUID the form generates when it loads). A retry with the same key and body returns the first reply and logs nothing new; the same key with another body is 422.',
  }),
})

export const PublicReceiptSchema = Type.Object({
  reference: Type.String({ description: 'The complaint\'s reference, to quote in any contact.' }),
  receivedAt: Type.String({ format: 'date-time', description: 'When it was received.' }),
  acknowledgementDue: Type.String({ format: 'date', description: 'The council will acknowledge it by the end of this day (Europe/London).' }),
}, { additionalProperties: false, description: 'The receipt: no personal data, nothing beyond the reference and dates.' })
