import t from 'tap'
import { ChannelSchema } from '../../../src/domain/index.js'
import { build, seedCouncil, tokenFor } from '../../helpers/build.js'
import { get, intakeBody, postIntake } from '../../helpers/complaints.js'

// Monday 5 January 2026, 10:00 in London (winter: London is UTC).
const NOW = new Date('2026-01-05T10:00:00Z')
const CHANNELS = ChannelSchema.anyOf.map((c) => c.const as string)

t.test('intake', async (t) => {
  const app = await build(t, { now: () => NOW })
  const council = await seedCouncil(app, { referencePrefix: 'WOD' })
  const team = await tokenFor(council, ['complaints_team'], 'alice')

  t.test('from every channel, received now unless told otherwise, with the acknowledgement deadline and its basis', async (t) => {
    t.ok(CHANNELS.length >= 9, 'the vocabulary lists the channels of the issue')
    for (const channel of CHANNELS) {
      const res = await postIntake(app, team, intakeBody({ channel }))
      t.equal(res.statusCode, 201, `${channel}: ${res.body}`)
      const c = res.json()
      t.equal(c.channel, channel, `${channel} is recorded`)
      t.equal(c.receivedAt, NOW.toISOString(), `${channel}: received now`)
      t.equal(c.receivedOn, '2026-01-05')
      t.equal(c.status, 'received')
      t.equal(c.kind, null, 'not triaged yet')
      t.equal(res.headers.location, `/v1/complaints/${c.id}`)
      t.equal(res.headers.etag, '"1"')
      const ack = c.deadlines.find((d: { kind: string }) => d.kind === 'stage1_acknowledgement')
      t.match(ack, { due: '2026-01-12', state: 'open', doneOn: null }, `${channel}: acknowledgement due 5 working days after receipt`)
      t.match(ack.basis, /5 working days after receipt on 2026-01-05/)
      t.same(c.nextDue, { kind: 'stage1_acknowledgement', due: '2026-01-12' })
    }
  })

  t.test('an unknown channel is a validation error naming the field', async (t) => {
    const res = await postIntake(app, team, intakeBody({ channel: 'carrier_pigeon' }))
    t.equal(res.statusCode, 400)
    t.equal(res.json().code, 'VALIDATION')
    t.ok(res.json().errors.some((e: { field: string }) => e.field === '/channel'), res.body)
  })

  t.test('the response echoes what intake recorded, and GET returns the same case', async (t) => {
    const body = intakeBody({
      channel: 'crm', crmReference: 'CXM-42', serviceAreas: ['waste', 'streets'], categories: ['missed bin'],
      desiredOutcome: 'Collect the bins', awareOn: '2025-12-01',
      person: { name: 'Sam Roe', phone: '01993 861000', preferredContactMethod: 'phone', reasonableAdjustments: 'Large print' },
    })
    const res = await postIntake(app, team, body)
    t.equal(res.statusCode, 201, res.body)
    const c = res.json()
    t.match(c, {
      crmReference: 'CXM-42', serviceAreas: ['waste', 'streets'], categories: ['missed bin'], desiredOutcome: 'Collect the bins',
      awareOn: '2025-12-01', person: { name: 'Sam Roe', preferredContactMethod: 'phone', reasonableAdjustments: 'Large print' },
      summary: 'Bins missed three weeks running', anonymous: false, sensitive: false, personalDataHidden: false,
      twelveMonth: { withinLimit: true }, policy: { id: 'lgsco-2024' },
    })
    const read = await get(app, team, `/v1/complaints/${c.id}`)
    t.equal(read.statusCode, 200)
    t.same(read.json(), c, 'GET shows the case as intake answered it')
    const timeline = await get(app, team, `/v1/complaints/${c.id}/timeline`)
    t.match(timeline.json().items, [{ sequence: 1, type: 'case_received', actor: 'alice' }])
    t.equal(timeline.json().items.length, 1)
  })

  t.test('received in the past (keyed in late) counts from the London date of receipt', async (t) => {
    const res = await postIntake(app, team, intakeBody({ receivedAt: '2025-12-19T10:00:00Z' }))
    t.equal(res.statusCode, 201, res.body)
    const c = res.json()
    t.equal(c.receivedAt, '2025-12-19T10:00:00.000Z')
    t.equal(c.receivedOn, '2025-12-19')
    t.same(c.nextDue, { kind: 'stage1_acknowledgement', due: '2025-12-30' }, 'over Christmas: Tuesday 30 December')
    t.equal(c.flags.overdue, true, 'its acknowledgement is already overdue')

    const bst = await postIntake(app, team, intakeBody({ receivedAt: '2025-03-31T23:30:00Z' }))
    t.equal(bst.json().receivedOn, '2025-04-01', '23:30 UTC on 31 March in summer time is 1 April in London')
  })

  t.test('received in the future is refused with a code', async (t) => {
    const res = await postIntake(app, team, intakeBody({ receivedAt: '2026-01-06T09:00:00Z' }))
    t.equal(res.statusCode, 422, res.body)
    t.equal(res.json().code, 'CASE.DATE_IN_FUTURE')
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  })

  t.test('received later today is still in the future; a little clock skew is tolerated', async (t) => {
    const laterToday = await postIntake(app, team, intakeBody({ receivedAt: new Date(NOW.getTime() + 3 * 3600_000).toISOString() }))
    t.equal(laterToday.statusCode, 422, laterToday.body)
    t.equal(laterToday.json().code, 'CASE.DATE_IN_FUTURE')
    t.same(laterToday.json().errors.map((e: { field: string }) => e.field), ['/receivedAt'])
    const skewed = await postIntake(app, team, intakeBody({ receivedAt: new Date(NOW.getTime() + 60_000).toISOString() }))
    t.equal(skewed.statusCode, 201, 'a CRM clock a minute ahead is accepted')
  })

  t.test('a receivedAt that is not an instant is a validation error', async (t) => {
    const res = await postIntake(app, team, intakeBody({ receivedAt: 'yesterday' }))
    t.equal(res.statusCode, 400)
    t.ok(res.json().errors.some((e: { field: string }) => e.field === '/receivedAt'), res.body)
  })

  t.test('an awareness date after receipt is refused', async (t) => {
    const res = await postIntake(app, team, intakeBody({ awareOn: '2026-01-05', receivedAt: '2026-01-02T10:00:00Z' }))
    t.equal(res.statusCode, 422, res.body)
    t.equal(res.json().code, 'CASE.DATE_OUT_OF_ORDER')
  })

  t.test('more than 12 months after awareness is flagged, not refused', async (t) => {
    const res = await postIntake(app, team, intakeBody({ awareOn: '2024-10-01' }))
    t.equal(res.statusCode, 201, res.body)
    t.equal(res.json().twelveMonth.withinLimit, false)
    t.equal(res.json().flags.outsideTwelveMonths, true)
  })

  t.test('anonymous: no person is accepted; a named complaint needs the person', async (t) => {
    const anon = await postIntake(app, team, { channel: 'phone', anonymous: true, summary: 'Fly tipping behind the shops' })
    t.equal(anon.statusCode, 201, anon.body)
    t.match(anon.json(), { anonymous: true, person: null, representative: null, summary: 'Fly tipping behind the shops' })

    const nameless = await postIntake(app, team, { channel: 'phone', summary: 'No one named' })
    t.equal(nameless.statusCode, 422, nameless.body)
    t.equal(nameless.json().code, 'INTAKE.PERSON_REQUIRED')
    t.match(nameless.json().errors, [{ field: '/person', rule: 'required' }])

    const both = await postIntake(app, team, intakeBody({ anonymous: true }))
    t.equal(both.statusCode, 422, both.body)
    t.equal(both.json().code, 'INTAKE.ANONYMOUS_WITH_PERSON')
  })

  t.test('a representative acts only with the person\'s recorded consent', async (t) => {
    const representative = { name: 'Cllr Jo Bloggs', relationship: 'ward councillor' }
    const without = await postIntake(app, team, intakeBody({ channel: 'councillor', representative }))
    t.equal(without.statusCode, 400, without.body)
    t.ok(without.json().errors.some((e: { field: string; rule: string }) => e.field === '/representative/consent' && e.rule === 'required'), without.body)

    const consent = { basis: 'written_consent', recordedOn: '2026-01-02' }
    const withConsent = await postIntake(app, team, intakeBody({ channel: 'councillor', representative: { ...representative, consent } }))
    t.equal(withConsent.statusCode, 201, withConsent.body)
    t.same(withConsent.json().representative, { ...representative, consent })
    t.equal(withConsent.json().person.name, 'Pat Doe', 'the person stays the complainant')

    const badBasis = await postIntake(app, team, intakeBody({ representative: { ...representative, consent: { basis: 'assumed', recordedOn: '2026-01-02' } } }))
    t.equal(badBasis.statusCode, 400)
  })

  t.test('the sensitive flag is recorded', async (t) => {
    const res = await postIntake(app, team, intakeBody({ sensitive: true }))
    t.equal(res.statusCode, 201, res.body)
    t.equal(res.json().sensitive, true)
    t.equal(res.json().personalDataHidden, false, 'the complaints team sees it all')
    t.equal(res.json().person.name, 'Pat Doe')
  })

  t.test('an unknown property is refused, naming it', async (t) => {
    const res = await postIntake(app, team, intakeBody({ colour: 'blue' }))
    t.equal(res.statusCode, 400)
    t.match(res.json(), { code: 'VALIDATION', errors: [{ location: 'body', field: '/colour', rule: 'additionalProperties' }] })
    const nested = await postIntake(app, team, intakeBody({ person: { name: 'Pat', shoeSize: 9 } }))
    t.equal(nested.statusCode, 400)
    t.ok(nested.json().errors.some((e: { field: string }) => e.field === '/person/shoeSize'), nested.body)
  })

  t.test('a missing summary or a bad email names the field', async (t) => {
    const res = await postIntake(app, team, { channel: 'email', person: { name: 'Pat', email: 'not-an-email' } })
    t.equal(res.statusCode, 400)
    const fields = res.json().errors.map((e: { field: string }) => e.field)
    t.ok(fields.includes('/summary'), res.body)
    t.ok(fields.includes('/person/email'), res.body)
  })
})

