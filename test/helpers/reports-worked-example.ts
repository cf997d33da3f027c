import type { FastifyInstance } from 'fastify'
import { bearer, build, seedCouncil, tokenFor } from './build.js'
import { changePolicy } from '../../src/services/policies.js'
import type { Council } from '../../src/db/council.repository.js'

interface Teardown { teardown(fn: () => unknown): void }

export const RESPONSE = (findings: { aspect: string; finding: string }[], remedies: unknown[] = []) => ({
  stage: 1, complaintDefinition: 'The complaint as understood', findings, reasons: 'Because',
  remedies, ...(remedies.length === 0 ? { noRemedyStatement: 'No remedy is due' } : {}), outstandingActions: [], howToEscalate: 'Ask us to escalate',
})

export interface Harness {
  app: FastifyInstance
  council: Council
  team: { authorization: string }
  /** Sets the clock to London noon of the date (winter: UTC noon). */
  on(date: string): void
  receive(date: string, payload?: Record<string, unknown>): Promise<string>
  act(id: string, date: string, path: string, payload?: Record<string, unknown>): Promise<Record<string, any>>
}

/** An app whose clock the test moves, a council whose policy allows pausing, and a complaints-team token. */
export async function harness(t: Teardown): Promise<Harness> {
  let clock = new Date('2026-01-05T12:00:00Z')
  const app = await build(t, { now: () => clock })
  const council = await seedCouncil(app, { name: 'Testshire District Council' })
  await changePolicy(app.db, council.id, { preset: 'lgsco-2024', overrides: { clockMayPause: true } }, 'admin')
  const team = bearer(await tokenFor(council, ['complaints_team'], 'alice'))
  const on = (date: string) => { clock = new Date(`${date}T12:00:00Z`) }
  return {
    app, council, team, on,
    async receive(date, payload = {}) {
      on(date)
      const res = await app.inject({
        method: 'POST', url: '/v1/complaints', headers: team,
        payload: { channel: 'email', person: { name: 'Pat Doe', email: 'pat@example.org' }, summary: 'Secret details of Pat', serviceAreas: ['waste'], categories: ['missed collection'], ...payload },
      })
      if (res.statusCode !== 201) throw new Error(`intake failed: ${res.body}`)
      return res.json().id as string
    },
    async act(id, date, path, payload = {}) {
      on(date)
      const res = await app.inject({ method: 'POST', url: `/v1/complaints/${id}/${path}`, headers: team, payload })
      if (res.statusCode !== 200) throw new Error(`${path} on ${date} failed: ${res.body}`)
      return res.json()
    },
  }
}

/**
 * The worked example (lgsco-2024 with pausing; no bank holidays between 2 January and 3 April 2026), as at
 * Tuesday 3 March 2026. Each case's working-day arithmetic is spelled out where it is set up.
 */
