import { createHash, randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import {
  decide, evolve, londonDate,
  type CaseCommand, type CaseEvent, type CaseRecord, type CaseState, type IntakeDetails, type Policy,
} from '../domain/index.js'
import type { Council } from '../db/council.repository.js'
import type { Database } from '../db/database.js'
import {
  changedCase, ensureReferenceSequence, findCase, findCaseView, insertCase, lockCase, lockedCase, writeCaseChange,
  type CaseChange, type CaseViewRecord, type LockedCase, type NewEvent,
} from '../db/case.repository.js'
import { claimIdempotencyKey } from '../db/idempotency.repository.js'
import { AppError } from './app-error.js'
import { calendarOfCase, type Calendars } from './calendars.js'
import type { Principal } from './principal.js'
import type { Calendar } from '../domain/index.js'
import { canAct, canSee, caseScope } from './case-access.js'
import { projectCase } from './case-projection.js'
import { cachedPolicyInForce, forgetPolicy, policyInForce } from './policies.js'
import { caseFacts } from './report-facts.js'
import { requireAssignable } from './staff.js'

export type { CaseRecord, CaseViewRecord, IntakeDetails }

export interface CaseDeps {
  db: Kysely<Database>
  calendars: Calendars
  now: () => Date
}

export interface Caller {
  principal: Principal
  council: Council
}

/** A CRM's clock may run a little ahead of ours; beyond this, a receipt "in the future" is a keying error. */
const CLOCK_SKEW_MS = 2 * 60_000

export const notFound = (): AppError => new AppError('CASE.NOT_FOUND', 'No such case in your council.')

/**
 * A domain event as a history entry: when it happened, and when it was recorded (the same instant unless
 * back-dated, so that a history read back knows which were).
 */
function toNewEvent(event: CaseEvent): NewEvent {
  const { type, at, by, recordedAt: backdatedAt, ...data } = event
  return { type, actor: by, occurredAt: at, recordedAt: backdatedAt ?? at, data }
}

/** Canonical JSON (sorted keys), so a retry that orders its fields differently is still the same request. */
function requestHash(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical)
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]))
        : v
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex')
}

function decided(state: CaseState | null, command: CaseCommand, deps: CaseDeps, caller: Caller, policy: Policy, policyVersion: number, calendar: Calendar): CaseEvent[] {
  const result = decide(state, command, {
    now: deps.now(),
    policy,
    policyVersion: String(policyVersion),
    calendar,
    actor: { subject: caller.principal.subject, roles: [...caller.principal.roles] },
  })
  if (!result.ok) throw result.error
  return result.events
}

function fold(state: CaseState | null, events: CaseEvent[]): CaseState {
  const next = events.reduce<CaseState | null>(evolve, state)
  if (next === null) throw new Error('events produced no case state')
  return next
}

/** Who made the complaint: a named person, or nobody at all when it is anonymous. */
export function checkParties(details: { anonymous?: boolean; person?: unknown; representative?: unknown }): void {
  if (!details.anonymous && !details.person) {
    throw new AppError('INTAKE.PERSON_REQUIRED', 'A complaint that is not anonymous needs the person.', {
      errors: [{ location: 'body', field: '/person', rule: 'required', message: 'is required unless anonymous is true' }],
    })
  }
  if (details.anonymous && (details.person || details.representative)) {
    throw new AppError('INTAKE.ANONYMOUS_WITH_PERSON', 'An anonymous complaint records no person or representative.')
  }
}

export interface Intake {
  row: CaseRecord
  /** True when this was a retry of an earlier request with the same Idempotency-Key. */
  replayed: boolean
}

class PolicyMoved extends Error {}

/**
 * Whose key an Idempotency-Key is: the council's staff systems (CRM, tools) and its website form each have their
 * own space, so a key chosen by one can never replay or block the other's submission.
 */
export type IdempotencyNamespace = 'staff' | 'public'

/**
 * Logs a new contact: one transaction writes the case, its facts, its first event and its idempotency key. The
 * policy comes from a cache; the insert itself checks that it is still the council's latest, and if another
 * instance changed it meanwhile the intake starts again with the new one.
 */