t.test('references: PREFIX-YEAR-NNNNNN, numbered per council and per London year of receipt', async (t) => {
  const app = await build(t, { now: () => NOW })
  const wod = await seedCouncil(app, { referencePrefix: 'WOD' })
  const run = await seedCouncil(app, { referencePrefix: 'RBC' })
  const wodTeam = await tokenFor(wod, ['complaints_team'])
  const runTeam = await tokenFor(run, ['complaints_team'])
  const ref = async (token: string, receivedAt: string) => {
    const res = await postIntake(app, token, intakeBody({ receivedAt }))
    t.equal(res.statusCode, 201, res.body)
    return res.json().reference as string
  }
  t.equal(await ref(wodTeam, '2025-12-31T23:30:00Z'), 'WOD-2025-000001', 'New Year\'s Eve 23:30 UTC is still 2025 in London (winter: UTC)')
  t.equal(await ref(wodTeam, '2026-01-01T00:30:00+01:00'), 'WOD-2025-000002', 'the same instant written with an offset is 2025 too')
  t.equal(await ref(wodTeam, '2026-01-01T00:00:00Z'), 'WOD-2026-000001', 'a new year starts its own sequence')
  t.equal(await ref(wodTeam, '2025-06-30T23:30:00Z'), 'WOD-2025-000003', 'a late-keyed 2025 complaint continues 2025')
  t.equal(await ref(wodTeam, '2026-01-05T09:00:00Z'), 'WOD-2026-000002')
  t.equal(await ref(runTeam, '2026-01-05T09:00:00Z'), 'RBC-2026-000001', 'another council numbers from 1')
})
