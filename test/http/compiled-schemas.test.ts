import t from 'tap'
import { build } from '../helpers/build.js'
import { compiledCounts } from '../../src/http/plugins/validation.js'
import { digestOf, keyOf } from '../../src/http/plugins/compiled-schemas.js'

t.test('an app built again in the same process compiles no schema again', async (t) => {
  await build(t)
  const first = compiledCounts()
  t.ok(first.validators > 0 && first.serializers > 0, 'the first app compiled its schemas')
  await build(t)
  t.same(compiledCounts(), first, 'the second app reused every one')
})

t.test('only equal inputs share a compiled function', async (t) => {
  t.equal(digestOf({ type: 'string', minLength: 1 }), digestOf({ type: 'string', minLength: 1 }))
  t.not(digestOf({ type: 'string', minLength: 1 }), digestOf({ type: 'string', minLength: 2 }))
  t.not(digestOf({ a: undefined }), digestOf({}), 'an undefined value is not an absent one')
  t.equal(digestOf({ type: 'string', transform: () => 'x' }), null, 'a function cannot be digested, so is never cached')
  t.equal(keyOf({ type: 'string' }, /x/), null)
})
