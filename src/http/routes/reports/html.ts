/**
 * The annual (or 6-monthly) report as one self-contained, printable page: inline CSS and SVG, no scripts, no
 * external resources, so that a council can publish the file as it is and a committee can print it.
 */
import type { AnnualReport } from '../../../services/annual-report.js'

const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')

const fmtPct = (p: number | null): string => (p === null ? '–' : `${p}%`)
const pounds = (pence: number): string => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

const COLOURS = { a: '#1d70b8', b: '#f47738', c: '#00703c', grid: '#b1b4b6', text: '#0b0c0c' }

function empty(title: string, width: number, height: number): string {
  return `<svg role="img" aria-label="${esc(title)}: no data" viewBox="0 0 ${width} ${height}" width="100%"><text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="${COLOURS.grid}">No data for this period</text></svg>`
}

/** Vertical bars for each month: received and, beside it, complaints. */
function volumesChart(r: AnnualReport): string {
  const months = r.byMonth
  const W = 720, H = 260, left = 40, bottom = 40, top = 20
  const max = Math.max(0, ...months.map((m) => m.volumes.received))
  if (max === 0) return empty('Volumes by month', W, H)
  const step = (W - left - 10) / Math.max(months.length, 1)
  const bw = step * 0.38
  const y = (v: number) => top + (H - top - bottom) * (1 - v / max)
  const bars = months.map((m, i) => {
    const x = left + i * step + step * 0.1
    return `<g><title>${esc(m.key)}: ${m.volumes.received} received, ${m.volumes.complaints} complaints</title>` +
      `<rect x="${x.toFixed(1)}" y="${y(m.volumes.received).toFixed(1)}" width="${bw.toFixed(1)}" height="${(H - bottom - y(m.volumes.received)).toFixed(1)}" fill="${COLOURS.a}"/>` +
      `<rect x="${(x + bw).toFixed(1)}" y="${y(m.volumes.complaints).toFixed(1)}" width="${bw.toFixed(1)}" height="${(H - bottom - y(m.volumes.complaints)).toFixed(1)}" fill="${COLOURS.b}"/>` +
      `<text x="${(x + bw).toFixed(1)}" y="${H - bottom + 14}" font-size="10" text-anchor="middle">${esc(m.key.slice(2))}</text></g>`
  }).join('')
  return `<svg role="img" aria-label="Volumes by month" viewBox="0 0 ${W} ${H}" width="100%">` +
    `<line x1="${left}" y1="${H - bottom}" x2="${W - 10}" y2="${H - bottom}" stroke="${COLOURS.grid}"/>` +
    `<text x="${left - 4}" y="${top + 4}" font-size="10" text-anchor="end">${max}</text><text x="${left - 4}" y="${H - bottom}" font-size="10" text-anchor="end">0</text>` +
    bars +
    `<rect x="${left}" y="${H - 14}" width="10" height="10" fill="${COLOURS.a}"/><text x="${left + 14}" y="${H - 5}" font-size="11">Received</text>` +
    `<rect x="${left + 90}" y="${H - 14}" width="10" height="10" fill="${COLOURS.b}"/><text x="${left + 104}" y="${H - 5}" font-size="11">Complaints</text></svg>`
}

