/** The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); null when the header is absent. */
export function parseIfMatch(header: string | undefined): number | null {
  return header === undefined ? null : Number(header.replace(/^W\//, '').replaceAll('"', ''))
}
