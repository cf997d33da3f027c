import { bearer, tokenFor } from './build.js'
import { RESPONSE, type Harness } from './reports-worked-example.js'

const STAGE2 = (findings: { aspect: string; finding: string }[]) => ({ ...RESPONSE(findings), stage: 2, howToEscalate: 'You may contact the Local Government and Social Care Ombudsman' })

/**
 * Late, on-time and not-yet-due duties at each stage, as at Tuesday 3 March 2026 (lgsco-2024: acknowledge in 5
 * working days of receipt, respond in 10 of acknowledgement; stage 2 acknowledge in 5 of the escalation request,
 * respond in 20 of acknowledgement; no bank holidays between 2 January and 3 April 2026). Stage 2 is answered by
 * dora, independent of alice who answered stage 1. Returns the ids of the cases answered at both stages.
 */
export async function seedStagesExample(h: Harness): Promise<{ bothStages: string[] }> {
  const { receive, act } = h
  const dora = bearer(await tokenFor(h.council, ['complaints_team'], 'dora'))
  const asDora = async (id: string, date: string, path: string, payload: Record<string, unknown>) => {
    h.on(date)
    const res = await h.app.inject({ method: 'POST', url: `/v1/complaints/${id}/${path}`, headers: dora, payload })
    if (res.statusCode !== 200) throw new Error(`${path} on ${date} failed: ${res.body}`)
  }
  const accepted = async (date: string, ackOn: string, serviceArea: string) => {
    const id = await receive(date, { serviceAreas: [serviceArea], categories: [] })
    await act(id, date, 'triage', { as: 'complaint' })
    await act(id, ackOn, 'acknowledgement', { decision: 'accepted' })
    await act(id, ackOn, 'assignment', { serviceArea, handler: 'bob' })
    return id
  }
  // P: received Mon 5 Jan, acknowledged Tue 6 Jan (due 12 Jan); response due 20 Jan, sent Mon 19 Jan (upheld).
  // Escalated Tue 20 Jan; stage 2 acknowledged Wed 21 Jan (due 27 Jan); response due Wed 18 Feb, sent Wed 11 Feb
  // (agrees: upheld). On time throughout; answered at both stages.
  const p = await accepted('2026-01-05', '2026-01-06', 'waste')
  await act(p, '2026-01-19', 'stage1-response', { response: RESPONSE([{ aspect: 'missed bins', finding: 'upheld' }]) })
  await act(p, '2026-01-20', 'escalation', { channel: 'email' })
  await act(p, '2026-01-21', 'stage2-acknowledgement', {})
  await act(p, '2026-01-21', 'stage2-assignment', { handler: 'dora' })
  await asDora(p, '2026-02-11', 'stage2-response', { agreesWithStage1: true, response: STAGE2([{ aspect: 'missed bins', finding: 'upheld' }]) })

  // Q: received Mon 5 Jan, acknowledged Tue 6 Jan; response due 20 Jan, sent Fri 16 Jan (not upheld). Escalated
  // Mon 19 Jan; stage 2 acknowledged late on Tue 27 Jan (due 26 Jan); response due Tue 24 Feb, sent late on Wed
  // 25 Feb (not upheld). Answered at both stages.
  const q = await accepted('2026-01-05', '2026-01-06', 'housing')
  await act(q, '2026-01-16', 'stage1-response', { response: RESPONSE([{ aspect: 'repair', finding: 'not_upheld' }]) })
  await act(q, '2026-01-19', 'escalation', { channel: 'email' })
  await act(q, '2026-01-27', 'stage2-acknowledgement', {})
  await act(q, '2026-01-27', 'stage2-assignment', { handler: 'dora' })
  await asDora(q, '2026-02-25', 'stage2-response', { agreesWithStage1: true, response: STAGE2([{ aspect: 'repair', finding: 'not_upheld' }]) })

  // R: received and acknowledged Mon 12 Jan; response due Mon 26 Jan, sent late on Wed 28 Jan (upheld). Escalated
  // Mon 16 Feb; stage 2 acknowledged Tue 17 Feb (due 23 Feb); response due Tue 17 Mar: not yet due.
  const r = await accepted('2026-01-12', '2026-01-12', 'waste')
  await act(r, '2026-01-28', 'stage1-response', { response: RESPONSE([{ aspect: 'missed bins', finding: 'upheld' }]) })
  await act(r, '2026-02-16', 'escalation', { channel: 'email' })
  await act(r, '2026-02-17', 'stage2-acknowledgement', {})

  // S: received Mon 2 Feb, acknowledged Tue 3 Feb; response due 17 Feb, sent Fri 13 Feb (not upheld). Escalated
  // Mon 2 Mar: stage 2 acknowledgement due Mon 9 Mar, not yet due.
  const s = await accepted('2026-02-02', '2026-02-03', 'parking')
  await act(s, '2026-02-13', 'stage1-response', { response: RESPONSE([{ aspect: 'ticket', finding: 'not_upheld' }]) })
  await act(s, '2026-03-02', 'escalation', { channel: 'email' })

  // V: received Mon 9 Feb, acknowledged late on Tue 17 Feb (due 16 Feb); response due Tue 3 Mar (today): not yet late.
  await accepted('2026-02-09', '2026-02-17', 'waste')

  // T: received Mon 23 Feb, acknowledged Wed 25 Feb (due 2 Mar); response due Wed 11 Mar: not yet due.
  await accepted('2026-02-23', '2026-02-25', 'parking')

  h.on('2026-03-03')
  return { bothStages: [p, q] }
}