/** Horizontal bars of each duty's on-time percentage against the Code's target of all of them. */
function timelinessChart(r: AnnualReport): string {
  const p = r.performance
  const items: [string, number | null, number][] = [
    ['Stage 1 acknowledged in 5 working days', p.stage1.acknowledgement.met.percent, p.stage1.acknowledgement.due],
    ['Stage 1 answered in 10 working days', p.stage1.response.withinCodeTimescale.percent, p.stage1.response.due],
    ['Stage 1 answered by the (extended) date', p.stage1.response.withinExtendedDate.percent, p.stage1.response.due],
    ['Stage 2 acknowledged in 5 working days', p.stage2.acknowledgement.met.percent, p.stage2.acknowledgement.due],
    ['Stage 2 answered in 20 working days', p.stage2.response.withinCodeTimescale.percent, p.stage2.response.due],
    ['Stage 2 answered by the (extended) date', p.stage2.response.withinExtendedDate.percent, p.stage2.response.due],
  ]
  if (items.every(([, , due]) => due === 0)) return empty('Timeliness against the Code', 720, 120)
  const W = 720, label = 260, row = 28, H = items.length * row + 30
  const x = (v: number) => label + (W - label - 60) * (v / 100)
  const bars = items.map(([name, value, due], i) => {
    const y = 10 + i * row
    const v = value ?? 0
    return `<g><title>${esc(name)}: ${fmtPct(value)} of ${due} due</title><text x="${label - 8}" y="${y + 15}" font-size="11" text-anchor="end">${esc(name)}</text>` +
      `<rect x="${label}" y="${y + 3}" width="${(x(v) - label).toFixed(1)}" height="16" fill="${v >= 100 ? COLOURS.c : COLOURS.a}"/>` +
      `<text x="${(x(v) + 4).toFixed(1)}" y="${y + 15}" font-size="11">${esc(fmtPct(value))}</text></g>`
  }).join('')
  return `<svg role="img" aria-label="Timeliness against the Code's targets" viewBox="0 0 ${W} ${H}" width="100%">${bars}` +
    `<line x1="${x(100)}" y1="5" x2="${x(100)}" y2="${H - 20}" stroke="${COLOURS.text}" stroke-dasharray="4 3"/>` +
    `<text x="${x(100)}" y="${H - 6}" font-size="10" text-anchor="middle">Code target: 100%</text></svg>`
}

/** Stacked horizontal bars per service area: upheld and not upheld. */
function outcomesChart(r: AnnualReport): string {
  const areas = r.outcomesByServiceArea.slice(0, 15)
  const max = Math.max(0, ...areas.map((a) => a.responded))
  if (max === 0) return empty('Outcomes by service area', 720, 120)
  const W = 720, label = 200, row = 24, H = areas.length * row + 36
  const w = (v: number) => (W - label - 60) * (v / max)
  const bars = areas.map((a, i) => {
    const y = 8 + i * row
    return `<g><title>${esc(a.serviceArea)}: ${a.upheld} upheld, ${a.notUpheld} not upheld</title>` +
      `<text x="${label - 8}" y="${y + 14}" font-size="11" text-anchor="end">${esc(a.serviceArea)}</text>` +
      `<rect x="${label}" y="${y + 2}" width="${w(a.upheld).toFixed(1)}" height="16" fill="${COLOURS.b}"/>` +
      `<rect x="${(label + w(a.upheld)).toFixed(1)}" y="${y + 2}" width="${w(a.notUpheld).toFixed(1)}" height="16" fill="${COLOURS.a}"/>` +
      `<text x="${(label + w(a.responded) + 4).toFixed(1)}" y="${y + 14}" font-size="11">${a.responded}</text></g>`
  }).join('')
  return `<svg role="img" aria-label="Outcomes by service area" viewBox="0 0 ${W} ${H}" width="100%">${bars}` +
    `<rect x="${label}" y="${H - 16}" width="10" height="10" fill="${COLOURS.b}"/><text x="${label + 14}" y="${H - 7}" font-size="11">Upheld</text>` +
    `<rect x="${label + 80}" y="${H - 16}" width="10" height="10" fill="${COLOURS.a}"/><text x="${label + 94}" y="${H - 7}" font-size="11">Not upheld</text></svg>`
}

const table = (head: string[], rows: (string | number)[][]): string =>
  rows.length === 0 ? '<p class="none">None.</p>'
    : `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`

const metWords = (met: boolean | null): string => (met === null ? 'Nothing due' : met ? 'Met' : 'Not met')

const paragraphs = (text: string | null): string =>
  text === null || text.trim() === '' ? '<p class="none">Not yet recorded.</p>' : text.split(/\n{2,}/).map((p) => `<p>${esc(p)}</p>`).join('')

export function annualReportHtml(r: AnnualReport): string {
  const p = r.performance
  const title = `${r.council.name}: complaints performance and service improvement report ${r.period.label}`
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.8rem}h2{font-size:1.3rem;border-bottom:2px solid #1d70b8;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f2f1}.met{color:#00703c;font-weight:bold}.notmet{color:#d4351c;font-weight:bold}.none{color:#505a5f}
figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}figure,table{break-inside:avoid}}
</style></head><body>
<h1>${esc(title)}</h1>
<p>Period ${esc(r.period.from)} to ${esc(r.period.to)}; figures as at ${esc(r.asAt)}. Timeliness counts each duty in the period its due date falls in; a case still open and not yet due is not counted as late.</p>

