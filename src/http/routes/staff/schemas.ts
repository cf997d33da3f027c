import { Type } from 'typebox'

export const StaffMemberSchema = Type.Object({
  subject: Type.String({ description: 'The subject (`sub`) of the person\'s tokens.' }),
  registered: Type.Boolean({ description: 'Registered by an admin; false for a subject only seen making a request (never assignable).' }),
  displayName: Type.Union([Type.String(), Type.Null()], { description: 'Name shown for the handler in the work queue and cases.' }),
  email: Type.Union([Type.String(), Type.Null()], { description: 'Address for notifications.' }),
  serviceAreas: Type.Array(Type.String(), { description: 'Service areas the person works in.' }),
  mayHandleStage1: Type.Boolean({ description: 'May be assigned stage 1 complaints.' }),
  mayReviewStage2: Type.Boolean({ description: 'May be assigned stage 2 reviews (never of a case they handled at stage 1).' }),
  active: Type.Boolean({ description: 'False for leavers and long absence: not assignable.' }),
  firstSeenAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'First authenticated request seen, when recorded that way.' }),
  updatedBy: Type.Union([Type.String(), Type.Null()], { description: 'The admin who last registered or changed the record.' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When the record last changed.' }),
}, { description: 'A member of the council\'s staff, or a subject seen.' })

export const StaffListSchema = Type.Object({
  items: Type.Array(StaffMemberSchema, { description: 'By subject.' }),
}, { description: 'The council\'s staff.' })

export const StaffQuerySchema = Type.Object({
  registered: Type.Optional(Type.Boolean({ description: 'Only registered staff (true) or only subjects seen (false).' })),
  active: Type.Optional(Type.Boolean({ description: 'Only active (true) or inactive (false).' })),
}, { additionalProperties: false })

export const StaffParamsSchema = Type.Object({ subject: Type.String({ minLength: 1, maxLength: 200, description: 'The subject (`sub`), URL-encoded.' }) })

export const StaffDetailsSchema = Type.Object({
  displayName: Type.String({ minLength: 1, maxLength: 200, description: 'Name shown for the handler.' }),
  email: Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Null()], { default: null, description: 'Address for notifications.' }),
  serviceAreas: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50, default: [], description: 'Service areas the person works in.' }),
  mayHandleStage1: Type.Boolean({ description: 'May be assigned stage 1 complaints.' }),
  mayReviewStage2: Type.Boolean({ description: 'May be assigned stage 2 reviews.' }),
  active: Type.Boolean({ default: true, description: 'False for leavers and long absence.' }),
}, { additionalProperties: false, description: 'The member of staff\'s record, whole (it replaces the previous one).' })

export const ReassignmentSchema = Type.Object({
  handler: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Who takes over the leaver\'s open stage 1 cases.' })),
  stage2Handler: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Who takes over the leaver\'s open stage 2 reviews.' })),
}, { additionalProperties: false, minProperties: 1, description: 'The successors; each case\'s reassignment is recorded in its history.' })

export const ReassignmentResultSchema = Type.Object({
  reassigned: Type.Array(Type.Object({
    caseId: Type.String({ description: 'The case.' }),
    stage: Type.Integer({ description: 'The stage reassigned.' }),
    to: Type.String({ description: 'The new handler or reviewer.' }),
  }), { description: 'Cases moved.' }),
  skipped: Type.Array(Type.Object({
    caseId: Type.String({ description: 'The case.' }),
    code: Type.String({ description: 'The rule that kept it, e.g. `CASE.STAGE2_HANDLER_NOT_INDEPENDENT` or `STAFF.NO_SUCCESSOR`.' }),
    detail: Type.String({ description: 'The rule in words.' }),
  }), { description: 'Cases left as they were.' }),
}, { description: 'What the reassignment did.' })
