import t from 'tap'
import { harness, seedWorkedExample } from '../../helpers/reports-worked-example.js'

// Seeding the worked example is some 50 requests; on a busy machine PGlite needs more than the default 120 s.
t.setTimeout(300_000)

const h = await harness(t)
await seedWorkedExample(h)

t.test('performance figures match the worked example, month by month', async (t) => {
  const res = await h.app.inject({ method: 'GET', url: '/v1/reports/performance?from=2026-01-01&to=2026-03-31&groupBy=month', headers: h.team })
  t.equal(res.statusCode, 200, res.body)
  const r = res.json()
  t.equal(r.asAt, '2026-03-03')
  t.same(r.groups.map((g: { key: string }) => g.key), ['2026-01', '2026-02', '2026-03'])
  const [jan, feb, mar] = r.groups

  t.test('volumes count what the contacts received in the period became', async (t) => {
    t.match(jan.volumes, { received: 1, complaints: 1, accepted: 1 })
    t.match(feb.volumes, { received: 7, complaints: 5, serviceRequests: 1, signposted: 0, untriaged: 1, accepted: 4, refused: 1, withdrawn: 1 })
    t.same(feb.volumes.refusedByCatalogueEntry, [{ code: 'personnel_matter', count: 1 }])
    t.match(r.total.volumes, { received: 8, complaints: 6, serviceRequests: 1, untriaged: 1, accepted: 5, refused: 1, withdrawn: 1 })
  })

  t.test('acknowledgements count in the month they were due; a late one and an overdue one are late', async (t) => {
    t.equal(jan.stage1.acknowledgement.due, 0)
    t.same(feb.stage1.acknowledgement, { due: 6, met: { count: 4, percent: 66.7 }, late: { count: 2, percent: 33.3 }, pending: { count: 0, percent: 0 } })
    t.same(mar.stage1.acknowledgement, { due: 1, met: { count: 1, percent: 100 }, late: { count: 0, percent: 0 }, pending: { count: 0, percent: 0 } })
    t.match(r.total.stage1.acknowledgement, { due: 7, met: { count: 5 }, late: { count: 2 } })
  })

  t.test('responses: in the month due, after extensions and pauses; open and not yet due is pending, not late', async (t) => {
    t.match(feb.stage1.response, {
      due: 2, withinCodeTimescale: { count: 1, percent: 50 }, withinExtendedDate: { count: 1, percent: 50 }, late: { count: 1, percent: 50 },
      pending: { count: 0 }, extended: { count: 0 }, paused: { count: 1, percent: 50 }, pausedWorkingDays: 2,
    })
    t.match(mar.stage1.response, {
      due: 3, withinCodeTimescale: { count: 0, percent: 0 }, withinExtendedDate: { count: 1, percent: 33.3 }, late: { count: 0 },
      pending: { count: 2, percent: 66.7 }, extended: { count: 1 }, extendedWithinCap: { count: 0 }, extendedBeyondCap: { count: 1, percent: 33.3 },
    })
    t.match(r.total.stage1.response, {
      due: 5, withinCodeTimescale: { count: 1, percent: 20 }, withinExtendedDate: { count: 2, percent: 40 }, late: { count: 1, percent: 20 }, pending: { count: 2, percent: 40 },
    })
  })

  t.test('outcomes and working days to respond, by response date', async (t) => {
    t.same(feb.stage1.outcomes, {
      responded: 2, upheld: 1, notUpheld: 1, detailed: { upheld: 1, partlyUpheld: 0, notUpheld: 1 }, workingDaysToRespond: { average: 12.5, p90: 13.7 },
    })
    t.match(mar.stage1.outcomes, { responded: 1, upheld: 1, detailed: { partlyUpheld: 1 }, workingDaysToRespond: { average: 18, p90: 18 } })
    t.match(r.total.stage1.outcomes, { responded: 3, upheld: 2, notUpheld: 1, workingDaysToRespond: { average: 14.3, p90: 17.2 } })
    t.equal(jan.stage1.outcomes.workingDaysToRespond.average, null)
  })

  t.test('escalation and stage 2', async (t) => {
    t.match(feb.escalations, { requested: 1, rate: 50 })
    t.match(r.total.escalations, { requested: 1, rate: 33.3 })
    t.match(feb.stage2.acknowledgement, { due: 1, met: { count: 1 } })
    t.match(mar.stage2.response, { due: 1, pending: { count: 1 }, late: { count: 0 } })
  })

  t.test('remedies by the date offered; the apology is overdue, the payment done', async (t) => {
    t.match(feb.remedies, { offered: 2, done: 1, open: 1, overdue: 1, undeliverable: 0, financialTotalPence: 5000 })
    t.same(feb.remedies.byType, [
      { type: 'apology', offered: 1, done: 0, open: 1, overdue: 1, undeliverable: 0 },
      { type: 'financial', offered: 1, done: 1, open: 0, overdue: 0, undeliverable: 0 },
    ])
  })

  t.test('open now: by stage, overdue, and due within 5 working days', async (t) => {
    t.same(r.openNow, { open: 3, stage1: 2, stage2: 1, overdue: 1, dueWithin5WorkingDays: 1 })
  })
})

t.test('grouping by service area, category and channel', async (t) => {
  const get = async (groupBy: string) => (await h.app.inject({ method: 'GET', url: `/v1/reports/performance?from=2026-02-01&to=2026-02-28&groupBy=${groupBy}`, headers: h.team })).json()
  const byArea = await get('serviceArea')
  const area = (k: string) => byArea.groups.find((g: { key: string }) => g.key === k)
  t.same(byArea.groups.map((g: { key: string }) => g.key), ['(none)', 'housing', 'hr', 'parking', 'waste'])
  t.match(area('waste').volumes, { received: 3 })
  t.match(area('waste').stage1.outcomes, { responded: 1, upheld: 1 })
  t.match(area('housing').stage1.outcomes, { responded: 1, notUpheld: 1 })
  t.equal(byArea.total.volumes.received, 7)

  const byCategory = await get('category')
  const cat = (k: string) => byCategory.groups.find((g: { key: string }) => g.key === k)
  t.match(cat('staff conduct').volumes, { received: 2, refused: 1 }, 'a case counts in each of its categories')
  t.match(cat('missed collection').volumes, { received: 3 })
  t.equal(byCategory.total.volumes.received, 7, 'the total counts each case once')
  t.same(byCategory.total.volumes.refusedByCatalogueEntry, [{ code: 'personnel_matter', count: 1 }])

  const byChannel = await get('channel')
  t.same(byChannel.groups.map((g: { key: string; volumes: { received: number } }) => [g.key, g.volumes.received]), [['email', 6], ['phone', 1], ['web_form', 0]], 'a group appears when any of its figures falls in the period (A\'s February response)')
})

t.test('the period is checked', async (t) => {
  const backwards = await h.app.inject({ method: 'GET', url: '/v1/reports/performance?from=2026-03-01&to=2026-02-01', headers: h.team })
  t.equal(backwards.statusCode, 400)
  const bad = await h.app.inject({ method: 'GET', url: '/v1/reports/performance?from=2026-02-30x&to=2026-03-01', headers: h.team })
  t.equal(bad.statusCode, 400)
})
