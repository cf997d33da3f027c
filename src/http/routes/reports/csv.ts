import type { PerformanceGroup, PerformanceReport } from '../../../services/reports.js'

/**
 * The performance figures as one CSV table: a row per group (the total first), a column per figure named by its
 * path in the JSON (`stage1.response.late.percent`); lists become one column per entry
 * (`volumes.refusedByCatalogueEntry.<code>`, `remedies.byType.<type>.offered`). The open caseload and the
 * learning register's figures fill the total row only.
 */
function flatten(value: unknown, path: string, out: Map<string, number | string | null>): void {
  if (value === null || typeof value !== 'object') {
    out.set(path, value as number | string | null)
    return
  }
  if (Array.isArray(value)) {
    for (const item of value as Record<string, unknown>[]) {
      const { code, type, count, ...rest } = item
      const name = String(code ?? type)
      if (count !== undefined) out.set(`${path}.${name}`, count as number)
      else flatten(rest, `${path}.${name}`, out)
    }
    return
  }
  for (const [k, v] of Object.entries(value)) flatten(v, path === '' ? k : `${path}.${k}`, out)
}

export function cell(value: number | string | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  // A name a spreadsheet would run as a formula is written as text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function performanceCsv(report: PerformanceReport & { learning?: object }): string {
  const rows: Map<string, number | string | null>[] = []
  const add = (g: PerformanceGroup, extra: object | null) => {
    const flat = new Map<string, number | string | null>([['group', g.key], ['from', report.from], ['to', report.to], ['asAt', report.asAt]])
    const { key: _key, ...figures } = g
    flatten(figures, '', flat)
    if (extra) flatten(extra, '', flat)
    rows.push(flat)
  }
  add(report.total, { openNow: report.openNow, ...(report.learning ? { learning: report.learning } : {}) })
  for (const g of report.groups) add(g, null)
  const columns: string[] = []
  const seen = new Set<string>()
  for (const r of rows) for (const k of r.keys()) if (!seen.has(k)) { seen.add(k); columns.push(k) }
  return [columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r.get(c))).join(','))].join('\r\n') + '\r\n'
}
