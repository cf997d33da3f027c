/**
 * Each operation's documented roles (`x-roles`, and the line in its description) are the roles the server
 * enforces: a token with any other council role is refused 403 AUTH.FORBIDDEN, and one with a listed role is not.
 */
import t from 'tap'
import { ROLES, type Role } from '../../src/services/principal.js'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'
import { UNKNOWN_ID } from '../helpers/complaints.js'

type Operation = { operationId: string; description?: string; 'x-roles'?: string[] }

t.test('documented roles are enforced roles', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  await app.ready()
  const document = app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> }
  const fill = (path: string) => path.replace(/\{year\}/g, '2026').replace(/\{[^}]+\}/g, UNKNOWN_ID)
  let checked = 0
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const roles = op['x-roles']
      if (roles === undefined) {
        t.match(op.description, /Roles: any authenticated member of the council\./, `${op.operationId}: says anyone of the council may call it`)
        continue
      }
      if (roles.length === 0 || roles.includes('operator')) continue
      t.match(op.description, new RegExp(`Roles: any one of ${roles.map((r) => `\`${r}\``).join(', ')}\\.`), `${op.operationId}: the description names them`)
      const call = async (role: Role) => {
        const r = await app.inject({ method: method.toUpperCase() as 'GET', url: fill(path), headers: bearer(await tokenFor(council, [role], 'someone')), payload: method === 'get' ? undefined : {} })
        return r.statusCode === 403 && r.json().code === 'AUTH.FORBIDDEN'
      }
      const outsider = ROLES.find((r) => !roles.includes(r))
      if (outsider) t.ok(await call(outsider), `${op.operationId}: ${outsider} is refused`)
      t.notOk(await call(roles[0] as Role), `${op.operationId}: ${roles[0]} is let through`)
      checked += 1
    }
  }
  t.ok(checked > 40, `${checked} operations checked`)
})
