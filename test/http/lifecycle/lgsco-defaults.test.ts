/**
 * A council with no policy row runs on the Code's defaults (lgsco-2024, version 0): no escalation window, no
 * pausing, stage 2 counted from its acknowledgement. Late steps are allowed and recorded late.
 */
import t from 'tap'
import { deadline, extension, life, openComplaint, responseContent } from '../../helpers/lifecycle.js'

// Whole lives on a fresh database per subtest: slower than the default file timeout on a loaded PostgreSQL.
t.setTimeout(600_000)

t.test('late at both stages, stage 2 agrees with an upheld stage 1, a referral', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  let c = await l.get(id)
  t.same(c.policy, { id: 'lgsco-2024', version: 0 })
  l.at('2026-01-13T09:00:00Z')
  const pause = await l.post(id, 'pause', { reason: 'Waiting for the person' })
  t.equal(pause.statusCode, 422, 'the Code has no pausing')
  t.equal(pause.json().code, 'CASE.PAUSE_NOT_ALLOWED')
  c = await l.act(id, 'extensions', extension('2026-01-13', { newDueDate: '2026-01-23' }))
  t.equal(c.stage1.extensions[0].workingDays, 4, 'a new date is counted in working days: 19 to 23 January')
  t.equal(deadline(c, 'stage1_response')?.due, '2026-01-23')

  l.at('2026-01-26T09:00:00Z')
  t.equal((await l.get(id)).flags.overdue, true)
  t.same((await l.queue('overdue=true')).map((s) => s.id), [id])
  c = await l.act(id, 'stage1-response', {
    response: responseContent(1, ['upheld'], {
      remedies: [{ type: 'apology', description: 'An apology', dueDate: '2026-01-30' }, { type: 'record_amended', description: 'Fix the address', dueDate: '2026-02-06' }],
      outstandingActions: [{ description: 'Retrain the crew', dueDate: '2026-02-27' }],
    }),
  })
  t.match(c.stage1.response, { late: true, dueOn: '2026-01-23', respondedOn: '2026-01-26', outcome: 'upheld' })
  t.equal(c.flags.respondedLate, true)
  t.equal(c.flags.overdue, false, 'answered, even late, is no longer overdue')

  l.at('2026-01-27T09:00:00Z')
  c = await l.act(id, 'escalation', { channel: 'web_form' })
  t.equal(c.escalation.windowEndsOn, null)
  t.equal(deadline(c, 'stage2_acknowledgement')?.due, '2026-02-03')
  t.equal(deadline(c, 'stage2_response')?.projected, true, 'counted from the acknowledgement, not yet made')
  l.at('2026-02-04T09:00:00Z')
  c = await l.act(id, 'stage2-acknowledgement')
  t.equal(c.stage2.acknowledgedLate, true, 'acknowledged a day late')
  t.equal(c.flags.acknowledgedLate, true)
  t.equal(deadline(c, 'stage2_response')?.due, '2026-03-04', '20 working days after 4 February')
  c = await l.act(id, 'extensions', extension('2026-02-04', { workingDays: 5 }))
  t.equal(deadline(c, 'stage2_response')?.due, '2026-03-11')
  await l.act(id, 'stage2-assignment', { handler: 'carol' })
  await l.act(id, 'remedies/s1-r1/completion', { completedOn: '2026-01-29' })
  c = await l.act(id, 'remedies/s1-r2/undeliverable', { reason: 'The record belongs to the DVLA', alternative: 'We wrote to the DVLA for the person' })
  t.same(c.remedies.map((r: { status: string }) => r.status), ['done', 'undeliverable'])

  l.at('2026-03-12T09:00:00Z')
  c = await l.act(id, 'stage2-response', { agreesWithStage1: true, response: responseContent(2, ['not_upheld']) }, await l.as('carol'))
  t.match(c.stage2.response, { late: true, dueOn: '2026-03-11', outcome: 'upheld' })
  t.equal(c.status, 'closed')
  c = await l.act(id, 'actions/s1-a1/completion', { completedOn: '2026-03-12' })
  t.equal(c.actions[0].completedOn, '2026-03-12')
  const again = await l.post(id, 'actions/s1-a1/completion', { completedOn: '2026-03-12' })
  t.equal(again.statusCode, 409)
  c = await l.act(id, 'ombudsman-referral', { referredOn: '2026-03-12', reference: '25 999 001' })
  t.equal(c.ombudsman.reference, '25 999 001')
  const twice = await l.post(id, 'ombudsman-referral', { referredOn: '2026-03-12', reference: '25 999 002' })
  t.equal(twice.statusCode, 409)

  const linked = await l.app.inject({
    method: 'POST', url: '/v1/complaints', headers: l.team,
    payload: { channel: 'email', person: { name: 'Sam Taylor' }, summary: 'The same missed collections again', relatedCaseId: id },
  })
  t.equal(linked.statusCode, 201, 'a new complaint about the same matter is a new case')
  const n = linked.json()
  t.not(n.id, id)
  t.equal(n.linkedCaseId, id)
  await l.act(n.id, 'triage', { as: 'complaint' })
  const refused = await l.act(n.id, 'acknowledgement', {
    decision: 'refused', exclusionCodes: ['already_considered'], explanation: 'Considered at stage 2 in March', ombudsmanRightGiven: true,
  })
  t.equal(refused.status, 'refused')
  t.equal((await l.get(id)).version, c.version, 'the closed case is not touched by the new one')
})

t.test('stage 1 upheld, stage 2 overturns to not upheld; a withdrawal', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  const gone = await openComplaint(l)
  l.at('2026-01-09T09:00:00Z')
  await l.act(id, 'extensions', extension('2026-01-09', { workingDays: 2 }))
  await l.act(id, 'stage1-response', { response: responseContent(1, ['upheld'], { remedies: [{ type: 'apology', description: 'Sorry', dueDate: '2026-01-16' }] }) })
  await l.act(id, 'escalation', { channel: 'email' })
  await l.act(id, 'stage2-acknowledgement')
  await l.act(id, 'stage2-assignment', { handler: 'carol' })
  l.at('2026-01-30T09:00:00Z')
  let c = await l.act(id, 'stage2-response', { agreesWithStage1: false, response: responseContent(2, ['not_upheld']) }, await l.as('carol'))
  t.equal(c.stage2.response.outcome, 'not_upheld', 'stage 2 disagrees and finds no fault')
  t.equal(c.stage1.response.outcome, 'upheld')
  t.equal(c.remedies[0].overdue, true, 'stage 1\'s apology is still owed and overdue')
  t.same((await l.queue('remediesOverdue=true')).map((s) => s.id), [id])
  c = await l.act(id, 'remedies/s1-r1/completion', { completedOn: '2026-01-30' })
  t.equal(c.flags.remediesOverdue, 0)

  c = await l.act(gone, 'withdrawal', { withdrawnOn: '2026-01-29', how: 'by phone to customer services' })
  t.equal(c.status, 'withdrawn')
  t.same(c.withdrawal, { withdrawnOn: '2026-01-29', how: 'by phone to customer services' })
  t.equal(c.nextDue, null)
  t.equal(c.flags.overdue, false, 'its stage 1 response was due on 19 January but lapsed with the withdrawal')
  t.same(c.deadlines.map((d: { kind: string }) => d.kind), ['stage1_acknowledgement'], 'only duties met stay')
  const edit = await l.post(gone, 'extensions', extension('2026-01-30', { workingDays: 1 }))
  t.equal(edit.statusCode, 409)
  t.equal(edit.json().code, 'CASE.WITHDRAWN')
})
