import { readFile } from 'node:fs/promises'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { createDb } from '../src/db/create-db.js'

export const CONTRACT_PATH = new URL('../openapi/openapi.json', import.meta.url)

/**
 * The contract as the routes declare it. The app needs a database handle to be built but never touches it
 * here: a pg pool connects lazily, so this one (pointing nowhere) never opens a connection.
 */
export async function generateContract(): Promise<string> {
  const database = await createDb({ kind: 'postgres', url: 'postgres://contract@127.0.0.1:1/unused' })
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { database })
  await app.ready()
  const document = app.swagger()
  await app.close()
  return `${JSON.stringify(document, null, 2)}\n`
}

export async function committedContract(): Promise<string | null> {
  return readFile(CONTRACT_PATH, 'utf8').catch(() => null)
}
