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
 * Prints the council(s) as JSON; a refused change prints its problem code and detail and exits 1; a usage error
 * exits 2. The commands themselves are in council-cli.ts.
 */
import { councilCli } from './council-cli.js'

const code = await councilCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
process.exit(code)