<h2>1. Self-assessment against the Complaint Handling Code</h2>
${table(['Requirement', 'Code', 'What the data shows', 'Met?'], r.selfAssessment.map((i) => [i.requirement, i.codeReference, i.figure, metWords(i.met)]))
  .replace(/<td>(Met|Not met)<\/td>/g, (_m, w: string) => `<td class="${w === 'Met' ? 'met' : 'notmet'}">${w}</td>`)}

<h2>2. Quantitative performance</h2>
${table(['Measure', 'Count'], [
  ['Contacts received', p.volumes.received], ['Complaints', p.volumes.complaints], ['Service requests', p.volumes.serviceRequests],
  ['Signposted', p.volumes.signposted], ['Accepted', p.volumes.accepted], ['Refused', p.volumes.refused], ['Withdrawn', p.volumes.withdrawn],
  ['Stage 1 responses', p.stage1.outcomes.responded], ['Stage 1 upheld', p.stage1.outcomes.upheld], ['Stage 1 not upheld', p.stage1.outcomes.notUpheld],
  ['Escalations to stage 2', p.escalations.requested], ['Escalation rate', fmtPct(p.escalations.rate)],
  ['Stage 2 responses', p.stage2.outcomes.responded], ['Stage 2 upheld', p.stage2.outcomes.upheld], ['Stage 2 not upheld', p.stage2.outcomes.notUpheld],
  ['Average working days to a stage 1 response', p.stage1.outcomes.workingDaysToRespond.average ?? '–'],
  ['90th percentile working days, stage 1', p.stage1.outcomes.workingDaysToRespond.p90 ?? '–'],
  ['Referred to the Ombudsman', p.ombudsman.referred], ['Ombudsman decisions: fault found', p.ombudsman.decisions.upheldFault],
  ['Open now', r.openNow.open], ['Open now and overdue', r.openNow.overdue],
])}
<figure><figcaption>Volumes by month</figcaption>${volumesChart(r)}</figure>
<figure><figcaption>Timeliness against the Code's targets</figcaption>${timelinessChart(r)}</figure>
<figure><figcaption>Outcomes by service area</figcaption>${outcomesChart(r)}</figure>

<h2>3. Complaints refused</h2>
${table(['Type of complaint (catalogue entry)', 'Refused'], r.refusedComplaintTypes.map((t) => [t.label, t.count]))}

<h2>4. Non-compliance findings</h2>
${table(['Finding', 'Stage 1', 'Stage 2'], [
  ['Late acknowledgements', r.nonCompliance.lateAcknowledgements.stage1, r.nonCompliance.lateAcknowledgements.stage2],
  ['Late responses', r.nonCompliance.lateResponses.stage1, r.nonCompliance.lateResponses.stage2],
  ['Extensions beyond the cap', r.nonCompliance.extensionsBeyondCap.stage1, r.nonCompliance.extensionsBeyondCap.stage2],
])}
<p>Remedies overdue: ${r.nonCompliance.remediesOverdue}.</p>
<h3>Exceptional circumstances</h3>
${table(['From', 'To', 'What was affected', 'Ombudsman told', 'Back in compliance'], r.nonCompliance.exceptionalCircumstances.map((c) => [c.startsOn, c.endsOn ?? 'continuing', c.affected, c.ombudsmanToldOn ?? 'not yet', c.returnedToComplianceOn ?? 'not yet']))}

<h2>5. Remedies</h2>
${table(['Type', 'Offered', 'Delivered', 'Open', 'Overdue', 'Undeliverable'], r.remedies.byType.map((t) => [t.type, t.offered, t.done, t.open, t.overdue, t.undeliverable]))}
<p>Financial remedies offered: ${esc(pounds(r.remedies.financialTotalPence))}.</p>

<h2>6. Service improvements from learning</h2>
${paragraphs(r.serviceImprovements)}

<h2>7. Governance response</h2>
${paragraphs(r.governanceResponse)}
</body></html>
`
}
