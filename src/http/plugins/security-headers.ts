import { createHash } from 'node:crypto'
import helmet from '@fastify/helmet'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'

/**
 * An API answers JSON and CSV: nothing in a response may load, run or frame anything. helmet's other defaults
 * (nosniff, HSTS, no referrer, same-origin resource and opener policies) stay as they are.
 */
const API_CSP = {
  useDefaults: false,
  directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
} as const

const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g

/**
 * The printed reports are self-contained pages: inline SVG (which is markup, and needs no source) and their own
 * `<style>` elements, allowed by hash, so that nothing else (no script, no other style, no image, no font) can run.
 */
export function htmlReportCsp(html: string): string {
  const hashes = [...html.matchAll(STYLE_ELEMENT)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
  return [
    "default-src 'none'",
    ...(hashes.length > 0 ? [`style-src ${hashes.join(' ')}`] : []),
    "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
  ].join('; ')
}

/** The interactive docs (a third-party plugin) send their own CSP, which lets Swagger UI's scripts run. */
const isDocs = (url: string): boolean => url === '/docs' || url.startsWith('/docs/')

/** A route offering more than one media type for a success answers according to `Accept`. */
function negotiates(route: RouteOptions): boolean {
  const responses = (route.schema?.response ?? {}) as Record<string, { content?: Record<string, unknown> }>
  return Object.entries(responses).some(([status, r]) => /^2/.test(status) && Object.keys(r?.content ?? {}).length > 1)
}

async function varyAccept(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const vary = String(reply.getHeader('vary') ?? '')
  if (!vary.split(',').some((v) => v.trim().toLowerCase() === 'accept')) reply.header('vary', vary ? `${vary}, Accept` : 'Accept')
  return payload
}

/**
 * Security headers on every response (registered before authentication, so 401s carry them too);
 * `Cache-Control: no-store` on everything under /v1, the only responses that can carry personal data
 * (cases, intake receipts, staff), errors included; `Vary: Accept` on negotiated routes, so that a cache
 * never answers a CSV request with JSON. Register before the routes: negotiation is read from their schemas.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, { contentSecurityPolicy: API_CSP, frameguard: { action: 'deny' } })

  app.addHook('onRoute', (route) => {
    if (!negotiates(route)) return
    const existing = route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend]
    route.onSend = [...existing, varyAccept]
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0]!
    if (path.startsWith('/v1/')) reply.header('cache-control', 'no-store')
    const type = String(reply.getHeader('content-type') ?? '')
    if (type.startsWith('text/html') && typeof payload === 'string' && !isDocs(path)) {
      reply.header('content-security-policy', htmlReportCsp(payload))
    }
    return payload
  })
}
