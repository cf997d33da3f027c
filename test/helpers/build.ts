import type { FastifyInstance } from 'fastify'
import type { DestinationStream } from 'pino'
import { buildApp } from '../../src/app.js'
import { loadConfig, type Config } from '../../src/config.js'
import { insertCouncil, type Council, type NewCouncil } from '../../src/db/council.repository.js'
import type { Role } from '../../src/services/principal.js'
import { signDevelopmentToken } from '../../src/http/auth/sign-token.js'
import { undeclaredErrorCodes } from '../../src/http/error-codes.js'
import { testDatabase } from './database.js'

export const TEST_SECRET = 'test-secret-that-is-at-least-32-characters-long'

interface Teardown {
  teardown(fn: () => unknown): void
}

export interface BuildOptions {
  env?: Record<string, string>
  now?: () => Date
  /** Where log lines go (a test that reads the logs passes a stream). */
  logDestination?: DestinationStream
  /** Registers extra routes before the app is ready (e.g. to exercise a plugin in isolation). */
  extend?: (app: FastifyInstance) => void
}

export function testConfig(env: Record<string, string> = {}): Config {
  // No load shedding on event-loop delay: on a busy machine (CI, parallel test files, PGlite's synchronous work)
  // a sample can see a long delay and shed test requests. Tests of the overload protection set it themselves.
  return loadConfig({ LOG_LEVEL: 'silent', AUTH_JWT_SECRET: TEST_SECRET, OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0', ...env })
}

let undeclaredReported = 0

/**
 * test/parts/ runs many test files in one process: a code an earlier file answered (or provoked on purpose, as
 * test/http/error-codes.test.ts does) is that file's, not the next one's.
 */
export function forgetEarlierFiles(): void {
  undeclaredReported = undeclaredErrorCodes().length
}

/**
 * Fails the test when the app answered with an error code its operation does not list (src/http/error-codes.ts):
 * every test that drives an error case checks the contract's per-operation lists as a side effect.
 */
function checkDeclaredCodes(): void {
  const undeclared = undeclaredErrorCodes().slice(undeclaredReported)
  undeclaredReported += undeclared.length
  if (undeclared.length > 0) {
    const list = undeclared.map((u) => `${u.operationId} answered ${u.status} ${u.code}`).join('; ')
    throw new Error(`error codes the contract does not list for the operation (declare them in src/http/error-codes.ts): ${list}`)
  }
}

/** A fresh app on a fresh, migrated database for one test file, closed when the test ends. */
export async function build(t: Teardown, options: BuildOptions = {}): Promise<FastifyInstance> {
  const database = await testDatabase()
  const app = await buildApp(testConfig(options.env), {
    database,
    ...(options.now ? { now: options.now } : {}),
    ...(options.logDestination ? { logDestination: options.logDestination } : {}),
  })
  t.teardown(async () => {
    await app.close()
    checkDeclaredCodes()
  })
  options.extend?.(app)
  await app.ready()
  return app
}

let councilCounter = 0

/**
 * The subjects tests assign cases to: every seeded council has them as active staff who may handle stage 1 and
 * review stage 2, so that assignment (which refuses anyone else) works without ceremony. A test about those
 * rules uses other subjects, or `seedStaff` with other capabilities.
 */
export const TEST_STAFF = ['bob', 'carol', 'dan', 'dave', 'dora', 'erin', 'handler-1', 'handler-2', 'reviewer-1', 'reviewer-2', 'tester'] as const

/** A council with a unique slug and prefix, so several can live in one test database, and the test staff. */
export async function seedCouncil(app: FastifyInstance, overrides: Partial<NewCouncil> & { staff?: readonly string[] } = {}): Promise<Council> {
  councilCounter += 1
  const { staff = TEST_STAFF, ...council } = overrides
  const created = await insertCouncil(app.db, {
    slug: `council-${councilCounter}-${process.pid}`,
    name: `Test Council ${councilCounter}`,
    referencePrefix: `T${councilCounter}`,
    ...council,
  })
  await seedStaff(app, created, staff)
  return created
}

/** Registers subjects as staff of a council in one statement (both capabilities and active unless told otherwise). */
export async function seedStaff(
  app: FastifyInstance, council: Pick<Council, 'id'>, subjects: readonly string[],
  details: { mayHandleStage1?: boolean; mayReviewStage2?: boolean; active?: boolean } = {},
): Promise<void> {
  if (subjects.length === 0) return
  await app.db.insertInto('staff').values(subjects.map((subject) => ({
    council_id: council.id, subject, registered: true, display_name: `Staff ${subject}`, email: null, updated_by: 'test', first_seen_at: null,
    may_handle_stage1: details.mayHandleStage1 ?? true, may_review_stage2: details.mayReviewStage2 ?? true, active: details.active ?? true,
  }))).onConflict((oc) => oc.columns(['council_id', 'subject']).doUpdateSet((eb) => ({
    may_handle_stage1: eb.ref('excluded.may_handle_stage1'), may_review_stage2: eb.ref('excluded.may_review_stage2'), active: eb.ref('excluded.active'), registered: true,
  }))).execute()
}

export function tokenFor(council: Pick<Council, 'slug'>, roles: Role[], subject = 'tester'): Promise<string> {
  return signDevelopmentToken(TEST_SECRET, { subject, council: council.slug, roles })
}

/** A token of the deployment's operator: role `operator` and no council claim. */
export function operatorToken(subject = 'ops'): Promise<string> {
  return signDevelopmentToken(TEST_SECRET, { subject, council: null, roles: ['operator'] })
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` }
}
