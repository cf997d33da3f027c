/**
 * `npm run openapi` writes openapi/openapi.json and the TypeScript client's types generated from it
 * (clients/typescript/src/schema.ts); `npm run openapi:check` fails when either is stale.
 */
import { writeFile } from 'node:fs/promises'
import { CLIENT_TYPES_PATH, CONTRACT_PATH, committedClientTypes, committedContract, generateClientTypes, generateContract } from './contract.js'

const generated = await generateContract()
const types = await generateClientTypes(generated)
if (process.argv.includes('--check')) {
  if ((await committedContract()) !== generated) {
    process.stderr.write('openapi/openapi.json is stale: run `npm run openapi` and commit the result.\n')
    process.exit(1)
  }
  if ((await committedClientTypes()) !== types) {
    process.stderr.write('clients/typescript/src/schema.ts is stale: run `npm run openapi` and commit the result.\n')
    process.exit(1)
  }
  process.stdout.write('openapi/openapi.json and the client\'s types are current.\n')
} else {
  await writeFile(CONTRACT_PATH, generated)
  await writeFile(CLIENT_TYPES_PATH, types)
  process.stdout.write(`wrote ${CONTRACT_PATH.pathname} and ${CLIENT_TYPES_PATH.pathname}\n`)
}
