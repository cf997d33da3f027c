import { Type, type Static, type TLiteral } from 'typebox'

/** The roles this API recognises, in one list: `integration` is a machine client (a CRM following events). */
export const ROLES = ['intake', 'handler', 'complaints_team', 'reporting', 'admin', 'integration'] as const
export type Role = (typeof ROLES)[number]

export const PrincipalSchema = Type.Object({
  subject: Type.String({ description: 'Who the token was issued to (`sub`).' }),
  council: Type.String({ description: 'Slug of the council the token acts for.' }),
  roles: Type.Array(Type.Union(ROLES.map((role) => Type.Literal(role)) as unknown as [TLiteral<Role>]), {
    description: `Roles this API recognises: ${ROLES.map((r) => `\`${r}\``).join(', ')}. Others are ignored.`,
  }),
}, { $id: 'Principal', title: 'Principal', additionalProperties: false })
export type Principal = Static<typeof PrincipalSchema>
