import t from 'tap'
import { loadConfig } from '../../src/config.js'
import { signDevelopmentToken } from '../../src/http/auth/sign-token.js'
import { createTokenVerifier } from '../../src/services/token-verifier.js'

const SECRET = 'token-verifier-test-secret-at-least-32-chars'

t.test('a token verified once is still refused once it has expired, and a forged one never passes', async (t) => {
  let now = new Date()
  const verify = (await createTokenVerifier(loadConfig({ AUTH_JWT_SECRET: SECRET }).auth, () => now))!
  const token = await signDevelopmentToken(SECRET, { subject: 'amy', council: 'demo', roles: ['handler'], expiresIn: '60s' })
  t.same(await verify(token), { subject: 'amy', council: 'demo', roles: ['handler'] })
  t.same(await verify(token), { subject: 'amy', council: 'demo', roles: ['handler'] }, 'the second time (remembered) says the same')
  now = new Date(now.getTime() + 61_000)
  await t.rejects(verify(token), /"exp" claim timestamp check failed/, 'past its expiry it is refused, remembered or not')
  const [header, , signature] = token.split('.')
  const forged = `${header}.${Buffer.from(JSON.stringify({ sub: 'amy', council: 'demo', roles: ['admin'], exp: 9_999_999_999 })).toString('base64url')}.${signature}`
  await t.rejects(verify(forged), /signature verification failed/, 'another payload with the same signature is checked, not remembered')
})

t.test('a token not yet valid is refused, and accepted once its time comes', async (t) => {
  const { SignJWT } = await import('jose')
  let now = new Date()
  const verify = (await createTokenVerifier(loadConfig({ AUTH_JWT_SECRET: SECRET }).auth, () => now))!
  const nbf = Math.floor(now.getTime() / 1000) + 30
  const token = await new SignJWT({ council: 'demo', roles: ['handler'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('ben')
    .setNotBefore(nbf).setExpirationTime(nbf + 60).sign(new TextEncoder().encode(SECRET))
  await t.rejects(verify(token), /"nbf" claim timestamp check failed/)
  now = new Date((nbf + 1) * 1000)
  t.same((await verify(token)).subject, 'ben')
})
