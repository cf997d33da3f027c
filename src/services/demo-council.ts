import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { countCouncils, insertCouncil } from '../db/council.repository.js'

export const DEMO_COUNCIL = { slug: 'demo', name: 'Demo District Council', referencePrefix: 'DEMO' } as const

/** A newcomer's first `npm start` gets a council to try the API with; an existing deployment is left alone. */
export async function ensureDemoCouncil(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if ((await countCouncils(trx)) > 0) return false
    await insertCouncil(trx, DEMO_COUNCIL)
    return true
  })
}
