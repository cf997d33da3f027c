import t from 'tap'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { act, createComplaint, get, queueIds, step, triagedComplaint } from '../../helpers/complaints.js'

const REFUSAL = {
  decision: 'refused',
  exclusionCodes: ['legal_action_started'],
  explanation: 'You have started court proceedings about this matter.',
  ombudsmanRightGiven: true,
}

t.test('acknowledgement: accept or refuse', async (t) => {
  // Monday 5 January 2026; subtests that move the clock put it back.
  let now = new Date('2026-01-05T10:00:00Z')
  const app = await build(t, { now: () => now })
  const council = await seedCouncil(app)
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  t.beforeEach(() => { now = new Date('2026-01-05T10:00:00Z') })

  t.test('accepted on time: the response clock starts from the acknowledgement', async (t) => {
    const c = await triagedComplaint(app, team)
    const res = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(res.statusCode, 200, res.body)
    const body = res.json()
    t.match(body, {
      status: 'stage1_acknowledged', version: 3,
      acceptance: { decision: 'accepted', exclusionCodes: [] },
      stage1: { acknowledgedOn: '2026-01-05', acknowledgedLate: false },
      flags: { acknowledgedLate: false, overdue: false },
    })
    t.match(body.deadlines, [
      { kind: 'stage1_acknowledgement', due: '2026-01-12', doneOn: '2026-01-05', state: 'met' },
      { kind: 'stage1_response', due: '2026-01-19', projected: false, state: 'open' },
    ])
    t.match(body.deadlines[1].basis, /10 working days after acknowledgement on 2026-01-05/)
    t.same(body.nextDue, { kind: 'stage1_response', due: '2026-01-19' })
  })

  t.test('acknowledging twice is a conflict', async (t) => {
    const c = await triagedComplaint(app, team)
    await step(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    const again = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(again.statusCode, 409)
    t.match(again.json(), { code: 'CASE.ALREADY_ACKNOWLEDGED', type: 'urn:problem:case.already_acknowledged' })
  })

  t.test('acknowledging before triage, or a service request, is a conflict', async (t) => {
    const untriaged = await createComplaint(app, team)
    const early = await act(app, team, untriaged.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(early.statusCode, 409)
    t.equal(early.json().code, 'CASE.NOT_TRIAGED')

    const request = await createComplaint(app, team)
    await step(app, team, request.id, 'triage', { as: 'service_request' })
    const res = await act(app, team, request.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(res.statusCode, 409)
    t.equal(res.json().code, 'CASE.NOT_A_COMPLAINT')
  })

  t.test('late acknowledgement is allowed and recorded as late', async (t) => {
    const c = await triagedComplaint(app, team)
    now = new Date('2026-01-14T09:00:00Z')
    const overdue = await get(app, team, `/v1/complaints/${c.id}`)
    t.equal(overdue.json().flags.overdue, true, 'past its due date of 12 January')
    t.equal(overdue.json().deadlines[0].state, 'overdue')
    t.ok((await queueIds(app, team, 'overdue=true&limit=100')).includes(c.id))

    const res = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), {
      status: 'stage1_acknowledged',
      stage1: { acknowledgedOn: '2026-01-14', acknowledgedLate: true },
      flags: { acknowledgedLate: true, overdue: false },
    })
    t.match(res.json().deadlines[0], { kind: 'stage1_acknowledgement', due: '2026-01-12', doneOn: '2026-01-14', state: 'late' })
    const timeline = await get(app, team, `/v1/complaints/${c.id}/timeline`)
    t.match(timeline.json().items.at(-1), { type: 'acknowledged', data: { late: true, dueOn: '2026-01-12', acknowledgedOn: '2026-01-14' } })
  })

  t.test('acknowledged on its due day is on time', async (t) => {
    const c = await triagedComplaint(app, team)
    now = new Date('2026-01-12T23:59:00Z')
    const res = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(res.json().stage1.acknowledgedLate, false)
    t.equal(res.json().deadlines[0].state, 'met')
  })

  t.test('refused under the catalogue, with an explanation and the right to go to the Ombudsman', async (t) => {
    const c = await triagedComplaint(app, team)
    const res = await act(app, team, c.id, 'acknowledgement', REFUSAL)
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), {
      status: 'refused',
      acceptance: { decision: 'refused', exclusionCodes: ['legal_action_started'], explanation: REFUSAL.explanation, ombudsmanRightGiven: true },
      nextDue: null,
    })
    t.same(res.json().deadlines.map((d: { kind: string }) => d.kind), ['stage1_acknowledgement'], 'no response is due on a refused complaint')
    t.ok((await queueIds(app, team, 'status=refused&limit=100')).includes(c.id))

    const again = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(again.statusCode, 409)
    t.equal(again.json().code, 'CASE.REFUSED')
  })

  t.test('a refusal that breaks a rule is 422 naming the rule, and changes nothing', async (t) => {
    const c = await triagedComplaint(app, team)
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['no catalogue entry', { ...REFUSAL, exclusionCodes: [] }, 'CASE.REFUSAL_NEEDS_EXCLUSION'],
      ['codes left out', { ...REFUSAL, exclusionCodes: undefined }, 'CASE.REFUSAL_NEEDS_EXCLUSION'],
      ['an unknown code', { ...REFUSAL, exclusionCodes: ['legal_action_started', 'made_up'] }, 'CASE.UNKNOWN_EXCLUSION'],
      // West Oxfordshire's catalogue has planning judgement; the case runs under the Code's default (lgsco-2024).
      ['another policy\'s code', { ...REFUSAL, exclusionCodes: ['planning_judgement'] }, 'CASE.UNKNOWN_EXCLUSION'],
      ['no explanation', { ...REFUSAL, explanation: undefined }, 'CASE.REFUSAL_NEEDS_EXPLANATION'],
      ['the Ombudsman right not given', { ...REFUSAL, ombudsmanRightGiven: false }, 'CASE.OMBUDSMAN_RIGHT_REQUIRED'],
      ['the Ombudsman right not stated', { ...REFUSAL, ombudsmanRightGiven: undefined }, 'CASE.OMBUDSMAN_RIGHT_REQUIRED'],
    ]
    for (const [why, body, code] of cases) {
      const res = await act(app, team, c.id, 'acknowledgement', JSON.parse(JSON.stringify(body)))
      t.equal(res.statusCode, 422, `${why}: ${res.body}`)
      t.equal(res.json().code, code, why)
    }
    // White space alone is no explanation: refused with the field and rule like any other malformed text.
    const blank = await act(app, team, c.id, 'acknowledgement', { ...REFUSAL, explanation: '  ' })
    t.equal(blank.statusCode, 400)
    t.match(blank.json().errors, [{ location: 'body', field: '/explanation', rule: 'notBlank' }])
    const unknown = await act(app, team, c.id, 'acknowledgement', { ...REFUSAL, exclusionCodes: ['made_up'] })
    t.same(unknown.json().missing, ['made_up'], 'the unknown code is named')
    const after = await get(app, team, `/v1/complaints/${c.id}`)
    t.match(after.json(), { status: 'triaged_complaint', version: 2, acceptance: null })
  })

  t.test('a bad decision is a validation error naming the field', async (t) => {
    const c = await triagedComplaint(app, team)
    const res = await act(app, team, c.id, 'acknowledgement', { decision: 'maybe' })
    t.equal(res.statusCode, 400)
    t.ok(res.json().errors.some((e: { field: string }) => e.field === '/decision'), res.body)
  })

  t.test('outside the 12-month limit, accepting needs a good reason', async (t) => {
    const c = await triagedComplaint(app, team, { awareOn: '2024-06-01' })
    const bare = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' })
    t.equal(bare.statusCode, 422)
    t.equal(bare.json().code, 'CASE.OUTSIDE_TIME_LIMIT_REASON_REQUIRED')
    const res = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted', outsideTimeLimitReason: 'In hospital for most of 2025' })
    t.equal(res.statusCode, 200, res.body)
    t.equal(res.json().acceptance.outsideTimeLimitReason, 'In hospital for most of 2025')
  })

  t.test('If-Match: a stale version is 412, the current one applies', async (t) => {
    const c = await triagedComplaint(app, team)
    const stale = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' }, { 'if-match': '"1"' })
    t.equal(stale.statusCode, 412)
    t.equal(stale.json().code, 'CASE.VERSION_MISMATCH')
    t.equal((await get(app, team, `/v1/complaints/${c.id}`)).json().status, 'triaged_complaint')
    const fresh = await act(app, team, c.id, 'acknowledgement', { decision: 'accepted' }, { 'if-match': 'W/"2"' })
    t.equal(fresh.statusCode, 200, fresh.body)
    t.equal(fresh.headers.etag, '"3"')
    const junk = await act(app, team, c.id, 'assignment', { serviceArea: 'waste', handler: 'bob' }, { 'if-match': 'latest' })
    t.equal(junk.statusCode, 400, 'an If-Match that is not a version is a validation error')
  })
})
