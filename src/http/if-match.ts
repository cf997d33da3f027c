import { Type } from 'typebox'

/**
 * The optional `If-Match` header of every write to a versioned resource (a case, the council's policy). The
 * contract's finishing pass gives it the full semantics per operation (finish-contract.ts).
 */
export const IfMatchHeadersSchema = Type.Object({
  'if-match': Type.Optional(Type.String({
    maxLength: 24,
    pattern: '^(W/)?"?[0-9]+"?$',
    description: 'The ETag (version) you last read; a stale one gets 412, so that two people cannot both change it unseen.',
  })),
})

/** The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); null when the header is absent. */
export function parseIfMatch(header: string | undefined): number | null {
  return header === undefined ? null : Number(header.replace(/^W\//, '').replaceAll('"', ''))
}
