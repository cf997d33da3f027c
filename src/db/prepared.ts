/**
 * Statements of the write path whose text never changes: on PostgreSQL they run as named prepared statements,
 * parsed and planned once per connection instead of sent (several kilobytes) and planned on every write.
 */
import { createHash } from 'node:crypto'
import type pg from 'pg'

const names = new Map<string, string>()

/** Registers a fixed statement text and returns it unchanged. */
export function prepared(text: string): string {
  names.set(text, `p_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`)
  return text
}

/** Makes a pool client run registered texts as named statements. */
export function prepareOnClient(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  ;(client as unknown as { query: (...args: unknown[]) => unknown }).query = (text: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof text === 'string' ? names.get(text) : undefined
    if (name === undefined) return query(text, values, callback)
    return callback === undefined ? query({ name, text, values }) : query({ name, text, values }, callback)
  }
}
