/**
 * `npm run token -- --council demo --role complaints_team --sub alice` prints a development token signed
 * with the configured HS256 secret (the built-in development secret by default). `--operator` prints a token of the
 * deployment operator (role `operator`, no council claim).
 */
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { ROLES, type Role } from '../src/services/principal.js'
import { signDevelopmentToken } from '../src/http/auth/sign-token.js'

const { values } = parseArgs({
  options: {
    council: { type: 'string', default: 'demo' },
    role: { type: 'string', multiple: true, default: ['complaints_team'] },
    sub: { type: 'string', default: 'developer' },
    expires: { type: 'string', default: '8h' },
    operator: { type: 'boolean', default: false },
  },
})
// An operator token carries role `operator` and no council claim: it opens /v1/operator only.
const roles = values.operator ? [] : values.role as string[]
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r))
if (unknown.length) {
  process.stderr.write(`unknown role(s): ${unknown.join(', ')}; roles are ${ROLES.join(', ')}\n`)
  process.exit(2)
}
const config = loadConfig()
if (!config.auth.secret) {
  process.stderr.write('This deployment verifies tokens with a JWKS URL or public key: get tokens from its identity provider.\n')
  process.exit(2)
}
const token = await signDevelopmentToken(config.auth.secret, {
  subject: values.sub as string,
  council: values.operator ? null : values.council as string,
  roles: values.operator ? ['operator'] : roles as Role[],
  expiresIn: values.expires as string,
  ...(config.auth.issuer ? { issuer: config.auth.issuer } : {}),
  ...(config.auth.audience ? { audience: config.auth.audience } : {}),
}, config.auth.councilClaim, config.auth.rolesClaim)
process.stdout.write(`${token}\n`)
