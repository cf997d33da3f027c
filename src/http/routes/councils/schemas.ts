import { Type, type Static } from 'typebox'
import { PolicySchema, PRESET_IDS } from '../../../domain/index.js'

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) => Type.Union([schema, Type.Null()], { description })

const OriginSchema = Type.String({
  pattern: '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$',
  maxLength: 300,
  description: 'A web origin as browsers send it: scheme, host and optional port, no path (e.g. `https://www.westoxon.gov.uk`).',
})

export const PublicIntakeSettingsSchema = Type.Object({
  enabled: Type.Boolean({ description: 'Whether website forms may post complaints straight from the browser (`POST /v1/public/councils/{slug}/complaints`). Off by default.' }),
  allowedOrigins: Type.Array(OriginSchema, {
    maxItems: 20,
    description: 'The web origins whose pages may post from the browser (CORS allow-list). Requests without an `Origin` header (a website\'s own back end) need no entry.',
  }),
}, { additionalProperties: false, description: 'The optional public intake for website forms.' })

export const ReportingSettingsSchema = Type.Object({
  population: nullable(Type.Integer({ minimum: 1, maximum: 100000000 }), 'Residents in the council\'s area; when set, the annual report gives each volume per 10,000 residents (as the Ombudsman\'s annual letters compare councils). Null when not recorded.'),
  timelinessTargetPercent: Type.Number({ minimum: 0, maximum: 100, description: 'Share of duties that fell due and were done on time at which the self-assessment calls a timeliness requirement met. Default 100 (the Code expects every one).' }),
  amberFromPercent: Type.Number({ minimum: 0, maximum: 100, description: 'At or above this share, but under the target, a requirement is shown amber (not met). Default 90; at most the target.' }),
}, { additionalProperties: false, description: 'How the council\'s reports are rated and scaled.' })

export const CouncilSettingsSchema = Type.Object({
  slug: Type.String({ description: 'The council\'s identifier in tokens and public URLs.' }),
  name: Type.String({ description: 'The council\'s name.' }),
  referencePrefix: Type.String({ description: 'Prefix of the council\'s case references, e.g. `WOD` in WOD-2026-000123.' }),
  bankHolidayDivision: Type.Union([Type.Literal('england-and-wales'), Type.Literal('scotland'), Type.Literal('northern-ireland')], {
    description: 'Whose bank holidays are not working days.',
  }),
  publicIntake: PublicIntakeSettingsSchema,
  reporting: ReportingSettingsSchema,
}, { title: 'CouncilSettings', description: 'The council the token acts for, and its settings.' })

export const CouncilSettingsPatchSchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The council\'s name.' })),
  publicIntake: Type.Optional(Type.Object({
    enabled: Type.Optional(Type.Boolean({ description: 'Turn the public intake for website forms on or off.' })),
    allowedOrigins: Type.Optional(Type.Array(OriginSchema, {
      maxItems: 20, uniqueItems: true, description: 'Replaces the CORS allow-list of web origins.',
    })),
  }, { additionalProperties: false, minProperties: 1, description: 'Public intake settings to change; fields left out keep their value.' })),
  reporting: Type.Optional(Type.Partial(ReportingSettingsSchema, { additionalProperties: false, minProperties: 1, description: 'Reporting settings to change; fields left out keep their value.' })),
}, { additionalProperties: false, minProperties: 1, description: 'The settings to change; fields left out keep their value.' })
export type CouncilSettingsPatchBody = Static<typeof CouncilSettingsPatchSchema>

export const PolicyInForceSchema = Type.Object({
  version: Type.Integer({ minimum: 0, description: 'Version of the council\'s policy; 0 is the Code\'s defaults, in force until the council records its own. Also the ETag.' }),
  preset: Type.String({ description: 'The preset the policy starts from.' }),
  overrides: Type.Object({}, { additionalProperties: true, description: 'The council\'s changes to the preset, as recorded.' }),
  policy: PolicySchema,
  createdBy: nullable(Type.String(), 'Who recorded this version; null for the Code\'s defaults.'),
  createdAt: nullable(Type.String({ format: 'date-time' }), 'When this version was recorded; null for the Code\'s defaults.'),
}, { title: 'PolicyVersion', description: 'The council\'s policy in force: new cases start under it; open cases keep the version they started under.' })

export const PolicyChangeSchema = Type.Object({
  preset: Type.String({ minLength: 1, maxLength: 100, description: `The preset to start from: one of ${PRESET_IDS.join(', ')}.` }),
  overrides: Type.Object({}, {
    additionalProperties: true, default: {},
    description: 'Changes to the preset, merged key by key (e.g. `{ "stage1": { "response": { "workingDays": 15 } } }`); the exclusion catalogue is replaced whole.',
  }),
}, { additionalProperties: false, description: 'A new version of the council\'s policy.' })
export type PolicyChange = Static<typeof PolicyChangeSchema>

export const PolicyVersionSummarySchema = Type.Object({
  version: Type.Integer({ minimum: 0, description: 'The version number; a case\'s `policy.version` names the one it runs under.' }),
  preset: Type.String({ description: 'The preset this version starts from.' }),
  overrides: Type.Object({}, { additionalProperties: true, description: 'The council\'s changes to the preset in this version.' }),
  createdBy: nullable(Type.String(), 'Who recorded this version; null for version 0, the Code\'s defaults.'),
  createdAt: nullable(Type.String({ format: 'date-time' }), 'When this version was recorded; null for version 0.'),
}, { description: 'One version of the council\'s policy, without the resolved policy.' })

export const PolicyVersionListSchema = Type.Object({
  items: Type.Array(PolicyVersionSummarySchema, { description: 'Every version, oldest first, starting with version 0 (the Code\'s defaults).' }),
}, { description: 'The council\'s policy history.' })

export const PolicyVersionParamsSchema = Type.Object({
  version: Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'The version number (0 is the Code\'s defaults).' }),
})
