/** The email and phone keys the cases table generates (SQL) and the ones a lookup asks for (TypeScript) agree. */
import t from 'tap'
import fc from 'fast-check'
import { sql } from 'kysely'
import { emailKey, phoneKey } from '../../src/domain/index.js'
import { testDatabase } from '../helpers/database.js'

const database = await testDatabase()
t.teardown(() => database.close())
const db = database.db

const sqlKeys = async (email: string | null, phone: string | null) => {
  const { rows } = await sql<{ email: string | null; phone: string | null }>`select person_email_key(${email}) as email, person_phone_key(${phone}) as phone`.execute(db)
  return rows[0]!
}

t.test('worked examples', async (t) => {
  const same = ['07700 900123', '+44 7700 900123', '+44 (0)7700 900123', '0044 7700 900123', '00 44 (0) 7700-900-123', '447700900123', ' 07700900123 ']
  for (const phone of same) {
    t.equal(phoneKey(phone), '+447700900123', phone)
    t.equal((await sqlKeys(null, phone)).phone, '+447700900123', `${phone} (SQL)`)
  }
  t.equal(phoneKey('+1 (555) 010-9999'), '+15550109999', 'another country keeps its code')
  t.equal(phoneKey('01993 861000'), '+441993861000', 'a landline')
  t.equal(phoneKey('() -'), null)
  t.equal(emailKey('  Sam.Taylor@Example.ORG '), 'sam.taylor@example.org')
  t.equal((await sqlKeys('  Sam.Taylor@Example.ORG ', null)).email, 'sam.taylor@example.org')
  t.equal(emailKey('   '), null)
  t.same(await sqlKeys('   ', ''), { email: null, phone: null })
})

t.test('SQL and TypeScript give the same key for any input', async (t) => {
  const phone = fc.stringMatching(/^[0-9 +()-]{0,30}$/)
  const email = fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 }).map((s) => ` ${s.toUpperCase()} `))
  await fc.assert(fc.asyncProperty(email, phone, async (e, p) => {
    const keys = await sqlKeys(e, p)
    return keys.email === emailKey(e) && keys.phone === phoneKey(p)
  }), { numRuns: 300 })
  t.pass('300 random pairs agree')
})
