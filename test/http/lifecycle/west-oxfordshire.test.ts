/**
 * West Oxfordshire (seed 001): stage 2 is due 20 working days from the escalation request (not from its
 * acknowledgement), and the person has 14 calendar days from the stage 1 response to escalate.
 * Bank holidays on the way: Good Friday 3 April, Easter Monday 6 April, early May 4 May 2026.
 */
import t from 'tap'
import { deadline, extension, life, openComplaint, responseContent } from '../../helpers/lifecycle.js'

// Whole lives on a fresh database per subtest: slower than the default file timeout on a loaded PostgreSQL.
t.setTimeout(600_000)

t.test('upheld at stage 1, stage 2 agrees, the Ombudsman finds fault', async (t) => {
  const l = await life(t, { preset: 'west-oxfordshire-2025' })
  const bob = await l.as('bob')
  const id = await openComplaint(l, { handler: 'bob' })
  let c = await l.get(id)
  t.equal(c.policy.id, 'west-oxfordshire-2025')
  t.equal(deadline(c, 'stage1_response')?.due, '2026-01-19', '10 working days after acknowledgement on Monday 5 January')

  l.at('2026-01-12T10:00:00Z')
  c = await l.act(id, 'extensions', extension('2026-01-12', { workingDays: 5 }), bob)
  t.equal(deadline(c, 'stage1_response')?.due, '2026-01-26', '19 January + 5 working days')
  t.match(deadline(c, 'stage1_response')?.basis, /\+ 5 working days extension/)
  t.same(c.nextDue, { kind: 'stage1_response', due: '2026-01-26' })
  t.equal(c.stage1.extensions[0].beyondCode, false)

  l.at('2026-01-23T15:00:00Z')
  c = await l.act(id, 'stage1-response', {
    response: responseContent(1, ['upheld', 'not_upheld'], {
      remedies: [
        { type: 'apology', description: 'A written apology from the service manager', dueDate: '2026-01-30' },
        { type: 'financial', description: 'A symbolic payment for the time and trouble', dueDate: '2026-02-06', amountPence: 5000 },
      ],
      outstandingActions: [{ description: 'Put the road back on the round sheet', dueDate: '2026-02-13' }],
    }),
  }, bob)
  t.equal(c.status, 'stage1_responded')
  t.equal(c.stage1.response.outcome, 'upheld', 'one aspect upheld: upheld in totality')
  t.equal(c.stage1.response.late, false)
  t.equal(c.stage1.response.escalationWindowEndsOn, '2026-02-06', '14 calendar days after 23 January')
  t.same(c.remedies.map((r: { id: string; status: string }) => [r.id, r.status]), [['s1-r1', 'open'], ['s1-r2', 'open']])
  t.equal(c.nextDue, null, 'no council duty open while the person decides')

  l.at('2026-02-02T11:00:00Z')
  c = await l.act(id, 'escalation', { channel: 'email' })
  t.equal(c.status, 'escalation_requested', 'inside the window: accepted without a decision')
  t.equal(c.escalation.withinWindow, true)
  t.equal(c.escalation.reason, null, 'no reason is needed')
  t.equal(c.escalation.requestedOn, '2026-02-02', 'requestedAt defaults to now')
  t.equal(c.stage, 2)
  const notNeeded = await l.post(id, 'escalation-decision', { decision: 'accept', reason: 'x' })
  t.equal(notNeeded.statusCode, 409)
  t.equal(notNeeded.json().code, 'CASE.ESCALATION_DECISION_NOT_NEEDED')
  t.equal(deadline(c, 'stage2_acknowledgement')?.due, '2026-02-09')
  t.equal(deadline(c, 'stage2_response')?.due, '2026-03-02', '20 working days from the escalation request on 2 February')
  t.equal(deadline(c, 'stage2_response')?.projected, false, 'known before the acknowledgement: it does not count from it')

  const sameHandler = await l.post(id, 'stage2-assignment', { handler: 'bob' })
  t.equal(sameHandler.statusCode, 422)
  t.equal(sameHandler.json().code, 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT')
  c = await l.act(id, 'stage2-assignment', { handler: 'carol' })
  t.equal(c.stage2Handler, 'carol')

  l.at('2026-02-04T09:00:00Z')
  c = await l.act(id, 'stage2-acknowledgement')
  t.equal(c.status, 'stage2_acknowledged')
  t.equal(c.stage2.acknowledgedLate, false)
  t.equal(deadline(c, 'stage2_response')?.due, '2026-03-02', 'acknowledging on 4 February does not move it (4 March if it did)')
  t.same(c.nextDue, { kind: 'stage2_response', due: '2026-03-02' })
  c = await l.act(id, 'remedies/s1-r1/completion', { completedOn: '2026-01-29' })
  t.equal(c.remedies[0].status, 'done')
  t.equal(c.remedies[0].completedOn, '2026-01-29')

  l.at('2026-02-10T09:00:00Z')
  c = await l.get(id)
  t.equal(c.remedies[1].overdue, true, 'the payment was due on 6 February')
  t.equal(c.flags.remediesOverdue, 1)
  t.same((await l.queue('remediesOverdue=true')).map((s) => s.id), [id])
  c = await l.act(id, 'remedies/s1-r2/undeliverable', { reason: 'The person\'s bank account was closed', alternative: 'A cheque was posted instead' })
  t.match(c.remedies[1], { status: 'undeliverable', undeliverableReason: 'The person\'s bank account was closed', alternative: 'A cheque was posted instead', overdue: false })
  t.equal(c.flags.remediesOverdue, 0)
  t.same(await l.queue('remediesOverdue=true'), [], 'the queue filter drops it once settled')

  const carol = await l.as('carol')
  l.at('2026-02-20T09:00:00Z')
  c = await l.act(id, 'extensions', extension('2026-02-20', { workingDays: 10 }), carol)
  t.equal(deadline(c, 'stage2_response')?.due, '2026-03-16', '2 March + 10 working days')
  t.equal(c.stage2.extensions[0].beyondCode, false, 'within the stage 2 cap of 20')

  const recorded = await l.post(id, 'stage2-response', { agreesWithStage1: true, response: responseContent(2, ['not_upheld']) })
  t.equal(recorded.statusCode, 200, 'the complaints team may record it for the reviewer')
  c = recorded.json()
  t.equal(c.stage2.response.agreesWithStage1, true)
  t.equal(c.stage2.response.outcome, 'upheld', 'agreeing with an upheld stage 1 is upheld, though stage 2 found no fault in the handling')
  t.equal(c.stage2.response.late, false)
  t.equal(c.status, 'closed', 'the final response closes the case')
  t.equal(c.closedOn, c.stage2.response.respondedOn, 'on the day of the final response')
  t.equal(c.nextDue, null)
  const closeAgain = await l.post(id, 'closure', { reason: 'Done' })
  t.equal(closeAgain.statusCode, 409, 'a case that reads as closed is not closed a second time')
  t.equal(closeAgain.json().code, 'CASE.CLOSED')
  t.same((await l.queue('status=closed')).map((s) => s.id), [id])

  c = await l.act(id, 'actions/s1-a1/completion', { completedOn: '2026-02-12' })
  t.equal(c.actions[0].completedOn, '2026-02-12', 'outstanding actions are followed after the final response')
  const edit = await l.post(id, 'withdrawal', { withdrawnOn: '2026-02-20', how: 'by phone' })
  t.equal(edit.statusCode, 409, 'a closed case is never edited')
  t.equal(edit.json().code, 'CASE.ALREADY_RESPONDED')

  l.at('2026-03-20T09:00:00Z')
  c = await l.act(id, 'ombudsman-referral', { referredOn: '2026-03-19', reference: '25 012 345' })
  t.match(c.ombudsman, { referredOn: '2026-03-19', reference: '25 012 345', decision: null })
  l.at('2026-05-11T09:00:00Z')
  c = await l.act(id, 'ombudsman-decision', {
    decidedOn: '2026-05-08', decision: 'upheld_fault',
    recommendedRemedies: [
      { type: 'financial', description: 'Pay £150 for distress', dueDate: '2026-06-08', amountPence: 15000 },
      { type: 'policy_change', description: 'Review how rounds are re-planned', dueDate: '2026-08-07' },
    ],
  })
  t.equal(c.ombudsman.decision, 'upheld_fault')
  t.equal(c.stage1.response.outcome, 'upheld', 'the council\'s outcomes stand beside the Ombudsman\'s')
  t.equal(c.stage2.response.outcome, 'upheld')
  t.same(c.remedies.filter((r: { source: string }) => r.source === 'ombudsman').map((r: { id: string; dueDate: string }) => [r.id, r.dueDate]),
    [['o-r1', '2026-06-08'], ['o-r2', '2026-08-07']])
  l.at('2026-06-01T09:00:00Z')
  c = await l.act(id, 'remedies/o-r1/completion', { completedOn: '2026-05-29' })
  t.equal(c.remedies.find((r: { id: string }) => r.id === 'o-r1').status, 'done')
  const summary = (await l.queue('status=closed'))[0] ?? {}
  t.equal(summary.openRemedies, 1)
  t.equal(summary.nextRemedyDueOn, '2026-08-07')
})

t.test('not upheld at stage 1, the window passes, a late escalation is accepted and stage 2 overturns', async (t) => {
  const l = await life(t, { preset: 'west-oxfordshire-2025', start: '2026-03-16T09:00:00Z' })
  const id = await openComplaint(l, { handler: 'bob' })
  l.at('2026-03-27T12:00:00Z')
  let c = await l.act(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) })
  t.equal(c.stage1.response.outcome, 'not_upheld')
  t.equal(c.stage1.response.escalationWindowEndsOn, '2026-04-10')

  l.at('2026-04-10T22:00:00Z') // 23:00 on 10 April in London (BST)
  t.equal((await l.get(id)).status, 'stage1_responded', 'the last day of the window, London time')
  l.at('2026-04-10T23:30:00Z') // 00:30 on 11 April in London
  c = await l.get(id)
  t.equal(c.status, 'closed', 'the window passed with no escalation: closed when read, no job needed')
  t.equal(c.closedOn, '2026-04-10', 'closed on the window\'s last day')
  const closeAgain = await l.post(id, 'closure', {})
  t.equal(closeAgain.statusCode, 409)
  t.equal(closeAgain.json().code, 'CASE.CLOSED')
  t.same((await l.queue('status=closed')).map((s) => s.id), [id])
  t.same(await l.queue('status=stage1_responded'), [])
  const withdraw = await l.post(id, 'withdrawal', { withdrawnOn: '2026-04-10', how: 'by email' })
  t.equal(withdraw.statusCode, 409)
  t.equal(withdraw.json().code, 'CASE.CLOSED')

  l.at('2026-04-14T09:00:00Z')
  c = await l.act(id, 'escalation', { requestedAt: '2026-04-13T08:30:00Z', channel: 'letter', reason: 'My evidence was ignored' })
  t.equal(c.status, 'escalation_pending_decision', 'outside the window it is recorded and waits for a decision')
  t.equal(c.closedOn, null, 'open again')
  t.match(c.escalation, { withinWindow: false, windowEndsOn: '2026-04-10', requestedOn: '2026-04-13', reason: 'My evidence was ignored' })
  const early = await l.post(id, 'stage2-acknowledgement')
  t.equal(early.statusCode, 409)
  t.equal(early.json().code, 'CASE.ESCALATION_DECISION_REQUIRED')
  const noReason = await l.post(id, 'escalation-decision', { decision: 'accept' })
  t.equal(noReason.statusCode, 422)
  t.equal(noReason.json().code, 'CASE.ESCALATION_ACCEPT_NEEDS_REASON')
  c = await l.act(id, 'escalation-decision', { decision: 'accept', reason: 'The person was in hospital until 12 April' })
  t.equal(c.status, 'escalation_requested')
  t.equal(deadline(c, 'stage2_acknowledgement')?.due, '2026-04-20')
  t.equal(deadline(c, 'stage2_response')?.due, '2026-05-12', '20 working days from 13 April, over the early May bank holiday')

  await l.act(id, 'stage2-assignment', { handler: 'carol' })
  l.at('2026-04-15T09:00:00Z')
  await l.act(id, 'stage2-acknowledgement')
  l.at('2026-05-06T10:00:00Z')
  const carol = await l.as('carol')
  c = await l.act(id, 'stage2-response', {
    agreesWithStage1: false,
    response: responseContent(2, ['upheld'], {
      remedies: [
        { type: 'apology', description: 'An apology for the missed collections', dueDate: '2026-05-13' },
        { type: 'record_amended', description: 'Correct the account notes', dueDate: '2026-05-20' },
      ],
    }),
  }, carol)
  t.equal(c.stage2.response.outcome, 'upheld', 'stage 2 overturns')
  t.equal(c.stage2.response.detailedOutcome, 'upheld')
  t.equal(c.stage1.response.outcome, 'not_upheld', 'stage 1\'s record is kept')
  t.equal(c.status, 'closed')
  await l.act(id, 'remedies/s2-r1/completion', { completedOn: '2026-05-06' }, carol)
  c = await l.act(id, 'remedies/s2-r2/undeliverable', { reason: 'The record is held by the county council', alternative: 'We asked the county council to correct it' }, carol)
  t.same(c.remedies.map((r: { id: string; status: string }) => [r.id, r.status]), [['s2-r1', 'done'], ['s2-r2', 'undeliverable']])
  const missing = await l.post(id, 'remedies/s9-r9/completion', { completedOn: '2026-05-06' })
  t.equal(missing.statusCode, 404, 'an id the case does not have')
  t.equal(missing.json().code, 'CASE.REMEDY_NOT_FOUND')
})
