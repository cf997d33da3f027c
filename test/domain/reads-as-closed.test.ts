import t from 'tap'
import { CaseStatusSchema, readStatus, storedStatusesReadingAs, storedStatusesReadingAsOpen, type CaseStatus, type StoredStatusMatch } from '../../src/domain/index.js'

const STATUSES = (CaseStatusSchema as unknown as { anyOf: Array<{ const: CaseStatus }> }).anyOf.map((s) => s.const)

/** How a query over the stored columns evaluates a match (what case-queue.repository.ts writes as SQL). */
function matches(m: StoredStatusMatch, stored: { status: CaseStatus; escalationWindowEndsOn: string | null }, today: string): boolean {
  if (m.status !== stored.status) return false
  const end = stored.escalationWindowEndsOn
  if (m.window === 'passed') return end !== null && end < today
  if (m.window === 'not_passed') return end === null || end >= today
  return true
}

t.test('the queue\'s stored-status filter agrees with the status a case reads as', async (t) => {
  t.ok(STATUSES.length > 10, 'every status is tried')
  const today = '2026-03-10'
  let checked = 0
  for (const status of STATUSES) {
    for (const escalationWindowEndsOn of [null, '2026-03-09', '2026-03-10', '2026-03-11']) {
      const stored = { status, escalationWindowEndsOn }
      const reads = readStatus(stored, today)
      for (const wanted of STATUSES) {
        const found = storedStatusesReadingAs(wanted).some((m) => matches(m, stored, today))
        if (found !== (reads === wanted)) t.fail(`${status} (window ends ${escalationWindowEndsOn}) reads as ${reads}; filter for ${wanted} says ${found}`)
        checked += 1
      }
    }
  }
  t.ok(checked > 400, `${checked} combinations agree`)
})

t.test('the stored shapes of an open case are those reading as neither closed nor withdrawn', async (t) => {
  const today = '2026-03-10'
  const open = storedStatusesReadingAsOpen()
  for (const status of STATUSES) {
    for (const escalationWindowEndsOn of [null, '2026-03-09', '2026-03-10', '2026-03-11']) {
      const stored = { status, escalationWindowEndsOn }
      const reads = readStatus(stored, today)
      t.equal(open.some((m) => matches(m, stored, today)), reads !== 'closed' && reads !== 'withdrawn', `${status}, window ends ${escalationWindowEndsOn}`)
    }
  }
})

t.test('what reads as closed', async (t) => {
  t.equal(readStatus({ status: 'stage2_responded', escalationWindowEndsOn: null }, '2026-01-01'), 'closed', 'a final response closes at once')
  t.equal(readStatus({ status: 'stage1_responded', escalationWindowEndsOn: '2026-01-19' }, '2026-01-19'), 'stage1_responded', 'the last day of the window is still open')
  t.equal(readStatus({ status: 'stage1_responded', escalationWindowEndsOn: '2026-01-19' }, '2026-01-20'), 'closed', 'the day after, closed')
  t.equal(readStatus({ status: 'stage1_responded', escalationWindowEndsOn: null }, '2030-01-01'), 'stage1_responded', 'no window, never closes by itself')
  t.same(storedStatusesReadingAs('stage2_responded'), [], 'nothing reads as stage2_responded')
})
