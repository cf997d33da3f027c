import type { Kysely } from 'kysely'
import type { Database } from './database.js'

export interface SelfAssessmentAnswer {
  ref: string
  complies: boolean | null
  evidence: string
  links: string[]
  commentary: string
  action: { text: string; dueOn: string | null } | null
  answeredBy: string
  answeredAt: string
}

export interface SelfAssessmentSignOff {
  governingBody: string
  governingBodyResponse: string
  respondedOn: string
  memberResponsible: string
  memberSignedOffOn: string
  recordedBy: string
  recordedAt: string
}

export interface PublishedVersion { version: number; publishedBy: string; publishedAt: string }


function toAnswer(r: { ref: string; complies: boolean | null; evidence: string; links: string[]; commentary: string; action: string | null; action_due_on: string | null; answered_by: string; answered_at: Date }): SelfAssessmentAnswer {
  return {
    ref: r.ref, complies: r.complies, evidence: r.evidence, links: r.links, commentary: r.commentary,
    action: r.action === null ? null : { text: r.action, dueOn: r.action_due_on }, answeredBy: r.answered_by, answeredAt: r.answered_at.toISOString(),
  }
}

export async function listAnswers(db: Kysely<Database>, councilId: string, year: number): Promise<SelfAssessmentAnswer[]> {
  const rows = await db.selectFrom('self_assessment_answers').selectAll().where('council_id', '=', councilId).where('year', '=', year).orderBy('ref').execute()
  return rows.map(toAnswer)
}

export async function saveAnswer(db: Kysely<Database>, councilId: string, year: number, a: Omit<SelfAssessmentAnswer, 'answeredAt'>, at: Date): Promise<SelfAssessmentAnswer> {
  const values = {
    complies: a.complies, evidence: a.evidence, links: a.links, commentary: a.commentary,
    action: a.action?.text ?? null, action_due_on: a.action?.dueOn ?? null, answered_by: a.answeredBy, answered_at: at,
  }
  const row = await db.insertInto('self_assessment_answers').values({ council_id: councilId, year, ref: a.ref, ...values })
    .onConflict((oc) => oc.columns(['council_id', 'year', 'ref']).doUpdateSet(values))
    .returningAll().executeTakeFirstOrThrow()
  return toAnswer(row)
}

function toSignOff(r: { governing_body: string; governing_body_response: string; responded_on: string; member_responsible: string; member_signed_off_on: string; recorded_by: string; recorded_at: Date }): SelfAssessmentSignOff {
  return {
    governingBody: r.governing_body, governingBodyResponse: r.governing_body_response, respondedOn: r.responded_on,
    memberResponsible: r.member_responsible, memberSignedOffOn: r.member_signed_off_on, recordedBy: r.recorded_by, recordedAt: r.recorded_at.toISOString(),
  }
}

export async function findSignOff(db: Kysely<Database>, councilId: string, year: number): Promise<SelfAssessmentSignOff | null> {
  const row = await db.selectFrom('self_assessment_signoffs').selectAll().where('council_id', '=', councilId).where('year', '=', year).executeTakeFirst()
  return row ? toSignOff(row) : null
}

export async function saveSignOff(db: Kysely<Database>, councilId: string, year: number, s: Omit<SelfAssessmentSignOff, 'recordedAt'>, at: Date): Promise<SelfAssessmentSignOff> {
  const values = {
    governing_body: s.governingBody, governing_body_response: s.governingBodyResponse, responded_on: s.respondedOn,
    member_responsible: s.memberResponsible, member_signed_off_on: s.memberSignedOffOn, recorded_by: s.recordedBy, recorded_at: at,
  }
  const row = await db.insertInto('self_assessment_signoffs').values({ council_id: councilId, year, ...values })
    .onConflict((oc) => oc.columns(['council_id', 'year']).doUpdateSet(values))
    .returningAll().executeTakeFirstOrThrow()
  return toSignOff(row)
}

export async function listVersions(db: Kysely<Database>, councilId: string, year: number): Promise<PublishedVersion[]> {
  const rows = await db.selectFrom('self_assessment_versions').select(['version', 'published_by', 'published_at'])
    .where('council_id', '=', councilId).where('year', '=', year).orderBy('version').execute()
  return rows.map((r) => ({ version: r.version, publishedBy: r.published_by, publishedAt: r.published_at.toISOString() }))
}

/**
 * A published version with its content: the document as the service froze it (`Content` is the service's type of
 * it; the column holds whatever insertVersion was given).
 */
export async function findVersion<Content extends object>(db: Kysely<Database>, councilId: string, year: number, version: number): Promise<(PublishedVersion & { content: Content }) | null> {
  const r = await db.selectFrom('self_assessment_versions').selectAll()
    .where('council_id', '=', councilId).where('year', '=', year).where('version', '=', version).executeTakeFirst()
  return r ? { version: r.version, publishedBy: r.published_by, publishedAt: r.published_at.toISOString(), content: r.content as Content } : null
}

/**
 * Freezes `content` as the next version. Two concurrent publications compute the same next number: the primary
 * key makes the second fail (the caller answers 409), never two versions with one number.
 */
export async function insertVersion(db: Kysely<Database>, councilId: string, year: number, content: object, by: string, at: Date): Promise<PublishedVersion> {
  const latest = await db.selectFrom('self_assessment_versions').select((eb) => eb.fn.max('version').as('v'))
    .where('council_id', '=', councilId).where('year', '=', year).executeTakeFirst()
  const version = Number(latest?.v ?? 0) + 1
  await db.insertInto('self_assessment_versions').values({ council_id: councilId, year, version, content: JSON.stringify(content), published_by: by, published_at: at }).execute()
  return { version, publishedBy: by, publishedAt: at.toISOString() }
}
