import type { Exclusion, Policy } from '../policy.schema.js'
import { lgsco2024, lgscoExclusions } from './lgsco-2024.preset.js'

const elsewhere = (code: string, label: string, signpostsTo: string): Exclusion => ({
  code,
  label,
  description: `${label}: logged in a different way and outside the Code (Runnymede report, 2.13).`,
  signpostsTo,
})

/**
 * Runnymede Borough Council, report on the new Code (seed 004, July 2024):
 * - 2.12: acknowledge within 5 working days of receipt; stage 1 "within 10 working days of the complaint being
 *   acknowledged (option to extend by a further 10 working days ...)"; stage 2 acknowledgement within 5 working
 *   days "of the escalation request being received"; "within 20 working days of the complaint being acknowledged
 *   (option to extend by a further 20 working days ...)".
 * - 2.5(5): an unexplained escalation after a complete stage 1 response may be made the final response.
 * - 2.5(6): "Refer to outcomes instead of upheld/not upheld": recorded outcome still follows the Code's rule.
 * - 2.13: matters logged elsewhere, outside the Code; 2.12(12): otherwise the Ombudsman's initial exclusions.
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
