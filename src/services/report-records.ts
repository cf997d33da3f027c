import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import {
  insertExceptionalCircumstance, listExceptionalCircumstances, saveNarrative, type ExceptionalCircumstance, type Narrative,
} from '../db/report.repository.js'

export type { ExceptionalCircumstance, Narrative }

/**
 * What a council records for its reports beside the cases: periods of exceptional circumstances (shown in every
 * report that overlaps them) and the annual report's own words (service improvements, governance response).
 */
export function recordExceptionalCircumstance(
  db: Kysely<Database>, councilId: string, c: Omit<ExceptionalCircumstance, 'id' | 'createdAt'>,
): Promise<ExceptionalCircumstance> {
  return insertExceptionalCircumstance(db, councilId, c)
}

export function exceptionalCircumstances(db: Kysely<Database>, councilId: string): Promise<ExceptionalCircumstance[]> {
  return listExceptionalCircumstances(db, councilId)
}

export function recordNarrative(db: Kysely<Database>, councilId: string, n: Omit<Narrative, 'updatedAt'>): Promise<Narrative> {
  return saveNarrative(db, councilId, n)
}
