import { Type, type Static } from 'typebox'
import { IfMatchHeadersSchema } from '../../if-match.js'

export const ExclusionCheckBodySchema = Type.Object({
  awareOn: Type.Optional(Type.String({ maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'When the person became aware of the issue (YYYY-MM-DD); defaults to the date recorded at intake.' })),
  matters: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64, description: 'A catalogue code.' }), {
    maxItems: 50, uniqueItems: true, description: 'Catalogue codes the caller thinks may apply; each must be in the case\'s policy catalogue.',
  })),
  description: Type.Optional(Type.String({
    minLength: 1, maxLength: 20000, description: 'The facts in words, matched against the catalogue\'s labels and descriptions as a hint. Not stored.',
  })),
  alreadyConsideredCaseId: Type.Optional(Type.String({ format: 'uuid', description: 'An earlier case the caller thinks was about the same matter.' })),
}, { additionalProperties: false, description: 'The facts to check; all optional. Nothing is recorded.' })
export type ExclusionCheckBody = Static<typeof ExclusionCheckBodySchema>

const ExclusionAdviceEntrySchema = Type.Object({
  code: Type.String({ description: 'Catalogue code, as a refusal would name it.' }),
  label: Type.String({ description: 'Short label of the entry.' }),
  description: Type.String({ description: 'What the entry covers, as the council publishes it.' }),
  signpostsTo: Type.Union([Type.String(), Type.Null()], { description: 'Where the person would be directed instead; null when nowhere specific.' }),
  reasons: Type.Array(Type.String(), { description: 'Why the entry may apply, in words.' }),
}, { description: 'A catalogue entry that may apply.' })

export const ExclusionAdviceSchema = Type.Object({
  caseId: Type.String({ format: 'uuid', description: 'The case checked.' }),
  reference: Type.String({ description: 'Its reference.' }),
  policy: Type.Object({
    id: Type.String({ description: 'The policy the case started under, whose catalogue was used.' }),
    version: Type.Integer({ description: 'Its version (0: the Code\'s defaults).' }),
  }, { description: 'The policy whose catalogue was checked.' }),
  mayApply: Type.Array(ExclusionAdviceEntrySchema, {
    description: 'Catalogue entries that may apply, in catalogue order; empty when none. Advice: accept unless there is a valid, evidenced reason (Code 2.1).',
  }),
  twelveMonth: Type.Union([Type.Object({
    awareOn: Type.String({ format: 'date', description: 'The awareness date used.' }),
    receivedOn: Type.String({ format: 'date', description: 'When the case was received (Europe/London).' }),
    timeLimitMonths: Type.Integer({ description: 'The policy\'s time limit in months.' }),
    withinLimit: Type.Boolean({ description: 'Received on or before the limit date.' }),
    limitDate: Type.String({ format: 'date', description: 'Last day within the limit.' }),
  }), Type.Null()], { description: 'The 12-month test (Code 2.2); null when no awareness date is known.' }),
  alreadyConsidered: Type.Object({
    considered: Type.Boolean({ description: 'An earlier case about the matter has had a response or is closed.' }),
    cases: Type.Array(Type.Object({
      id: Type.String({ format: 'uuid', description: 'The earlier case.' }),
      reference: Type.String({ description: 'Its reference.' }),
      source: Type.Union([Type.Literal('linked'), Type.Literal('given')], { description: '`linked`: the case this one is linked to; `given`: named in the request.' }),
      considered: Type.Boolean({ description: 'Whether it was considered (responded to or closed).' }),
      reason: Type.String({ description: 'Why, in words.' }),
    }), { description: 'The earlier cases looked at.' }),
  }, { description: 'Whether the matter was already considered.' }),
}, { description: 'Advice on acceptance; nothing was recorded.' })

export const RelatedIssueBodySchema = Type.Object({
  summary: Type.String({ minLength: 1, maxLength: 20000, description: 'The further issue, in the person\'s words or a faithful summary.' }),
}, { additionalProperties: false, description: 'A further issue the person raised.' })
export type RelatedIssueBody = Static<typeof RelatedIssueBodySchema>

export const RelatedIssueHeadersSchema = Type.Object({
  ...IfMatchHeadersSchema.properties,
  'idempotency-key': Type.Optional(Type.String({
    minLength: 8, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$',
    description: 'When the issue opens a new case: a retry with the same key returns that case and creates nothing.',
  })),
})
