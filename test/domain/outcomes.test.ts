import fc from 'fast-check'
import t from 'tap'
import { detailedOutcome, recordedOutcome, stage2Outcome, validateResponse, type Finding, type ResponseContent } from '../../src/domain/index.js'

const f = (finding: Finding['finding'], aspect = 'x'): Finding => ({ aspect, finding })

t.test('upheld in totality', async (t) => {
  t.equal(recordedOutcome([f('not_upheld'), f('upheld')]), 'upheld')
  t.equal(recordedOutcome([f('not_upheld'), f('not_upheld')]), 'not_upheld')
  t.equal(recordedOutcome([f('partly_upheld')]), 'upheld', 'a partly upheld aspect is an upheld aspect')
  t.equal(detailedOutcome([f('upheld'), f('not_upheld')]), 'partly_upheld', 'three-way detail kept')
  t.equal(detailedOutcome([f('upheld'), f('upheld')]), 'upheld')
  t.equal(detailedOutcome([f('not_upheld')]), 'not_upheld')
})

t.test('recorded outcome is upheld iff some finding is upheld (property)', async (t) => {
  const finding = fc.record({ aspect: fc.string(), finding: fc.constantFrom('upheld', 'partly_upheld', 'not_upheld') as fc.Arbitrary<Finding['finding']> })
  fc.assert(fc.property(fc.array(finding), (fs) => (recordedOutcome(fs) === 'upheld') === fs.some((x) => x.finding !== 'not_upheld')))
  t.pass()
})

t.test('stage 2 rule', async (t) => {
  t.equal(stage2Outcome('upheld', true, [f('not_upheld', 'handling of stage 1')]), 'upheld', 'agreeing with upheld stage 1, no fault in handling')
  t.equal(stage2Outcome('upheld', false, [f('not_upheld')]), 'not_upheld', 'disagreeing: stage 2 findings decide')
  t.equal(stage2Outcome('not_upheld', true, []), 'not_upheld')
  t.equal(stage2Outcome('not_upheld', false, [f('upheld')]), 'upheld')
})

t.test('a response names every missing element', async (t) => {
  t.same(validateResponse({}, 1), ['stage', 'complaintDefinition', 'decision', 'reasons', 'remedies', 'outstandingActions', 'howToEscalate'])
  const complete: ResponseContent = {
    stage: 1, complaintDefinition: 'Missed bins', findings: [f('upheld')], reasons: 'Crew error', remedies: [], noRemedyStatement: 'none',
    outstandingActions: [], howToEscalate: 'Reply within 14 days',
  }
  t.same(validateResponse(complete, 1), [])
  t.same(validateResponse(complete, 2), ['stage'], 'a stage 1 letter cannot answer stage 2')
  t.same(validateResponse({ ...complete, noRemedyStatement: '  ' }, 1), ['remedies'], 'empty remedies need a statement')
  t.same(validateResponse({ ...complete, remedies: [{ type: 'financial', description: 'payment', dueDate: '2026-01-10' }] }, 1), ['financialAmount'])
  t.same(validateResponse({ ...complete, stage: 2, findings: [] }, 2, true), [], 'agreeing with stage 1 is a decision')
})
