/**
 * Fixtures for whole lives of complaints through HTTP: an app on a controllable clock, a council under a preset
 * policy, and the few calls every life makes (open a case, respond, act as someone).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { insertPolicyVersion } from '../../src/db/policy.repository.js'
import type { Council } from '../../src/db/council.repository.js'
import { resolvePolicy, type PresetId } from '../../src/domain/index.js'
import { bearer, build, seedCouncil, tokenFor } from './build.js'

interface Teardown {
  teardown(fn: () => unknown): void
}

type Headers = Record<string, string>
export type CaseBody = Record<string, any>

export interface Life {
  app: FastifyInstance
  council: Council
  /** The complaints team ("master view"), subject alice. */
  team: Headers
  /** Moves the clock to an instant (ISO 8601). */
  at(instant: string): void
  as(subject: string, roles?: ('handler' | 'complaints_team')[]): Promise<Headers>
  /** POST /v1/complaints/:id/<path>; the raw response, for status assertions. */
  post(id: string, path: string, payload?: object, headers?: Headers): Promise<LightMyRequestResponse>
  /** The same, failing with the problem's body unless 200; returns the case. */
  act(id: string, path: string, payload?: object, headers?: Headers): Promise<CaseBody>
  get(id: string, headers?: Headers): Promise<CaseBody>
  queue(query: string, headers?: Headers): Promise<CaseBody[]>
}

/**
 * A council under a preset policy (the Code's defaults, version 0, when none is given, as for a council with no
 * policy row), on an app whose clock starts at `start` and moves only when the test says.
 */
export async function life(t: Teardown, options: { preset?: PresetId; overrides?: Record<string, unknown>; start?: string } = {}): Promise<Life> {
  let now = new Date(options.start ?? '2026-01-05T09:00:00Z')
  const app = await build(t, { now: () => now })
  const council = await seedCouncil(app)
  if (options.preset !== undefined || options.overrides !== undefined) {
    const preset = options.preset ?? 'lgsco-2024'
    const resolved = resolvePolicy(preset, options.overrides ?? {})
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors))
    await app.db.transaction().execute((trx) =>
      insertPolicyVersion(trx, council.id, { preset, overrides: options.overrides ?? {}, policy: resolved.policy, createdBy: 'test' }))
  }
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const post = (id: string, path: string, payload: object = {}, headers: Headers = team) =>
    app.inject({ method: 'POST', url: `/v1/complaints/${id}/${path}`, headers, payload })
  return {
    app, council, team,
    at(instant) { now = new Date(instant) },
    async as(subject, roles = ['handler']) { return bearer(await tokenFor(council, roles, subject)) },
    post,
    async act(id, path, payload, headers) {
      const r = await post(id, path, payload, headers)
      if (r.statusCode !== 200) throw new Error(`${path}: ${r.statusCode} ${r.body}`)
      return r.json()
    },
    async get(id, headers = team) {
      const r = await app.inject({ method: 'GET', url: `/v1/complaints/${id}`, headers })
      if (r.statusCode !== 200) throw new Error(`GET ${id}: ${r.statusCode} ${r.body}`)
      return r.json()
    },
    async queue(query, headers = team) {
      const r = await app.inject({ method: 'GET', url: `/v1/complaints?${query}`, headers })
      if (r.statusCode !== 200) throw new Error(`queue ${query}: ${r.statusCode} ${r.body}`)
      return r.json().items
    },
  }
}

/** Logs a complaint now, triages it, accepts it and assigns it to a stage 1 handler; returns the case id. */
export async function openComplaint(l: Life, options: { handler?: string; relatedCaseId?: string; summary?: string } = {}): Promise<string> {
  const created = await l.app.inject({
    method: 'POST', url: '/v1/complaints', headers: l.team,
    payload: {
      channel: 'email', person: { name: 'Sam Taylor', email: 'sam@example.org' }, summary: options.summary ?? 'Garden waste not collected for a month',
      awareOn: '2025-12-15', ...(options.relatedCaseId ? { relatedCaseId: options.relatedCaseId } : {}),
    },
  })
  if (created.statusCode !== 201) throw new Error(`intake: ${created.statusCode} ${created.body}`)
  const id = created.json().id as string
  await l.act(id, 'triage', { as: 'complaint' })
  await l.act(id, 'acknowledgement', { decision: 'accepted' })
  await l.act(id, 'assignment', { serviceArea: 'waste', handler: options.handler ?? 'bob' })
  return id
}

type FindingValue = 'upheld' | 'partly_upheld' | 'not_upheld'

/** A complete response: every element the Code requires, with the findings and remedies given. */
export function responseContent(stage: 1 | 2, findings: FindingValue[], extra: { remedies?: object[]; outstandingActions?: object[] } = {}) {
  const remedies = extra.remedies ?? []
  return {
    stage,
    complaintDefinition: 'Garden waste was not collected for a month and calls were not returned',
    findings: findings.map((finding, i) => ({ aspect: i === 0 ? 'missed collections' : `aspect ${i + 1}`, finding })),
    reasons: 'The round was re-planned without the road on it',
    remedies,
    ...(remedies.length === 0 ? { noRemedyStatement: 'No fault was found, so no remedy is offered' } : {}),
    outstandingActions: extra.outstandingActions ?? [],
    howToEscalate: stage === 1 ? 'Write to the complaints team to ask for a stage 2 review' : 'You may contact the Local Government and Social Care Ombudsman',
  }
}

/** An extension as the Code asks it to be recorded (reason, date told, Ombudsman details). */
export function extension(toldPersonOn: string, amount: { workingDays: number } | { newDueDate: string }, goodReason?: string) {
  return { reason: 'We are waiting for the contractor\'s records', toldPersonOn, ombudsmanDetailsGiven: true, ...amount, ...(goodReason ? { goodReason } : {}) }
}

export function deadline(c: CaseBody, kind: string): CaseBody | undefined {
  return (c.deadlines as CaseBody[]).find((d) => d.kind === kind)
}