export async function seedWorkedExample(h: Harness): Promise<void> {
  const { receive, act } = h
  // A: received Mon 26 Jan, acknowledged Wed 28 Jan (due 2 Feb), response due 11 Feb, answered Tue 10 Feb (upheld,
  // 11 working days after receipt): received in January, answered in February. Escalated 12 Feb, stage 2
  // acknowledged 13 Feb (due 19 Feb), stage 2 response due 13 Mar: open.
  const a = await receive('2026-01-26', { serviceAreas: ['waste'], categories: ['missed collection'], channel: 'web_form' })
  await act(a, '2026-01-26', 'triage', { as: 'complaint' })
  await act(a, '2026-01-28', 'acknowledgement', { decision: 'accepted' })
  await act(a, '2026-01-28', 'assignment', { serviceArea: 'waste', handler: 'bob' })
  await act(a, '2026-02-10', 'stage1-response', { response: RESPONSE([{ aspect: 'missed bins', finding: 'upheld' }], [
    { type: 'apology', description: 'We apologise', dueDate: '2026-02-20' },
    { type: 'financial', description: 'A payment for your time and trouble', dueDate: '2026-02-27', amountPence: 5000 },
  ]) })
  const remedies = (await h.app.inject({ method: 'GET', url: `/v1/complaints/${a}`, headers: h.team })).json().remedies as { id: string; type: string }[]
  const financial = remedies.find((r) => r.type === 'financial')!
  await act(a, '2026-02-20', `remedies/${financial.id}/completion`, { completedOn: '2026-02-20' })
  await act(a, '2026-02-12', 'escalation', { channel: 'email' })
  await act(a, '2026-02-13', 'stage2-acknowledgement', {})

  // B: received and acknowledged Mon 2 Feb (ack due 9 Feb); response due 16 Feb, extended on 10 Feb by 12 working
  // days (beyond the cap of 10, with a good reason) to Wed 4 Mar; answered Fri 20 Feb (not upheld, 14 working days).
  const b = await receive('2026-02-02', { serviceAreas: ['housing'], categories: ['repairs'], channel: 'phone' })
  await act(b, '2026-02-02', 'triage', { as: 'complaint' })
  await act(b, '2026-02-02', 'acknowledgement', { decision: 'accepted' })
  await act(b, '2026-02-02', 'assignment', { serviceArea: 'housing', handler: 'bob' })
  await act(b, '2026-02-10', 'extensions', { reason: 'Waiting for a contractor report', toldPersonOn: '2026-02-10', ombudsmanDetailsGiven: true, workingDays: 12, goodReason: 'The contractor is abroad' })
  await act(b, '2026-02-20', 'stage1-response', { response: RESPONSE([{ aspect: 'repair delay', finding: 'not_upheld' }]) })

  // C: received Mon 2 Feb, acknowledged late on Wed 11 Feb (due 9 Feb); response due 25 Feb; paused Thu 12 Feb,
  // resumed Mon 16 Feb (2 working days: 13 and 16 Feb), so due Fri 27 Feb; answered late on Mon 2 Mar (upheld, one
  // aspect of two, so partly upheld in detail; 20 working days less 2 paused = 18).
  const c = await receive('2026-02-02', { serviceAreas: ['waste'], categories: ['missed collection', 'staff conduct'] })
  await act(c, '2026-02-02', 'triage', { as: 'complaint' })
  await act(c, '2026-02-11', 'acknowledgement', { decision: 'accepted' })
  await act(c, '2026-02-11', 'assignment', { serviceArea: 'waste', handler: 'bob' })
  await act(c, '2026-02-12', 'pause', { reason: 'Waiting for the person to send photographs' })
  await act(c, '2026-02-16', 'resume', {})
  await act(c, '2026-03-02', 'stage1-response', { response: RESPONSE([{ aspect: 'missed bins', finding: 'upheld' }, { aspect: 'rude crew', finding: 'not_upheld' }]) })

  // D: received Tue 3 Feb, refused on Thu 5 Feb (ack due 10 Feb) as a personnel matter: no response duty.
  const d = await receive('2026-02-03', { serviceAreas: ['hr'], categories: ['staff conduct'] })
  await act(d, '2026-02-03', 'triage', { as: 'complaint' })
  await act(d, '2026-02-05', 'acknowledgement', { decision: 'refused', exclusionCodes: ['personnel_matter'], explanation: 'This is a personnel matter', ombudsmanRightGiven: true })

  // E: received and acknowledged Wed 4 Feb (ack due 11 Feb), withdrawn Fri 6 Feb: its response duty lapses.
  const e = await receive('2026-02-04')
  await act(e, '2026-02-04', 'triage', { as: 'complaint' })
  await act(e, '2026-02-04', 'acknowledgement', { decision: 'accepted' })
  await act(e, '2026-02-06', 'withdrawal', { withdrawnOn: '2026-02-06', how: 'by phone' })

  // F: received Mon 23 Feb, acknowledged Tue 24 Feb (due 2 Mar); response due Tue 10 Mar: open, not yet late.
  const f = await receive('2026-02-23', { serviceAreas: ['parking'], categories: [] })
  await act(f, '2026-02-23', 'triage', { as: 'complaint' })
  await act(f, '2026-02-24', 'acknowledgement', { decision: 'accepted' })

  // G: received Mon 16 Feb, never triaged nor acknowledged: the acknowledgement (due 23 Feb) is overdue; the
  // response's projected due date (9 Mar) is not yet reached.
  await receive('2026-02-16', { serviceAreas: [], categories: [] })

  // H: received Thu 5 Feb, a service request: no Code duties.
  const hh = await receive('2026-02-05', { serviceAreas: ['waste'] })
  await act(hh, '2026-02-05', 'triage', { as: 'service_request' })

  h.on('2026-03-03')
}
