/**
 * A value outside a list of allowed values (a TypeBox union of literals, which Ajv checks as an `anyOf` of consts)
 * is one error naming the field and the values, not one error per value and one for the `anyOf`.
 */
import t from 'tap'
import { Type } from 'typebox'
import { ChannelSchema } from '../../src/domain/index.js'
import { bearer, build, seedCouncil, tokenFor } from '../helpers/build.js'

const CHANNELS = ChannelSchema.anyOf.map((s) => (s as { const: string }).const)
const ROLES = ['a', 'b']

const ProbeSchema = Type.Object({
  channel: Type.Optional(ChannelSchema),
  role: Type.Optional(Type.Union([Type.Union(ROLES.map((r) => Type.Literal(r))), Type.Null()])),
  either: Type.Optional(Type.Union([Type.String({ maxLength: 3 }), Type.Integer({ minimum: 10 })])),
}, { additionalProperties: false })

interface FieldError { location: string; field: string; rule: string; message: string }

t.test('a value outside the allowed list', async (t) => {
  const app = await build(t, {
    extend: (app) => {
      app.post('/test/probe', { config: { public: true }, schema: { body: ProbeSchema } }, async (request) => request.body)
    },
  })
  const errorsOf = async (payload: unknown): Promise<FieldError[]> => {
    const res = await app.inject({ method: 'POST', url: '/test/probe', payload: payload as object })
    t.equal(res.statusCode, 400)
    return res.json<{ errors: FieldError[] }>().errors
  }
  const oneOf = (values: unknown[]) => `must be one of: ${values.map((v) => JSON.stringify(v)).join(', ')}`

  t.test('an unknown string is one enum error listing the values', async (t) => {
    t.same(await errorsOf({ channel: 'fax' }), [{ location: 'body', field: '/channel', rule: 'enum', message: oneOf(CHANNELS) }])
  })

  t.test('a value of the wrong type is the same one error', async (t) => {
    t.same(await errorsOf({ channel: 5 }), [{ location: 'body', field: '/channel', rule: 'enum', message: oneOf(CHANNELS) }])
  })

  t.test('a nullable list folds from the inside out, null among the values', async (t) => {
    t.same(await errorsOf({ role: 'c' }), [{ location: 'body', field: '/role', rule: 'enum', message: oneOf([...ROLES, null]) }])
  })

  t.test('each bad field is its own single error', async (t) => {
    const errors = await errorsOf({ channel: 'fax', role: 'c' })
    t.same(errors.map((e) => [e.field, e.rule]), [['/channel', 'enum'], ['/role', 'enum']])
  })

  t.test('a union of other shapes keeps what each alternative needs', async (t) => {
    const errors = await errorsOf({ either: 'long text' })
    t.same(errors.map((e) => e.rule).sort(), ['anyOf', 'maxLength', 'type'])
  })
})

t.test('a real route: a complaint with an unknown channel', async (t) => {
  const app = await build(t)
  const council = await seedCouncil(app)
  const res = await app.inject({
    method: 'POST', url: '/v1/complaints', headers: bearer(await tokenFor(council, ['intake'])),
    payload: { channel: 'carrier_pigeon', anonymous: true, summary: 'The bins were missed.' },
  })
  t.equal(res.statusCode, 400)
  const body = res.json<{ code: string; detail: string; errors: FieldError[] }>()
  t.equal(body.code, 'VALIDATION')
  t.equal(body.errors.length, 1, 'one entry')
  t.match(body.errors[0], { field: '/channel', rule: 'enum' })
  for (const channel of CHANNELS) t.match(body.errors[0]!.message, `"${channel}"`, `names ${channel}`)
  t.match(body.detail, /^body\/channel: must be one of/)
})
