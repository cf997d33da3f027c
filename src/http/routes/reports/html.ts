/**
 * The annual (or 6-monthly) report as one self-contained, printable page: inline CSS and SVG, no scripts, no
 * external resources (it works under a CSP that allows inline styles only), so that a council can publish the file
 * as it is and a committee can print it on A4 with page numbers.
 */
import { counted, longDate } from '../../../domain/index.js'
import type { AnnualReport } from '../../../services/annual-report.js'
import type { SelfAssessmentRow } from '../../../services/self-assessment.js'
import { esc, outcomesChart, timelinessChart, volumesChart } from './charts.js'

const fmtPct = (p: number | null): string => (p === null ? '–' : `${p}%`)
const pounds = (pence: number): string => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

type Cell = string | number | { html: string }
const cell = (c: Cell): string => (typeof c === 'object' ? c.html : esc(c))

/** A table with a caption, column headers and, where the first column names the row, row headers. */
function table(caption: string, head: string[], rows: Cell[][], rowHeaders = true, extraClass = ''): string {
  if (rows.length === 0) return `<p class="none">${esc(caption)}: none.</p>`
  // A short table moves whole to the next page rather than leave its caption and header alone at the foot of one.
  const classes = [rows.length <= 15 ? 'keep' : '', extraClass].filter((c) => c !== '').join(' ')
  return `<table${classes ? ` class="${classes}"` : ''}><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && rowHeaders ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`).join('') +
    '</tbody></table>'
}

const RATING_WORDS = { met: 'Met', amber: 'Not met (amber)', not_met: 'Not met', nothing_due: 'Nothing fell due' } as const
const rating = (r: keyof typeof RATING_WORDS): Cell => ({ html: `<span class="rating ${r}">${RATING_WORDS[r]}</span>` })

/** An introducing sentence and the table it introduces, printed on one page (the table alone is kept whole). */
const introduced = (intro: string, block: string): string => `<div class="introduced"><p>${intro}</p>${block}</div>`

const paragraphs = (text: string | null): string =>
  text === null || text.trim() === '' ? '<p class="none">Not yet recorded.</p>' : text.split(/\n{2,}/).map((p) => `<p>${esc(p)}</p>`).join('')

const STYLE = `
@page{size:A4;margin:18mm 16mm 20mm 16mm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font:9pt Arial,Helvetica,sans-serif;color:#505a5f}}
body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4;font-size:11pt}
h1{font-size:1.7rem;margin:0 0 .5rem}h2{font-size:1.3rem;border-bottom:2px solid #1d70b8;padding-bottom:.2rem;margin-top:1.8rem}h3{font-size:1.05rem;margin-top:1.2rem}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:10pt}caption{text-align:left;font-weight:bold;padding:.2rem 0}
th,td{border:1px solid #b1b4b6;padding:.25rem .45rem;text-align:left;vertical-align:top}thead th{background:#f3f2f1}tbody th{font-weight:normal}
tr{break-inside:avoid}table.keep,div.introduced:has(> table.keep){break-inside:avoid}table.provisions td p{margin:0 0 .25rem}table.provisions th[scope=row]{white-space:nowrap}
.rating{font-weight:bold;white-space:nowrap}.met{color:#00703c}.amber{color:#8a5b00}.not_met{color:#d4351c}.nothing_due{color:#505a5f}
.none{color:#505a5f}.note{color:#505a5f;font-size:.95em}
figure{margin:1rem 0;break-inside:avoid}figcaption{font-weight:bold;margin-bottom:.3rem}
nav ol{padding-left:1.4rem}nav a{color:#1d70b8}

@media print{body{margin:0;max-width:none;font-size:10pt}nav a{color:#0b0c0c;text-decoration:none}section{break-before:auto}}
`

interface Section { id: string; title: string; body: string }

const STATUS_WORDS: Record<SelfAssessmentRow['status'], string> = {
  ...RATING_WORDS, complies: 'Complies', does_not_comply: 'Does not comply', not_answered: 'Not yet answered',
}
const STATUS_CLASS: Record<SelfAssessmentRow['status'], string> = {
  met: 'met', amber: 'amber', not_met: 'not_met', nothing_due: 'nothing_due', complies: 'met', does_not_comply: 'not_met', not_answered: 'nothing_due',
}

function provisionEvidence(row: SelfAssessmentRow): Cell {
  const parts: string[] = []
  if (row.data) parts.push(`<p>${esc(row.data.figure)}.</p><p class="note">${esc(row.data.rule)}</p>`)
  const a = row.answer
  if (a) {
    if (a.evidence) parts.push(`<p>${esc(a.evidence)}</p>`)
    if (a.links.length > 0) parts.push(`<p class="note">Evidence: ${a.links.map((l) => esc(l)).join('; ')}</p>`)
    if (a.commentary) parts.push(`<p>${esc(a.commentary)}</p>`)
  }
  return { html: parts.join('') || '<p class="none">No evidence recorded.</p>' }
}