export async function receiveCase(
  deps: CaseDeps, caller: Caller, details: IntakeDetails, key: string | null, namespace: IdempotencyNamespace = 'staff',
): Promise<Intake> {
  const councilId = caller.council.id
  const idempotencyKey = key === null ? null : `${namespace}:${key}`
  const receivedAt = details.receivedAt ?? deps.now().toISOString()
  const year = Number(londonDate(receivedAt).slice(0, 4))
  if (Number.isInteger(year)) await ensureReferenceSequence(deps.db, councilId, year)
  for (let attempt = 1; ; attempt++) {
    // Read outside the transaction: on the embedded database the transaction holds the only connection.
    const cached = attempt === 1 ? await cachedPolicyInForce(deps.db, councilId) : null
    // The whole intake is one statement (insertCase): atomic on its own, so only a key to claim first needs a transaction.
    const write = async (db: Kysely<Database>): Promise<Intake> => {
      const { version, policy } = cached ?? await policyInForce(db, councilId)
      // The case keeps this calendar for life, as it keeps this policy.
      const division = caller.council.bankHolidayDivision
      const calendar = deps.calendars.get(division)
      if (Date.parse(receivedAt) - deps.now().getTime() > CLOCK_SKEW_MS) {
        throw new AppError('CASE.DATE_IN_FUTURE', 'receivedAt is in the future: a complaint can only be logged once it has been received.', {
          errors: [{ location: 'body', field: '/receivedAt', rule: 'notInFuture', message: 'must not be in the future' }],
        })
      }
      const events = decided(null, {
        type: 'receive',
        receivedAt,
        channel: details.channel,
        awareOn: details.awareOn ?? null,
        anonymous: details.anonymous ?? false,
        sensitive: details.sensitive ?? false,
        adjustmentsReviewOn: details.adjustmentsReviewOn ?? null,
      }, deps, caller, policy, version, calendar)
      const state = fold(null, events)
      const id = randomUUID()
      const serviceAreas = details.serviceAreas ?? []
      const categories = details.categories ?? []
      const facts = caseFacts({ id, councilId, channel: details.channel, serviceAreas, categories, state, policy }, calendar)
      const row = await insertCase(db, {
        id,
        councilId,
        year: Number(state.receivedOn.slice(0, 4)),
        referencePrefix: caller.council.referencePrefix,
        idempotencyKey,
        policyVersion: version,
        policy,
        state,
        intake: details,
        channel: details.channel,
        receivedAt: state.receivedAt,
        receivedOn: state.receivedOn,
        sensitive: state.sensitive,
        anonymous: state.anonymous,
        serviceAreas,
        categories,
        createdBy: caller.principal.subject,
        linkedCaseId: details.relatedCaseId ?? null,
        crmReference: details.crmReference ?? null,
        bankHolidayDivision: division,
        projection: projectCase(state, policy, calendar),
        now: deps.now(),
      }, facts, events.map(toNewEvent))
      if (row === null) throw new PolicyMoved()
      return { row, replayed: false }
    }
    try {
      if (idempotencyKey === null) return await write(deps.db)
      return await deps.db.transaction().execute(async (trx) => {
        const claim = await claimIdempotencyKey(trx, councilId, idempotencyKey, requestHash(details))
        if (!claim.claimed) return replay(trx, councilId, claim, requestHash(details), caller.principal)
        return write(trx)
      })
    } catch (error) {
      if (!(error instanceof PolicyMoved) || attempt >= 3) throw error
      forgetPolicy(deps.db, councilId)
    }
  }
}

async function replay(trx: Transaction<Database>, councilId: string, claim: { requestHash: string; caseId: string | null }, hash: string, principal: Principal): Promise<Intake> {
  if (claim.requestHash !== hash || claim.caseId === null) {
    throw new AppError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used with a different request body.')
  }
  const row = await findCase(trx, councilId, claim.caseId)
  if (!row) throw new Error('idempotency key points at a missing case')
  // Keys are the council's, but a replay shows the case only to its submitter or to someone who may read it, never
  // to another intake user who happened on the same key.
  if (row.createdBy !== principal.subject && !canSee(caseScope(principal), row)) throw new AppError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used for another submission.')
  return { row, replayed: true }
}

export interface CommandOptions {
  /** The version the caller last read (If-Match); a stale one is refused with 412. */
  ifMatch: number | null
  /** Intake details to change alongside the command (e.g. related issues added to the case). */
  amendIntake?: (intake: IntakeDetails) => IntakeDetails
  /** A history entry the service records beside the domain's events (e.g. a related issue). */
  extraEvent?: (at: string) => NewEvent
}

