/**
 * `npm run council -- <command> [options]`: the deployment operator's CLI, the same use cases as /v1/operator,
 * against the configured database (DATABASE_URL, or the embedded data directory, which the server must not hold
 * open at the same time). Compiled to dist/scripts/council.js, so it runs in the image with plain `node`.
 *
 *   create   --slug wodc --name "West Oxfordshire District Council" --prefix WOD --division england-and-wales --preset west-oxfordshire-2025
 *   list
 *   show     --slug wodc
 *   rename   --slug wodc --name "..."
 *   prefix   --slug wodc --prefix WODC          (new cases only)
 *   division --slug wodc --division scotland    (new cases only)
 *   suspend  --slug wodc
 *   reinstate --slug wodc
 *   idp add    --slug wodc --issuer https://idp.wodc.example/ --jwks-url https://idp.wodc.example/jwks [--audience complaints]
 *              [--roles-claim realm_access.roles] [--council-claim org.slug]
 *   idp list   --slug wodc
 *   idp remove --slug wodc --id <uuid>
 *
 * Prints the council(s) as JSON; a refused change prints its problem code and detail and exits 1.
 */
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../src/config.js'
import { createDb } from '../src/db/create-db.js'
import { DataDirLockedError } from '../src/db/data-dir-lock.js'
import { migrateToLatest } from '../src/db/migrate.js'
import {
  changeCouncil, councilNamed, councils, createCouncil, reinstateCouncil, suspendCouncil, type Division,
} from '../src/services/council-admin.js'
import { AppError } from '../src/services/app-error.js'
import type { Council } from '../src/services/councils.js'
import { addIdentityProvider, identityProvidersOf, removeIdentityProvider, type IdentityProvider } from '../src/services/identity-providers.js'

const USAGE = 'usage: npm run council -- create|list|show|rename|prefix|division|suspend|reinstate|idp ... (see scripts/council.ts)'

class UsageError extends Error {}

const view = (c: Council) => ({
  slug: c.slug, name: c.name, referencePrefix: c.referencePrefix, bankHolidayDivision: c.bankHolidayDivision,
  suspended: c.suspendedAt !== null, suspendedAt: c.suspendedAt?.toISOString() ?? null,
})

const providerView = (p: IdentityProvider) => ({
  id: p.id, issuer: p.issuer, jwksUrl: p.jwksUrl, audience: p.audience, rolesClaim: p.rolesClaim, councilClaim: p.councilClaim,
})

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' }, name: { type: 'string' }, prefix: { type: 'string' }, division: { type: 'string' },
    preset: { type: 'string', default: 'lgsco-2024' }, by: { type: 'string', default: 'cli' },
    issuer: { type: 'string' }, 'jwks-url': { type: 'string' }, audience: { type: 'string' },
    'roles-claim': { type: 'string' }, 'council-claim': { type: 'string' }, id: { type: 'string' },
  },
})

function required(name: keyof typeof values): string {
  const value = values[name]
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`)
  return value
}

async function main(): Promise<number> {
  const [command, sub] = positionals
  if (!command) throw new UsageError(USAGE)
  const config = loadConfig(process.env, { serving: false })
  const database = await createDb(config.database.kind === 'postgres'
    ? { kind: 'postgres', url: config.database.url, poolMax: 2 }
    : { kind: 'pglite', dataDir: config.database.dataDir })
  try {
    await migrateToLatest(database.db)
    const db = database.db
    const slug = () => required('slug')
    let result: unknown
    switch (command) {
      case 'create':
        result = view(await createCouncil(db, {
          slug: slug(), name: required('name'), referencePrefix: required('prefix'),
          bankHolidayDivision: (values.division ?? 'england-and-wales') as Division, preset: values.preset!,
        }, `operator:${values.by}`))
        break
      case 'list': result = (await councils(db)).map(view); break
      case 'show': result = view(await councilNamed(db, slug())); break
      case 'rename': result = view(await changeCouncil(db, slug(), { name: required('name') })); break
      case 'prefix': result = view(await changeCouncil(db, slug(), { referencePrefix: required('prefix') })); break
      case 'division': result = view(await changeCouncil(db, slug(), { bankHolidayDivision: required('division') as Division })); break
      case 'suspend': result = view(await suspendCouncil(db, slug(), new Date())); break
      case 'reinstate': result = view(await reinstateCouncil(db, slug())); break
      case 'idp':
        if (sub === 'add') {
          result = providerView(await addIdentityProvider(db, slug(), {
            issuer: required('issuer'), jwksUrl: required('jwks-url'), audience: values.audience ?? null,
            ...(values['roles-claim'] ? { rolesClaim: values['roles-claim'] } : {}), councilClaim: values['council-claim'] ?? null,
          }, `operator:${values.by}`, { allowHttp: config.auth.allowHttpJwks }))
          if (!config.auth.councilProviders) process.stderr.write('note: this deployment trusts councils\' identity providers only with AUTH_COUNCIL_PROVIDERS=true\n')
        } else if (sub === 'list') {
          result = (await identityProvidersOf(db, slug())).map(providerView)
        } else if (sub === 'remove') {
          await removeIdentityProvider(db, slug(), required('id'))
          result = { removed: values.id }
        } else {
          throw new UsageError('usage: npm run council -- idp add|list|remove --slug <council> ...')
        }
        break
      default: throw new UsageError(`unknown command "${command}"\n${USAGE}`)
    }
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  } finally {
    await database.close()
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(2)
  }
  if (error instanceof AppError) {
    const fields = error.errors?.map((e) => `  ${e.field}: ${e.message}`).join('\n')
    process.stderr.write(`${error.code}: ${error.detail}${fields ? `\n${fields}` : ''}\n`)
    process.exit(1)
  }
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  process.stderr.write(`council: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
