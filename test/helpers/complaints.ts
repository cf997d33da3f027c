import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { bearer } from './build.js'

/** A case as the API returns it; tests read whichever fields they assert. */
export type CaseJson = any

/** A valid intake body: a named person's complaint from the website form. */
export function intakeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'web_form',
    person: { name: 'Pat Doe', email: 'pat@example.org' },
    summary: 'Bins missed three weeks running',
    ...overrides,
  }
}

/** POST /v1/complaints as it answered, for tests about intake itself. */
export function postIntake(
  app: FastifyInstance, token: string, body: Record<string, unknown>, headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/v1/complaints', headers: { ...bearer(token), ...headers }, payload: body })
}

/** Logs a complaint and returns the case; throws (failing the test) unless it answered 201. */
export async function createComplaint(app: FastifyInstance, token: string, overrides: Record<string, unknown> = {}): Promise<CaseJson> {
  const res = await postIntake(app, token, intakeBody(overrides))
  if (res.statusCode !== 201) throw new Error(`intake answered ${res.statusCode}: ${res.body}`)
  return res.json()
}

/** POST /v1/complaints/{id}/{path}. */
export function act(
  app: FastifyInstance, token: string, id: string, path: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/v1/complaints/${id}/${path}`, headers: { ...bearer(token), ...headers }, payload: body })
}

/** The same, for steps that set a test up: throws unless it answered 200, and returns the case. */
export async function step(app: FastifyInstance, token: string, id: string, path: string, body: Record<string, unknown> = {}): Promise<CaseJson> {
  const res = await act(app, token, id, path, body)
  if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}: ${res.body}`)
  return res.json()
}

export function get(app: FastifyInstance, token: string | null, url: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: token === null ? {} : bearer(token) })
}

/** A complaint triaged as a complaint (status triaged_complaint). */
export async function triagedComplaint(app: FastifyInstance, token: string, overrides: Record<string, unknown> = {}): Promise<CaseJson> {
  const c = await createComplaint(app, token, overrides)
  return step(app, token, c.id, 'triage', { as: 'complaint' })
}

/** A complaint accepted at stage 1 and, when a handler is named, assigned to them. */
export async function acceptedComplaint(app: FastifyInstance, token: string, handler?: string, overrides: Record<string, unknown> = {}): Promise<CaseJson> {
  const c = await triagedComplaint(app, token, overrides)
  const accepted = await step(app, token, c.id, 'acknowledgement', { decision: 'accepted' })
  return handler ? step(app, token, c.id, 'assignment', { serviceArea: 'waste', handler }) : accepted
}

/** The ids of a queue page, in order. */
export async function queueIds(app: FastifyInstance, token: string, query = ''): Promise<string[]> {
  const res = await get(app, token, `/v1/complaints${query ? `?${query}` : ''}`)
  if (res.statusCode !== 200) throw new Error(`queue answered ${res.statusCode}: ${res.body}`)
  return (res.json().items as Array<{ id: string }>).map((i) => i.id)
}

/** A well-formed case id that no council has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'
