/**
 * Runnymede (seed 004): stage 1 extends by up to 10 working days, stage 2 by up to 20, and an escalation that
 * gives no reason after a complete stage 1 may be answered as final with the Ombudsman's details.
 */
import t from 'tap'
import { deadline, extension, life, openComplaint, responseContent } from '../../helpers/lifecycle.js'

// Whole lives on a fresh database per subtest: slower than the default file timeout on a loaded PostgreSQL.
t.setTimeout(600_000)

t.test('extensions add up to the caps; stage 2 agrees; the Ombudsman does not investigate', async (t) => {
  const l = await life(t, { preset: 'runnymede-2024' })
  const id = await openComplaint(l)
  l.at('2026-01-07T09:00:00Z')
  let c = await l.act(id, 'extensions', extension('2026-01-07', { workingDays: 6 }))
  t.equal(deadline(c, 'stage1_response')?.due, '2026-01-27', '19 January + 6 working days')
  c = await l.act(id, 'extensions', extension('2026-01-07', { workingDays: 4 }))
  t.equal(deadline(c, 'stage1_response')?.due, '2026-02-02', '+ 4 more: 10 in all')
  t.equal(deadline(c, 'stage1_response')?.extendedByWorkingDays, 10)
  t.equal(c.flags.extendedBeyondCode, false, 'exactly the cap is within it')
  const over = await l.post(id, 'extensions', extension('2026-01-07', { workingDays: 1 }))
  t.equal(over.statusCode, 422, 'the eleventh day needs a good reason')
  t.equal(over.json().code, 'CASE.EXTENSION_OVER_CAP')

  l.at('2026-01-30T09:00:00Z')
  c = await l.act(id, 'stage1-response', {
    response: responseContent(1, ['upheld'], {
      remedies: [
        { type: 'apology', description: 'An apology', dueDate: '2026-02-06' },
        { type: 'financial', description: 'A symbolic payment', dueDate: '2026-02-13', amountPence: 2500 },
      ],
    }),
  })
  t.equal(c.stage1.response.late, false, 'due 2 February after the extensions')
  l.at('2026-02-03T09:00:00Z')
  await l.act(id, 'escalation', { channel: 'email', reason: 'The payment is too small' })
  await l.act(id, 'stage2-assignment', { handler: 'carol' })
  l.at('2026-02-04T09:00:00Z')
  c = await l.act(id, 'stage2-acknowledgement')
  t.equal(deadline(c, 'stage2_response')?.due, '2026-03-04', '20 working days after acknowledgement on 4 February')
  c = await l.act(id, 'extensions', extension('2026-02-04', { workingDays: 20 }))
  t.equal(deadline(c, 'stage2_response')?.due, '2026-04-01', '4 March + 20 working days')
  t.equal(c.stage2.extensions[0].beyondCode, false)
  const over2 = await l.post(id, 'extensions', extension('2026-02-04', { workingDays: 1 }))
  t.equal(over2.statusCode, 422)
  t.equal(over2.json().code, 'CASE.EXTENSION_OVER_CAP')
  await l.act(id, 'remedies/s1-r1/completion', { completedOn: '2026-02-04' })
  c = await l.act(id, 'remedies/s1-r2/undeliverable', { reason: 'The person refused the payment', alternative: 'Donated to a charity of their choice' })
  t.same(c.remedies.map((r: { status: string }) => r.status), ['done', 'undeliverable'])

  l.at('2026-03-25T09:00:00Z')
  c = await l.act(id, 'stage2-response', { agreesWithStage1: true, response: responseContent(2, ['not_upheld']) }, await l.as('carol'))
  t.equal(c.stage2.response.outcome, 'upheld')
  t.equal(c.stage2.response.late, false)
  await l.act(id, 'ombudsman-referral', { referredOn: '2026-03-25', reference: 'RBC-77' })
  c = await l.act(id, 'ombudsman-decision', { decidedOn: '2026-03-25', decision: 'not_investigated', recommendedRemedies: [] })
  t.equal(c.ombudsman.decision, 'not_investigated')
  t.equal(c.stage2.response.outcome, 'upheld')
})

t.test('an unexplained escalation after a complete stage 1 may be made final; an explained one may not', async (t) => {
  const l = await life(t, { preset: 'runnymede-2024' })
  const quiet = await openComplaint(l)
  const vocal = await openComplaint(l)
  l.at('2026-01-15T09:00:00Z')
  for (const id of [quiet, vocal]) await l.act(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) })
  l.at('2026-01-20T09:00:00Z')
  await l.act(quiet, 'escalation', { channel: 'email' })
  await l.act(vocal, 'escalation', { channel: 'email', reason: 'You missed the second bin' })

  const noExplanation = await l.post(quiet, 'escalation-decision', { decision: 'final_at_stage1' })
  t.equal(noExplanation.statusCode, 422)
  t.equal(noExplanation.json().code, 'CASE.EXPLANATION_REQUIRED')
  let c = await l.act(quiet, 'escalation-decision', { decision: 'final_at_stage1', explanation: 'Stage 1 answered every point; you may go to the Ombudsman' })
  t.equal(c.status, 'final_at_stage1')
  t.equal(deadline(c, 'stage2_response'), undefined, 'no stage 2 duties')
  t.equal(c.nextDue, null)
  const ack = await l.post(quiet, 'stage2-acknowledgement')
  t.equal(ack.statusCode, 409)
  t.equal(ack.json().code, 'CASE.PROCESS_ENDED')
  c = await l.act(quiet, 'closure', { reason: 'Final at stage 1' })
  t.equal(c.status, 'closed')
  t.equal(c.closedOn, '2026-01-20')

  const explained = await l.post(vocal, 'escalation-decision', { decision: 'final_at_stage1', explanation: 'x' })
  t.equal(explained.statusCode, 422)
  t.equal(explained.json().code, 'CASE.ESCALATION_WAS_EXPLAINED')
  await l.act(vocal, 'stage2-acknowledgement')
  await l.act(vocal, 'stage2-assignment', { handler: 'carol' })
  l.at('2026-02-10T09:00:00Z')
  c = await l.act(vocal, 'stage2-response', {
    agreesWithStage1: false,
    response: responseContent(2, ['upheld'], { remedies: [{ type: 'apology', description: 'An apology', dueDate: '2026-02-17' }] }),
  }, await l.as('carol'))
  t.equal(c.stage2.response.outcome, 'upheld', 'stage 2 overturns')
  t.equal(c.stage1.response.outcome, 'not_upheld')
})
