import { createHash } from 'node:crypto'

/**
 * Compiled validators and serializers of this process, by what they were compiled from. Most routes answer with
 * the same large Case schema, and compiling it (fast-json-stringify builds an Ajv validator for every nullable
 * branch) for every route, again for every app the process builds, was most of an app's start-up time and most
 * of the test suite's CPU. A compiled function depends only on its schema, the shared schemas it may reference
 * and the compiler's options, so one compiled from equal inputs is shared; an app built once (the server) sees
 * no difference.
 */
export class CompiledSchemas<Fn> {
  readonly #compiled = new Map<string, Fn>()

  /** The function compiled from these inputs, compiling it the first time; `null` inputs are never cached. */
  get(key: string | null, compile: () => Fn): Fn {
    if (key === null) return compile()
    let fn = this.#compiled.get(key)
    if (fn === undefined) {
      fn = compile()
      this.#compiled.set(key, fn)
    }
    return fn
  }

  get size(): number {
    return this.#compiled.size
  }
}

/**
 * A digest of JSON-like data, or `null` when the data holds something JSON cannot stand for (a function, a
 * RegExp, a symbol's value...), so that two inputs get the same digest only when they are equal.
 */
export function digestOf(value: unknown): string | null {
  let faithful = true
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint' || v instanceof RegExp) faithful = false
    if (v === undefined) return { $undefined: true }
    return v
  })
  if (!faithful) return null
  return createHash('sha256').update(text ?? 'undefined').digest('base64url')
}

/** A cache key from parts; `null` when any part cannot be digested. */
export function keyOf(...parts: unknown[]): string | null {
  const digests = parts.map(digestOf)
  return digests.includes(null) ? null : digests.join(':')
}
