/**
 * The report's charts as inline SVG (no scripts, no external resources): labelled axes with round ticks, month
 * names, and for each chart a text alternative (role="img" with a title and a description listing the values).
 */
import { monthName, monthShort } from '../../../domain/index.js'
import type { AnnualReport, DutyTimeliness } from '../../../services/annual-report.js'

export const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')

const C = { a: '#1d70b8', b: '#f47738', c: '#00703c', amber: '#b58800', grid: '#dddddd', axis: '#505a5f', text: '#0b0c0c', pale: '#8eb8dc', paleB: '#f9bc93' }

/** The svg element with its text alternative: a title and a description a screen reader reads instead. */
function svg(title: string, description: string, width: number, height: number, body: string): string {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}`
  return `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg" font-family="Arial, Helvetica, sans-serif">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(description)}</desc>${body}</svg>`
}

function empty(title: string, width: number, height: number): string {
  return svg(title, 'No data for this period.', width, height,
    `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="${C.axis}" font-size="14">No data for this period</text>`)
}

/** Round ticks from 0 to at least max: steps of 1, 2 or 5 times a power of ten, at most about six of them. */
export function ticks(max: number, most = 6): number[] {
  if (max <= 0) return [0, 1]
  const raw = max / most
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const unit = Math.max(1, step)
  const top = Math.ceil(max / unit) * unit
  const out: number[] = []
  for (let v = 0; v <= top + 1e-9; v += unit) out.push(Math.round(v))
  return out
}

const legend = (x: number, y: number, items: [string, string][]): string => {
  let at = x
  return items.map(([colour, text]) => {
    const s = `<rect x="${at}" y="${y - 10}" width="12" height="12" fill="${colour}"/><text x="${at + 17}" y="${y}" font-size="12" fill="${C.text}">${esc(text)}</text>`
    at += 30 + text.length * 6.5
    return s
  }).join('')
}

/** Vertical bars per month of the period that has begun: contacts received and, beside them, complaints. */
export function volumesChart(r: AnnualReport): string {
  const months = r.byMonth
  const title = 'Contacts received and complaints, by month'
  const W = 720, H = 300, left = 56, right = 10, top = 16, bottom = 78
  const max = Math.max(0, ...months.map((m) => m.volumes.received))
  if (max === 0) return empty(title, W, 160)
  const ys = ticks(max)
  const topValue = ys[ys.length - 1]!
  const plotH = H - top - bottom
  const y = (v: number) => top + plotH * (1 - v / topValue)
  const step = (W - left - right) / months.length
  const bw = Math.min(28, step * 0.36)
  const grid = ys.map((v) => `<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${W - right}" y2="${y(v).toFixed(1)}" stroke="${C.grid}"/>` +
    `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="${C.text}">${v}</text>`).join('')
  const bars = months.map((m, i) => {
    const cx = left + step * (i + 0.5)
    const showYear = i === 0 || m.key.endsWith('-01')
    return `<g><title>${esc(monthName(m.key))}: ${m.volumes.received} received, ${m.volumes.complaints} complaints</title>` +
      `<rect x="${(cx - bw).toFixed(1)}" y="${y(m.volumes.received).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0) - y(m.volumes.received)).toFixed(1)}" fill="${C.a}"/>` +
      `<rect x="${cx.toFixed(1)}" y="${y(m.volumes.complaints).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0) - y(m.volumes.complaints)).toFixed(1)}" fill="${C.b}"/>` +
      `<text x="${cx.toFixed(1)}" y="${H - bottom + 16}" font-size="11" text-anchor="middle" fill="${C.text}">${esc(monthShort(m.key))}</text>` +
      (showYear ? `<text x="${cx.toFixed(1)}" y="${H - bottom + 30}" font-size="11" text-anchor="middle" fill="${C.axis}">${esc(m.key.slice(0, 4))}</text>` : '') + '</g>'
  }).join('')
  const description = `Bar chart. ${months.map((m) => `${monthName(m.key)}: ${m.volumes.received} received, ${m.volumes.complaints} complaints`).join('; ')}.`
  return svg(title, description, W, H, grid +
    `<line x1="${left}" y1="${y(0)}" x2="${W - right}" y2="${y(0)}" stroke="${C.axis}"/>` + bars +
    `<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" font-size="12" text-anchor="middle" fill="${C.text}">Number received</text>` +
    `<text x="${left + (W - left - right) / 2}" y="${H - bottom + 48}" font-size="12" text-anchor="middle" fill="${C.text}">Month received</text>` +
    legend(left, H - 8, [[C.a, 'Contacts received'], [C.b, 'Of which complaints']]))
}