const num = (v: number | null, kind: 'count' | 'percent'): string => (v === null ? '–' : kind === 'percent' ? `${v}%` : String(v))
const signed = (v: number | null, kind: 'count' | 'percent'): string => (v === null ? '–' : `${v > 0 ? '+' : ''}${v}${kind === 'percent' ? ' points' : ''}`)

function trendsSection(r: AnnualReport): string {
  const t = r.trends
  const last = `${longDate(t.samePeriodLastYear.from)} to ${longDate(t.samePeriodLastYear.to)}`
  const head = ['Figure', 'This period', 'Same period last year', 'Change', ...(t.population !== null ? ['Per 10,000 residents', 'Last year per 10,000'] : [])]
  const rows = t.figures.map((f) => [f.label, num(f.thisPeriod, f.kind), num(f.samePeriodLastYear, f.kind), signed(f.change, f.kind),
    ...(t.population !== null ? [f.per10000 ? String(f.per10000.thisPeriod) : '–', f.per10000 ? String(f.per10000.samePeriodLastYear) : '–'] : [])] as Cell[])
  return introduced(`Compared with ${esc(last)}. ${t.population !== null ? `Rates per 10,000 residents use the council's recorded population of ${esc(t.population.toLocaleString('en-GB'))}.` : 'No population is recorded, so no rates per 10,000 residents are given.'}`,
    table('Headline figures', head, rows))
}

function ombudsmanSection(r: AnnualReport): string {
  const o = r.ombudsman
  const rec = o.recommendations
  return table('The Ombudsman\'s decisions beside the council\'s own outcomes', ['Measure', 'Value'], [
    ['Ombudsman decisions in the period', o.decided],
    ['Fault found (upheld)', o.decisions.upheldFault], ['No fault', o.decisions.noFault],
    ['Not investigated', o.decisions.notInvestigated], ['Closed after initial enquiries', o.decisions.closedAfterInitialEnquiries],
    ['Ombudsman upheld rate (of decisions after investigation)', fmtPct(o.upheldRate)],
    ['The council\'s stage 1 upheld rate', fmtPct(o.councilUpheldRate.stage1)],
    ['The council\'s stage 2 upheld rate', fmtPct(o.councilUpheldRate.stage2)],
  ]) + table('Compliance with the Ombudsman\'s recommendations', ['Measure', 'Count'], [
    ['Remedies recommended', rec.recommended], ['Done by their date', rec.doneOnTime], ['Done late', rec.doneLate],
    ['Open and overdue', rec.openOverdue], ['Open, not yet due', rec.openNotYetDue], ['Undeliverable, alternative offered', rec.undeliverable],
    ['Compliance on time (of those whose date has come)', fmtPct(rec.complianceRate)],
  ])
}

/** Late recording in words: what was late, by how much, and why a committee should care. */
function dataQualitySection(r: AnnualReport): string {
  const d = r.dataQuality
  const days = counted(d.keyedLateAfterWorkingDays, 'working day')
  const share = d.percentOfReceived === null ? '' : ` (${d.percentOfReceived}%)`
  const finding = d.received === 0 ? 'No contacts were received in the period.'
    : d.casesWithActionsKeyedLate === 0 ? `Every step on the ${counted(d.received, 'contact')} received in the period was recorded within ${days} of happening.`
      : `${d.casesWithActionsKeyedLate} of the ${counted(d.received, 'contact')} received in the period${share} had at least one step recorded more than ${days} after it happened: ${counted(d.actionsKeyedLate, 'step')} in all.`
  return introduced(esc(finding), table('Steps recorded late', ['Measure', 'Count'], [
    ['Contacts received in the period', d.received],
    [`Contacts with a step recorded more than ${days} after it happened`, d.casesWithActionsKeyedLate],
    ['Share of contacts received', fmtPct(d.percentOfReceived)],
    ['Steps recorded late, in all', d.actionsKeyedLate],
  ])) +
    '<p class="note">A step (an acknowledgement, an extension, a response) is dated when it happened, so the timeliness figures above are not changed by late recording. ' +
    'Until a step is recorded, though, the case record and the work queue read from it are out of date, and the complaints team may chase work already done or miss work still due. ' +
    `The threshold of ${esc(days)} is set in the council's policy.</p>`
}

function learningSection(r: AnnualReport): string {
  const f = r.learning.figures
  const rows = r.learning.youSaidWeDid.map((x) => [
    x.serviceArea,
    counted(x.complaints, 'complaint'),
    x.what,
    x.owner,
    x.doneOn !== null ? `Done ${longDate(x.doneOn)}` : x.dueOn < r.asAt ? `Overdue (due ${longDate(x.dueOn)})` : `Due ${longDate(x.dueOn)}`,
  ] as Cell[])
  return introduced(`${counted(f.recorded, 'service improvement')} recorded in the period, prompted by ${counted(f.complaintsLinked, 'complaint')}; ${f.done} done in the period; ${f.open} still open, of which ${f.overdue} overdue.`,
    table('You said, we did', ['Service area', 'You said', 'We did', 'Responsible', 'Status'], rows)) +
    `<h3>In the council's words</h3>${paragraphs(r.serviceImprovements)}`
}

