import t from 'tap'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

t.test('the calendar endpoints', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  const scottish = await seedCouncil(app, { bankHolidayDivision: 'scotland' })
  const auth = bearer(await tokenFor(council, ['handler']))
  const get = (url: string, headers = auth) => app.inject({ method: 'GET', url, headers })

  t.test('the N-th working day after a date, with its basis', async (t) => {
    const res = await get('/v1/calendar/deadline?from=2025-12-19&workingDays=5')
    t.equal(res.statusCode, 200)
    t.same(res.json(), { due: '2025-12-30', provisional: false, basis: '5 working days after 2025-12-19 (england-and-wales bank holidays)' })
    t.equal((await get('/v1/calendar/deadline?from=2025-12-06&workingDays=5')).json().due, '2025-12-12', 'received on a Saturday')
  })

  t.test('an instant counts as its Europe/London date', async (t) => {
    const res = await get('/v1/calendar/deadline?from=2026-03-31T23:30:00Z&workingDays=1')
    t.equal(res.json().due, '2026-04-02', '23:30 UTC on 31 March is 1 April in London; the next working day is 2 April')
    t.match(res.json().basis, /after 2026-04-01/)
  })

  t.test('the division defaults to the council\'s and can be chosen', async (t) => {
    // 2 January is a bank holiday in Scotland only.
    const scot = await get('/v1/calendar/deadline?from=2026-01-01&workingDays=1', bearer(await tokenFor(scottish, ['handler'])))
    t.equal(scot.json().due, '2026-01-05')
    t.equal((await get('/v1/calendar/deadline?from=2026-01-01&workingDays=1')).json().due, '2026-01-02')
    t.equal((await get('/v1/calendar/deadline?from=2026-01-01&workingDays=1&division=scotland')).json().due, '2026-01-05')
  })

  t.test('past the official data the answer is provisional', async (t) => {
    const res = await get('/v1/calendar/deadline?from=2028-12-20&workingDays=10')
    t.equal(res.statusCode, 200)
    t.equal(res.json().provisional, true)
  })

  t.test('working days between two dates', async (t) => {
    const res = await get('/v1/calendar/working-days?from=2025-12-19&to=2025-12-30')
    t.same(res.json(), { from: '2025-12-19', to: '2025-12-30', workingDays: 5, provisional: false })
  })

  t.test('bad input names the parameter; no token is 401', async (t) => {
    const impossible = await get('/v1/calendar/deadline?from=2026-02-30&workingDays=5')
    t.equal(impossible.statusCode, 400)
    t.same(impossible.json().errors.map((e: { field: string }) => e.field), ['/from'])
    const negative = await get('/v1/calendar/deadline?from=2026-01-05&workingDays=-1')
    t.equal(negative.statusCode, 400)
    t.equal(negative.json().errors[0].field, '/workingDays')
    t.equal((await app.inject({ method: 'GET', url: '/v1/calendar/deadline?from=2026-01-05&workingDays=1' })).statusCode, 401)
  })
})