/** Horizontal bars: each duty's share done on time of those that fell due, against the council's target. */
export function timelinessChart(r: AnnualReport): string {
  const items: DutyTimeliness[] = r.timeliness
  const title = 'Duties done on time, of those that fell due in the period'
  const W = 720, label = 300, right = 56, row = 34, top = 10
  const H = top + items.length * row + 62
  const plotW = W - label - right
  const x = (v: number) => label + plotW * (v / 100)
  const colour = (d: DutyTimeliness) => (d.rating === 'met' ? C.c : d.rating === 'amber' ? C.amber : '#d4351c')
  const grid = [0, 25, 50, 75, 100].map((v) => `<line x1="${x(v)}" y1="${top}" x2="${x(v)}" y2="${top + items.length * row}" stroke="${C.grid}"/>` +
    `<text x="${x(v)}" y="${top + items.length * row + 14}" font-size="11" text-anchor="middle" fill="${C.text}">${v}%</text>`).join('')
  const bars = items.map((d, i) => {
    const y = top + i * row
    const words = d.percent === null ? `nothing fell due${d.notYetDue > 0 ? ` (${d.notYetDue} not yet due)` : ''}` : `${d.percent}% (${d.onTime} of ${d.fellDue})`
    return `<g><title>${esc(d.label)}: ${esc(words)}</title>` +
      `<text x="${label - 8}" y="${y + 21}" font-size="11" text-anchor="end" fill="${C.text}">${esc(d.label.replace(/ within .*/, ''))}</text>` +
      `<text x="${label - 8}" y="${y + 33}" font-size="10" text-anchor="end" fill="${C.axis}">${esc(d.label.replace(/^.* (within .*)$/, '$1'))}</text>` +
      (d.percent === null ? `<text x="${label + 6}" y="${y + 22}" font-size="11" fill="${C.axis}">${esc(words)}</text>`
        : `<rect x="${label}" y="${y + 9}" width="${(x(d.percent) - label).toFixed(1)}" height="18" fill="${colour(d)}"/>` +
          `<text x="${(Math.min(x(d.percent), W - right - 70) + 4).toFixed(1)}" y="${y + 22}" font-size="11" fill="${d.percent > 80 ? '#ffffff' : C.text}" ${d.percent > 80 ? `text-anchor="end" dx="-8"` : ''}>${esc(words)}</text>`) +
      '</g>'
  }).join('')
  const target = r.targets.targetPercent
  const amber = r.targets.amberFromPercent
  const base = top + items.length * row
  const lines = `<line x1="${x(target)}" y1="${top - 4}" x2="${x(target)}" y2="${base + 2}" stroke="${C.text}" stroke-width="2" stroke-dasharray="5 3"/>` +
    (amber < target ? `<line x1="${x(amber)}" y1="${top - 4}" x2="${x(amber)}" y2="${base + 2}" stroke="${C.amber}" stroke-width="1.5" stroke-dasharray="2 3"/>` : '')
  const description = `Bar chart against a target of ${target}% (amber from ${amber}%). ` +
    items.map((d) => `${d.label}: ${d.percent === null ? 'nothing fell due' : `${d.percent}%, ${d.onTime} of ${d.fellDue} on time`}; ${d.notYetDue} not yet due`).join('. ') + '.'
  return svg(title, description, W, H, grid + bars + lines +
    `<text x="${label + plotW / 2}" y="${base + 32}" font-size="12" text-anchor="middle" fill="${C.text}">Share done on time, of those that fell due</text>` +
    legend(label, H - 6, [[C.text, `Target ${target}%`], ...(amber < target ? [[C.amber, `Amber from ${amber}%`] as [string, string]] : [])]))
}

