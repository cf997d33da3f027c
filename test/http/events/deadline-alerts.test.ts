/**
 * The time-based events, driven by a clock the test sets: each comes due on its Europe/London date, is written
 * once whatever runs the scheduler how often, and moves with the date it is about.
 * Dates: a complaint acknowledged on Monday 5 January 2026 is due a stage 1 response on Monday 19 January.
 */
import t from 'tap'
import { extension, life, openComplaint, responseContent, type Life } from '../../helpers/lifecycle.js'

t.setTimeout(600_000)

async function timeEvents(l: Life, caseId: string) {
  const r = await l.app.inject({ method: 'GET', url: '/v1/events?limit=500&types=deadline.approaching,deadline.missed,remedy.overdue,case.closed', headers: l.team })
  if (r.statusCode !== 200) throw new Error(`feed: ${r.statusCode} ${r.body}`)
  return (r.json().items as Array<{ type: string; caseId: string; occurredAt: string; data: Record<string, string> }>)
    .filter((e) => e.caseId === caseId)
    .map((e) => [e.type, e.data.deadline ?? e.data.remedyId ?? e.data.closure, e.data.due ?? null, e.occurredAt])
}

const pass = (l: Life, instant: string) => l.app.eventWorker.alerts(new Date(instant))

t.test('deadline.approaching two working days before, deadline.missed the day after, each once', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  await pass(l, '2026-01-14T23:59:00Z')
  t.same(await timeEvents(l, id), [], 'Wednesday 14 January: three working days to go, nothing yet')

  const first = await pass(l, '2026-01-15T00:30:00Z')
  t.equal(first.emitted, 1)
  const approaching = [['deadline.approaching', 'stage1_response', '2026-01-19', '2026-01-15T00:00:00.000Z']]
  t.same(await timeEvents(l, id), approaching, 'Thursday 15 January, two working days before Monday 19th')
  for (const at of ['2026-01-15T12:00:00Z', '2026-01-16T09:00:00Z', '2026-01-19T17:00:00Z']) await pass(l, at)
  t.same(await timeEvents(l, id), approaching, 'later passes (a restart, another tick) write nothing again')

  await pass(l, '2026-01-20T08:00:00Z')
  t.same((await timeEvents(l, id)).at(-1), ['deadline.missed', 'stage1_response', '2026-01-19', '2026-01-20T00:00:00.000Z'], 'Tuesday 20th: missed')
  await pass(l, '2026-01-21T08:00:00Z')
  t.equal((await timeEvents(l, id)).length, 2, 'missed once')

  const timeline = await l.app.inject({ method: 'GET', url: `/v1/complaints/${id}/timeline`, headers: l.team })
  t.same(timeline.json().items.map((e: { type: string }) => e.type).slice(-2), ['deadline_approaching', 'deadline_missed'], 'the case\'s own history carries them too')
  const c = await l.get(id)
  t.equal(c.version, 4, 'time-based events do not change the case')
})

t.test('an extension moves the date, and the alerts with it', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  await pass(l, '2026-01-15T09:00:00Z')
  l.at('2026-01-15T10:00:00Z')
  await l.act(id, 'extensions', extension('2026-01-15', { workingDays: 5 }))
  await pass(l, '2026-01-20T09:00:00Z')
  t.same((await timeEvents(l, id)).map((e) => e.slice(0, 3)), [['deadline.approaching', 'stage1_response', '2026-01-19']],
    'the old date passing is no longer a miss')
  await pass(l, '2026-01-22T09:00:00Z')
  await pass(l, '2026-01-27T09:00:00Z')
  t.same((await timeEvents(l, id)).map((e) => e.slice(0, 3)), [
    ['deadline.approaching', 'stage1_response', '2026-01-19'],
    ['deadline.approaching', 'stage1_response', '2026-01-26'],
    ['deadline.missed', 'stage1_response', '2026-01-26'],
  ], 'the new date is approached (Thursday 22nd) and missed (Tuesday 27th)')
})

t.test('a met duty raises nothing; a policy may warn earlier, or not at all', async (t) => {
  const l = await life(t, { overrides: { deadlineAlertWorkingDays: 0 } })
  const id = await openComplaint(l)
  await pass(l, '2026-01-16T09:00:00Z')
  t.same(await timeEvents(l, id), [], 'deadlineAlertWorkingDays 0: no approaching')
  l.at('2026-01-16T10:00:00Z')
  await l.act(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) }, await l.as('bob'))
  await pass(l, '2026-01-20T09:00:00Z')
  t.same(await timeEvents(l, id), [], 'responded in time: never missed')

  const five = await life(t, { overrides: { deadlineAlertWorkingDays: 5 } })
  const other = await openComplaint(five)
  await pass(five, '2026-01-11T09:00:00Z')
  t.same(await timeEvents(five, other), [])
  await pass(five, '2026-01-12T09:00:00Z')
  t.same((await timeEvents(five, other)).map((e) => e.slice(0, 3)), [['deadline.approaching', 'stage1_response', '2026-01-19']], 'five working days before: Monday 12th')
})

t.test('case.closed when the escalation window passes; remedy.overdue the day after its date', async (t) => {
  const l = await life(t, { preset: 'west-oxfordshire-2025' })
  const id = await openComplaint(l)
  l.at('2026-01-16T10:00:00Z')
  await l.act(id, 'stage1-response', {
    response: responseContent(1, ['upheld'], { remedies: [{ type: 'apology', description: 'Sorry', dueDate: '2026-01-23' }] }),
  }, await l.as('bob'))
  await pass(l, '2026-01-23T20:00:00Z')
  t.same(await timeEvents(l, id), [], 'the remedy is due by the end of Friday 23rd')
  await pass(l, '2026-01-24T00:10:00Z')
  t.same(await timeEvents(l, id), [['remedy.overdue', 's1-r1', '2026-01-23', '2026-01-24T00:00:00.000Z']])
  await pass(l, '2026-01-30T09:00:00Z')
  t.equal((await timeEvents(l, id)).length, 1, 'window open until Friday 30 January (14 days after the 16th)')
  await pass(l, '2026-01-31T09:00:00Z')
  await pass(l, '2026-02-01T09:00:00Z')
  t.same((await timeEvents(l, id)).at(-1), ['case.closed', 'escalation_window_passed', null, '2026-01-31T00:00:00.000Z'], 'closed once, the day after the window')
  t.equal((await timeEvents(l, id)).length, 2)
  l.at('2026-01-31T09:00:00Z')
  t.equal((await l.get(id)).status, 'closed', 'the case reads as closed, as the event says')
})

t.test('a scheduler that first runs after the date writes the miss, not a late warning', async (t) => {
  const l = await life(t)
  const id = await openComplaint(l)
  const first = await pass(l, '2026-01-20T09:00:00Z')
  t.equal(first.checked, 1)
  t.same((await timeEvents(l, id)).map((e) => e[0]), ['deadline.missed'])
  const again = await pass(l, '2026-01-20T10:00:00Z')
  t.equal(again.checked, 0, 'nothing to look at until the case changes or its next alert comes due')
})
