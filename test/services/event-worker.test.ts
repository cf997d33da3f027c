/**
 * The worker and the feed are woken by a signal that can arrive before its event is readable (the log is read
 * below the oldest transaction still running). After a wake that found nothing they look again soon, backing
 * off, instead of waiting for the next poll.
 */
import t from 'tap'
import { EventSignal, relookAfter } from '../../src/services/event-signal.js'
import { startWorker } from '../../src/services/event-worker.js'

t.test('the re-look schedule: soon after a wake, backing off, then back to the poll', async (t) => {
  t.equal(relookAfter(true, 0), 100, 'a wake: look again in 100 ms')
  const schedule: number[] = []
  for (let ms = relookAfter(true, 0); ms > 0; ms = relookAfter(false, ms)) schedule.push(ms)
  t.same(schedule, [100, 200, 400, 800, 1600], 'about 3 s in all')
  t.equal(relookAfter(false, 0), 0, 'a poll that timed out: the poll again')
})

t.test('signal.wait says whether it was woken', async (t) => {
  const signal = new EventSignal()
  t.equal(await signal.wait(1), false, 'timed out')
  const woken = signal.wait(60_000)
  signal.notify()
  t.equal(await woken, true, 'woken')
})

t.test('a wake whose event is not yet readable is found by the re-look, not the next poll', async (t) => {
  const signal = new EventSignal()
  let readable = false
  let found = false
  let passes = 0
  const worker = startWorker([async () => {
    passes += 1
    if (readable && !found) { found = true; return true }
    return false
  }], signal, 60_000, { error: () => {} })
  t.teardown(() => worker.stop())
  await new Promise((resolve) => setTimeout(resolve, 50))
  const before = passes
  signal.notify()
  // The event becomes readable just after the signal: the pass the wake started saw nothing.
  await new Promise((resolve) => setTimeout(resolve, 20))
  readable = true
  const began = Date.now()
  while (!found && Date.now() - began < 5_000) await new Promise((resolve) => setTimeout(resolve, 20))
  t.ok(found, `found ${Date.now() - began} ms after it became readable, with a 60 s poll`)
  t.ok(passes > before + 1, 'looked again after the wake')
})
