/**
 * Oxford draft (seed 003): three-way outcomes. "Partially upheld" is kept as detail; the recorded outcome still
 * follows upheld in totality. The person may refuse an extension (recorded; they are given the Ombudsman's details).
 */
import t from 'tap'
import { deadline, extension, life, openComplaint, responseContent } from '../../helpers/lifecycle.js'

// Whole lives on a fresh database per subtest: slower than the default file timeout on a loaded PostgreSQL.
t.setTimeout(600_000)

t.test('partly upheld at stage 1 is recorded upheld; stage 2 agrees; the Ombudsman finds no fault', async (t) => {
  const l = await life(t, { preset: 'oxford-draft' })
  const id = await openComplaint(l)
  l.at('2026-01-14T10:00:00Z')
  let c = await l.act(id, 'extensions', { ...extension('2026-01-14', { workingDays: 3 }), personRefused: true })
  t.equal(c.stage1.extensions[0].personRefused, true, 'the refusal is recorded where the policy provides for it')
  t.equal(deadline(c, 'stage1_response')?.due, '2026-01-22', '19 January + 3 working days')

  l.at('2026-01-21T16:00:00Z')
  c = await l.act(id, 'stage1-response', {
    response: responseContent(1, ['upheld', 'partly_upheld'], {
      remedies: [
        { type: 'apology', description: 'An apology', dueDate: '2026-01-28' },
        { type: 'explanation', description: 'A meeting to explain the new round', dueDate: '2026-02-04' },
      ],
    }),
  })
  t.equal(c.stage1.response.outcome, 'upheld')
  t.equal(c.stage1.response.detailedOutcome, 'partly_upheld', 'the three-way detail is kept')
  t.equal(c.stage1.response.escalationWindowEndsOn, null, 'the draft states no window')

  l.at('2026-01-26T09:00:00Z')
  c = await l.act(id, 'escalation', { channel: 'phone' })
  t.equal(c.escalation.withinWindow, true)
  await l.act(id, 'stage2-assignment', { handler: 'carol' })
  l.at('2026-01-28T09:00:00Z')
  c = await l.act(id, 'stage2-acknowledgement')
  t.equal(deadline(c, 'stage2_response')?.due, '2026-02-25', '20 working days after acknowledgement on 28 January')
  await l.act(id, 'remedies/s1-r1/completion', { completedOn: '2026-01-27' })
  c = await l.act(id, 'remedies/s1-r2/undeliverable', { reason: 'The person declined a meeting', alternative: 'A written explanation was sent' })
  t.same(c.remedies.map((r: { status: string }) => r.status), ['done', 'undeliverable'])

  l.at('2026-02-20T09:00:00Z')
  c = await l.act(id, 'stage2-response', { agreesWithStage1: true, response: { ...responseContent(2, []), findings: [] } }, await l.as('carol'))
  t.equal(c.stage2.response.outcome, 'upheld', 'agreeing with an upheld stage 1')
  t.equal(c.stage2.response.detailedOutcome, 'partly_upheld', 'stage 1\'s detail carries over when stage 2 agrees')
  t.equal(c.status, 'closed')

  await l.act(id, 'ombudsman-referral', { referredOn: '2026-02-20', reference: 'OX-1' })
  l.at('2026-04-01T09:00:00Z')
  c = await l.act(id, 'ombudsman-decision', { decidedOn: '2026-03-31', decision: 'no_fault', recommendedRemedies: [] })
  t.equal(c.ombudsman.decision, 'no_fault')
  t.equal(c.stage2.response.outcome, 'upheld', 'the Ombudsman\'s no-fault decision does not overwrite the council\'s outcome')
  const twice = await l.post(id, 'ombudsman-decision', { decidedOn: '2026-03-31', decision: 'upheld_fault', recommendedRemedies: [] })
  t.equal(twice.statusCode, 409)
  t.equal(twice.json().code, 'CASE.OMBUDSMAN_DECISION_EXISTS')
})

t.test('not upheld at stage 1; stage 2 overturns with a partly upheld finding', async (t) => {
  const l = await life(t, { preset: 'oxford-draft' })
  const id = await openComplaint(l)
  l.at('2026-01-16T09:00:00Z')
  let c = await l.act(id, 'stage1-response', { response: responseContent(1, ['not_upheld', 'not_upheld']) })
  t.equal(c.stage1.response.detailedOutcome, 'not_upheld')
  l.at('2026-01-19T09:00:00Z')
  await l.act(id, 'escalation', { channel: 'email', reason: 'Nobody looked at my photos' })
  await l.act(id, 'stage2-acknowledgement')
  await l.act(id, 'stage2-assignment', { handler: 'carol' })
  l.at('2026-02-02T09:00:00Z')
  c = await l.act(id, 'stage2-response', {
    agreesWithStage1: false,
    response: responseContent(2, ['partly_upheld', 'not_upheld'], { remedies: [{ type: 'action_on_delay', description: 'Collect the backlog', dueDate: '2026-02-05' }] }),
  }, await l.as('carol'))
  t.equal(c.stage2.response.outcome, 'upheld', 'a partly upheld aspect is an upheld aspect')
  t.equal(c.stage2.response.detailedOutcome, 'partly_upheld')
  t.equal(c.stage1.response.outcome, 'not_upheld')
  c = await l.act(id, 'remedies/s2-r1/completion', { completedOn: '2026-02-02' })
  t.equal(c.remedies[0].status, 'done')
})
