/**
 * Wakes long-polling readers and the delivery worker when new events may have committed. It is only a hint:
 * readers always re-read the log, and poll on a timer as well, so a lost or spurious signal costs latency at
 * most, never an event. Writers in this process signal after their response is sent (the change committed);
 * on PostgreSQL, other instances hear it through LISTEN/NOTIFY (see event-notifier.ts).
 */
export class EventSignal {
  private waiters = new Set<() => void>()
  private closed = false
  private listeners = new Set<() => void>()

  /** Something was written here: wake this process's waiters and tell the listeners (other instances). */
  notify(): void {
    this.wake()
    for (const listener of this.listeners) listener()
  }

  /** Something was written elsewhere: wake this process's waiters only. */
  wake(): void {
    const waiting = [...this.waiters]
    this.waiters.clear()
    for (const wake of waiting) wake()
  }

  /** Called on every notify() (e.g. to pass the hint on to other instances). */
  onNotify(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves on the next notify(), after `ms`, or at once when closed. */
  wait(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve()
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
