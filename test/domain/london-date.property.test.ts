import fc from 'fast-check'
import t from 'tap'
import { DateTime } from 'luxon'
import { londonDate, toIsoInstant } from '../../src/domain/index.js'

// londonDate and toIsoInstant take a fast path for ordinary instants; luxon's own reading is the reference.
const reference = (instant: Date | string): [string, string] | 'invalid' => {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'Europe/London' }) : DateTime.fromJSDate(instant, { zone: 'Europe/London' })
  return dt.isValid ? [dt.toISODate()!, dt.toUTC().toISO()!] : 'invalid'
}
const ours = (instant: Date | string): [string, string] | 'invalid' => {
  try { return [londonDate(instant), toIsoInstant(instant)] } catch { return 'invalid' }
}

// Instants from 1990 to 2040, dense around the clock changes (the last Sundays of March and October, 01:00 UTC).
const anyInstant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })
const nearChange = fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.constantFrom(2, 9), fc.integer({ min: 24, max: 31 }), fc.integer({ min: -7_200_000, max: 7_200_000 }))
  .map(([y, m, d, off]) => Date.UTC(y, m, d, 1) + off)
const ms = fc.oneof(anyInstant, nearChange)
const offset = fc.constantFrom('Z', '+00:00', '+01:00', '-05:30', '+14:00', '+23:59', '+24:00', '')
const written = fc.tuple(ms, offset, fc.constantFrom(0, 1, 3, 6)).map(([m, off, digits]) => {
  const iso = new Date(m).toISOString()
  return `${iso.slice(0, 19)}${digits === 0 ? '' : iso.slice(19, 20 + digits).padEnd(digits + 1, '7')}${off}`
})
// Calendar nonsense (30 February, 24:00, month 13) that Date.parse would roll over and luxon refuses.
const odd = fc.tuple(fc.integer({ min: 1995, max: 2035 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 24 }))
  .map(([y, m, d, h]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`)

t.test('London dates and UTC instants are exactly what luxon says, for Dates and ISO strings', async (t) => {
  fc.assert(fc.property(ms, (m) => {
    t.same(ours(new Date(m)), reference(new Date(m)))
  }), { numRuns: 3000 })
  fc.assert(fc.property(fc.oneof(written, odd), (s) => {
    t.same(ours(s), reference(s), s)
  }), { numRuns: 3000 })
})
