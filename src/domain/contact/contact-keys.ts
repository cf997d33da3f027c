/**
 * How a person's email and phone are kept for looking them up ("does this caller have an open complaint?"): the
 * same address or number typed differently finds the same cases. The cases table keeps these keys in generated
 * columns (person_email, person_phone) through SQL functions of the same names (migration
 * 20261201T154500-find-complaints.ts); test/db/contact-keys.test.ts holds the two to the same answers.
 */

/** An email address trimmed and lower-cased; null when empty. */
export function emailKey(email: string | null | undefined): string | null {
  const key = (email ?? '').trim().toLowerCase()
  return key === '' ? null : key
}

/**
 * A telephone number as E.164-like digits for UK numbers: `07700 900123`, `+44 (0)7700 900123`,
 * `0044 7700 900123` and `447700900123` are all `+447700900123`. Another country's number written with `+` or
 * `00` keeps its own code (`+1...`); a number with neither is kept as its digits. Null when it holds no digit.
 */
export function phoneKey(phone: string | null | undefined): string | null {
  const raw = phone ?? ''
  const digits = raw.replace(/[^0-9]/g, '')
  if (digits === '') return null
  const international = (rest: string) => `+${rest.replace(/^440/, '44')}`
  if (raw.trim().startsWith('+')) return international(digits)
  if (digits.startsWith('00')) return international(digits.slice(2))
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`
  if (/^44[1-9][0-9]{9}$/.test(digits)) return `+${digits}`
  return digits
}
