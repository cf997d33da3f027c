import Fastify from 'fastify'
import { Webhook } from 'standardwebhooks'

export interface Received {
  id: string
  type: string
  data: any
  /** Which of the receiver's secrets verified the signature (index into `secrets`), or -1. */
  verifiedWith: number
  signatures: number
}

export type Behaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'slow'; ms: number }
  | { kind: 'redirect' }

/**
 * A real HTTP receiver on a random loopback port that verifies every message with the Standard Webhooks
 * library, as an integrator's would. `secrets` may hold several (a key roll); `behave` changes how it answers.
 */
export async function startReceiver(t: { teardown(fn: () => unknown): void }) {
  const app = Fastify()
  const received: Received[] = []
  const state = { behaviour: { kind: 'ok' } as Behaviour, secrets: [] as string[] }
  const waiters: Array<() => void> = []
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body))
  app.post('/hooks', async (request, reply) => {
    const body = request.body as string
    const headers = request.headers as Record<string, string>
    const verifiedWith = state.secrets.findIndex((secret) => {
      try {
        new Webhook(secret).verify(body, headers)
        return true
      } catch {
        return false
      }
    })
    const message = JSON.parse(body)
    const b = state.behaviour
    if (b.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, b.ms))
    if (b.kind === 'status') {
      if (b.retryAfter) reply.header('retry-after', b.retryAfter)
      return reply.code(b.status).send({ refused: true })
    }
    if (b.kind === 'redirect') return reply.code(307).header('location', 'http://127.0.0.1:1/elsewhere').send()
    received.push({ id: headers['webhook-id']!, type: message.type, data: message.data, verifiedWith, signatures: headers['webhook-signature']!.split(' ').length })
    waiters.splice(0).forEach((wake) => wake())
    return reply.code(204).send()
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  t.teardown(() => app.close())
  const address = app.server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${address.port}/hooks`,
    port: address.port,
    received,
    state,
    behave(b: Behaviour) {
      state.behaviour = b
    },
    close: () => app.close(),
    /** Resolves when `count` messages have arrived. */
    async arrivals(count: number): Promise<void> {
      while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve))
    },
  }
}
