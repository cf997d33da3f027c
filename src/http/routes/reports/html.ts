/**
 * The annual (or 6-monthly) report as one self-contained, printable page: inline CSS and SVG, no scripts, no
 * external resources (it works under a CSP that allows inline styles only), so that a council can publish the file
 * as it is and a committee can print it on A4 with page numbers.
 */
import { longDate } from '../../../domain/index.js'
import type { AnnualReport } from '../../../services/annual-report.js'
import { esc, outcomesChart, timelinessChart, volumesChart } from './charts.js'

const fmtPct = (p: number | null): string => (p === null ? '–' : `${p}%`)
const pounds = (pence: number): string => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

type Cell = string | number | { html: string }
const cell = (c: Cell): string => (typeof c === 'object' ? c.html : esc(c))

/** A table with a caption, column headers and, where the first column names the row, row headers. */
function table(caption: string, head: string[], rows: Cell[][], rowHeaders = true): string {
  if (rows.length === 0) return `<p class="none">${esc(caption)}: none.</p>`
  // A short table moves whole to the next page rather than leave its caption and header alone at the foot of one.
  return `<table${rows.length <= 15 ? ' class="keep"' : ''}><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && rowHeaders ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`).join('') +
    '</tbody></table>'
}

const RATING_WORDS = { met: 'Met', amber: 'Not met (amber)', not_met: 'Not met', nothing_due: 'Nothing fell due' } as const
const rating = (r: keyof typeof RATING_WORDS): Cell => ({ html: `<span class="rating ${r}">${RATING_WORDS[r]}</span>` })

const paragraphs = (text: string | null): string =>
  text === null || text.trim() === '' ? '<p class="none">Not yet recorded.</p>' : text.split(/\n{2,}/).map((p) => `<p>${esc(p)}</p>`).join('')

const STYLE = `
@page{size:A4;margin:18mm 16mm 20mm 16mm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font:9pt Arial,Helvetica,sans-serif;color:#505a5f}}
body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4;font-size:11pt}
h1{font-size:1.7rem;margin:0 0 .5rem}h2{font-size:1.3rem;border-bottom:2px solid #1d70b8;padding-bottom:.2rem;margin-top:1.8rem}h3{font-size:1.05rem;margin-top:1.2rem}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:10pt}caption{text-align:left;font-weight:bold;padding:.2rem 0}
th,td{border:1px solid #b1b4b6;padding:.25rem .45rem;text-align:left;vertical-align:top}thead th{background:#f3f2f1}tbody th{font-weight:normal}
tr{break-inside:avoid}table.keep{break-inside:avoid}
.rating{font-weight:bold;white-space:nowrap}.met{color:#00703c}.amber{color:#8a5b00}.not_met{color:#d4351c}.nothing_due{color:#505a5f}
.none{color:#505a5f}.note{color:#505a5f;font-size:.95em}
figure{margin:1rem 0;break-inside:avoid}figcaption{font-weight:bold;margin-bottom:.3rem}
nav ol{padding-left:1.4rem}nav a{color:#1d70b8}

@media print{body{margin:0;max-width:none;font-size:10pt}nav a{color:#0b0c0c;text-decoration:none}section{break-before:auto}}
`

interface Section { id: string; title: string; body: string }

