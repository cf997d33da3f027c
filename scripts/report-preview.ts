/**
 * `npm run report:preview`: renders the annual report of a seeded example council (the tests' worked examples,
 * on a throw-away embedded database) as HTML, prints it to PDF with headless Chromium, and turns both into PNG
 * pages (the HTML as one full-page screenshot, the PDF page by page with pdftoppm), so that a person can look at
 * what a committee will read and print. Needs `chromium` and `pdftoppm` (poppler-utils) on the PATH.
 * Writes into .scratch/report-preview/ (or the directory given as the first argument).
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { harness, seedWorkedExample } from '../test/helpers/reports-worked-example.js'
import { seedStagesExample } from '../test/helpers/reports-stages-example.js'

const out = path.resolve(process.argv[2] ?? '.scratch/report-preview')
const CHROMIUM = process.env.CHROMIUM ?? 'chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']

const closers: (() => unknown)[] = []
try {
  const h = await harness({ teardown: (fn) => closers.push(fn) })
  await seedWorkedExample(h)
  await seedStagesExample(h)
  // A case keyed in late, so the data-quality section has something to show: received 16 February, its triage and
  // acknowledgement done on the 17th but recorded on 27 February (8 working days later).
  const late = await h.receive('2026-02-16')
  await h.act(late, '2026-02-27', 'triage', { as: 'complaint', occurredAt: '2026-02-17T10:00:00Z' })
  await h.act(late, '2026-02-27', 'acknowledgement', { decision: 'accepted', occurredAt: '2026-02-17T11:00:00Z' })
  h.on('2026-03-03')
  await h.app.inject({
    method: 'PUT', url: '/v1/reports/annual/2025/narrative', headers: h.team,
    payload: { serviceImprovements: 'Crews now photograph missed bins.\n\nRepairs are booked at first contact.', governanceResponse: 'The Audit and Governance Committee noted the report and asked for 6-monthly updates.' },
  })
  const res = await h.app.inject({ method: 'GET', url: '/v1/reports/annual?year=2025', headers: { ...h.team, accept: 'text/html' } })
  if (res.statusCode !== 200) throw new Error(`the report failed: ${res.statusCode} ${res.body}`)

  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  const html = path.join(out, 'annual-report.html')
  const pdf = path.join(out, 'annual-report.pdf')
  await writeFile(html, res.body)
  const url = `file://${html}`
  execFileSync(CHROMIUM, [...FLAGS, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, url], { stdio: 'ignore' })
  execFileSync(CHROMIUM, [...FLAGS, '--hide-scrollbars', '--window-size=1000,5200', `--screenshot=${path.join(out, 'html.png')}`, url], { stdio: 'ignore' })
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, 'page')])
  const pages = (await readdir(out)).filter((f) => f.startsWith('page')).sort()
  process.stdout.write(`${html}\n${pdf} (${pages.length} pages)\n${pages.map((p) => path.join(out, p)).join('\n')}\n${path.join(out, 'html.png')}\n`)
} finally {
  for (const close of closers.reverse()) await close()
}
