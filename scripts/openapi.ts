/**
 * `npm run openapi` writes openapi/openapi.json and the TypeScript client's types generated from it
 * (clients/typescript/src/schema.ts). `npm run openapi:check` fails when the contract is stale; it needs only the
 * service's production dependencies (the client's types are checked by test/clients/typescript-client.test.ts,
 * since openapi-typescript is a development dependency).
 */
import { writeFile } from 'node:fs/promises'
import { CONTRACT_PATH, committedContract, generateContract } from './contract.js'

const generated = await generateContract()
if (process.argv.includes('--check')) {
  if ((await committedContract()) !== generated) {
    process.stderr.write('openapi/openapi.json is stale: run `npm run openapi` and commit the result.\n')
    process.exit(1)
  }
  process.stdout.write('openapi/openapi.json is current.\n')
} else {
  const { CLIENT_TYPES_PATH, generateClientTypes } = await import('./client-types.js')
  const types = await generateClientTypes(generated)
  await writeFile(CONTRACT_PATH, generated)
  await writeFile(CLIENT_TYPES_PATH, types)
  process.stdout.write(`wrote ${CONTRACT_PATH.pathname} and ${CLIENT_TYPES_PATH.pathname}\n`)
}
