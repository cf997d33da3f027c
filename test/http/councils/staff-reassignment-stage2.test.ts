/** A leaver's stage 2 reviews move in the same one call as stage 1 cases, under the same rules (issue #11). */
import t from 'tap'
import { seedStaff } from '../../helpers/build.js'
import { life, openComplaint, responseContent, type Life } from '../../helpers/lifecycle.js'

/** A case answered at stage 1 by its handler, escalated, and assigned to a stage 2 reviewer; returns its id. */
async function atStage2(l: Life, handler: string, reviewer: string): Promise<string> {
  const id = await openComplaint(l, { handler })
  await l.act(id, 'stage1-response', { response: responseContent(1, ['not_upheld']) }, await l.as(handler))
  await l.act(id, 'escalation', { channel: 'email' })
  await l.act(id, 'stage2-assignment', { handler: reviewer })
  return id
}

t.test('reassigning a leaver\'s stage 2 reviews', async (t) => {
  const l = await life(t)
  const reassign = (leaver: string, payload: Record<string, unknown>) =>
    l.app.inject({ method: 'POST', url: `/v1/councils/current/staff/${leaver}/reassignment`, headers: l.team, payload })
  const timeline = async (id: string) => (await l.app.inject({ method: 'GET', url: `/v1/complaints/${id}/timeline`, headers: l.team })).body

  t.test('a stage 2 case moves to the stage2Handler given, recorded on the case', async (t) => {
    const id = await atStage2(l, 'bob', 'dora')
    await seedStaff(l.app, l.council, ['dora'], { active: false })
    const res = await reassign('dora', { stage2Handler: 'dan' })
    t.equal(res.statusCode, 200, res.body)
    t.same(res.json(), { reassigned: [{ caseId: id, stage: 2, to: 'dan' }], skipped: [] })
    const c = await l.get(id)
    t.same([c.handler, c.stage2Handler], ['bob', 'dan'], 'the reviewer changes; the stage 1 handler does not')
    t.match(await timeline(id), /"dan"/, 'the reassignment is in the case\'s history')
    t.same((await reassign('dora', { stage2Handler: 'dan' })).json(), { reassigned: [], skipped: [] }, 'nothing left to move')
  })

  t.test('without a stage2Handler the stage 2 case is skipped (STAFF.NO_SUCCESSOR) and left as it was', async (t) => {
    const id = await atStage2(l, 'carol', 'erin')
    const before = await l.get(id)
    const res = await reassign('erin', { handler: 'dave' })
    t.equal(res.statusCode, 200, res.body)
    t.same(res.json().reassigned, [])
    t.match(res.json().skipped, [{ caseId: id, code: 'STAFF.NO_SUCCESSOR', detail: /stage2Handler/ }])
    t.equal(res.json().skipped.length, 1)
    const after = await l.get(id)
    t.same([after.stage2Handler, after.handler, after.version], ['erin', 'carol', before.version], 'nothing was written')
  })

  t.test('a successor who handled stage 1 of the case is skipped by the independence rule', async (t) => {
    const id = await atStage2(l, 'handler-1', 'reviewer-1')
    const independent = await atStage2(l, 'handler-2', 'reviewer-1')
    const before = await l.get(id)
    const res = await reassign('reviewer-1', { stage2Handler: 'handler-1' })
    t.equal(res.statusCode, 200, res.body)
    t.same(res.json().reassigned, [{ caseId: independent, stage: 2, to: 'handler-1' }], 'a case the successor did not handle moves')
    t.match(res.json().skipped, [{ caseId: id, code: 'CASE.STAGE2_HANDLER_NOT_INDEPENDENT', detail: /handler-1/ }])
    t.equal(res.json().skipped.length, 1)
    const after = await l.get(id)
    t.same([after.stage2Handler, after.version], ['reviewer-1', before.version], 'the case keeps its reviewer, untouched')
    t.equal((await l.get(independent)).stage2Handler, 'handler-1')
  })
})