function sections(r: AnnualReport): Section[] {
  const p = r.performance
  const t = (d: AnnualReport['timeliness'][number]) => [d.label, d.codeReference, d.fellDue, d.onTime, d.late, fmtPct(d.percent), d.notYetDue, rating(d.rating)]
  return [
    {
      id: 'self-assessment', title: 'Self-assessment against the Complaint Handling Code',
      body: `<p>${esc(r.targets.rule)}</p>` +
        table('Requirements the data evidences', ['Requirement', 'Code', 'What the data shows', 'Threshold', 'Rating'],
          r.selfAssessment.map((i) => [i.requirement, i.codeReference, i.figure, i.target, rating(i.rating)])),
    },
    {
      id: 'performance', title: 'Quantitative performance',
      body: table('Volumes', ['Measure', 'Count'], [
        ['Contacts received', p.volumes.received], ['Complaints', p.volumes.complaints], ['Service requests', p.volumes.serviceRequests],
        ['Signposted elsewhere', p.volumes.signposted], ['Complaints accepted', p.volumes.accepted], ['Complaints refused', p.volumes.refused], ['Withdrawn', p.volumes.withdrawn],
      ]) +
        `<figure><figcaption>Contacts received and complaints, by month</figcaption>${volumesChart(r)}</figure>` +
        table('Timeliness: duties due in the period', ['Duty', 'Code', 'Fell due', 'On time', 'Late', 'On time %', 'Not yet due', 'Rating'], r.timeliness.map(t)) +
        `<p class="note">A duty falls due on its due date (after any extension or pause). Duties still open and not yet due are shown apart and are not counted in the percentage.</p>` +
        `<figure><figcaption>Duties done on time, against the council's target of ${esc(r.targets.targetPercent)}%</figcaption>${timelinessChart(r)}</figure>` +
        table('Outcomes of the responses sent in the period', ['Measure', 'Stage 1', 'Stage 2'], [
          ['Responses sent', p.stage1.outcomes.responded, p.stage2.outcomes.responded],
          ['Upheld (any aspect upheld)', p.stage1.outcomes.upheld, p.stage2.outcomes.upheld],
          ['Not upheld', p.stage1.outcomes.notUpheld, p.stage2.outcomes.notUpheld],
          ['Average working days to respond', p.stage1.outcomes.workingDaysToRespond.average ?? '–', p.stage2.outcomes.workingDaysToRespond.average ?? '–'],
          ['90th percentile working days', p.stage1.outcomes.workingDaysToRespond.p90 ?? '–', p.stage2.outcomes.workingDaysToRespond.p90 ?? '–'],
        ]) +
        table('Escalation and the caseload', ['Measure', 'Count'], [
          ['Escalation requests', p.escalations.requested], ['Escalation rate (of stage 1 responses)', fmtPct(p.escalations.rate)],
          ['Open now', r.openNow.open], ['Open now and overdue', r.openNow.overdue],
        ]) +
        `<figure><figcaption>Outcomes by service area (stage 1 and stage 2 shown apart, never added together)</figcaption>${outcomesChart(r)}</figure>` +
        table('Outcomes by service area', ['Service area', 'Stage 1 responses', 'Stage 1 upheld', 'Stage 2 responses', 'Stage 2 upheld'],
          r.outcomesByServiceArea.map((a) => [a.serviceArea, a.stage1.responded, a.stage1.upheld, a.stage2.responded, a.stage2.upheld])),
    },
    {
      id: 'refused', title: 'Complaints refused',
      body: table('Types of complaint refused (catalogue entry)', ['Type of complaint', 'Refused'], r.refusedComplaintTypes.map((x) => [x.label, x.count])),
    },
    {
      id: 'non-compliance', title: 'Non-compliance findings',
      body: table('Findings', ['Finding', 'Stage 1', 'Stage 2'], [
        ['Late acknowledgements', r.nonCompliance.lateAcknowledgements.stage1, r.nonCompliance.lateAcknowledgements.stage2],
        ['Late responses', r.nonCompliance.lateResponses.stage1, r.nonCompliance.lateResponses.stage2],
        ['Extensions beyond the cap', r.nonCompliance.extensionsBeyondCap.stage1, r.nonCompliance.extensionsBeyondCap.stage2],
      ]) + `<p>Remedies overdue: ${r.nonCompliance.remediesOverdue}.</p>` +
        table('Exceptional circumstances', ['From', 'To', 'What was affected', 'Ombudsman told', 'Back in compliance'],
          r.nonCompliance.exceptionalCircumstances.map((c) => [longDate(c.startsOn), c.endsOn ? longDate(c.endsOn) : 'continuing', c.affected,
            c.ombudsmanToldOn ? longDate(c.ombudsmanToldOn) : 'not yet', c.returnedToComplianceOn ? longDate(c.returnedToComplianceOn) : 'not yet']), false),
    },
    {
      id: 'remedies', title: 'Remedies',
      body: table('Remedies offered in the period', ['Remedy', 'Offered', 'Delivered', 'Open', 'Overdue', 'Undeliverable'],
        r.remedies.byType.map((x) => [x.label, x.offered, x.done, x.open, x.overdue, x.undeliverable])) +
        `<p>Financial remedies offered: ${esc(pounds(r.remedies.financialTotalPence))}.</p>`,
    },
    { id: 'improvements', title: 'Service improvements from learning', body: paragraphs(r.serviceImprovements) },
    { id: 'governance', title: 'Governance response', body: paragraphs(r.governanceResponse) },
  ]
}

export function annualReportHtml(r: AnnualReport): string {
  const title = `${r.council.name}: complaints performance and service improvement report ${r.period.label}`
  const all = sections(r)
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style></head><body>
<header class="cover">
<h1>${esc(title)}</h1>
<p>Period ${esc(longDate(r.period.from))} to ${esc(longDate(r.period.to))}; figures as at ${esc(longDate(r.asAt))}.
Timescales as the council's policy sets them (policy version ${esc(r.policy.version)}, ${esc(r.policy.id)}).</p>
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>${all.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('')}</ol></nav>
</header>
<main>
${all.map((s, i) => `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${i + 1}. ${esc(s.title)}</h2>\n${s.body}</section>`).join('\n')}
</main>
</body></html>
`
}
