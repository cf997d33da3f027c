/**
 * Each operation's error codes come from one list (src/http/error-codes.ts); the contract's tables and error
 * responses are made from it, and the server checks its answers against it. Every test that builds the app with
 * test/helpers/build.ts fails when an answer carries a code its operation does not list, and the fuzzer checks
 * each answer's code against the contract; this file checks the list itself, and that the check catches drift.
 */
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { GUARD_CODES, OPERATION_CODES, UNROUTED_CODES, undeclaredErrorCodes } from '../../src/http/error-codes.js'
import { ALL_ERROR_STATUS } from '../../src/http/error-status.js'
import { CASE_ACTIONS } from '../../src/http/routes/complaints/case-actions.js'
import { AppError } from '../../src/services/app-error.js'
import { generateContract } from '../../scripts/contract.js'
import { testConfig } from '../helpers/build.js'
import { testDatabase } from '../helpers/database.js'

interface Op { operationId: string; 'x-error-codes': string[]; responses: Record<string, unknown> }

t.test('the contract\'s lists of codes', async (t) => {
  const document = JSON.parse(await generateContract()) as { paths: Record<string, Record<string, Op>> }
  const ops = Object.values(document.paths).flatMap((methods) => Object.values(methods))

  t.test('every code of error-status.ts is one some operation can answer with (or is answered before routing, or is a guard no request reaches)', async (t) => {
    const declared = new Set(ops.flatMap((op) => op['x-error-codes']))
    const nowhere = Object.keys(ALL_ERROR_STATUS).filter((code) => !declared.has(code) && !UNROUTED_CODES.has(code) && !GUARD_CODES.has(code))
    t.same(nowhere, [], 'declare each in the operations that raise it (src/http/error-codes.ts), or remove it from error-status.ts')
  })

  t.test('the list names only operations there are', async (t) => {
    const ids = new Set(ops.map((op) => op.operationId))
    t.same(Object.keys(OPERATION_CODES).filter((id) => !ids.has(id)), [], 'no stale operationId')
    t.same(CASE_ACTIONS.filter((a) => a.operationId in OPERATION_CODES).map((a) => a.operationId), [], 'case actions take their codes from the domain\'s commands')
  })

  t.test('each operation declares the error statuses of its codes, and only those', async (t) => {
    for (const op of ops) {
      const fromCodes = new Set(op['x-error-codes'].map((code) => String(ALL_ERROR_STATUS[code])))
      const declared = Object.keys(op.responses).filter((s) => Number(s) >= 400)
      t.same(declared.filter((s) => !fromCodes.has(s)), [], `${op.operationId}: no status without a code`)
      t.same([...fromCodes].filter((s) => !declared.includes(s)), [], `${op.operationId}: every code's status is a response`)
    }
  })

  t.test('the tables in the descriptions are the lists', async (t) => {
    const acknowledge = ops.find((op) => op.operationId === 'acknowledgeComplaint')!
    const description = (acknowledge as unknown as { description: string }).description
    for (const code of acknowledge['x-error-codes']) t.match(description, `\`${code}\``, `the table names ${code}`)
    t.notMatch(description, /`CASE\.EXTENSION_OVER_CAP`/, 'and nothing another action raises')
  })

  t.test('a case action lists its status refusals and its own rules', async (t) => {
    const codes = (id: string) => new Set(ops.find((op) => op.operationId === id)!['x-error-codes'])
    t.ok(codes('acknowledgeComplaint').has('CASE.NOT_TRIAGED'), 'too early')
    t.ok(codes('acknowledgeComplaint').has('CASE.REFUSAL_NEEDS_EXCLUSION'), 'its own rule')
    t.ok(codes('respondStage1').has('CASE.CLOSED'), 'a case that reads as closed')
    t.notOk(codes('completeRemedy').has('CASE.CLOSED'), 'remedies are followed up whatever the status')
  })
})

t.test('an answer with a code its operation does not list is noticed', async (t) => {
  const database = await testDatabase()
  const app = await buildApp(testConfig(), { database })
  t.teardown(() => app.close())
  // A route claiming an operation that lists no case codes, and failing with one.
  app.get('/test/drift', { config: { public: true }, schema: { operationId: 'getHealth', hide: false } }, async () => {
    throw new AppError('CASE.NOT_FOUND', 'No such case in your council.')
  })
  await app.ready()
  const before = undeclaredErrorCodes().length
  const res = await app.inject({ method: 'GET', url: '/test/drift' })
  t.equal(res.statusCode, 404, 'still answered as the code says')
  t.same(undeclaredErrorCodes().slice(before), [{ operationId: 'getHealth', code: 'CASE.NOT_FOUND', status: 404 }], 'and counted')
  const declared = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } })
  t.equal(declared.statusCode, 200)
  t.equal(undeclaredErrorCodes().length, before + 1, 'declared answers are not counted')
})
