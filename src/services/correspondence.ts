import { randomUUID } from 'node:crypto'
import type { Transaction } from 'kysely'
import {
  DEFAULT_UPDATE_EVERY_WORKING_DAYS, domainError, dutyEvidence, lastContactOn, londonDate, toIsoInstant, updateDue,
  type CorrespondenceDuty, type CorrespondenceFact,
} from '../domain/index.js'
import type { Database } from '../db/database.js'
import { appendEvents, findCaseForUpdate, lastEventSequence, updateCase } from '../db/case.repository.js'
import type { CaseRecord } from '../domain/index.js'
import {
  correctCorrespondence, findCorrespondenceForUpdate, insertCorrespondence, listCorrespondence, type CorrespondenceCorrection, type CorrespondenceEntry,
} from '../db/correspondence.repository.js'
import { AppError } from './app-error.js'
import { seesPersonalData, caseScope } from './case-access.js'
import { calendarOfCase } from './calendars.js'
import { projectCase } from './case-projection.js'
import { lockCaseFor, readCase, type Caller, type CaseDeps } from './cases.js'

export interface NewCorrespondence {
  direction: 'in' | 'out'
  channel: 'letter' | 'email' | 'phone' | 'meeting' | 'text_message' | 'in_person'
  occurredAt: string
  /** Who the council corresponded with (the person, their representative...): personal data. */
  party: string
  /** What was said: personal data, never logged, never in the event log. */
  summary: string
  duties: CorrespondenceDuty[]
  stage?: 1 | 2
  ombudsmanDetailsGiven?: boolean
}

const CLOCK_SKEW_MS = 2 * 60_000

const fact = (r: CorrespondenceEntry): CorrespondenceFact => ({
  id: r.id, direction: r.direction, occurredOn: r.occurredOn, stage: r.stage === 2 ? 2 : 1,
  duties: r.duties as CorrespondenceDuty[], ombudsmanDetailsGiven: r.ombudsmanDetailsGiven, struckOut: r.struckOut,
})

/**
 * Records a letter, email, call or meeting on the case: the entry in the log, its history event (without the
 * summary or the party: personal data), and the case's last contact, in one transaction; the case's version moves.
 */
export async function recordCorrespondence(deps: CaseDeps, caller: Caller, caseId: string, c: NewCorrespondence, ifMatch: number | null) {
  if (Date.parse(c.occurredAt) - deps.now().getTime() > CLOCK_SKEW_MS) {
    throw new AppError('CORRESPONDENCE.IN_FUTURE', 'occurredAt is in the future: record correspondence once it has happened.', {
      errors: [{ location: 'body', field: '/occurredAt', rule: 'notInFuture', message: 'must not be in the future' }],
    })
  }
  if (c.direction === 'in' && c.duties.length > 0) {
    throw new AppError('CORRESPONDENCE.DUTY_NEEDS_OUTGOING', 'Only correspondence from the council serves a duty to tell the person.', {
      errors: [{ location: 'body', field: '/duties', rule: 'outgoingOnly', message: 'must be empty for incoming correspondence' }],
    })
  }
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockCaseFor(trx, caller, caseId, 'record_correspondence', ifMatch)
    const state = row.state
    const occurredOn = londonDate(c.occurredAt)
    if (occurredOn < state.receivedOn) {
      throw new AppError('CORRESPONDENCE.BEFORE_RECEIPT', `occurredAt is before the case was received (${state.receivedOn}).`, {
        errors: [{ location: 'body', field: '/occurredAt', rule: 'notBeforeReceipt', message: 'must not be before the case was received' }],
      })
    }
    const now = deps.now()
    const entry: CorrespondenceEntry = {
      id: randomUUID(), caseId: row.id, councilId: caller.council.id, direction: c.direction, channel: c.channel,
      occurredAt: new Date(c.occurredAt), occurredOn, stage: c.stage ?? row.stage, party: c.party, summary: c.summary,
      duties: [...new Set(c.duties)], ombudsmanDetailsGiven: c.ombudsmanDetailsGiven ?? false, recordedBy: caller.principal.subject, recordedAt: now,
      struckOut: false, correctedAt: null, correctedBy: null, correctionReason: null, firstOccurredAt: null,
    }
    const previous = row.lastContactOn
    await insertCorrespondence(trx, entry, previous !== null && previous > occurredOn ? previous : occurredOn)
    const policy = row.policy
    const updated = await updateCase(trx, row, { state, projection: projectCase(state, policy, calendarOfCase(deps.calendars, row)), now })
    if (!updated) throw new AppError('CASE.VERSION_MISMATCH', 'The case changed while the correspondence was recorded: read it again.')
    await appendEvents(trx, row.id, caller.council.id, (await lastEventSequence(trx, row.id)) + 1, [{
      type: 'correspondence_recorded', actor: caller.principal.subject, occurredAt: c.occurredAt,
      data: { correspondenceId: entry.id, direction: entry.direction, channel: entry.channel, stage: entry.stage, duties: entry.duties, ombudsmanDetailsGiven: entry.ombudsmanDetailsGiven },
    }], updated.version)
    return { entry: view(entry, true), version: updated.version }
  })
}

