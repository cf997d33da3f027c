import type { Policy } from '../policy.schema.js'
import { lgsco2024, lgscoExclusions } from './lgsco-2024.preset.js'

/**
 * Oxford City Council draft complaints policy (seed 003), "Complaints Process" and "Resolving complaints":
 * - acknowledge "within 5 working days", solution "within 10 working days from the date of acknowledgment";
 *   no extension cap stated ("may occasionally require more than 10 days"), so the Code's 10 / 20 apply.
 * - "If the citizen does not agree to an extension for the Stage 1 response, the Council will provide citizens
 *   with the ... Ombudsman's contact details", and the same for stage 2: personMayRefuseExtension (both stages).
 * - stage 2: acknowledgment "within 5 working days", response "within 20 working days from the date of acknowledgement".
 * - outcomes: "Upheld", "Partially upheld", "Not upheld" (three-way).
 * - no escalation window is stated.
 * - "Exclusions": the Ombudsman's guidance (shared with lgsco-2024) plus "complaints solely about Data Protection"
 *   (the draft's "Data Protection Act 201 ... (EU) 2016/879" are typos for 2018 and 2016/679). The draft lists no
 *   12-month entry, so over_time_limit is left out: the 12-month test still runs (Code 2.2), but a refusal on it
 *   needs the council to add the entry to its own catalogue. The vexatious-policy line is not an exclusion
 *   ("each complaint will be reviewed on its own merit").
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
