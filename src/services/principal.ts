/** The roles this API recognises in a token; any other role a token carries is ignored. */
export const ROLES = ['intake', 'handler', 'complaints_team', 'reporting', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Who is calling, as the verified token says: the services decide what that person may see and do. */
export interface Principal {
  subject: string
  /** Slug of the council the token acts for. */
  council: string
  roles: Role[]
}
