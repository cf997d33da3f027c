/** `npm run openapi` writes openapi/openapi.json; `npm run openapi:check` fails when it is stale. */
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
  await writeFile(CONTRACT_PATH, generated)
  process.stdout.write(`wrote ${CONTRACT_PATH.pathname}\n`)
}
