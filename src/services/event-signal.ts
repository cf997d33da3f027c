/**
 * Wakes long-polling readers and the delivery worker when new events may have committed. It is only a hint:
 * readers always re-read the log, and poll on a timer as well, so a lost or spurious signal costs latency at
 * most, never an event. Writers in this process signal after their response is sent (the change committed);
 * other instances' writes arrive through `listen` (PostgreSQL's LISTEN/NOTIFY: see db/change-feed.ts), which is
 * started on the first wait, so a process that never waits (the contract generator, a CLI) opens no connection.
 */
export class EventSignal {
  private waiters = new Set<() => void>()
  private closed = false
  private listening = false

  constructor(private readonly listen?: (wake: () => void) => void) {}

  /** Something was written here: wake this process's waiters. */
  notify(): void {
    this.wake()
  }

  /** Something was written (here or elsewhere): wake this process's waiters. */
  wake(): void {
    const waiting = [...this.waiters]
    this.waiters.clear()
    for (const wake of waiting) wake()
  }

  /** Resolves on the next notify() (with true), after `ms` (false), or at once when closed (true). */
  wait(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(true)
    if (!this.listening && this.listen) {
      this.listening = true
      this.listen(() => this.wake())
    }
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer)
        this.waiters.delete(wake)
        resolve(woken)
      }
      const wake = () => done(true)
      const timer = setTimeout(() => done(false), ms)
      this.waiters.add(wake)
    })
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** Shutdown: every waiter returns now and later waits return at once. */
  close(): void {
    this.closed = true
    this.wake()
  }
}

/**
 * After a wake that found nothing new, when to look again before going back to the poll: a signal can arrive
 * before its event is readable (the log is read below the oldest transaction still running, and another
 * transaction that began earlier may still be open), so the reader looks again soon, backing off, for about 3 s.
 */
export function relookAfter(woken: boolean, previousMs: number): number {
  if (woken) return 100
  if (previousMs === 0) return 0
  return previousMs * 2 > 1600 ? 0 : previousMs * 2
}
