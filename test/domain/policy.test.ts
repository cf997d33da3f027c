import t from 'tap'
import { Value } from 'typebox/value'
import { PolicySchema, PRESET_IDS, presets, resolvePolicy, validatePolicy } from '../../src/domain/index.js'

t.test('every preset is a valid policy', async (t) => {
  for (const id of PRESET_IDS) {
    t.ok(Value.Check(PolicySchema, presets[id]), `${id} matches the schema`)
    t.same(validatePolicy(presets[id]).ok, true, `${id} passes the rules`)
  }
})

t.test('presets follow their seed documents', async (t) => {
  const wo = presets['west-oxfordshire-2025']
  t.same(wo.stage2.response, { workingDays: 20, anchor: 'escalation_request' }, 'WODC 6.3: 20 working days from the escalation request')
  t.same(wo.escalationWindow, { kind: 'calendar_days', days: 14 }, 'WODC 6.3: within 14 days of the stage 1 response')
  t.equal(wo.exclusions.length, 9, 'WODC 5.1 lists nine matters')
  t.equal(presets['oxford-draft'].outcomeScheme, 'three_way')
  t.equal(presets['oxford-draft'].personMayRefuseExtension, true)
  const r = presets['runnymede-2024']
  t.same([r.stage1.extensionCapWorkingDays, r.stage2.extensionCapWorkingDays], [10, 20], 'Runnymede 2.14(2), 2.14(5): +10 / +20')
  t.equal(r.unexplainedEscalationMayBeFinal, true, 'Runnymede 2.4(5)')
  t.same(presets['lgsco-2024'].stage1.response, { workingDays: 10, anchor: 'acknowledgement' })
  t.same(presets['lgsco-2024'].escalationWindow, { kind: 'none' })
})

t.test('catalogues follow their seeds entry by entry', async (t) => {
  const codes = (id: keyof typeof presets) => presets[id].exclusions.map((e) => e.code)
  t.same(codes('west-oxfordshire-2025'), [
    'appeal_or_legal_rights', 'planning_judgement', 'licensing_quasi_judicial', 'personnel_matter', 'foi_handling', 'data_protection',
    'member_conduct', 'service_request', 'over_time_limit',
  ], 'WODC 5.1, in order')
  t.notOk(codes('oxford-draft').includes('over_time_limit'), 'the Oxford draft lists no 12-month entry')
  t.ok(codes('oxford-draft').includes('data_protection_only'), 'Oxford: complaints solely about data protection')
  const runnymede = codes('runnymede-2024')
  t.equal(runnymede.indexOf('councillor_conduct'), 17, 'Runnymede 2.13 lists eighteen matters logged elsewhere')
  t.ok(runnymede.includes('over_time_limit'), 'Runnymede 2.15(3), (12): the Ombudsman\'s list and the 12-month limit')
  for (const id of PRESET_IDS) {
    const p = presets[id]
    t.same([p.stage1.acknowledgement, p.stage2.acknowledgement], [{ workingDays: 5, anchor: 'receipt' }, { workingDays: 5, anchor: 'escalation_request' }], `${id}: acknowledgements`)
    t.equal(p.clockMayPause, false, `${id}: no seed provides for pausing`)
  }
})

t.test('resolvePolicy merges overrides deeply and validates', async (t) => {
  const r = resolvePolicy('lgsco-2024', { id: 'cherwell', stage1: { extensionCapWorkingDays: 5 } })
  if (!r.ok) throw new Error('expected ok')
  t.equal(r.policy.stage1.extensionCapWorkingDays, 5)
  t.same(r.policy.stage1.response, { workingDays: 10, anchor: 'acknowledgement' }, 'siblings kept')
  t.equal(r.policy.basedOn, 'lgsco-2024')
  t.equal(presets['lgsco-2024'].stage1.extensionCapWorkingDays, 10, 'the preset is not mutated')

  const bad = resolvePolicy('lgsco-2024', { stage2: { response: { workingDays: 0 } }, colour: 'red' })
  t.equal(bad.ok, false)
  const fields = bad.ok ? [] : bad.errors.map((e) => e.field)
  t.ok(fields.includes('stage2.response.workingDays'), 'names the bad field')
  t.ok(fields.includes('colour'), 'names the unknown field')

  const anchors = resolvePolicy('lgsco-2024', { stage1: { response: { anchor: 'escalation_request' } } })
  t.same(anchors.ok ? [] : anchors.errors.map((e) => e.field), ['stage1.response.anchor'])
  const unknown = resolvePolicy('nowhere-2030', {})
  t.same(unknown.ok ? [] : unknown.errors.map((e) => e.field), ['preset'])
  const dup = resolvePolicy('lgsco-2024', { exclusions: [presets['lgsco-2024'].exclusions[0], presets['lgsco-2024'].exclusions[0]] })
  t.same(dup.ok ? [] : dup.errors.map((e) => e.field), ['exclusions.1.code'])
})
