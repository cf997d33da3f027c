/**
 * The operator's CLI as a function: arguments and environment in, output and exit status out. `scripts/council.ts`
 * runs it as the process; the tests call it in process (a child process per command cost seconds each).
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

/** Where the CLI writes: the process's stdout and stderr, or a test's buffers. */
export interface CliOutput {
  stdout(text: string): void
  stderr(text: string): void
}

const OPTIONS = {
  slug: { type: 'string' }, name: { type: 'string' }, prefix: { type: 'string' }, division: { type: 'string' },
  preset: { type: 'string', default: 'lgsco-2024' }, by: { type: 'string', default: 'cli' },
  issuer: { type: 'string' }, 'jwks-url': { type: 'string' }, audience: { type: 'string' },
  'roles-claim': { type: 'string' }, 'council-claim': { type: 'string' }, id: { type: 'string' },
} as const

type Values = ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>['values']

const view = (c: Council) => ({
  slug: c.slug, name: c.name, referencePrefix: c.referencePrefix, bankHolidayDivision: c.bankHolidayDivision,
  suspended: c.suspendedAt !== null, suspendedAt: c.suspendedAt?.toISOString() ?? null,
})

const providerView = (p: IdentityProvider) => ({
  id: p.id, issuer: p.issuer, jwksUrl: p.jwksUrl, audience: p.audience, rolesClaim: p.rolesClaim, councilClaim: p.councilClaim,
})

/** Runs one command; the exit status: 0 done, 1 refused (or failed), 2 a usage error. */
export async function councilCli(args: string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<number> {
  try {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: OPTIONS })
    return await run(positionals, values, env, out)
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`${error.message}\n`)
      return 2
    }
    if (error instanceof AppError) {
      const fields = error.errors?.map((e) => `  ${e.field}: ${e.message}`).join('\n')
      out.stderr(`${error.code}: ${error.detail}${fields ? `\n${fields}` : ''}\n`)
      return 1
    }
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      out.stderr(`${error.message}\n`)
      return 1
    }
    out.stderr(`council: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

async function run(positionals: string[], values: Values, env: NodeJS.ProcessEnv, out: CliOutput): Promise<number> {
  const required = (name: keyof Values): string => {
    const value = values[name]
    if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`)
    return value
  }
  const [command, sub] = positionals
  if (!command) throw new UsageError(USAGE)
  const config = loadConfig(env, { serving: false })
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
          if (!config.auth.councilProviders) out.stderr('note: this deployment trusts councils\' identity providers only with AUTH_COUNCIL_PROVIDERS=true\n')
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
    out.stdout(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  } finally {
    await database.close()
  }
}