/**
 * The case under a row lock, for a change: 404 when the caller may not see it (its existence does not leak), 403
 * when they see it but may not do this, 412 when If-Match names another version.
 */
/** What lockCaseFor read beside each row it returned, for applyToLocked's write (one entry per lock, used once). */
const lockReads = new WeakMap<CaseRecord, LockedCase>()

export async function lockCaseFor(trx: Transaction<Database>, caller: Caller, caseId: string, action: string, ifMatch: number | null): Promise<CaseRecord> {
  const scope = caseScope(caller.principal)
  const locked = await lockCase(trx, caller.council.id, caseId)
  const row = locked?.record
  if (!row || !canSee(scope, row)) throw notFound()
  if (!canAct(scope, row, action)) throw new AppError('AUTH.FORBIDDEN', `Your roles do not allow "${action}" on this case.`)
  if (ifMatch !== null && ifMatch !== row.version) {
    throw new AppError('CASE.VERSION_MISMATCH', `The case is at version ${row.version}, not ${ifMatch}: read it again.`)
  }
  lockReads.set(row, locked)
  return row
}

/** Loads the case under a row lock, asks the domain, and writes the new state and its events together. */
export async function applyCommand(deps: CaseDeps, caller: Caller, caseId: string, command: CaseCommand, options: CommandOptions): Promise<CaseRecord> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockCaseFor(trx, caller, caseId, command.type, options.ifMatch)
    return applyToLocked(trx, deps, caller, row, command, options)
  })
}

/** Columns that an amendment changes beside the state (the intake details and what is indexed from them). */
export interface RowChange {
  intake?: IntakeDetails
  serviceAreas?: string[]
  categories?: string[]
}

/** The command on a case already locked by this transaction: decide, fold, write the case, its facts and its history. */
export async function applyToLocked(
  trx: Transaction<Database>, deps: CaseDeps, caller: Caller, row: CaseRecord, command: CaseCommand, options: Omit<CommandOptions, 'ifMatch'> & { row?: RowChange; decided?: { events: CaseEvent[]; state: CaseState } } = {},
): Promise<CaseRecord> {
  // Only an active member of the council's staff with the capability may be given a case.
  if (command.type === 'assign') await requireAssignable(trx, caller.council.id, command.handler, 'stage1')
  if (command.type === 'assign_stage2') await requireAssignable(trx, caller.council.id, command.handler, 'stage2')
  const state = row.state
  const policy = row.policy
  const calendar = calendarOfCase(deps.calendars, row)
  // A correction is decided and folded over the whole history by its own service; everything else here.
  const events = options.decided?.events ?? decided(state, command, deps, caller, policy, row.policyVersion, calendar)
  const next = options.decided?.state ?? fold(state, events)
  const intake = options.row?.intake ?? options.amendIntake?.(row.intake)
  const change: CaseChange = {
    state: next,
    ...(intake ? { intake } : {}),
    ...(options.row?.serviceAreas ? { serviceAreas: options.row.serviceAreas } : {}),
    ...(options.row?.categories ? { categories: options.row.categories } : {}),
    sensitive: next.sensitive,
    projection: projectCase(next, policy, calendar),
    now: deps.now(),
  }
  const history = events.map(toNewEvent)
  if (options.extraEvent) history.push(options.extraEvent(deps.now().toISOString()))
  // A row this transaction locked through lockCaseFor comes with its facts and last event; any other is read again.
  const locked = lockReads.get(row) ?? await lockedCase(trx, row)
  lockReads.delete(row)
  const after = changedCase(row, change)
  const updated = await writeCaseChange(trx, locked, change, after, caseFacts(after, calendar), history)
  if (!updated) throw new AppError('CASE.VERSION_MISMATCH', 'The case changed while this action was applied: read it again.')
  return updated
}

/** The API's view of a case the caller may see (only the columns the view reads), or 404. */
export async function viewCase(deps: CaseDeps, caller: Caller, caseId: string): Promise<CaseViewRecord> {
  const row = await findCaseView(deps.db, caller.council.id, caseId)
  if (!row || !canSee(caseScope(caller.principal), row)) throw notFound()
  return row
}

/** A case the caller may see, or 404. */
export async function readCase(deps: CaseDeps, caller: Caller, caseId: string): Promise<CaseRecord> {
  const row = await findCase(deps.db, caller.council.id, caseId)
  if (!row || !canSee(caseScope(caller.principal), row)) throw notFound()
  return row
}
