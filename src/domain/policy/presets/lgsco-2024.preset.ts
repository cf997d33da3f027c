import type { Exclusion, Policy } from '../policy.schema.js'

/**
 * The Ombudsman's exclusions as the Oxford draft (seed 003, "Exclusions") quotes them, plus the 12-month limit
 * (Code 2.2). Councils publish their own catalogue (2.3); this is the starting point a preset gives them.
 */
export const lgscoExclusions: Exclusion[] = [
  { code: 'legal_action_started', label: 'Legal action begun', description: 'The person (or their representative) has already commenced legal action about the matter.', signpostsTo: 'The court dealing with the legal action' },
  { code: 'statutory_appeal', label: 'Statutory right of appeal', description: 'There is a statutory right of appeal to a tribunal, a government minister or a court that it is reasonable to expect the person to use.', signpostsTo: 'The relevant tribunal, minister or court' },
  { code: 'already_under_appeal', label: 'Already subject to appeal', description: 'The matter has been, or is, subject to an appeal with a tribunal, minister or court, even if the person is not the appellant.', signpostsTo: null },
  { code: 'internal_review_available', label: 'Internal appeal or review available', description: 'The person can appeal or ask for a review through an internal appeal or review process.', signpostsTo: 'The council\'s internal review process' },
  { code: 'already_considered', label: 'Already considered', description: 'A complaint about the same matter was previously considered under the complaints policy or by the Ombudsman.', signpostsTo: null },
  { code: 'prejudice_ongoing_action', label: 'Would prejudice ongoing action', description: 'Ongoing action by the council or another party would be prejudiced by considering the complaint.', signpostsTo: null },
  { code: 'personnel_matter', label: 'Personnel matter', description: 'Recruitment, pay, grievances, removals, discipline and pensions.', signpostsTo: null },
  { code: 'over_time_limit', label: 'More than 12 months', description: 'Raised more than 12 months after the issue occurred or the person became aware of it, with no good reason to accept it (Code 2.2).', signpostsTo: 'Local Government and Social Care Ombudsman' },
]

/**
 * The Code's defaults (LGSCO Complaint Handling Code, February 2024; DOMAIN.md table "Code default"):
 * acknowledge within 5 working days of receipt, respond within 10 of acknowledgement, extend by at most
 * 10 without good reason (6.4, 6.5); stage 2 acknowledge within 5 of the escalation request, respond within 20 of
 * acknowledgement, extensions capped at 20 (DOMAIN.md: "councils' policies"). The Code sets no escalation window
 * and no clock pausing; the time limit is 12 months (2.2).
 */
export const lgsco2024: Policy = {
  id: 'lgsco-2024',
  basedOn: null,
  source: 'LGSCO Complaint Handling Code, February 2024 (applied from 1 April 2026)',
  stage1: {
    acknowledgement: { workingDays: 5, anchor: 'receipt' },
    response: { workingDays: 10, anchor: 'acknowledgement' },
    extensionCapWorkingDays: 10,
  },
  stage2: {
    acknowledgement: { workingDays: 5, anchor: 'escalation_request' },
    response: { workingDays: 20, anchor: 'acknowledgement' },
    extensionCapWorkingDays: 20,
  },
  escalationWindow: { kind: 'none' },
  timeLimitMonths: 12,
  outcomeScheme: 'two_way',
  unexplainedEscalationMayBeFinal: false,
  clockMayPause: false,
  personMayRefuseExtension: false,
  exclusions: lgscoExclusions,
}
