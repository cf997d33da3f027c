import { Type, type Static } from 'typebox'
import { PRESET_IDS } from '../../../domain/index.js'
import { DIVISIONS, PREFIX_PATTERN, SLUG_PATTERN } from '../../../services/council-admin.js'

const DivisionSchema = Type.Union(DIVISIONS.map((d) => Type.Literal(d)), {
  description: 'Whose bank holidays are not working days. A change applies to new cases only: open cases keep the calendar they started under.',
})
const SlugSchema = Type.String({ pattern: SLUG_PATTERN, maxLength: 63, description: 'The council\'s identifier in tokens and public URLs, e.g. `wodc`. Never changes.' })
const NameSchema = Type.String({ minLength: 1, maxLength: 200, description: 'The council\'s name.' })
const PrefixSchema = Type.String({
  pattern: PREFIX_PATTERN, maxLength: 8, description: 'Prefix of case references, e.g. `WOD` in WOD-2026-000123: 2 to 8 capital letters or digits. A change applies to new cases only.',
})

export const OperatorCouncilSchema = Type.Object({
  slug: Type.String({ description: 'The council\'s identifier in tokens and public URLs.' }),
  name: Type.String({ description: 'The council\'s name.' }),
  referencePrefix: Type.String({ description: 'Prefix of the references of new cases.' }),
  bankHolidayDivision: Type.String({ description: 'The bank-holiday division of new cases.' }),
  suspended: Type.Boolean({ description: 'Whether the council is suspended: its tokens get 403; its data stays.' }),
  suspendedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When the council was suspended; null while in service.' }),
}, { description: 'A council this deployment serves, as the operator sees it.' })

export const OperatorCouncilListSchema = Type.Object({
  items: Type.Array(OperatorCouncilSchema, { description: 'Every council, by slug.' }),
}, { description: 'The councils this deployment serves.' })

export const NewCouncilSchema = Type.Object({
  slug: SlugSchema,
  name: NameSchema,
  referencePrefix: PrefixSchema,
  bankHolidayDivision: Type.Union(DIVISIONS.map((d) => Type.Literal(d)), { default: 'england-and-wales', description: 'Whose bank holidays are not working days (default England and Wales).' }),
  preset: Type.String({ minLength: 1, maxLength: 100, default: 'lgsco-2024', description: `The starting policy (version 1): one of ${PRESET_IDS.join(', ')}. The council's admins change it later with \`PUT /v1/councils/current/policy\`.` }),
}, { additionalProperties: false, description: 'A council to put into service.' })
export type NewCouncilBody = Static<typeof NewCouncilSchema>

export const CouncilChangeSchema = Type.Object({
  name: Type.Optional(NameSchema),
  referencePrefix: Type.Optional(PrefixSchema),
  bankHolidayDivision: Type.Optional(DivisionSchema),
}, { additionalProperties: false, minProperties: 1, description: 'What to change; fields left out keep their value.' })

export const CouncilParamsSchema = Type.Object({ slug: Type.String({ maxLength: 63, description: 'The council\'s slug.' }) })

const ClaimPathSchema = (description: string) => Type.String({ pattern: '^[A-Za-z0-9_:-]+(\\.[A-Za-z0-9_:-]+)*$', maxLength: 200, description })

export const IdentityProviderSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The provider\'s id here.' }),
  issuer: Type.String({ description: 'The `iss` its tokens carry; tokens with this issuer act for this council only.' }),
  jwksUrl: Type.String({ description: 'Where its signing keys are published (JWKS).' }),
  audience: Type.Union([Type.String(), Type.Null()], { description: 'The `aud` its tokens must carry; null: not checked.' }),
  rolesClaim: Type.String({ description: 'Dot path of the claim holding the roles.' }),
  councilClaim: Type.Union([Type.String(), Type.Null()], { description: 'Dot path of a claim that must name the council\'s slug; null: the issuer implies the council.' }),
  createdBy: Type.String({ description: 'Who registered it.' }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was registered.' }),
}, { description: 'A council\'s own identity provider.' })

export const IdentityProviderListSchema = Type.Object({
  items: Type.Array(IdentityProviderSchema, { description: 'The council\'s identity providers.' }),
}, { description: 'A council\'s identity providers.' })

export const NewIdentityProviderSchema = Type.Object({
  issuer: Type.String({ minLength: 1, maxLength: 500, description: 'The exact `iss` of its tokens, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`.' }),
  jwksUrl: Type.String({ pattern: '^https?://', maxLength: 2000, description: 'Its JWKS URL; https unless the deployment sets AUTH_ALLOW_HTTP_JWKS=true.' }),
  audience: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'The `aud` its tokens must carry (recommended).' })),
  rolesClaim: Type.Optional(ClaimPathSchema('Dot path of the roles claim (default `roles`), e.g. `realm_access.roles`.')),
  councilClaim: Type.Optional(ClaimPathSchema('Dot path of a claim that must hold the council\'s slug; leave out when the provider cannot carry one (the issuer implies the council).')),
}, { additionalProperties: false, description: 'A council\'s own identity provider to trust.' })

export const IdentityProviderParamsSchema = Type.Object({
  slug: Type.String({ maxLength: 63, description: 'The council\'s slug.' }),
  id: Type.String({ format: 'uuid', description: 'The provider\'s id.' }),
})