/** Per service area, a bar for each stage: upheld and not upheld stacked; the stages are never added together. */
export function outcomesChart(r: AnnualReport): string {
  const areas = r.outcomesByServiceArea.slice(0, 12)
  const title = 'Outcomes of responses by service area, stage 1 and stage 2 apart'
  const max = Math.max(0, ...areas.flatMap((a) => [a.stage1.responded, a.stage2.responded]))
  if (max === 0) return empty(title, 720, 160)
  const xs = ticks(max)
  const topValue = xs[xs.length - 1]!
  const W = 720, label = 170, right = 40, pair = 46, top = 8
  const H = top + areas.length * pair + 64
  const plotW = W - label - right
  const x = (v: number) => label + plotW * (v / topValue)
  const base = top + areas.length * pair
  const grid = xs.map((v) => `<line x1="${x(v).toFixed(1)}" y1="${top}" x2="${x(v).toFixed(1)}" y2="${base}" stroke="${C.grid}"/>` +
    `<text x="${x(v).toFixed(1)}" y="${base + 14}" font-size="11" text-anchor="middle" fill="${C.text}">${v}</text>`).join('')
  const bar = (y: number, s: { upheld: number; notUpheld: number; responded: number }, stage: 1 | 2) =>
    `<text x="${label - 8}" y="${y + 12}" font-size="10" text-anchor="end" fill="${C.axis}">Stage ${stage}</text>` +
    `<rect x="${label}" y="${y + 2}" width="${(x(s.upheld) - label).toFixed(1)}" height="14" fill="${stage === 1 ? C.b : C.paleB}"/>` +
    `<rect x="${x(s.upheld).toFixed(1)}" y="${y + 2}" width="${(x(s.upheld + s.notUpheld) - x(s.upheld)).toFixed(1)}" height="14" fill="${stage === 1 ? C.a : C.pale}"/>` +
    `<text x="${(x(s.responded) + 4).toFixed(1)}" y="${y + 13}" font-size="11" fill="${C.text}">${s.responded}</text>`
  const rows = areas.map((a, i) => {
    const y = top + i * pair
    return `<g><title>${esc(a.serviceArea)}: stage 1 ${a.stage1.upheld} upheld, ${a.stage1.notUpheld} not upheld; stage 2 ${a.stage2.upheld} upheld, ${a.stage2.notUpheld} not upheld</title>` +
      `<text x="8" y="${y + 26}" font-size="12" fill="${C.text}">${esc(a.serviceArea)}</text>` + bar(y, a.stage1, 1) + bar(y + 20, a.stage2, 2) + '</g>'
  }).join('')
  const description = `Bar chart. ${areas.map((a) => `${a.serviceArea}: stage 1 ${a.stage1.responded} responses (${a.stage1.upheld} upheld); stage 2 ${a.stage2.responded} (${a.stage2.upheld} upheld)`).join('; ')}.`
  return svg(title, description, W, H, grid + `<line x1="${label}" y1="${top}" x2="${label}" y2="${base}" stroke="${C.axis}"/>` + rows +
    `<text x="${label + plotW / 2}" y="${base + 32}" font-size="12" text-anchor="middle" fill="${C.text}">Responses sent in the period</text>` +
    legend(label, H - 6, [[C.b, 'Stage 1 upheld'], [C.a, 'Stage 1 not upheld'], [C.paleB, 'Stage 2 upheld'], [C.pale, 'Stage 2 not upheld']]))
}
