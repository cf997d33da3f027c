import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * Webhook signing secrets at rest: sealed with AES-256-GCM under the deployment's WEBHOOK_SECRET_KEY, so a copy
 * of the database (a backup, a replica, a leaked dump) does not let anyone sign messages a council's CRM trusts.
 * A sealed value reads `v1.<key id>.<iv>.<ciphertext+tag>` (base64url); the key id (the start of the key's
 * SHA-256) says which key sealed it, so a value sealed under another key is refused by name rather than read as
 * garbage. Without a key (development only: config.ts refuses production without one) values stay as they are,
 * and a plain value is still read after a key is set, until the worker re-seals it (sealPlainSecrets).
 */
export interface SecretBox {
  /** The stored form of a secret. */
  seal(secret: string): string
  /** The secret of a stored form, sealed or (from before a key was set) plain. */
  open(stored: string): string
  /** Whether a stored form is in the clear (stored before a key was set: it needs sealing). */
  isPlain(stored: string): boolean
  readonly keyed: boolean
}

const PREFIX = 'v1.'
const AAD = Buffer.from('webhook-subscription-secret')

export class SecretKeyError extends Error {}

const keyId = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8)

export function secretBox(key: Buffer | null): SecretBox {
  const id = key ? keyId(key) : null
  return {
    keyed: key !== null,
    seal(secret) {
      if (key === null) return secret
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(AAD)
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()])
      return `${PREFIX}${id}.${iv.toString('base64url')}.${body.toString('base64url')}`
    },
    open(stored) {
      if (!stored.startsWith(PREFIX)) return stored
      const [, sealedWith, iv, body] = stored.split('.')
      if (key === null) throw new SecretKeyError('a webhook secret is sealed but WEBHOOK_SECRET_KEY is not set')
      if (sealedWith !== id) throw new SecretKeyError(`a webhook secret is sealed under key ${sealedWith}, not WEBHOOK_SECRET_KEY (${id})`)
      const data = Buffer.from(body ?? '', 'base64url')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64url')).setAAD(AAD)
      decipher.setAuthTag(data.subarray(data.length - 16))
      return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8')
    },
    isPlain(stored) {
      return !stored.startsWith(PREFIX)
    },
  }
}
