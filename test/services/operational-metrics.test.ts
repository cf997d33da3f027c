import t from 'tap'
import { cachedOperationalGauges, type OperationalGauges } from '../../src/services/operational-metrics.js'

t.test('scrapes within the time to live share one computation; a failure is not kept', async (t) => {
  let clock = 0
  let reads = 0
  let fail = false
  const read = async (): Promise<OperationalGauges> => {
    reads += 1
    if (fail) throw new Error('database down')
    return { cases: [], databaseSizeBytes: reads }
  }
  const gauges = cachedOperationalGauges(read, 5000, () => clock)
  t.equal((await gauges()).databaseSizeBytes, 1)
  clock = 4999
  t.equal((await gauges()).databaseSizeBytes, 1, 'cached')
  t.equal(reads, 1)
  clock = 5000
  t.equal((await gauges()).databaseSizeBytes, 2, 'read again once the time to live has passed')
  fail = true
  clock = 20_000
  await t.rejects(gauges(), /database down/)
  fail = false
  t.equal((await gauges()).databaseSizeBytes, 4, 'the next scrape reads again rather than keep the failure')
})
