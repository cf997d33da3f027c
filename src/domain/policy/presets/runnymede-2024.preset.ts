import type { Exclusion, Policy } from '../policy.schema.js'
import { lgsco2024, lgscoExclusions } from './lgsco-2024.preset.js'

const elsewhere = (code: string, label: string, signpostsTo: string): Exclusion => ({
  code,
  label,
  description: `${label}: logged in a different way and outside the Code (Runnymede report, 2.13).`,
  signpostsTo,
})

/**
 * Runnymede Borough Council, report on the new Code (seed 004, July 2024); paragraph numbers are the report's:
 * - 2.14(1): acknowledge "within 5 working days of receipt".
 * - 2.14(2): stage 1 "within 10 working days of the complaint being acknowledged (option to extend by a further
 *   10 working days if justified ...)": cap 10.
 * - 2.14(4): stage 2 acknowledgement "within 5 working days of the escalation request being received".
 * - 2.14(5): stage 2 "within 20 working days of the complaint being acknowledged (option to extend by a further
 *   20 working days ...)": anchor acknowledgement, cap 20.
 * - 2.4(5): "If someone fails to say why they are unhappy with the stage 1 response ... and we feel the stage 1
 *   response is complete we can make this our final response and signpost to the Ombudsman".
 * - 2.4(6): "Refer to outcomes instead of upheld/not upheld": wording only; the recorded outcome still follows
 *   the Code's upheld-in-totality rule, so two-way.
 * - 2.15(3): the 12-month limit, with discretion to accept later ones; 2.15(12): otherwise "the Ombudsman's
 *   initial list of exclusions" (lgscoExclusions, appended after the 2.13 list).
 * - 2.13: matters "logged in a different way and ... outside the new code", in the report's order.
 * - 9.3: Corporate Heads "only have access to the complaints that have been assigned to them", with a "master view"
 *   for Customer and Democratic Services. That is access control (http/services), not a policy field: DOMAIN.md
 *   gives every council's handlers the same rule.
 * No escalation window and no clock pausing are stated.
 */
export const runnymede2024: Policy = {
  ...lgsco2024,
  id: 'runnymede-2024',
  basedOn: 'lgsco-2024',
  source: 'Runnymede Borough Council, Complaint Handling Code report, July 2024',
  unexplainedEscalationMayBeFinal: true,
  exclusions: [
    elsewhere('noise', 'Noise', 'Environmental Health (noise nuisance)'),
    elsewhere('fly_tipping', 'Fly tipping', 'Fly-tipping reporting'),
    elsewhere('abandoned_vehicles', 'Abandoned vehicles', 'Abandoned vehicle reporting'),
    elsewhere('food_hygiene', 'Food hygiene', 'Environmental Health (food safety)'),
    elsewhere('private_sector_housing', 'Private sector housing', 'Private sector housing team'),
    elsewhere('caravan_sites', 'Caravan sites', 'Caravan site licensing'),
    elsewhere('taxis', 'Taxis', 'Taxi licensing'),
    elsewhere('health_and_safety', 'Health and safety', 'Health and safety enforcement'),
    elsewhere('licensed_premises', 'Licensed premises', 'Licensing'),
    elsewhere('safeguarding', 'Safeguarding', 'Safeguarding referral (Surrey County Council)'),
    elsewhere('neighbour_disputes', 'Neighbour disputes', 'Community safety / mediation'),
    elsewhere('homelessness_appeal', 'Homelessness appeals', 'Homelessness statutory review'),
    elsewhere('planning_appeal', 'Planning appeals', 'Planning Inspectorate'),
    elsewhere('benefit_appeal', 'Benefit claim appeals', 'Benefit appeal to the tribunal'),
    elsewhere('business_rates_appeal', 'Business rates / valuation appeals', 'Valuation Office Agency / Valuation Tribunal'),
    elsewhere('penalty_charge_notice', 'Penalty charge notices', 'PCN challenge and the Traffic Penalty Tribunal'),
    elsewhere('data_breach', 'Data breaches', 'Data Protection Officer'),
    elsewhere('councillor_conduct', 'Complaints about councillors', 'Monitoring Officer (councillor code of conduct)'),
    ...lgscoExclusions,
  ],
}
