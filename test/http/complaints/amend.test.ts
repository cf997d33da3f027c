import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { acceptedComplaint, createComplaint, get } from '../../helpers/complaints.js'

let now = new Date('2026-03-10T12:00:00Z')
const app = await build(t, { now: () => now })
const council = await seedCouncil(app)
const team = await tokenFor(council, ['complaints_team'], 'alice')
const intake = await tokenFor(council, ['intake'], 'ivy')
const bob = await tokenFor(council, ['handler'], 'bob')

const patch = (token: string, id: string, payload: unknown, version?: number) => app.inject({
  method: 'PATCH', url: `/v1/complaints/${id}`, payload: payload as object,
  headers: { ...bearer(token), ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
})
const timeline = async (token: string, id: string) => (await get(app, token, `/v1/complaints/${id}/timeline`)).json().items
const amendments = async (token: string, id: string) => (await timeline(token, id)).filter((e: { type: string }) => e.type === 'amended')

t.test('contact details change as an event naming each field, old and new', async (t) => {
  const c = await createComplaint(app, team, { person: { name: 'Pat Doe', email: 'pat@example.org' } })
  const res = await patch(team, c.id, {
    person: { email: 'pat.doe@example.org', phone: '01993 861000', preferredContactMethod: 'phone' }, reason: 'The person phoned with new details',
  }, c.version)
  t.equal(res.statusCode, 200, res.body)
  const amended = res.json()
  t.equal(amended.version, c.version + 1)
  t.equal(res.headers.etag, `"${c.version + 1}"`)
  t.same(amended.person, { name: 'Pat Doe', email: 'pat.doe@example.org', phone: '01993 861000', preferredContactMethod: 'phone' })
  const [entry] = await amendments(team, c.id)
  t.equal(entry.actor, 'alice')
  t.equal(entry.occurredAt, now.toISOString())
  t.same(entry.data, {
    changes: [
      { field: '/person/email', from: 'pat@example.org', to: 'pat.doe@example.org' },
      { field: '/person/phone', to: '01993 861000' },
      { field: '/person/preferredContactMethod', to: 'phone' },
    ],
    reason: 'The person phoned with new details',
  })

  const found = (await get(app, team, '/v1/complaints?personEmail=Pat.Doe@example.org')).json().items.map((i: { id: string }) => i.id)
  t.same(found, [c.id], 'the lookup by email follows the amended address')
  t.same((await get(app, team, '/v1/complaints?personEmail=pat@example.org')).json().items, [], 'and no longer the old one')

  const removed = await patch(team, c.id, { person: { phone: null } }, amended.version)
  t.equal(removed.statusCode, 200, removed.body)
  t.notOk('phone' in removed.json().person, 'null removes an optional field')

  const same = await patch(team, c.id, { person: { email: 'pat.doe@example.org' } })
  t.equal(same.statusCode, 200)
  t.equal(same.json().version, removed.json().version, 'a patch that changes nothing records nothing')
  t.equal((await amendments(team, c.id)).length, 2)
})

t.test('If-Match: a stale version is 412 and changes nothing', async (t) => {
  const c = await createComplaint(app, team)
  await patch(team, c.id, { summary: 'Bins missed four weeks running' }, c.version)
  const stale = await patch(team, c.id, { summary: 'Something else' }, c.version)
  t.equal(stale.statusCode, 412, stale.body)
  t.equal(stale.json().code, 'CASE.VERSION_MISMATCH')
  t.equal((await get(app, team, `/v1/complaints/${c.id}`)).json().summary, 'Bins missed four weeks running')
})

t.test('all or nothing: every broken rule is named, and nothing is written', async (t) => {
  const c = await createComplaint(app, team)
  const res = await patch(team, c.id, {
    summary: 'A new summary',
    adjustmentsReviewOn: '2026-04-01',
    representative: { name: 'Sam Doe', relationship: 'son', consent: { basis: 'written_consent', recordedOn: '2026-03-11' } },
  }, c.version)
  t.equal(res.statusCode, 422, res.body)
  t.equal(res.json().code, 'CASE.INVALID_AMENDMENT')
  t.same(res.json().errors.map((e: { field: string; rule: string }) => [e.field, e.rule]), [
    ['/adjustmentsReviewOn', 'requiresReasonableAdjustments'],
    ['/representative/consent/recordedOn', 'notInFuture'],
  ])
  const after = (await get(app, team, `/v1/complaints/${c.id}`)).json()
  t.equal(after.version, c.version)
  t.equal(after.summary, c.summary)
  t.equal((await amendments(team, c.id)).length, 0)

  const past = await patch(team, c.id, { person: { reasonableAdjustments: 'Large print letters' }, adjustmentsReviewOn: '2026-03-09' })
  t.equal(past.statusCode, 422)
  t.same(past.json().errors.map((e: { rule: string }) => e.rule), ['notInPast'])
  const badEmail = await patch(team, c.id, { person: { email: 'not an email' } })
  t.equal(badEmail.statusCode, 400, 'the schema names the field')
  t.match(badEmail.json().errors, [{ field: '/person/email' }])
  const nothing = await patch(team, c.id, { reason: 'no fields' })
  t.equal(nothing.statusCode, 422)
  const anonymous = await createComplaint(app, team, { anonymous: true, person: undefined })
  const named = await patch(team, anonymous.id, { person: { name: 'Someone' } })
  t.equal(named.statusCode, 422)
  t.same(named.json().errors.map((e: { field: string; rule: string }) => [e.field, e.rule]), [['/person', 'anonymous']])
})

t.test('reasonable adjustments with a review date show in the work queue once the review is due (Code 5.6)', async (t) => {
  const c = await acceptedComplaint(app, team, 'bob')
  const res = await patch(bob, c.id, { person: { reasonableAdjustments: 'Large print letters; calls after 2pm' }, adjustmentsReviewOn: '2026-03-16' }, c.version)
  t.equal(res.statusCode, 200, res.body)
  t.equal(res.json().adjustmentsReviewOn, '2026-03-16')
  const due = async () => (await get(app, team, '/v1/complaints?adjustmentsReviewDue=true&limit=100')).json().items.map((i: { id: string }) => i.id)
  t.notOk((await due()).includes(c.id), 'not yet due')
  now = new Date('2026-03-16T09:00:00Z')
  t.ok((await due()).includes(c.id), 'due on its review date')
  const line = (await get(app, team, '/v1/complaints?limit=100')).json().items.find((i: { id: string }) => i.id === c.id)
  t.equal(line.adjustmentsReviewDue, true)
  const reviewed = await patch(bob, c.id, { adjustmentsReviewOn: '2026-06-16', reason: 'Reviewed with the person' })
  t.equal(reviewed.statusCode, 200, reviewed.body)
  t.notOk((await due()).includes(c.id), 'reviewed: the next review is not due')
  const dropped = await patch(bob, c.id, { person: { reasonableAdjustments: null } })
  t.equal(dropped.json().adjustmentsReviewOn, null, 'no adjustments, nothing to review')
  now = new Date('2026-03-10T12:00:00Z')
})

t.test('the sensitive flag: the team changes it, and the timeline then withholds personal values from others', async (t) => {
  const c = await createComplaint(app, intake, { person: { name: 'Pat Doe', email: 'pat@example.org' } })
  const assigned = await acceptedComplaint(app, team, 'bob')
  const byHandler = await patch(bob, assigned.id, { sensitive: true })
  t.equal(byHandler.statusCode, 403, 'a handler does not change the flag')
  t.equal((await patch(intake, c.id, { summary: 'x' })).statusCode, 403, 'intake only logs')

  await patch(team, c.id, { person: { email: 'new@example.org' } })
  const flagged = await patch(team, c.id, { sensitive: true, reason: 'About a member of staff' })
  t.equal(flagged.statusCode, 200, flagged.body)
  t.equal(flagged.json().sensitive, true)
  const sensitive = (await get(app, team, '/v1/complaints?sensitive=true&limit=100')).json().items.map((i: { id: string }) => i.id)
  t.ok(sensitive.includes(c.id), 'the indexed flag follows')

  const asIntake = (await get(app, intake, `/v1/complaints/${c.id}`)).json()
  t.equal(asIntake.personalDataHidden, true)
  t.equal(asIntake.person, null)
  const hidden = await amendments(intake, c.id)
  t.same(hidden[0].data.changes, [{ field: '/person/email', hidden: true }], 'the field is named, its values withheld')
  t.same(hidden[1].data.changes, [{ field: '/sensitive', from: false, to: true }])
  const shown = await amendments(team, c.id)
  t.same(shown[0].data.changes, [{ field: '/person/email', from: 'pat@example.org', to: 'new@example.org' }])
})

t.test('service areas and categories: the reports follow the amended facts', async (t) => {
  const c = await createComplaint(app, team, { categories: ['delay'], serviceAreas: ['waste'] })
  const byCategory = async () => (await get(app, team, '/v1/reports/performance?from=2026-03-01&to=2026-03-31&groupBy=category')).json()
    .groups.map((g: { key: string; volumes: { received: number } }) => [g.key, g.volumes.received])
  const before = new Map(await byCategory())
  const res = await patch(team, c.id, { categories: ['conduct'], serviceAreas: ['housing'] })
  t.equal(res.statusCode, 200, res.body)
  t.same(res.json().categories, ['conduct'])
  t.same(res.json().serviceAreas, ['housing'])
  const after = new Map(await byCategory())
  t.equal(after.get('delay') ?? 0, (before.get('delay') as number) - 1)
  t.equal(after.get('conduct'), ((before.get('conduct') as number | undefined) ?? 0) + 1)
})
