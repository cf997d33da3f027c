import tap, { type Test } from 'tap'

/**
 * What `import t from 'tap'` gives a test file (test/loader/hooks.mjs points it here): tap's root test when the file
 * runs alone, and the file's own subtest when test/parts/ runs it with others in one process, so that its
 * `t.teardown` (closing its app and database) and `t.setTimeout` are the file's, not the process's.
 */
let current: Test = tap

export function runningFile(t: Test): void {
  current = t
}

const fileRoot = new Proxy(tap, {
  get(_target, key) {
    const value: unknown = Reflect.get(current, key, current)
    return typeof value === 'function' ? value.bind(current) : value
  },
})

export * from 'tap'
export default fileRoot
