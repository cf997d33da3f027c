/**
 * The correspondence log: letters, emails, calls and meetings as case events; the Code's "was the person told,
 * and when?" answered from it, with a gap for a duty done with nothing recorded; and "update due" in the work
 * queue for an open case with no contact for more than the policy's working days (default 10).
 */
import t from 'tap'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { act, acceptedComplaint, createComplaint, get, queueIds, step } from '../../helpers/complaints.js'
import { responseContent } from '../../helpers/lifecycle.js'

t.test('the correspondence log', async (t) => {
  let now = new Date('2026-01-05T10:00:00Z') // Monday
  const app = await build(t, { now: () => now })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  const carol = await tokenFor(council, ['handler'], 'carol')
  const c = await acceptedComplaint(app, team, 'bob', { receivedAt: '2026-01-05T09:00:00Z' })
  const record = async (body: Record<string, unknown>) => {
    const res = await act(app, team, c.id, 'correspondence', body)
    if (res.statusCode !== 201) throw new Error(`correspondence answered ${res.statusCode}: ${res.body}`)
    return res.json()
  }
  const log = async (token = team) => {
    const res = await get(app, token, `/v1/complaints/${c.id}/correspondence`)
    t.equal(res.statusCode, 200, res.body)
    return res.json()
  }

  t.test('a duty done with nothing recorded is a gap; its letter fills it', async (t) => {
    let l = await log()
    t.same(l.evidence.map((e: { duty: string; toldBy: unknown }) => [e.duty, e.toldBy]), [['stage1_acknowledgement', null]])
    t.equal(l.gaps, 1)
    const res = await act(app, team, c.id, 'correspondence', {
      direction: 'out', channel: 'letter', occurredAt: '2026-01-05T09:30:00Z', party: 'the person', summary: 'Acknowledgement letter, complaint accepted',
      duties: ['stage1_acknowledgement'],
    })
    t.equal(res.statusCode, 201, res.body)
    t.equal(res.headers.etag, `"${c.version + 1}"`, 'the case\'s version moves')
    l = await log()
    t.same(l.evidence[0].toldBy, { id: res.json().id, on: '2026-01-05' })
    t.equal(l.gaps, 0)
    t.equal(l.items[0].summary, 'Acknowledgement letter, complaint accepted')

    now = new Date('2026-01-08T10:00:00Z')
    await step(app, team, c.id, 'extensions', { workingDays: 5, reason: 'Waiting for the crew', toldPersonOn: '2026-01-08', ombudsmanDetailsGiven: true })
    l = await log()
    t.match(l.evidence[1], { duty: 'extension_notice', stage: 1, doneOn: '2026-01-08', toldBy: null }, 'an extension recorded without its letter')
    t.equal(l.gaps, 1)
    await record({
      direction: 'out', channel: 'email', occurredAt: '2026-01-08T09:00:00Z', party: 'the person', summary: 'Extension: five more working days; the Ombudsman can be contacted at ...',
      duties: ['extension_notice'], ombudsmanDetailsGiven: true,
    })
    const after = await log()
    t.equal(after.gaps, 0)
    t.equal(after.evidence[1].ombudsmanDetailsGiven, true)
  })

  t.test('a gap shows in the work queue, as a flag on the line and a filter, until its letter is recorded', async (t) => {
    const d = await acceptedComplaint(app, team, 'bob', { receivedAt: '2026-01-08T08:00:00Z' })
    const fresh = await createComplaint(app, team, { receivedAt: '2026-01-08T08:30:00Z' })
    const line = async (id: string) => (await get(app, team, '/v1/complaints?limit=100')).json().items.find((i: { id: string }) => i.id === id)
    const gapped = async () => queueIds(app, team, 'correspondenceGap=true&limit=100')
    const gapless = async () => queueIds(app, team, 'correspondenceGap=false&limit=100')
    const gapsOf = async (id: string) => (await get(app, team, `/v1/complaints/${id}/correspondence`)).json().gaps
    const letter = (id: string, duties: string[], extra: Record<string, unknown> = {}) => act(app, team, id, 'correspondence', {
      direction: 'out', channel: 'letter', occurredAt: '2026-01-08T09:45:00Z', party: 'the person', summary: 'A letter', duties, ...extra,
    })

    t.equal((await line(fresh.id)).correspondenceGap, false, 'nothing done yet: no gap')
    t.ok((await gapless()).includes(fresh.id))
    t.equal((await line(d.id)).correspondenceGap, true, 'acknowledged without its letter')
    t.ok((await gapped()).includes(d.id))
    t.notOk((await gapped()).includes(fresh.id))
    t.notOk((await gapped()).includes(c.id), 'the first case\'s duties all have their letters')
    t.ok((await gapless()).includes(c.id))

    t.equal((await letter(d.id, ['stage1_acknowledgement'])).statusCode, 201)
    t.equal((await line(d.id)).correspondenceGap, false, 'the letter fills it')
    t.notOk((await gapped()).includes(d.id))
    t.ok((await gapless()).includes(d.id))

    // Two extensions, one notice: the second is a gap (the n-th extension is told by the n-th notice).
    await step(app, team, d.id, 'extensions', { workingDays: 5, reason: 'Waiting for the crew', toldPersonOn: '2026-01-08', ombudsmanDetailsGiven: true })
    t.ok((await gapped()).includes(d.id), 'an extension without its notice')
    t.equal((await letter(d.id, ['extension_notice'], { ombudsmanDetailsGiven: true })).statusCode, 201)
    t.notOk((await gapped()).includes(d.id))
    await step(app, team, d.id, 'extensions', { workingDays: 5, reason: 'Still waiting', toldPersonOn: '2026-01-08', ombudsmanDetailsGiven: true })
    t.ok((await gapped()).includes(d.id), 'the second extension without a second notice')
    t.equal(await gapsOf(d.id), 1, 'the queue agrees with the case\'s correspondence evidence')
    t.equal((await letter(d.id, ['extension_notice'], { ombudsmanDetailsGiven: true })).statusCode, 201)
    t.notOk((await gapped()).includes(d.id))

    // A notice recorded for a stage-2 duty does not evidence the stage 1 response.
    await step(app, team, d.id, 'stage1-response', { response: responseContent(1, ['upheld']) })
    t.ok((await gapped()).includes(d.id), 'a response recorded without its letter')
    t.equal((await letter(d.id, ['stage1_response'], { stage: 2 })).statusCode, 201)
    t.ok((await gapped()).includes(d.id), 'a letter for another stage does not fill it')
    t.equal((await letter(d.id, ['stage1_response'])).statusCode, 201)
    t.ok((await gapped()).includes(d.id), 'the response told, but not how to escalate')
    const evidence = (await get(app, team, `/v1/complaints/${d.id}/correspondence`)).json().evidence
    t.match(evidence.at(-1), { duty: 'escalation_details', stage: 1, doneOn: '2026-01-08', toldBy: null })
    t.equal(await gapsOf(d.id), 1, 'the queue agrees with the case\'s correspondence evidence')
    t.equal((await letter(d.id, ['escalation_details'], { stage: 2 })).statusCode, 201)
    t.ok((await gapped()).includes(d.id), 'escalation details for another stage do not fill it')
    t.equal((await letter(d.id, ['escalation_details'])).statusCode, 201)
    t.notOk((await gapped()).includes(d.id))
    t.equal((await line(d.id)).correspondenceGap, false)
    t.equal(await gapsOf(d.id), 0)
  })

  t.test('a correction that strikes out the acknowledgement takes its gap away', async (t) => {
    const e = await acceptedComplaint(app, team, undefined, { receivedAt: '2026-01-08T08:00:00Z' })
    t.ok((await queueIds(app, team, 'correspondenceGap=true&limit=100')).includes(e.id))
    const history = (await get(app, team, `/v1/complaints/${e.id}/timeline`)).json().items as { sequence: number; type: string }[]
    const seq = history.filter((h) => h.type === 'acknowledged').at(-1)!.sequence
    const res = await act(app, team, e.id, 'corrections', { sequence: seq, reason: 'Keyed on the wrong case' })
    t.equal(res.statusCode, 200, res.body)
    t.notOk((await queueIds(app, team, 'correspondenceGap=true&limit=100')).includes(e.id), 'no acknowledgement, so no letter owed for it')
    t.ok((await queueIds(app, team, 'correspondenceGap=false&limit=100')).includes(e.id))
  })

  t.test('a correspondence entry is corrected, never deleted: struck out or redated; evidence, gaps and last contact follow', async (t) => {
    const e = await acceptedComplaint(app, team, undefined, { receivedAt: '2026-01-06T08:00:00Z' })
    const timeline = async () => (await get(app, team, `/v1/complaints/${e.id}/timeline`)).json().items as { sequence: number; type: string; data: Record<string, unknown> }[]
    const recordedSeq = async () => (await timeline()).filter((h) => h.type === 'correspondence_recorded').at(-1)!.sequence
    const theCase = async () => (await get(app, team, `/v1/complaints/${e.id}`)).json()
    const inGapQueue = async () => (await queueIds(app, team, 'correspondenceGap=true&limit=100')).includes(e.id)
    const correct = (body: Record<string, unknown>, version?: number) => app.inject({
      method: 'POST', url: `/v1/complaints/${e.id}/corrections`, payload: body,
      headers: { authorization: `Bearer ${team}`, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
    })
    const letter = { direction: 'out', channel: 'letter', party: 'the person', summary: 'Acknowledgement letter', duties: ['stage1_acknowledgement'] }
    const recordOnE = async (body: Record<string, unknown>) => {
      const res = await act(app, team, e.id, 'correspondence', body)
      if (res.statusCode !== 201) throw new Error(`correspondence answered ${res.statusCode}: ${res.body}`)
      return res.json()
    }
    const logOfE = async () => (await get(app, team, `/v1/complaints/${e.id}/correspondence`)).json()

    const wrong = await recordOnE({ ...letter, occurredAt: '2026-01-08T09:00:00Z' })
    t.equal((await logOfE()).gaps, 0)
    t.equal((await theCase()).lastContactOn, '2026-01-08')
    const before = await theCase()
    const struck = await correct({ sequence: await recordedSeq(), reason: 'Logged on the wrong case' }, before.version)
    t.equal(struck.statusCode, 200, struck.body)
    t.equal(struck.json().version, before.version + 1, 'the case\'s version moves')
    t.equal(struck.json().lastContactOn, '2026-01-06', 'no contact stands: back to the day of receipt')
    let l = await logOfE()
    t.match(l.items.find((i: { id: string }) => i.id === wrong.id), { struckOut: true, correction: { by: 'alice', reason: 'Logged on the wrong case', firstOccurredAt: null } }, 'kept in the log')
    t.equal(l.evidence[0].toldBy, null, 'a struck-out letter evidences nothing')
    t.equal(l.gaps, 1)
    t.ok(await inGapQueue(), 'the queue\'s count in the database agrees')
    const corrected = (await timeline()).filter((h) => h.type === 'correspondence_corrected')
    t.match(corrected, [{ data: { correspondenceId: wrong.id, struckOut: true, reason: 'Logged on the wrong case' } }], 'a correction event records it')
    const again = await correct({ sequence: corrected[0]!.data.sequence as number, reason: 'Again' })
    t.equal(again.statusCode, 409)
    t.equal(again.json().code, 'CASE.ALREADY_CORRECTED')
    t.equal((await correct({ sequence: corrected.at(-1)!.sequence, reason: 'x' })).json().code, 'CASE.NOT_CORRECTABLE', 'a correction is not corrected')

    const right = await recordOnE({ ...letter, occurredAt: '2026-01-07T09:00:00Z' })
    t.notOk(await inGapQueue())
    const redated = await correct({ sequence: await recordedSeq(), reason: 'The letter is dated the 8th', redateTo: '2026-01-08T08:30:00Z' })
    t.equal(redated.statusCode, 200, redated.body)
    t.equal(redated.json().lastContactOn, '2026-01-08')
    l = await logOfE()
    t.match(l.items.find((i: { id: string }) => i.id === right.id), {
      occurredAt: '2026-01-08T08:30:00.000Z', struckOut: false, correction: { reason: 'The letter is dated the 8th', firstOccurredAt: '2026-01-07T09:00:00.000Z' },
    })
    t.same(l.evidence[0].toldBy, { id: right.id, on: '2026-01-08' })
    t.equal(l.gaps, 0)
    t.notOk(await inGapQueue())
    t.match((await timeline()).at(-1), { type: 'correspondence_corrected', data: { struckOut: false, from: '2026-01-07T09:00:00.000Z', to: '2026-01-08T08:30:00.000Z' } })

    const seq = await recordedSeq()
    const early = await correct({ sequence: seq, reason: 'x', redateTo: '2026-01-05T09:00:00Z' })
    t.equal(early.statusCode, 422)
    t.equal(early.json().code, 'CASE.DATE_OUT_OF_ORDER', 'not before receipt')
    const future = await correct({ sequence: seq, reason: 'x', redateTo: '2026-01-09T09:00:00Z' })
    t.equal(future.json().code, 'CASE.DATE_IN_FUTURE')
    const stale = await correct({ sequence: seq, reason: 'x' }, before.version)
    t.equal(stale.statusCode, 412, 'If-Match as for every change')
    t.equal((await act(app, carol, e.id, 'corrections', { sequence: seq, reason: 'x' })).statusCode, 404, 'a handler it is not assigned to')

    // Correspondence entries are no actions: the acknowledgement is still the latest action, and is correctable.
    const ack = (await timeline()).filter((h) => h.type === 'acknowledged').at(-1)!.sequence
    t.equal((await correct({ sequence: ack, reason: 'Keyed on the wrong case' })).statusCode, 200)
  })

  t.test('history carries the entry, never its words', async (t) => {
    const timeline = (await get(app, team, `/v1/complaints/${c.id}/timeline`)).json().items
    const entry = timeline.find((e: { type: string }) => e.type === 'correspondence_recorded')
    t.match(entry, { actor: 'alice', occurredAt: '2026-01-05T09:30:00.000Z', data: { direction: 'out', channel: 'letter', duties: ['stage1_acknowledgement'] } })
    t.notMatch(JSON.stringify(timeline), /Acknowledgement letter|the person/, 'no summary nor party in the history')
  })

  t.test('refusals', async (t) => {
    const base = { direction: 'out', channel: 'phone', occurredAt: '2026-01-08T09:00:00Z', party: 'the person', summary: 'Called', duties: [] }
    const future = await act(app, team, c.id, 'correspondence', { ...base, occurredAt: '2026-02-01T09:00:00Z' })
    t.equal(future.statusCode, 422)
    t.equal(future.json().code, 'CORRESPONDENCE.IN_FUTURE')
    const before = await act(app, team, c.id, 'correspondence', { ...base, occurredAt: '2026-01-02T09:00:00Z' })
    t.equal(before.json().code, 'CORRESPONDENCE.BEFORE_RECEIPT')
    const incoming = await act(app, team, c.id, 'correspondence', { ...base, direction: 'in', duties: ['regular_update'] })
    t.equal(incoming.statusCode, 422)
    t.equal(incoming.json().code, 'CORRESPONDENCE.DUTY_NEEDS_OUTGOING')
    t.equal((await act(app, carol, c.id, 'correspondence', base)).statusCode, 404, 'a handler it is not assigned to')
    t.equal((await get(app, carol, `/v1/complaints/${c.id}/correspondence`)).statusCode, 404)
    const bad = await act(app, team, c.id, 'correspondence', { ...base, channel: 'pigeon' })
    t.equal(bad.statusCode, 400)
  })

  t.test('update due: no contact for more than 10 working days', async (t) => {
    // Last contact 8 January; 10 working days later is 22 January.
    now = new Date('2026-01-22T10:00:00Z')
    const theCase = async () => (await get(app, team, `/v1/complaints/${c.id}`)).json()
    t.equal((await log()).updateDue, false)
    t.match(await theCase(), { lastContactOn: '2026-01-08', updateDue: false }, 'the case shows its last contact, as the queue does')
    t.notOk((await queueIds(app, team, 'updateDue=true')).includes(c.id))
    now = new Date('2026-01-23T10:00:00Z')
    t.equal((await log()).updateDue, true)
    t.equal((await theCase()).updateDue, true)
    t.ok((await queueIds(app, team, 'updateDue=true')).includes(c.id))
    const line = (await get(app, team, '/v1/complaints?updateDue=true')).json().items.find((i: { id: string }) => i.id === c.id)
    t.equal(line.updateDue, true)
    await record({ direction: 'in', channel: 'phone', occurredAt: '2026-01-23T09:00:00Z', party: 'the person', summary: 'Asked for news', duties: [] })
    t.equal((await log()).updateDue, false, 'any contact counts')
    t.match(await theCase(), { lastContactOn: '2026-01-23', updateDue: false })
    t.notOk((await queueIds(app, team, 'updateDue=true')).includes(c.id))
  })

  t.test('update due goes by each case\'s own policy, in the queue as in the case', async (t) => {
    // Friday 23 January: received Monday 19 January is 4 working days without contact.
    now = new Date('2026-01-23T12:00:00Z')
    const before = await createComplaint(app, team, { receivedAt: '2026-01-19T09:00:00Z' })
    const admin = await tokenFor(council, ['admin'])
    const put = await app.inject({
      method: 'PUT', url: '/v1/councils/current/policy', headers: { authorization: `Bearer ${admin}` },
      payload: { preset: 'lgsco-2024', overrides: { updateEveryWorkingDays: 3 } },
    })
    t.equal(put.statusCode, 200, put.body)
    const after = await createComplaint(app, team, { receivedAt: '2026-01-19T09:30:00Z' })
    const viewed = async (id: string) => (await get(app, team, `/v1/complaints/${id}`)).json().updateDue
    const lines = (await get(app, team, '/v1/complaints?limit=100')).json().items as { id: string; updateDue: boolean }[]
    const line = (id: string) => lines.find((i) => i.id === id)!.updateDue
    const due = await queueIds(app, team, 'updateDue=true&limit=100')

    t.equal(await viewed(before.id), false, 'logged under the old policy: 4 working days are within its 10')
    t.equal(line(before.id), false, 'the queue line agrees')
    t.notOk(due.includes(before.id), 'and so does the filter')
    t.equal(await viewed(after.id), true, 'logged under the new policy: 4 working days are more than its 3')
    t.equal(line(after.id), true)
    t.ok(due.includes(after.id))
    for (const i of lines) t.equal(i.updateDue, due.includes(i.id), `line and filter agree on ${i.id}`)
  })
})
