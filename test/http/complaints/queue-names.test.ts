/** The work queue shows handlers by the display name the council's staff record gives them (issue #11). */
import t from 'tap'
import { seedStaff, tokenFor } from '../../helpers/build.js'
import { life, openComplaint, responseContent } from '../../helpers/lifecycle.js'

t.test('queue lines name the stage 1 handler and the stage 2 reviewer from the staff records', async (t) => {
  const l = await life(t)
  const admin = { authorization: `Bearer ${await tokenFor(l.council, ['admin'], 'admin-1')}` }
  // A registered member of staff whose record has lost its display name (the API always sets one).
  await seedStaff(l.app, l.council, ['zoe'])
  await l.app.db.updateTable('staff').set({ display_name: null }).where('council_id', '=', l.council.id).where('subject', '=', 'zoe').execute()

  const bobs = await openComplaint(l, { handler: 'bob' })
  const zoes = await openComplaint(l, { handler: 'zoe' })
  const reviewed = await openComplaint(l, { handler: 'dave' })
  await l.act(reviewed, 'stage1-response', { response: responseContent(1, ['not_upheld']) }, await l.as('dave'))
  await l.act(reviewed, 'escalation', { channel: 'email' })
  await l.act(reviewed, 'stage2-assignment', { handler: 'dora' })
  const unassigned = (await l.app.inject({ method: 'POST', url: '/v1/complaints', headers: l.team, payload: { channel: 'email', anonymous: true, summary: 'Bins' } })).json().id as string

  const byId = async () => new Map((await l.queue('limit=100')).map((i) => [i.id as string, i]))
  let items = await byId()
  t.match(items.get(bobs), { handler: 'bob', handlerName: 'Staff bob', stage2Handler: null, stage2HandlerName: null })
  t.match(items.get(zoes), { handler: 'zoe', handlerName: null }, 'a record without a display name gives null, not the subject')
  t.match(items.get(reviewed), { handler: 'dave', handlerName: 'Staff dave', stage2Handler: 'dora', stage2HandlerName: 'Staff dora' })
  t.match(items.get(unassigned), { handler: null, handlerName: null, stage2HandlerName: null })

  t.test('a renamed member of staff shows by the new name at once (read with the page, not copied into the case)', async (t) => {
    const put = await l.app.inject({
      method: 'PUT', url: '/v1/councils/current/staff/bob', headers: admin,
      payload: { displayName: 'Robert Jones', mayHandleStage1: true, mayReviewStage2: true },
    })
    t.equal(put.statusCode, 200, put.body)
    items = await byId()
    t.equal(items.get(bobs)?.handlerName, 'Robert Jones')
  })

  t.test('every page names its own lines', async (t) => {
    const first = await l.app.inject({ method: 'GET', url: '/v1/complaints?limit=1', headers: l.team })
    const cursor = first.json().nextCursor as string
    const pages = [first.json().items]
    for (let c: string | null = cursor; c; ) {
      const r: { json(): any } = await l.app.inject({ method: 'GET', url: `/v1/complaints?limit=1&cursor=${c}`, headers: l.team })
      pages.push(r.json().items)
      c = r.json().nextCursor
    }
    const named = pages.flat().filter((i) => i.handler !== null && i.handler !== 'zoe')
    t.equal(named.length, 2)
    for (const i of named) t.type(i.handlerName, 'string', `${i.handler} is named on its page`)
  })
})
