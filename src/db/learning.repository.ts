import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from './database.js'

export interface LearningAction {
  id: string
  what: string
  serviceArea: string
  owner: string
  dueOn: string
  doneOn: string | null
  recordedOn: string
  recordedBy: string
  caseIds: string[]
}

export interface LearningActionInput { what: string; serviceArea: string; owner: string; dueOn: string; doneOn: string | null; caseIds: string[] }

const withCases = (db: Kysely<Database>) => db.selectFrom('learning_actions as a')
  .select(['a.id', 'a.what', 'a.service_area', 'a.owner', 'a.due_on', 'a.done_on', 'a.recorded_on', 'a.recorded_by'])
  .select(sql<string[]>`coalesce((select array_agg(c.case_id::text order by c.case_id) from learning_action_cases c where c.action_id = a.id), '{}')`.as('case_ids'))

type Row = { id: string; what: string; service_area: string; owner: string; due_on: string; done_on: string | null; recorded_on: string; recorded_by: string; case_ids: string[] }

const toAction = (r: Row): LearningAction => ({
  id: r.id, what: r.what, serviceArea: r.service_area, owner: r.owner, dueOn: r.due_on, doneOn: r.done_on,
  recordedOn: r.recorded_on, recordedBy: r.recorded_by, caseIds: r.case_ids,
})

/** The ids among `caseIds` that are not cases of the council. */
export async function foreignCaseIds(db: Kysely<Database>, councilId: string, caseIds: string[]): Promise<string[]> {
  if (caseIds.length === 0) return []
  const found = await db.selectFrom('cases').select('id').where('council_id', '=', councilId).where('id', 'in', caseIds).execute()
  const ours = new Set(found.map((r) => r.id))
  return caseIds.filter((id) => !ours.has(id))
}

async function linkCases(trx: Transaction<Database>, actionId: string, caseIds: string[]): Promise<void> {
  await trx.deleteFrom('learning_action_cases').where('action_id', '=', actionId).execute()
  if (caseIds.length > 0) await trx.insertInto('learning_action_cases').values([...new Set(caseIds)].map((case_id) => ({ action_id: actionId, case_id }))).execute()
}

export async function insertLearningAction(trx: Transaction<Database>, councilId: string, a: LearningActionInput & { recordedOn: string; recordedBy: string }, at: Date): Promise<string> {
  const { id } = await trx.insertInto('learning_actions').values({
    council_id: councilId, what: a.what, service_area: a.serviceArea, owner: a.owner, due_on: a.dueOn, done_on: a.doneOn,
    recorded_on: a.recordedOn, recorded_by: a.recordedBy, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow()
  await linkCases(trx, id, a.caseIds)
  return id
}

/** Changes the fields given; false when the council has no such action. */
export async function updateLearningAction(trx: Transaction<Database>, councilId: string, id: string, change: Partial<LearningActionInput>, at: Date): Promise<boolean> {
  const updated = await trx.updateTable('learning_actions').set({
    ...(change.what !== undefined ? { what: change.what } : {}),
    ...(change.serviceArea !== undefined ? { service_area: change.serviceArea } : {}),
    ...(change.owner !== undefined ? { owner: change.owner } : {}),
    ...(change.dueOn !== undefined ? { due_on: change.dueOn } : {}),
    ...(change.doneOn !== undefined ? { done_on: change.doneOn } : {}),
    updated_at: at,
  }).where('council_id', '=', councilId).where('id', '=', id).executeTakeFirst()
  if (Number(updated.numUpdatedRows) === 0) return false
  if (change.caseIds !== undefined) await linkCases(trx, id, change.caseIds)
  return true
}

export async function findLearningAction(db: Kysely<Database>, councilId: string, id: string): Promise<LearningAction | null> {
  const row = await withCases(db).where('a.council_id', '=', councilId).where('a.id', '=', id).executeTakeFirst()
  return row ? toAction(row as Row) : null
}

/** Actions recorded or done in [from, to], or still open: what a report of the period shows. */
export async function listLearningActions(db: Kysely<Database>, councilId: string, range: { from: string; to: string } | null = null): Promise<LearningAction[]> {
  let q = withCases(db).where('a.council_id', '=', councilId)
  if (range) {
    q = q.where((eb) => eb.or([
      eb('a.recorded_on', '<=', range.to).and(eb.or([eb('a.done_on', 'is', null), eb('a.done_on', '>=', range.from)])),
    ]))
  }
  const rows = await q.orderBy('a.recorded_on').orderBy('a.id').execute()
  return rows.map((r) => toAction(r as Row))
}
