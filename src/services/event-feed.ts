import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { readLog, type LogEntry, type LogPoint } from '../db/event-log.repository.js'
import { domainError } from '../domain/index.js'
import { relookAfter, type EventSignal } from './event-signal.js'
import { isPublicType, publicType, storedTypes, thinData } from './event-types.js'

/** One event as integrators see it: what happened to which case, and nothing personal. */
export interface FeedEvent {
  id: string
  type: string
  occurredAt: string
  caseId: string
  reference: string
  caseVersion: number
  data: Record<string, unknown>
}

export interface FeedPage {
  items: FeedEvent[]
  /** Where to continue: the last item's place, or the `after` given when nothing new came. */
  nextCursor: string | null
}

export interface FeedQuery {
  after: string | null
  types: readonly string[] | null
  limit: number
  /** Seconds to wait for a first event when there is none yet (long-poll); 0 answers at once. */
  waitSeconds: number
}

export interface FeedDeps {
  db: Kysely<Database>
  signal: EventSignal
  /** How often a waiting reader re-reads the log without a signal (another instance's writes). */
  pollMs: number
}

/** The cursor is opaque to clients; inside it is the log point (transaction id, position). */
export function encodeCursor(point: LogPoint): string {
  return Buffer.from(`${point.xid}.${point.position}`).toString('base64url')
}

const CURSOR = /^(\d{1,20})\.(\d{1,19})$/

export function decodeCursor(text: string): LogPoint {
  const match = CURSOR.exec(Buffer.from(text, 'base64url').toString('utf8'))
  if (!match) throw domainError('EVENTS.INVALID_CURSOR', 'after: is not a cursor this API issued; pass the nextCursor of an earlier page, or leave it out to start from the beginning.')
  return { xid: match[1]!, position: Number(match[2]) }
}

export function feedEvent(entry: LogEntry): FeedEvent {
  return {
    id: eventId(entry.position),
    type: publicType(entry.type),
    occurredAt: entry.occurredAt.toISOString(),
    caseId: entry.caseId,
    reference: entry.reference,
    caseVersion: entry.caseVersion,
    data: thinData(entry.type, entry.data),
  }
}

/** Stable across retries and replays: receivers use it to drop duplicates. */
export const eventId = (position: number): string => `evt_${position}`

export function checkTypes(types: readonly string[] | null, field: string): void {
  const unknown = types?.filter((t) => !isPublicType(t)) ?? []
  if (unknown.length > 0) throw domainError('EVENTS.UNKNOWN_TYPE', `${field}: unknown event type ${unknown.map((t) => `"${t}"`).join(', ')}; see the EventType schema for the list.`)
}

/**
 * A page of the council's events after the cursor. With a wait, an empty answer is held until an event commits
 * (woken by the signal, or by polling for other instances' writes) or the wait is over, whichever comes first.
 */
export async function readFeed(deps: FeedDeps, councilId: string, q: FeedQuery): Promise<FeedPage> {
  checkTypes(q.types, 'types')
  const after = q.after === null ? null : decodeCursor(q.after)
  const types = q.types === null ? null : storedTypes(q.types)
  const deadline = Date.now() + q.waitSeconds * 1000
  let relookMs = 0
  for (;;) {
    const entries = await readLog(deps.db, { councilId, after, types, limit: q.limit })
    const last = entries.at(-1)
    if (last) return { items: entries.map(feedEvent), nextCursor: encodeCursor(last) }
    const left = deadline - Date.now()
    if (left <= 0 || deps.signal.isClosed) return { items: [], nextCursor: q.after }
    relookMs = relookAfter(await deps.signal.wait(Math.min(left, relookMs > 0 ? relookMs : deps.pollMs)), relookMs)
  }
}
