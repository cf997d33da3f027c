import type { Policy } from '../policy.schema.js'
import { lgsco2024, lgscoExclusions } from './lgsco-2024.preset.js'

/**
 * Oxford City Council draft complaints policy (seed 003), "Complaints Process" and "Resolving complaints":
 * - acknowledge "within 5 working days", solution "within 10 working days from the date of acknowledgment";
 *   no extension cap stated ("may occasionally require more than 10 days"), so the Code's 10 / 20 apply.
 * - "If the citizen does not agree to an extension ... the Council will provide ... the Ombudsman's contact
 *   details": personMayRefuseExtension.
 * - stage 2: acknowledgment "within 5 working days", response "within 20 working days from the date of acknowledgement".
 * - outcomes: "Upheld", "Partially upheld", "Not upheld" (three-way).
 * - no escalation window is stated.
 * - "Exclusions": the Ombudsman's guidance (shared with lgsco-2024) plus "complaints solely about Data Protection".
 */
export const oxfordDraft: Policy = {
  ...lgsco2024,
  id: 'oxford-draft',
  basedOn: 'lgsco-2024',
  source: 'Oxford City Council complaints policy (draft)',
  outcomeScheme: 'three_way',
  personMayRefuseExtension: true,
  exclusions: [
    ...lgscoExclusions.filter((e) => e.code !== 'over_time_limit'),
    { code: 'data_protection_only', label: 'Solely data protection', description: 'Complaints solely about data protection (Data Protection Act 2018, UK GDPR).', signpostsTo: 'Information Commissioner\'s Office' },
  ],
}
