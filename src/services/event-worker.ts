import { relookAfter, type EventSignal } from './event-signal.js'

export interface WorkerPass {
  /** One pass with the given clock; true when it did something (so the next pass follows at once). */
  (now: Date): Promise<boolean>
}

export interface RunningWorker {
  /** Ends the loop after the pass in progress. */
  stop(): Promise<void>
}

export interface WorkerLog {
  error(details: object, message: string): void
}

/**
 * Runs the passes (webhook delivery, deadline alerts) in a loop: again at once while there is work, otherwise
 * after a signal or the poll interval (and, after a signal that found nothing, again soon: see relookAfter). A failing pass (the database away) is logged and retried after the
 * interval; it never ends the process. Every instance may run one: the passes share out work through row locks.
 */
export function startWorker(passes: WorkerPass[], signal: EventSignal, pollMs: number, log: WorkerLog): RunningWorker {
  let stopping = false
  let relookMs = 0
  const loop = (async () => {
    // A closed signal means shutdown has begun (its waits return at once: looping on would spin).
    while (!stopping && !signal.isClosed) {
      let busy = false
      try {
        for (const pass of passes) busy = (await pass(new Date())) || busy
      } catch (error) {
        log.error({ err: error instanceof Error ? { message: error.message, code: (error as { code?: string }).code } : {} }, 'event worker pass failed; retrying')
        busy = false
      }
      if (stopping) break
      // Yield to timers and I/O between passes even when busy: PGlite can answer without leaving the microtask queue.
      if (busy) {
        relookMs = 0
        await new Promise((resolve) => setImmediate(resolve))
      } else {
        const waitMs = relookMs > 0 ? relookMs : pollMs
        relookMs = relookAfter(await signal.wait(waitMs), relookMs)
      }
    }
  })()
  return {
    stop: async () => {
      stopping = true
      signal.wake()
      await loop
    },
  }
}
