/** The rules that guard a case's life, each on its own: independence, caps, complete responses, lateness, pausing, races. */
import t from 'tap'
import { usingPostgres } from '../../helpers/database.js'
import { deadline, extension, life, openComplaint, responseContent } from '../../helpers/lifecycle.js'

// Whole lives on a fresh database per subtest: slower than the default file timeout on a loaded PostgreSQL.
t.setTimeout(600_000)

t.test('the stage 2 reviewer is never a stage 1 handler or the stage 1 responder (422)', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l, { handler: 'bob' })
  await l.act(id, 'assignment', { serviceArea: 'waste', handler: 'dave' })
  await l.act(id, 'stage1-response', { response: responseContent(1, ['upheld'], { remedies: [{ type: 'apology', description: 'Sorry', dueDate: '2026-01-12' }] }) }, await l.as('dave'))
  await l.act(id, 'escalation', { channel: 'email' })
  for (const who of ['bob', 'dave']) {
    const r = await l.post(id, 'stage2-assignment', { handler: who })
    t.equal(r.statusCode, 422, `${who} handled stage 1`)
    t.equal(r.json().code, 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT')
  }
  await l.act(id, 'stage2-acknowledgement')
  const byDave = await l.post(id, 'stage2-response', { agreesWithStage1: true, response: responseContent(2, []) }, await l.as('dave'))
  t.equal(byDave.statusCode, 422, 'nor may a stage 1 handler answer stage 2 himself')
  t.equal(byDave.json().code, 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT')
  t.equal((await l.get(id)).stage2.response, null)
})

t.test('extensions over the cap: 422 without a good reason, flagged beyond the Code with one', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  let c = await l.act(id, 'extensions', extension('2026-01-05', { workingDays: 8 }))
  const over = await l.post(id, 'extensions', extension('2026-01-05', { workingDays: 3 }))
  t.equal(over.statusCode, 422)
  t.equal(over.json().code, 'CASE.EXTENSION_OVER_CAP')
  t.equal((await l.get(id)).version, c.version, 'nothing recorded')
  c = await l.act(id, 'extensions', extension('2026-01-05', { workingDays: 3 }, 'The contractor\'s records were destroyed in a fire'))
  t.match(c.stage1.extensions[1], { workingDays: 3, beyondCode: true, goodReason: 'The contractor\'s records were destroyed in a fire' })
  t.equal(c.stage1.extensions[0].beyondCode, false)
  t.equal(c.flags.extendedBeyondCode, true)
  t.equal(deadline(c, 'stage1_response')?.beyondCode, true)
  t.equal(deadline(c, 'stage1_response')?.due, '2026-02-03', '19 January + 11 working days')
  const noOmbudsman = await l.post(id, 'extensions', { ...extension('2026-01-05', { workingDays: 1 }, 'x'), ombudsmanDetailsGiven: false })
  t.equal(noOmbudsman.statusCode, 422)
  t.equal(noOmbudsman.json().code, 'CASE.EXTENSION_NEEDS_OMBUDSMAN_DETAILS')
})

t.test('a response missing an element is 422 naming what is missing', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  const bare = await l.post(id, 'stage1-response', { response: { stage: 2, findings: [] } })
  t.equal(bare.statusCode, 422)
  t.equal(bare.json().code, 'CASE.RESPONSE_INCOMPLETE')
  t.same(bare.json().missing, ['stage', 'complaintDefinition', 'decision', 'reasons', 'remedies', 'outstandingActions', 'howToEscalate'])
  const noAmount = await l.post(id, 'stage1-response', {
    response: responseContent(1, ['upheld'], { remedies: [{ type: 'financial', description: 'A payment', dueDate: '2026-01-20' }] }),
  })
  t.equal(noAmount.statusCode, 422)
  t.same(noAmount.json().missing, ['financialAmount'])
  const partly = await l.post(id, 'stage1-response', { response: responseContent(1, ['upheld', 'partly_upheld']) })
  t.equal(partly.statusCode, 422, 'the Code\'s defaults are two-way')
  t.equal(partly.json().code, 'CASE.FINDING_NOT_IN_SCHEME')
  t.same(partly.json().missing, ['findings.1'])
  t.equal((await l.get(id)).status, 'stage1_acknowledged')
})

