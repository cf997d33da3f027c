import type { FastifyInstance } from 'fastify'
import type { EventSignal } from '../../services/event-signal.js'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * A successful write's response is sent after its transaction committed, so that is when waiting event readers
 * are woken (the write path itself stays untouched). A write that recorded no event wakes them for nothing; they
 * read, find nothing and wait again. At shutdown every waiter returns at once, so close() is not held up.
 */
export function registerEventSignal(app: FastifyInstance, signal: EventSignal): void {
  app.decorate('eventSignal', signal)
  app.addHook('onResponse', async (request, reply) => {
    if (WRITES.has(request.method) && reply.statusCode < 400) signal.notify()
  })
  app.addHook('preClose', async () => signal.close())
}