function view(r: CorrespondenceEntry, personal: boolean) {
  return {
    id: r.id, direction: r.direction, channel: r.channel, occurredAt: r.occurredAt.toISOString(), stage: r.stage,
    party: personal ? r.party : null, summary: personal ? r.summary : null, duties: r.duties,
    ombudsmanDetailsGiven: r.ombudsmanDetailsGiven, recordedBy: r.recordedBy, recordedAt: r.recordedAt.toISOString(),
    struckOut: r.struckOut,
    correction: r.correctedAt === null ? null : {
      at: r.correctedAt.toISOString(), by: r.correctedBy ?? '', reason: r.correctionReason ?? '',
      firstOccurredAt: r.firstOccurredAt === null ? null : r.firstOccurredAt.toISOString(),
    },
  }
}

/** The history entry that recorded a correspondence entry, as the corrections endpoint finds it by its sequence. */
export interface RecordedCorrespondence { sequence: number; data: Record<string, unknown> }

/**
 * Corrects an entry of the log, under the case's row lock (the corrections endpoint, by the sequence of the
 * entry's `correspondence_recorded` event): struck out (recorded in error, e.g. on the wrong case, or with duties
 * it did not serve: record it again as it was) or redated (the first date is kept). Either way the entry stays in
 * the log, a `correspondence_corrected` event records the reason, and the evidence, its gaps and the last contact
 * follow the entries that stand. Entries are corrected in any order: no action of the case was decided on them.
 */
export async function correctCorrespondenceEntry(
  trx: Transaction<Database>, deps: CaseDeps, caller: Caller, row: CaseRecord, recorded: RecordedCorrespondence,
  correction: { reason: string; redateTo?: string },
): Promise<CaseRecord> {
  const entry = await findCorrespondenceForUpdate(trx, row.id, String(recorded.data.correspondenceId))
  if (entry === null) throw domainError('CASE.NOT_CORRECTABLE', `sequence ${recorded.sequence} names no correspondence entry of this case`, ['sequence'])
  if (entry.struckOut) throw domainError('CASE.ALREADY_CORRECTED', `the correspondence entry at sequence ${recorded.sequence} was struck out already`, ['sequence'])
  const state = row.state
  const now = deps.now()
  const by = caller.principal.subject
  let change: CorrespondenceCorrection = { kind: 'strike_out', at: now, by, reason: correction.reason }
  if (correction.redateTo !== undefined) {
    const at = Date.parse(correction.redateTo)
    if (Number.isNaN(at)) throw domainError('CASE.INVALID_DATE', 'redateTo is not an instant', ['redateTo'])
    if (at - now.getTime() > CLOCK_SKEW_MS) throw domainError('CASE.DATE_IN_FUTURE', `redateTo ${correction.redateTo} is in the future`, ['redateTo'])
    const occurredAt = new Date(Math.min(at, now.getTime()))
    const occurredOn = londonDate(toIsoInstant(occurredAt))
    if (occurredOn < state.receivedOn) throw domainError('CASE.DATE_OUT_OF_ORDER', `redateTo ${correction.redateTo} is before the case was received (${state.receivedOn})`, ['redateTo'])
    change = { kind: 'redate', at: now, by, reason: correction.reason, occurredAt, occurredOn }
  }
  await correctCorrespondence(trx, entry, change)
  const policy = row.policy
  const updated = await updateCase(trx, row, { state, projection: projectCase(state, policy, calendarOfCase(deps.calendars, row)), now })
  if (!updated) throw new AppError('CASE.VERSION_MISMATCH', 'The case changed while the correction was recorded: read it again.')
  await appendEvents(trx, row.id, caller.council.id, (await lastEventSequence(trx, row.id)) + 1, [{
    type: 'correspondence_corrected', actor: by, occurredAt: now.toISOString(),
    data: {
      sequence: recorded.sequence, correspondenceId: entry.id, reason: correction.reason, struckOut: change.kind === 'strike_out',
      ...(change.kind === 'redate' ? { from: entry.occurredAt.toISOString(), to: change.occurredAt.toISOString() } : {}),
    },
  }], updated.version)
  // The last contact and the gap count were taken again in the database: read the case back as it now stands.
  const fresh = await findCaseForUpdate(trx, caller.council.id, row.id)
  if (fresh === null) throw new Error('the case vanished under its row lock')
  return fresh
}

/** The log, the evidence of each duty to tell the person (gaps: a duty done with nothing recorded), and whether an update is due. */
export async function caseCorrespondence(deps: CaseDeps, caller: Caller, caseId: string) {
  const row = await readCase(deps, caller, caseId)
  const state = row.state
  const policy = row.policy
  const entries = await listCorrespondence(deps.db, caller.council.id, row.id)
  const facts = entries.map(fact)
  const evidence = dutyEvidence(state, facts)
  const last = lastContactOn(state, facts)
  const every = policy.updateEveryWorkingDays ?? DEFAULT_UPDATE_EVERY_WORKING_DAYS
  const open = row.nextDueOn !== null
  const personal = seesPersonalData(caseScope(caller.principal), row)
  return {
    items: entries.map((e) => view(e, personal)),
    evidence,
    gaps: evidence.filter((e) => e.toldBy === null).length,
    lastContactOn: last,
    updateDue: open && updateDue(calendarOfCase(deps.calendars, row), last, londonDate(deps.now()), every),
  }
}
