import t from 'tap'
import { allowsStatus, COMMAND_RULES, commandErrorCodes, decide, DomainError, type CaseCommand, type CaseState } from '../../src/domain/index.js'
import { ctx, histories, receive, response, run } from './fixtures/case.js'

const commands: CaseCommand[] = [
  receive(),
  { type: 'triage', as: 'complaint' },
  { type: 'upgrade' },
  { type: 'downgrade', personAgreed: true, reason: 'Fix first' },
  { type: 'acknowledge', decision: 'accepted' },
  { type: 'assign', serviceArea: 'Waste', handler: 'handler-2' },
  { type: 'extend', reason: 'Complex', toldPersonOn: '2026-01-02', ombudsmanDetailsGiven: true, workingDays: 5 },
  { type: 'pause', reason: 'Waiting for the person' },
  { type: 'resume' },
  { type: 'respond_stage1', response: response(1) },
  { type: 'escalate', requestedAt: '2026-02-01T09:00:00Z', channel: 'email' },
  { type: 'decide_escalation', decision: 'accept', reason: 'Was in hospital' },
  { type: 'acknowledge_stage2' },
  { type: 'assign_stage2', handler: 'reviewer-2' },
  { type: 'respond_stage2', agreesWithStage1: true, response: response(2) },
  { type: 'refer_to_ombudsman', referredOn: '2026-02-01', reference: '25 012 345' },
  { type: 'record_ombudsman_decision', decidedOn: '2026-02-10', decision: 'no_fault', recommendedRemedies: [] },
  { type: 'complete_remedy', remedyId: 's1-r1', completedOn: '2026-02-01' },
  { type: 'remedy_undeliverable', remedyId: 's1-r1', reason: 'Moved away', alternative: 'Emailed apology' },
  { type: 'complete_action', actionId: 's1-a1', completedOn: '2026-02-01' },
  { type: 'withdraw', withdrawnOn: '2026-02-01', how: 'email' },
  { type: 'close' },
]

const NOW = '2026-02-15T10:00:00Z'
const states: [string, CaseState | null][] = [['(none)', null], ...Object.entries(histories).map(([k, h]): [string, CaseState] => [k, run(h)])]

t.test('every fixture reaches the status it is named after', async (t) => {
  for (const [name, s] of states) if (s !== null) t.equal(s.status, name)
})

t.test('every state x command pair is allowed or a coded DomainError, never a throw', async (t) => {
  let allowed = 0
  for (const [name, state] of states) {
    for (const command of commands) {
      const r = decide(state, command, ctx(NOW))
      if (r.ok) {
        allowed += 1
        t.ok(r.events.length > 0, `${name} x ${command.type} yields events`)
        continue
      }
      t.ok(r.error instanceof DomainError && /^(CASE|CALENDAR)\.[A-Z0-9_]+$/.test(r.error.code), `${name} x ${command.type}: ${r.error.code}`)
    }
  }
  t.ok(allowed > 20, `a good share of pairs are allowed (${allowed})`)
})

t.test('every refusal is a code the command lists (the contract publishes those lists)', async (t) => {
  let refused = 0
  for (const [name, state] of states) {
    if (state === null) continue
    for (const command of commands) {
      if (command.type === 'receive') continue
      const r = decide(state, command, ctx(NOW))
      if (r.ok) continue
      refused += 1
      t.ok(commandErrorCodes(command.type).includes(r.error.code), `${name} x ${command.type}: ${r.error.code} is in commandErrorCodes`)
    }
  }
  t.ok(refused > 100, `refusals checked (${refused})`)
  t.notOk(commandErrorCodes('complete_remedy').includes('CASE.EXTENSION_OVER_CAP'), 'a command lists only its own checks')
})

t.test('disallowed pairs are always refused', async (t) => {
  for (const [name, state] of states) {
    if (state === null) continue
    for (const command of commands) {
      if (command.type === 'receive') continue
      const rule = COMMAND_RULES[command.type]
      const special = command.type === 'escalate' && name === 'closed'
      if (allowsStatus(rule, state.status) || special) continue
      t.equal(decide(state, command, ctx(NOW)).ok, false, `${name} x ${command.type} refused`)
    }
  }
})

t.test('chosen codes', async (t) => {
  const code = (status: string, c: CaseCommand) => {
    const s = states.find(([n]) => n === status)?.[1] ?? null
    const r = decide(s, c, ctx(NOW))
    return r.ok ? 'ok' : r.error.code
  }
  const respond1 = commands[9] as CaseCommand
  t.equal(code('(none)', respond1), 'CASE.NOT_RECEIVED')
  t.equal(code('received', respond1), 'CASE.NOT_ACKNOWLEDGED')
  t.equal(code('stage1_responded', respond1), 'CASE.ALREADY_RESPONDED')
  t.equal(code('received', receive()), 'CASE.ALREADY_EXISTS')
  t.equal(code('service_request', respond1), 'CASE.NOT_A_COMPLAINT')
  t.equal(code('closed', { type: 'withdraw', withdrawnOn: '2026-02-01', how: 'x' }), 'CASE.CLOSED')
  t.equal(code('escalation_pending_decision', { type: 'acknowledge_stage2' }), 'CASE.ESCALATION_DECISION_REQUIRED')
  t.equal(code('escalation_requested', { type: 'escalate', requestedAt: '2026-02-01T09:00:00Z', channel: 'email' }), 'CASE.ALREADY_ESCALATED')
  t.equal(code('stage1_acknowledged', { type: 'close' }), 'CASE.STILL_OPEN')
})