t.test('a late response is accepted and recorded late', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  l.at('2026-01-19T23:30:00Z') // still 19 January in London: on time
  const onTime = await openComplaint(l)
  t.equal(deadline(await l.get(onTime), 'stage1_response')?.due, '2026-02-02', '10 working days after acknowledgement on 19 January')
  let c = await l.act(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) })
  t.equal(c.stage1.response.late, false, 'due by the end of 19 January')
  l.at('2026-02-03T00:30:00Z')
  c = await l.act(onTime, 'stage1-response', { response: responseContent(1, ['not_upheld']) })
  t.match(c.stage1.response, { late: true, dueOn: '2026-02-02', respondedOn: '2026-02-03' })
  t.equal(c.flags.respondedLate, true)
})

t.test('pause and resume where the policy allows: reported, and the paused working days move the due date', async (t) => {
  const l = await life(t, { overrides: { clockMayPause: true } })
  const id = await openComplaint(l)
  l.at('2026-01-12T09:00:00Z')
  let c = await l.act(id, 'pause', { reason: 'Waiting for the person to send photos' })
  t.equal(c.flags.clockPaused, true)
  t.equal(deadline(c, 'stage1_response')?.pausedSince, '2026-01-12')
  const whilePaused = await l.post(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) })
  t.equal(whilePaused.statusCode, 409)
  t.equal(whilePaused.json().code, 'CASE.CLOCK_PAUSED')
  t.equal((await l.post(id, 'pause', { reason: 'again' })).json().code, 'CASE.ALREADY_PAUSED')
  l.at('2026-01-15T09:00:00Z')
  c = await l.act(id, 'resume')
  t.same(c.stage1.pauses, [{ from: '2026-01-12', until: '2026-01-15', reason: 'Waiting for the person to send photos', workingDays: 3 }])
  t.equal(c.flags.clockPaused, false)
  t.equal(deadline(c, 'stage1_response')?.due, '2026-01-22', '19 January + 3 working days paused')
  t.match(deadline(c, 'stage1_response')?.basis, /\+ 3 working days paused/)
  t.same(c.nextDue, { kind: 'stage1_response', due: '2026-01-22' })
})

t.test('an escalation is refused only naming the catalogue (Code 5.7)', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  await l.act(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) })
  await l.act(id, 'escalation', { channel: 'email' })
  const bare = await l.post(id, 'escalation-decision', { decision: 'refuse', explanation: 'No' })
  t.equal(bare.json().code, 'CASE.REFUSAL_NEEDS_EXCLUSION')
  const unknown = await l.post(id, 'escalation-decision', { decision: 'refuse', exclusionCodes: ['noise'], explanation: 'Noise is dealt with elsewhere' })
  t.equal(unknown.statusCode, 422)
  t.same(unknown.json().missing, ['noise'], 'not in the Code\'s catalogue')
  const c = await l.act(id, 'escalation-decision', { decision: 'refuse', exclusionCodes: ['personnel_matter'], explanation: 'This is an employment grievance' })
  t.equal(c.status, 'escalation_refused')
  t.same(c.escalation.decision.exclusionCodes, ['personnel_matter'])
  t.equal(deadline(c, 'stage2_acknowledgement'), undefined)
  t.equal(c.nextDue, null)
})

t.test('two concurrent responses to one case: one wins', { skip: usingPostgres() ? false : 'PGlite has one connection, so requests never overlap; set DATABASE_URL to run on PostgreSQL' }, async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  const [a, b] = await Promise.all([
    l.post(id, 'stage1-response', { response: responseContent(1, ['upheld'], { remedies: [{ type: 'apology', description: 'A', dueDate: '2026-01-12' }] }) }),
    l.post(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) }),
  ])
  t.same([a.statusCode, b.statusCode].sort(), [200, 409])
  const loser = a.statusCode === 409 ? a : b
  t.equal(loser.json().code, 'CASE.ALREADY_RESPONDED')
  const timeline = await l.app.inject({ method: 'GET', url: `/v1/complaints/${id}/timeline`, headers: l.team })
  t.equal(timeline.json().items.filter((e: { type: string }) => e.type === 'responded').length, 1)
  const winner = a.statusCode === 200 ? a : b
  t.equal((await l.get(id)).stage1.response.outcome, winner.json().stage1.response.outcome)
})
