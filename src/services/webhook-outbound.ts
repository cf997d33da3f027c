import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

export interface OutboundPolicy {
  /** Plain http targets (tests, a receiver on the same host); https only otherwise. */
  allowHttp: boolean
  /** Private, loopback, link-local and other non-public addresses; refused otherwise. */
  allowPrivateAddresses: boolean
  timeoutMs: number
}

export interface SendResult {
  statusCode: number | null
  /** Seconds the receiver asked us to wait (Retry-After), when it said. */
  retryAfterSeconds: number | null
  error: string | null
  durationMs: number
}

/**
 * Why a URL may not be a webhook target, or null when it may. Checked when a subscription is saved and before
 * each attempt; a host name's addresses are checked when it is resolved for the connection (guardedLookup).
 */
export function urlProblem(text: string, policy: OutboundPolicy): string | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'is not a URL'
  }
  if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:')) return 'must be an https URL'
  if (url.username || url.password) return 'must not carry credentials'
  if (url.hash) return 'must not have a fragment'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) && !addressAllowed(host, policy)) return 'names a private, loopback or link-local address'
  return null
}

/** Only ordinary public unicast addresses, unless the operator allows the rest. */
export function addressAllowed(address: string, policy: OutboundPolicy): boolean {
  if (policy.allowPrivateAddresses) return true
  if (!ipaddr.isValid(address)) return false
  return ipaddr.process(address).range() === 'unicast'
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * DNS resolution that refuses non-public addresses. It is the lookup the socket connects with, so the address
 * checked is the address used (a name that resolves differently on a second lookup cannot slip through).
 */
function guardedLookup(policy: OutboundPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const refused = addresses.find((a) => !addressAllowed(a.address, policy))
      if (refused || addresses.length === 0) {
        return callback(Object.assign(new Error(`${hostname} resolves to an address that is not allowed (private, loopback or link-local)`), { code: 'EADDRNOTALLOWED' }), [])
      }
      if (options.all) return callback(null, addresses)
      return callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}

/** Retry-After as seconds: a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | undefined, now: Date): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000))
}

/** What an answer means: a 2xx is delivered; anything else, a redirect included, is a failed attempt. */
function answerResult(response: http.IncomingMessage): Omit<SendResult, 'durationMs'> {
  const status = response.statusCode ?? 0
  const ok = status >= 200 && status < 300
  return {
    statusCode: status,
    retryAfterSeconds: retryAfterSeconds(response.headers['retry-after'], new Date()),
    error: ok ? null : status >= 300 && status < 400 ? `redirect to elsewhere not followed (${status})` : `receiver answered ${status}`,
  }
}

/** A network error's text, with its code (ECONNREFUSED, ...) when the message does not already say it. */
function errorText(error: NodeJS.ErrnoException): string {
  return error.code && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message
}

/**
 * One POST: no redirects followed (a 3xx is a failed attempt), a hard timeout over the whole exchange, the
 * response body read and dropped (never stored: it is the receiver's).
 */
export function send(url: string, headers: Record<string, string>, body: string, policy: OutboundPolicy): Promise<SendResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const problem = urlProblem(url, policy)
  if (problem) return Promise.resolve({ statusCode: null, retryAfterSeconds: null, error: `URL ${problem}`, durationMs: 0 })
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: Omit<SendResult, 'durationMs'>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ ...result, durationMs: elapsed() })
    }
    const request = client.request(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: guardedLookup(policy) as never,
      agent: false,
    }, (response) => {
      response.on('data', () => {})
      response.on('error', () => {})
      response.on('end', () => finish(answerResult(response)))
    })
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${policy.timeoutMs} ms`))
    }, policy.timeoutMs)
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({ statusCode: null, retryAfterSeconds: null, error: errorText(error) })
    })
    request.end(body)
  })
}
