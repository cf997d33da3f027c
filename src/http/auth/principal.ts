import { Type, type Static } from 'typebox'

export const ROLES = ['intake', 'handler', 'complaints_team', 'reporting', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const PrincipalSchema = Type.Object({
  subject: Type.String({ description: 'Who the token was issued to (`sub`).' }),
  council: Type.String({ description: 'Slug of the council the token acts for.' }),
  roles: Type.Array(Type.Union([
    Type.Literal('intake'), Type.Literal('handler'), Type.Literal('complaints_team'), Type.Literal('reporting'), Type.Literal('admin'),
  ]), {
    description: 'Roles this API recognises: `intake`, `handler`, `complaints_team`, `reporting`, `admin`. Others are ignored.',
  }),
}, { $id: 'Principal', title: 'Principal', additionalProperties: false })
export type Principal = Static<typeof PrincipalSchema>
