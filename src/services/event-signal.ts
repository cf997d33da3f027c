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

  /** Resolves on the next notify(), after `ms`, or at once when closed. */
  wait(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve()
    if (!this.listening && this.listen) {
      this.listening = true
      this.listen(() => this.wake())
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.waiters.add(done)
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
