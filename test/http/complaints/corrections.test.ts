import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { act, createComplaint, get, step } from '../../helpers/complaints.js'
import { deadline, responseContent } from '../../helpers/lifecycle.js'

// Corrections through whole lives, with the reports recomputed (on PGlite, and on PostgreSQL with DATABASE_URL).
const NOW = new Date('2026-03-20T12:00:00Z')
const app = await build(t, { now: () => NOW })
const council = await seedCouncil(app)
const team = await tokenFor(council, ['complaints_team'], 'alice')

const correct = (id: string, body: object, version?: number) => app.inject({
  method: 'POST', url: `/v1/complaints/${id}/corrections`, payload: body,
  headers: { ...bearer(team), ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
})
const sequenceOf = async (id: string, type: string) =>
  ((await get(app, team, `/v1/complaints/${id}/timeline`)).json().items as { sequence: number; type: string }[]).filter((e) => e.type === type).at(-1)!.sequence
const march = async () => (await get(app, team, '/v1/reports/performance?from=2026-03-01&to=2026-03-31')).json().total

t.test('an acknowledgement recorded on the wrong case is struck out; the case and the reports follow', async (t) => {
  const base = await march()
  const right = await step(app, team, (await createComplaint(app, team, { receivedAt: '2026-03-02T10:00:00Z' })).id, 'triage', { as: 'complaint', occurredAt: '2026-03-02T10:30:00Z' })
  const wrong = await step(app, team, (await createComplaint(app, team, { receivedAt: '2026-03-02T11:00:00Z' })).id, 'triage', { as: 'complaint', occurredAt: '2026-03-02T11:30:00Z' })
  const mistaken = await step(app, team, wrong.id, 'acknowledgement', { decision: 'accepted', occurredAt: '2026-03-04T09:00:00Z' })
  t.equal(mistaken.status, 'stage1_acknowledged')
  t.equal((await march()).volumes.accepted, base.volumes.accepted + 1)

  const seq = await sequenceOf(wrong.id, 'acknowledged')
  const res = await correct(wrong.id, { sequence: seq, reason: 'Acknowledgement keyed on the wrong case' }, mistaken.version)
  t.equal(res.statusCode, 200, res.body)
  const corrected = res.json()
  t.equal(corrected.status, 'triaged_complaint', 'back to awaiting acknowledgement')
  t.equal(corrected.stage1.acknowledgedOn, null)
  t.equal(corrected.acceptance, null)
  t.equal(corrected.version, mistaken.version + 1)
  t.same(corrected.backdated.map((b: { type: string }) => b.type), ['triaged'], 'the struck-out action is no longer a fact')
  t.equal(deadline(corrected, 'stage1_acknowledgement')?.state, 'overdue', 'the acknowledgement was due on 9 March and is now missing')

  const history = (await get(app, team, `/v1/complaints/${wrong.id}/timeline`)).json().items as { sequence: number; type: string; data: Record<string, unknown> }[]
  t.ok(history.some((e) => e.sequence === seq && e.type === 'acknowledged'), 'history is never deleted')
  t.match(history.at(-1), { type: 'corrected', actor: 'alice', data: { sequence: seq, correctedType: 'acknowledged', reason: 'Acknowledgement keyed on the wrong case', replacement: null } })

  const after = await march()
  t.equal(after.volumes.accepted, base.volumes.accepted, 'the report no longer counts the acceptance')
  // Both cases are now without an acknowledgement that fell due on 9 March.
  t.equal(after.stage1.acknowledgement.late.count, base.stage1.acknowledgement.late.count + 2, 'it counts the missing acknowledgement as late')

  // Recorded again on the right case, on the day it was really sent.
  const onRight = await step(app, team, right.id, 'acknowledgement', { decision: 'accepted', occurredAt: '2026-03-04T09:00:00Z' })
  t.equal(onRight.stage1.acknowledgedLate, false)
  const final = await march()
  t.equal(final.volumes.accepted, base.volumes.accepted + 1)
  t.equal(final.stage1.acknowledgement.met.count, base.stage1.acknowledgement.met.count + 1, 'the right case\'s acknowledgement was on time')

  const again = await correct(wrong.id, { sequence: seq, reason: 'twice' })
  t.equal(again.statusCode, 409)
  t.equal(again.json().code, 'CASE.ALREADY_CORRECTED')
})

t.test('a response recorded on the wrong date is redated: lateness, the escalation window and the reports follow', async (t) => {
  const c = await createComplaint(app, team, { receivedAt: '2026-03-02T10:00:00Z' })
  await step(app, team, c.id, 'triage', { as: 'complaint', occurredAt: '2026-03-02T10:30:00Z' })
  await step(app, team, c.id, 'acknowledgement', { decision: 'accepted', occurredAt: '2026-03-02T11:00:00Z' })
  await step(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob', occurredAt: '2026-03-02T12:00:00Z' })
  // Due 16 March; keyed in today without its date, it reads late.
  const late = await step(app, team, c.id, 'stage1-response', { response: responseContent(1, ['upheld']) })
  t.equal(late.stage1.response.late, true)
  const before = await march()

  const seq = await sequenceOf(c.id, 'responded')
  const res = await correct(c.id, { sequence: seq, reason: 'The letter went out on 13 March', redateTo: '2026-03-13T15:00:00Z' }, late.version)
  t.equal(res.statusCode, 200, res.body)
  const redated = res.json()
  t.equal(redated.status, 'stage1_responded')
  t.equal(redated.stage1.response.respondedOn, '2026-03-13')
  t.equal(redated.stage1.response.respondedAt, '2026-03-13T15:00:00.000Z')
  t.equal(redated.stage1.response.late, false)
  t.equal(redated.stage1.response.outcome, 'upheld', 'what it decided stays')
  t.match(redated.backdated.at(-1), { type: 'responded', occurredAt: '2026-03-13T15:00:00.000Z', recordedAt: NOW.toISOString() })

  const after = await march()
  t.equal(after.stage1.response.late.count, before.stage1.response.late.count - 1)
  t.equal(after.stage1.response.withinCodeTimescale.count, before.stage1.response.withinCodeTimescale.count + 1)
  t.equal(after.stage1.outcomes.upheld, before.stage1.outcomes.upheld, 'still one upheld response, now on its real day')

  const future = await correct(c.id, { sequence: seq, reason: 'x', redateTo: '2026-03-21T09:00:00Z' })
  t.equal(future.statusCode, 422)
  t.same(future.json().missing, ['redateTo'])
  const tooEarly = await correct(c.id, { sequence: seq, reason: 'x', redateTo: '2026-03-02T11:30:00Z' })
  t.equal(tooEarly.statusCode, 422, 'not before the assignment it follows')
  t.equal(tooEarly.json().code, 'CASE.DATE_OUT_OF_ORDER')
})

t.test('which actions can be corrected', async (t) => {
  const c = await createComplaint(app, team)
  const triaged = await step(app, team, c.id, 'triage', { as: 'complaint' })
  await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
  const amended = await app.inject({ method: 'PATCH', url: `/v1/complaints/${c.id}`, headers: bearer(team), payload: { summary: 'Bins and recycling missed' } })
  t.equal(amended.statusCode, 200)

  const notLatest = await correct(c.id, { sequence: await sequenceOf(c.id, 'triaged'), reason: 'x' })
  t.equal(notLatest.statusCode, 409, 'only the latest action: correct the acknowledgement first')
  t.equal(notLatest.json().code, 'CASE.CORRECTION_NOT_LATEST')
  const receipt = await correct(c.id, { sequence: 1, reason: 'x' })
  t.equal(receipt.statusCode, 422)
  t.equal(receipt.json().code, 'CASE.NOT_CORRECTABLE')
  const amendment = await correct(c.id, { sequence: await sequenceOf(c.id, 'amended'), reason: 'x' })
  t.equal(amendment.statusCode, 422, 'an amendment is amended again, not corrected')
  const nowhere = await correct(c.id, { sequence: 999, reason: 'x' })
  t.equal(nowhere.statusCode, 422)
  const stale = await correct(c.id, { sequence: await sequenceOf(c.id, 'acknowledged'), reason: 'x' }, triaged.version)
  t.equal(stale.statusCode, 412)

  // Latest first: the acknowledgement, then the triage; the amendment after them stands.
  await correct(c.id, { sequence: await sequenceOf(c.id, 'acknowledged'), reason: 'Wrong case' })
  const undone = await correct(c.id, { sequence: await sequenceOf(c.id, 'triaged'), reason: 'Wrong case' })
  t.equal(undone.statusCode, 200, undone.body)
  t.equal(undone.json().status, 'received')
  t.equal(undone.json().summary, 'Bins and recycling missed')
  const retriaged = await act(app, team, c.id, 'triage', { as: 'service_request' })
  t.equal(retriaged.statusCode, 200, 'the case goes on from the corrected facts')
  t.equal(retriaged.json().kind, 'service_request')
})
