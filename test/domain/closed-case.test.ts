/** A case that reads as closed (final response sent, or escalation window passed) is not edited any more. */
import t from 'tap'
import { closedOn, decide, effectiveStatus } from '../../src/domain/index.js'
import { ctx, histories, run } from './fixtures/case.js'

t.test('the stage 2 response is final: the case reads as closed', async (t) => {
  const s = run(histories.stage2_responded ?? [])
  t.equal(s.status, 'stage2_responded', 'the stored status keeps what happened')
  t.equal(effectiveStatus(s, '2026-01-20T10:00:00Z'), 'closed')
  t.equal(closedOn(s, '2026-01-20T10:00:00Z'), '2026-01-20', 'its closing date is the final response\'s')
  const closed = decide(s, { type: 'close' }, ctx('2026-01-21T09:00:00Z'))
  t.equal(closed.ok ? null : closed.error.code, 'CASE.CLOSED', 'a second closure is refused with the state\'s code')
  t.ok(decide(s, { type: 'complete_remedy', remedyId: 's1-r1', completedOn: '2026-01-21' }, ctx('2026-01-21T09:00:00Z')).ok, 'remedies are followed after closure')
})

t.test('after the window passed, the case is closed to edits but an escalation is still recorded', async (t) => {
  const s = run(histories.stage1_responded ?? [])
  const withdraw = { type: 'withdraw', withdrawnOn: '2026-01-19', how: 'by phone' } as const
  t.ok(decide(s, withdraw, ctx('2026-01-19T23:00:00Z')).ok, 'last day of the window (London): still open')
  t.equal(closedOn(s, '2026-01-19T23:00:00Z'), null, 'no closing date while the window is open')
  const late = decide(s, withdraw, ctx('2026-01-20T00:30:00Z'))
  t.equal(late.ok ? null : late.error.code, 'CASE.CLOSED')
  t.equal(closedOn(s, '2026-01-20T00:30:00Z'), '2026-01-19', 'closed on the window\'s last day')
  const close = decide(s, { type: 'close' }, ctx('2026-01-20T09:00:00Z'))
  t.equal(close.ok ? null : close.error.code, 'CASE.CLOSED', 'closing it again is refused')
  const escalate = decide(s, { type: 'escalate', requestedAt: '2026-01-21T09:00:00Z', channel: 'email' }, ctx('2026-01-21T10:00:00Z'))
  t.ok(escalate.ok, 'never lost: recorded outside the window for a decision')
  t.equal(escalate.ok ? escalate.events[0]?.type : null, 'escalation_requested')
  const refer = decide(s, { type: 'refer_to_ombudsman', referredOn: '2026-01-21', reference: 'X' }, ctx('2026-01-21T10:00:00Z'))
  t.ok(refer.ok, 'the Ombudsman may still be involved')
  const respond = decide(s, { type: 'respond_stage1', response: {} }, ctx('2026-01-21T10:00:00Z'))
  t.equal(respond.ok ? null : respond.error.code, 'CASE.ALREADY_RESPONDED', 'a command refused anyway keeps its own code')
})

t.test('a case closed early after stage 1 and then escalated is open again, with no closing date', async (t) => {
  const s = run(histories.closed ?? [])
  t.equal(closedOn(s, '2026-01-07T10:00:00Z'), '2026-01-06', 'the recorded closure')
  const escalated = run([[{ type: 'escalate', requestedAt: '2026-01-08T09:00:00Z', channel: 'email' }, '2026-01-08T10:00:00Z']], undefined, s)
  t.equal(closedOn(escalated, '2026-01-08T11:00:00Z'), null)
})
