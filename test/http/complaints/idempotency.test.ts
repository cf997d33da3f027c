import t from 'tap'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { get, intakeBody, postIntake, queueIds, step } from '../../helpers/complaints.js'

const NOW = new Date('2026-01-05T10:00:00Z')

t.test('idempotent intake', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app, { referencePrefix: 'IDM' })
  const other = await seedCouncil(app, { referencePrefix: 'OTH' })
  const team = await tokenFor(council, ['complaints_team'], 'alice')
  const otherTeam = await tokenFor(other, ['complaints_team'], 'alice')
  const key = (name: string) => ({ 'idempotency-key': `crm-${name}-0001` })

  t.test('a retry with the same key and body returns the first case and creates nothing', async (t) => {
    const body = intakeBody({ crmReference: 'CXM-1' })
    const first = await postIntake(app, team, body, key('retry'))
    t.equal(first.statusCode, 201, first.body)
    t.equal(first.headers['idempotent-replayed'], undefined, 'the first answer is not a replay')
    const before = await queueIds(app, team, 'limit=100')

    const again = await postIntake(app, team, body, key('retry'))
    t.equal(again.statusCode, 201, again.body)
    t.equal(again.headers['idempotent-replayed'], 'true')
    t.equal(again.json().id, first.json().id, 'the same case')
    t.equal(again.json().reference, first.json().reference, 'the same reference')
    t.equal(again.headers.location, first.headers.location)
    t.same(await queueIds(app, team, 'limit=100'), before, 'no new case in the queue')

    const timeline = await get(app, team, `/v1/complaints/${first.json().id}/timeline`)
    t.equal(timeline.json().items.length, 1, 'one case_received event, not two')

    const next = await postIntake(app, team, intakeBody())
    t.equal(next.json().reference, 'IDM-2026-000002', 'the replay used up no reference number')
  })

  t.test('the same body with its properties in another order is the same request', async (t) => {
    const body = { summary: 'Potholes on Bridge Street', channel: 'email', person: { email: 'sam@example.org', name: 'Sam' } }
    const first = await postIntake(app, team, body, key('order'))
    const reordered = await postIntake(app, team, { person: { name: 'Sam', email: 'sam@example.org' }, channel: 'email', summary: 'Potholes on Bridge Street' }, key('order'))
    t.equal(reordered.statusCode, 201, reordered.body)
    t.equal(reordered.json().id, first.json().id)
    t.equal(reordered.headers['idempotent-replayed'], 'true')
  })

  t.test('a replay after the case moved on still names the same case', async (t) => {
    const body = intakeBody({ summary: 'Later triaged' })
    const first = await postIntake(app, team, body, key('moved'))
    await step(app, team, first.json().id, 'triage', { as: 'complaint' })
    const again = await postIntake(app, team, body, key('moved'))
    t.equal(again.statusCode, 201)
    t.equal(again.json().id, first.json().id)
    t.equal(again.json().kind, 'complaint', 'no second, untriaged case')
  })

  t.test('the same key with a different body is refused and creates nothing', async (t) => {
    const first = await postIntake(app, team, intakeBody({ summary: 'Original' }), key('reuse'))
    t.equal(first.statusCode, 201)
    const before = await queueIds(app, team, 'limit=100')
    const changed = await postIntake(app, team, intakeBody({ summary: 'Something else' }), key('reuse'))
    t.equal(changed.statusCode, 422, changed.body)
    t.equal(changed.json().code, 'IDEMPOTENCY.KEY_REUSED')
    t.same(await queueIds(app, team, 'limit=100'), before, 'no new case')
    const original = await postIntake(app, team, intakeBody({ summary: 'Original' }), key('reuse'))
    t.equal(original.json().id, first.json().id, 'the key still replays its first request')
  })

  t.test('a refused request does not use up its key', async (t) => {
    const bad = await postIntake(app, team, intakeBody({ receivedAt: '2026-02-01T10:00:00Z' }), key('refused'))
    t.equal(bad.statusCode, 422, bad.body)
    const good = await postIntake(app, team, intakeBody(), key('refused'))
    t.equal(good.statusCode, 201, good.body)
    t.equal(good.headers['idempotent-replayed'], undefined, 'the key was free: the failed request rolled back its claim')
  })

  t.test('keys are per council', async (t) => {
    const body = intakeBody({ summary: 'Same words, two councils' })
    const here = await postIntake(app, team, body, key('shared'))
    const there = await postIntake(app, otherTeam, body, key('shared'))
    t.equal(there.statusCode, 201, there.body)
    t.not(there.json().id, here.json().id, 'another council gets its own case')
    t.equal(there.headers['idempotent-replayed'], undefined)
    t.match(there.json().reference, /^OTH-2026-/)
    t.equal((await get(app, otherTeam, `/v1/complaints/${here.json().id}`)).statusCode, 404)
  })

  t.test('a replay never shows a case to someone who may not read it', async (t) => {
    const ivy = await tokenFor(council, ['intake'], 'ivy')
    const ian = await tokenFor(council, ['intake'], 'ian')
    const body = intakeBody({ summary: 'Logged by ivy' })
    const first = await postIntake(app, ivy, body, key('people'))
    t.equal(first.statusCode, 201)
    const mine = await postIntake(app, ivy, body, key('people'))
    t.equal(mine.json().id, first.json().id, 'the submitter gets the replay')
    const theirs = await postIntake(app, ian, body, key('people'))
    t.equal(theirs.statusCode, 422, 'another intake user is told the key is taken, not shown ivy\'s case')
    t.equal(theirs.json().code, 'IDEMPOTENCY.KEY_REUSED')
    t.notMatch(theirs.body, first.json().id)
    const team = await postIntake(app, await tokenFor(council, ['complaints_team'], 'zoe'), body, key('people'))
    t.equal(team.json().id, first.json().id, 'the complaints team, who may read every case, gets the replay')
  })

  t.test('without a key, every request logs a case', async (t) => {
    const body = intakeBody({ summary: 'No key' })
    const a = await postIntake(app, team, body)
    const b = await postIntake(app, team, body)
    t.not(a.json().id, b.json().id)
  })

  t.test('a malformed key is a validation error naming the header', async (t) => {
    for (const bad of ['short', 'has spaces in it', 'x'.repeat(201)]) {
      const res = await postIntake(app, team, intakeBody(), { 'idempotency-key': bad })
      t.equal(res.statusCode, 400, bad)
      t.match(res.json().errors, [{ location: 'headers', field: '/idempotency-key' }], bad)
    }
  })
})
