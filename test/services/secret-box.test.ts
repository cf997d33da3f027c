import { randomBytes } from 'node:crypto'
import t from 'tap'
import { secretBox } from '../../src/services/secret-box.js'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

t.test('a sealed secret opens with its key and shows nothing of itself', async (t) => {
  const box = secretBox(randomBytes(32))
  const sealed = box.seal(SECRET)
  t.match(sealed, /^v1\.[0-9a-f]{8}\.[\w-]+\.[\w-]+$/)
  t.notMatch(sealed, /MfKQ9r8G/)
  t.not(box.seal(SECRET), sealed, 'a fresh nonce each time')
  t.equal(box.open(sealed), SECRET)
  t.equal(box.isPlain(sealed), false)
  t.equal(box.isPlain(SECRET), true)
  t.equal(box.open(SECRET), SECRET, 'a secret stored before the key was set still reads')
})

t.test('a changed byte, another key or no key is refused, never read as garbage', async (t) => {
  const box = secretBox(randomBytes(32))
  const sealed = box.seal(SECRET)
  const parts = sealed.split('.')
  const body = Buffer.from(parts[3]!, 'base64url')
  body[0] = body[0]! ^ 1
  t.throws(() => box.open([...parts.slice(0, 3), body.toString('base64url')].join('.')), 'authentication fails')
  t.throws(() => secretBox(randomBytes(32)).open(sealed), /sealed under key [0-9a-f]{8}, not WEBHOOK_SECRET_KEY/)
  t.throws(() => secretBox(null).open(sealed), /WEBHOOK_SECRET_KEY is not set/)
  t.equal(secretBox(null).seal(SECRET), SECRET, 'without a key (development) it is stored as it is')
})
