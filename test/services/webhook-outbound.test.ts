import t from 'tap'
import { addressAllowed, retryAfterSeconds, send, urlProblem } from '../../src/services/webhook-outbound.js'
import { MAX_ATTEMPTS, nextAttemptAt } from '../../src/services/webhook-retry.js'
import { startReceiver } from '../helpers/webhook-receiver.js'

const STRICT = { allowHttp: false, allowPrivateAddresses: false, timeoutMs: 1000 }

t.test('a name that resolves to loopback is refused after DNS, and nothing is sent', async (t) => {
  const receiver = await startReceiver(t)
  const result = await send(`http://localhost:${receiver.port}/hooks`, {}, '{}', { ...STRICT, allowHttp: true })
  t.equal(result.statusCode, null)
  t.match(result.error, /not allowed/)
  t.equal(receiver.received.length, 0)
  const allowed = await send(`http://localhost:${receiver.port}/hooks`, { 'content-type': 'application/json', 'webhook-id': 'x', 'webhook-signature': 'v1,x', 'webhook-timestamp': '1' }, '{}', { ...STRICT, allowHttp: true, allowPrivateAddresses: true })
  t.equal(allowed.statusCode, 204, 'the operator may allow it')
})

t.test('address ranges', async (t) => {
  for (const a of ['127.0.0.1', '10.0.0.8', '172.16.5.4', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1']) {
    t.notOk(addressAllowed(a, STRICT), a)
  }
  for (const a of ['8.8.8.8', '151.101.1.1', '2a00:1450:4009:81f::200e']) t.ok(addressAllowed(a, STRICT), a)
  t.equal(urlProblem('https://crm.example.org/h', STRICT), null)
  t.match(urlProblem('http://crm.example.org/h', STRICT), /https/)
  t.match(urlProblem('ftp://crm.example.org/h', { ...STRICT, allowHttp: true }), /https/)
})

t.test('the retry schedule: 8 attempts over about a day, jitter, Retry-After', async (t) => {
  const now = new Date('2026-01-05T10:00:00Z')
  const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => nextAttemptAt(now, i + 1, null, 0.5)).map((d) => d && (d.getTime() - now.getTime()) / 1000)
  t.same(delays, [5, 300, 1800, 7200, 18000, 36000, 36000, null])
  t.equal((nextAttemptAt(now, 1, null, 0)!.getTime() - now.getTime()) / 1000, 4, 'jitter down to -20%')
  t.equal((nextAttemptAt(now, 1, null, 0.999999)!.getTime() - now.getTime()) / 1000, 6, 'and up to +20%')
  t.equal((nextAttemptAt(now, 1, 90, 0.5)!.getTime() - now.getTime()) / 1000, 90, 'Retry-After when longer')
  t.equal((nextAttemptAt(now, 1, 10 ** 9, 0.5)!.getTime() - now.getTime()) / 1000, 86400, 'but at most a day')
  t.equal(retryAfterSeconds('120', now), 120)
  t.equal(retryAfterSeconds('Mon, 05 Jan 2026 10:01:00 GMT', now), 60)
  t.equal(retryAfterSeconds('soon', now), null)
})
