/**
 * The repository edge: rows come out of the database snake_case and leave db/ camelCase; records come in
 * camelCase and are written snake_case. One function each way, driven by the keys themselves, so no list of
 * fields is written twice: a column added to a table shows up in the record type (and the compiler points at
 * every record type that must name it).
 */

/** `stage2_handler` -> `stage2Handler`, as a type. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S
/** `stage2Handler` -> `stage2_handler`, as a type (a capital letter starts a new word). */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Uppercase<Head> ? Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}` : Head}${SnakeCase<Tail>}`
  : S

export type Camelized<R> = { [K in keyof R as K extends string ? CamelCase<K> : K]: R[K] }
export type SnakeCased<R> = { [K in keyof R as K extends string ? SnakeCase<K> : K]: R[K] }

/** True when A and B have the same keys with the same types (for compile-time checks that a record matches its row). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

const camelKeys = new Map<string, string>()
const snakeKeys = new Map<string, string>()

function camelKey(key: string): string {
  let camel = camelKeys.get(key)
  if (camel === undefined) camelKeys.set(key, (camel = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())))
  return camel
}

function snakeKey(key: string): string {
  let snake = snakeKeys.get(key)
  if (snake === undefined) snakeKeys.set(key, (snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)))
  return snake
}

/** A row as the rest of the application reads it. */
export function camelized<R extends object>(row: R): Camelized<R> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) out[camelKey(key)] = value
  return out as Camelized<R>
}

/** A record as its table stores it. */
export function snakeCased<R extends object>(record: R): SnakeCased<R> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) out[snakeKey(key)] = value
  return out as SnakeCased<R>
}
