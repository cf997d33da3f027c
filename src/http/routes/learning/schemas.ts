import { Type, type Static } from 'typebox'

const Count = (description: string) => Type.Integer({ minimum: 0, description })
const IsoDate = (description: string) => Type.String({ format: 'date', description })
const Text = (max: number, description: string) => Type.String({ minLength: 1, maxLength: max, description })

const fields = {
  what: Text(2000, 'The service improvement, in words (e.g. "Crews photograph every missed bin").'),
  serviceArea: Text(100, 'The service area that makes it.'),
  owner: Text(200, 'Who is responsible, as a role or team (e.g. "Waste Services Manager").'),
  dueOn: IsoDate('When it is due to be done.'),
  doneOn: Type.Union([IsoDate('When it was done.'), Type.Null()], { description: 'When it was done; null while open.' }),
  caseIds: Type.Array(Type.String({ format: 'uuid', description: 'A case id.' }), { maxItems: 200, uniqueItems: true, description: 'The complaints that prompted it.' }),
}

export const LearningActionInputSchema = Type.Object({
  what: fields.what, serviceArea: fields.serviceArea, owner: fields.owner, dueOn: fields.dueOn,
  doneOn: Type.Optional(fields.doneOn), caseIds: Type.Optional(fields.caseIds),
}, { additionalProperties: false, description: 'A service improvement to record in the learning register.' })
export type LearningActionInputBody = Static<typeof LearningActionInputSchema>

export const LearningFromCaseInputSchema = Type.Object({
  what: fields.what,
  serviceArea: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The service area that makes it; the case\'s lead service area when left out.' })),
  owner: fields.owner, dueOn: fields.dueOn, doneOn: Type.Optional(fields.doneOn),
}, { additionalProperties: false, description: 'A service improvement prompted by this complaint.' })

export const LearningActionPatchSchema = Type.Partial(Type.Object({
  what: fields.what, serviceArea: fields.serviceArea, owner: fields.owner, dueOn: fields.dueOn, doneOn: fields.doneOn, caseIds: fields.caseIds,
}), { additionalProperties: false, minProperties: 1, description: 'The fields to change; `doneOn` records it done; `caseIds` replaces the linked complaints.' })

export const LearningActionSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Id.' }),
  what: Type.String({ description: 'The service improvement, in words.' }),
  serviceArea: Type.String({ description: 'Service area.' }),
  owner: Type.String({ description: 'Who is responsible (role or team).' }),
  dueOn: IsoDate('When due.'),
  doneOn: fields.doneOn,
  recordedOn: IsoDate('When it was recorded (London date).'),
  recordedBy: Type.String({ description: 'Who recorded it.' }),
  caseIds: Type.Array(Type.String({ description: 'A case id.' }), { description: 'The complaints that prompted it.' }),
}, { additionalProperties: false, description: 'A service improvement in the learning register (Code 9.1-9.3).' })

export const LearningFiguresSchema = Type.Object({
  recorded: Count('Service improvements recorded in the period.'),
  done: Count('Done in the period.'),
  open: Count('Not done as at `asAt`.'),
  overdue: Count('Not done and past their due date.'),
  complaintsLinked: Count('Complaints that prompted the improvements recorded in the period.'),
}, { additionalProperties: false, description: 'The learning register in figures.' })