function selfAssessmentSection(r: AnnualReport): string {
  const sa = r.selfAssessment
  const latest = sa.versions.at(-1)
  const state = latest === undefined ? 'Draft: not yet published.'
    : `Published as version ${latest.version} on ${longDate(latest.publishedAt.slice(0, 10))}${sa.changedSincePublished ? '; changed since, not yet published again' : ''}.`
  const so = sa.signOff
  const signOff = so === null ? '<p class="none">The governing body\'s response and the Member responsible\'s sign-off are not yet recorded.</p>'
    : `<p>Considered by the ${esc(so.governingBody)}, which responded on ${esc(longDate(so.respondedOn))}. Signed off by the Member responsible for complaints (${esc(so.memberResponsible)}) on ${esc(longDate(so.memberSignedOffOn))}.</p>`
  const counts = sa.summary
  const rows = sa.rows.map((row) => [
    row.paragraph ?? `Section ${row.section}`,
    { html: `<strong>${esc(row.title)}</strong><br>${esc(row.data?.requirement ?? row.summary)}` },
    provisionEvidence(row),
    { html: `<span class="rating ${STATUS_CLASS[row.status]}">${STATUS_WORDS[row.status]}</span><br><span class="note">${row.basis === 'data' ? 'from data' : 'council\'s answer'}</span>` },
    row.answer?.action ? `${row.answer.action.text}${row.answer.action.dueOn ? ` (by ${longDate(row.answer.action.dueOn)})` : ''}` : '',
  ] as Cell[])
  return `<p>${esc(state)} ${esc(r.targets.rule)}</p>` +
    `<p>${counts.met + counts.complies} provisions met or complied with; ${counts.amber + counts.not_met + counts.does_not_comply} not met; ${counts.nothing_due} with nothing due; ${counts.not_answered} not yet answered.</p>` +
    `<h3>Governance and sign-off</h3>${signOff}` +
    table('The Code, provision by provision', ['Code', 'Provision', 'Evidence and commentary', 'Status', 'Action and date'], rows, true, 'provisions')
}

function performanceSection(r: AnnualReport): string {
  const p = r.performance
  const t = (d: AnnualReport['timeliness'][number]) => [d.label, d.codeReference, d.fellDue, d.onTime, d.late, fmtPct(d.percent), d.notYetDue, rating(d.rating)]
  return table('Volumes', ['Measure', 'Count'], [
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
      r.outcomesByServiceArea.map((a) => [a.serviceArea, a.stage1.responded, a.stage1.upheld, a.stage2.responded, a.stage2.upheld]))
}

function nonComplianceSection(r: AnnualReport): string {
  return table('Findings', ['Finding', 'Stage 1', 'Stage 2'], [
    ['Late acknowledgements', r.nonCompliance.lateAcknowledgements.stage1, r.nonCompliance.lateAcknowledgements.stage2],
    ['Late responses', r.nonCompliance.lateResponses.stage1, r.nonCompliance.lateResponses.stage2],
    ['Extensions beyond the cap', r.nonCompliance.extensionsBeyondCap.stage1, r.nonCompliance.extensionsBeyondCap.stage2],
  ]) + `<p>Remedies overdue: ${r.nonCompliance.remediesOverdue}.</p>` +
    table('Exceptional circumstances', ['From', 'To', 'What was affected', 'Ombudsman told', 'Back in compliance'],
      r.nonCompliance.exceptionalCircumstances.map((c) => [longDate(c.startsOn), c.endsOn ? longDate(c.endsOn) : 'continuing', c.affected,
        c.ombudsmanToldOn ? longDate(c.ombudsmanToldOn) : 'not yet', c.returnedToComplianceOn ? longDate(c.returnedToComplianceOn) : 'not yet']), false)
}

function remediesSection(r: AnnualReport): string {
  return table('Remedies offered in the period', ['Remedy', 'Offered', 'Delivered', 'Open', 'Overdue', 'Undeliverable'],
    r.remedies.byType.map((x) => [x.label, x.offered, x.done, x.open, x.overdue, x.undeliverable])) +
    `<p>Financial remedies offered: ${esc(pounds(r.remedies.financialTotalPence))}.</p>`
}

function sections(r: AnnualReport): Section[] {
  return [
    { id: 'self-assessment', title: 'Self-assessment against the Complaint Handling Code', body: selfAssessmentSection(r) },
    { id: 'performance', title: 'Quantitative performance', body: performanceSection(r) },
    { id: 'trends', title: 'Trends: this period beside the same period last year', body: trendsSection(r) },
    { id: 'ombudsman', title: 'The Ombudsman', body: ombudsmanSection(r) },
    {
      id: 'refused', title: 'Complaints refused',
      body: table('Types of complaint refused (catalogue entry)', ['Type of complaint', 'Refused'], r.refusedComplaintTypes.map((x) => [x.label, x.count])),
    },
    { id: 'non-compliance', title: 'Non-compliance findings', body: nonComplianceSection(r) },
    { id: 'data-quality', title: 'Data quality: how promptly records are kept', body: dataQualitySection(r) },
    { id: 'remedies', title: 'Remedies', body: remediesSection(r) },
    { id: 'improvements', title: 'Learning from complaints: you said, we did', body: learningSection(r) },
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
