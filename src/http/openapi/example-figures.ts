/**
 * The reports' examples: Demo District Council's figures for the year 2025-26 and for March 2026, built from a
 * few counts so that every percentage, rate and total agrees with the counts it comes from. The labels, rules and
 * ratings are the domain's own (dutyLabel, timelinessRule, assessTimeliness), as the reports compute them.
 */
import {
  assessTimeliness, DEFAULT_TARGETS, dutyLabel, extensionCapLabel, findProvision, remedyTypeLabel, timelinessRule,
} from '../../domain/index.js'
import { CASE_ID, OTHER_CASE_ID, POLICY } from './example-case.js'

/** A count and its share of `of`, one decimal place; null when nothing was due. */
const share = (count: number, of: number) => ({ count, percent: of > 0 ? Math.round((count * 1000) / of) / 10 : null })

const acknowledgement = (due: number, met: number, late: number) => ({ due, met: share(met, due), late: share(late, due), pending: share(due - met - late, due) })

interface Responses { due: number; withinCode: number; withinExtended: number; late: number; extended: number; beyondCap?: number }
const response = (r: Responses) => ({
  due: r.due, withinCodeTimescale: share(r.withinCode, r.due), withinExtendedDate: share(r.withinExtended, r.due), late: share(r.late, r.due),
  pending: share(r.due - r.withinExtended - r.late, r.due), extended: share(r.extended, r.due),
  extendedWithinCap: share(r.extended - (r.beyondCap ?? 0), r.due), extendedBeyondCap: share(r.beyondCap ?? 0, r.due),
  paused: share(0, r.due), pausedWorkingDays: 0,
})

const outcomes = (upheld: number, notUpheld: number, average: number | null, p90: number | null) => ({
  responded: upheld + notUpheld, upheld, notUpheld, detailed: { upheld, partlyUpheld: 0, notUpheld }, workingDaysToRespond: { average, p90 },
})

const remedyType = (type: string, offered: number, done: number, overdue = 0, undeliverable = 0) =>
  ({ type, offered, done, open: offered - done - undeliverable, overdue, undeliverable })
function remedyFigures(financialTotalPence: number, byType: ReturnType<typeof remedyType>[]) {
  const sum = (k: 'offered' | 'done' | 'open' | 'overdue' | 'undeliverable') => byType.reduce((n, t) => n + t[k], 0)
  return { offered: sum('offered'), done: sum('done'), open: sum('open'), overdue: sum('overdue'), undeliverable: sum('undeliverable'), financialTotalPence, byType }
}

const noDecisions = { upheldFault: 0, noFault: 0, notInvestigated: 0, closedAfterInitialEnquiries: 0 }

// ---- one stage's figures, one group's -------------------------------------------------------------------------

export const YEAR_STAGE1 = {
  acknowledgement: acknowledgement(39, 37, 2),
  response: response({ due: 35, withinCode: 30, withinExtended: 33, late: 2, extended: 5 }),
  outcomes: outcomes(21, 14, 8.4, 12),
}
const YEAR_STAGE2 = {
  acknowledgement: acknowledgement(5, 5, 0),
  response: response({ due: 5, withinCode: 4, withinExtended: 5, late: 0, extended: 1 }),
  outcomes: outcomes(1, 4, 15.2, 19),
}
export const REFUSALS = [{ code: 'over_time_limit', count: 2 }, { code: 'legal_action_started', count: 1 }]
export const VOLUMES = { received: 48, complaints: 40, serviceRequests: 5, signposted: 2, untriaged: 1, accepted: 36, refused: 3, withdrawn: 1, refusedByCatalogueEntry: REFUSALS }
export const REMEDY_FIGURES = remedyFigures(12750, [remedyType('apology', 18, 17), remedyType('financial', 4, 3, 1), remedyType('record_amended', 2, 1, 0, 1)])
export const YEAR_FIGURES = {
  key: 'total', volumes: VOLUMES, stage1: YEAR_STAGE1, stage2: YEAR_STAGE2,
  escalations: { requested: 6, rate: share(6, 35).percent, refused: 1, finalAtStage1: 0 },
  ombudsman: { referred: 2, decided: 1, decisions: { ...noDecisions, noFault: 1 } },
  remedies: REMEDY_FIGURES,
  dataQuality: { actionsKeyedLate: 4, casesWithActionsKeyedLate: 3 },
}
/** March 2026: the waste service's complaints, all of the month's. */
const MARCH = {
  key: 'waste',
  volumes: { received: 5, complaints: 4, serviceRequests: 1, signposted: 0, untriaged: 0, accepted: 4, refused: 0, withdrawn: 0, refusedByCatalogueEntry: [] },
  stage1: { acknowledgement: acknowledgement(4, 4, 0), response: response({ due: 3, withinCode: 2, withinExtended: 3, late: 0, extended: 1 }), outcomes: outcomes(2, 1, 9.3, 11.4) },
  stage2: { acknowledgement: acknowledgement(1, 1, 0), response: response({ due: 0, withinCode: 0, withinExtended: 0, late: 0, extended: 0 }), outcomes: outcomes(0, 0, null, null) },
  escalations: { requested: 1, rate: share(1, 3).percent, refused: 0, finalAtStage1: 0 },
  ombudsman: { referred: 0, decided: 1, decisions: { ...noDecisions, noFault: 1 } },
  remedies: remedyFigures(2500, [remedyType('apology', 2, 2), remedyType('financial', 1, 0)]),
  dataQuality: { actionsKeyedLate: 1, casesWithActionsKeyedLate: 1 },
}
export const OPEN_NOW = { open: 3, stage1: 3, stage2: 0, overdue: 0, dueWithin5WorkingDays: 2 }
export const LEARNING_FIGURES = { recorded: 2, done: 1, open: 1, overdue: 0, complaintsLinked: 2 }

export const PERFORMANCE_REPORT = {
  from: '2026-03-01', to: '2026-03-31', groupBy: 'serviceArea', asAt: '2026-04-01',
  total: { ...MARCH, key: 'total' }, groups: [MARCH], openNow: OPEN_NOW, learning: LEARNING_FIGURES,
}

const holder = { open: 2, stage1: 2, stage2: 0, overdue: 0, dueWithin5WorkingDays: 2, correspondenceGaps: 0, nextDueOn: '2026-03-16' }
export const CASELOAD_FIGURES = { ...holder, open: 3, stage1: 3, dueWithin5WorkingDays: 3 }
export const HOLDER_CASELOAD = { subject: 'bob', displayName: 'Bob Barker', active: true, ...holder }
export const CASELOAD = {
  asAt: '2026-03-09', dueSoonBy: '2026-03-16', total: CASELOAD_FIGURES,
  unassigned: { ...holder, open: 1, stage1: 1, dueWithin5WorkingDays: 1 }, holders: [HOLDER_CASELOAD],
}

// ---- learning, exceptional circumstances -------------------------------------------------------------------------

export const LEARNING_INPUT = { what: 'Crews photograph every missed bin', serviceArea: 'waste', owner: 'Waste Services Manager', dueOn: '2026-04-30', caseIds: [CASE_ID, OTHER_CASE_ID] }
const learning = { ...LEARNING_INPUT, doneOn: null, recordedOn: '2026-01-19', recordedBy: 'bob' }
export const LEARNING_ACTIONS = [
  { ...learning, id: '2f1ce1cb-1c6b-46e0-a034-3b53c9952427' },
  {
    ...learning, id: 'e9d44bd6-ca36-4b97-94f1-89157cd2a112', what: 'Round changes are checked against the address list before they go live',
    dueOn: '2026-02-27', doneOn: '2026-02-26', caseIds: [CASE_ID],
  },
]
export const EXCEPTIONAL_INPUT = {
  startsOn: '2026-02-09', endsOn: '2026-02-13', affected: 'Cyber incident: the case system was offline', ombudsmanToldOn: '2026-02-10', returnedToComplianceOn: '2026-02-16',
}
export const EXCEPTIONAL = { ...EXCEPTIONAL_INPUT, id: '815eb05c-5a60-4244-9943-b84f727857a8', recordedBy: 'alice', createdAt: '2026-02-16T11:00:00.000Z' }

// ---- the self-assessment -----------------------------------------------------------------------------------------

const provision = (ref: string) => findProvision(ref)!
const ack = assessTimeliness(YEAR_STAGE1.acknowledgement.met.count, YEAR_STAGE1.acknowledgement.late.count, 0, DEFAULT_TARGETS)
export const PROVISION_EVIDENCE = {
  key: 'stage1_acknowledgement', requirement: dutyLabel(POLICY, 1, 'acknowledgement'), codeReference: '6.2',
  figure: `${ack.onTime} of ${ack.fellDue} that fell due (${ack.percent}%) on time; ${ack.late} late; 0 not yet due (not counted)`,
  value: ack.percent, target: `${DEFAULT_TARGETS.targetPercent}% on time`, rule: timelinessRule(DEFAULT_TARGETS), rating: ack.rating, met: ack.met,
}
export const ANSWER_INPUT = {
  complies: true, evidence: 'The complaints policy has two stages', links: ['https://www.demo.gov.uk/complaints-policy'],
  commentary: 'The informal "stage 0" was removed in 2025', action: null,
}
export const PROVISION_ANSWER = { ref: '5.2', ...ANSWER_INPUT, answeredBy: 'alice', answeredAt: '2026-04-07T14:00:00.000Z' }
export const COMPLIANCE_ACTION = { text: 'Publish the complaints policy in easy read and large print', dueOn: '2026-06-30' }
export const PROVISIONS = [
  { ...provision('6.2'), basis: 'data', data: PROVISION_EVIDENCE, answer: null, status: ack.rating },
  { ...provision('5.2'), basis: 'council', data: null, answer: PROVISION_ANSWER, status: 'complies' },
]
export const PROVISION_COUNTS = { met: 5, amber: 2, not_met: 1, nothing_due: 2, complies: 35, does_not_comply: 1, not_answered: 0 }
export const SIGN_OFF_INPUT = {
  governingBody: 'Audit and Governance Committee', governingBodyResponse: 'Noted; asked for a progress report on the two amber duties in six months',
  respondedOn: '2026-04-08', memberResponsible: 'Chair of the Audit and Governance Committee', memberSignedOffOn: '2026-04-09',
}
export const SIGN_OFF = { ...SIGN_OFF_INPUT, recordedBy: 'alice', recordedAt: '2026-04-09T16:00:00.000Z' }
export const PUBLISHED = { version: 1, publishedBy: 'alice', publishedAt: '2026-04-10T12:00:00.000Z' }
export const SELF_ASSESSMENT = { year: 2025, asAt: '2026-04-14', rows: PROVISIONS, summary: PROVISION_COUNTS, signOff: SIGN_OFF, versions: [PUBLISHED], changedSincePublished: false }

// ---- the annual report -------------------------------------------------------------------------------------------

const duty = (name: string, label: string, codeReference: string, d: { met: { count: number }; late: { count: number } }) =>
  ({ duty: name, label, codeReference, ...assessTimeliness(d.met.count, d.late.count, 0, DEFAULT_TARGETS) })
const responded = (r: ReturnType<typeof response>) => ({ met: r.withinExtendedDate, late: r.late })
const POPULATION = 112000
const trend = (key: string, label: string, thisPeriod: number, samePeriodLastYear: number) => ({
  key, label, kind: 'count', thisPeriod, samePeriodLastYear, change: thisPeriod - samePeriodLastYear,
  per10000: { thisPeriod: Math.round((thisPeriod * 1e6) / POPULATION) / 100, samePeriodLastYear: Math.round((samePeriodLastYear * 1e6) / POPULATION) / 100 },
})
const labels = Object.fromEntries(([1, 2] as const).flatMap((stage) => [
  [`stage${stage}_acknowledgement`, dutyLabel(POLICY, stage, 'acknowledgement')],
  [`stage${stage}_response`, dutyLabel(POLICY, stage, 'response')],
  [`stage${stage}_extension`, extensionCapLabel(POLICY, stage)],
]))

export const ANNUAL_REPORT = {
  council: { name: 'Demo District Council' },
  period: { kind: 'annual', label: '2025-26', year: 2025, from: '2025-04-01', to: '2026-03-31' },
  asAt: SELF_ASSESSMENT.asAt,
  policy: { version: 0, id: POLICY.id, labels },
  targets: { ...DEFAULT_TARGETS, rule: timelinessRule(DEFAULT_TARGETS) },
  timeliness: [
    duty('stage1_acknowledgement', labels.stage1_acknowledgement!, '6.2', YEAR_STAGE1.acknowledgement),
    duty('stage1_response', labels.stage1_response!, '6.3', responded(YEAR_STAGE1.response)),
    duty('stage2_acknowledgement', labels.stage2_acknowledgement!, '6 (stage 2)', YEAR_STAGE2.acknowledgement),
    duty('stage2_response', labels.stage2_response!, '6 (stage 2)', responded(YEAR_STAGE2.response)),
  ],
  selfAssessment: SELF_ASSESSMENT,
  performance: YEAR_FIGURES,
  byMonth: [{ ...MARCH, key: '2026-03' }],
  outcomesByServiceArea: [
    { serviceArea: 'waste', stage1: { responded: 20, upheld: 14, notUpheld: 6 }, stage2: { responded: 4, upheld: 1, notUpheld: 3 } },
    { serviceArea: 'housing', stage1: { responded: 15, upheld: 7, notUpheld: 8 }, stage2: { responded: 1, upheld: 0, notUpheld: 1 } },
  ],
  refusedComplaintTypes: REFUSALS.map(({ code, count }) => ({ code, label: POLICY.exclusions.find((e) => e.code === code)!.label, count, inCatalogue: true })),
  nonCompliance: {
    lateAcknowledgements: { stage1: 2, stage2: 0 }, lateResponses: { stage1: 2, stage2: 0 }, extensionsBeyondCap: { stage1: 0, stage2: 0 },
    remediesOverdue: REMEDY_FIGURES.overdue, exceptionalCircumstances: [EXCEPTIONAL],
  },
  dataQuality: { keyedLateAfterWorkingDays: 5, received: VOLUMES.received, casesWithActionsKeyedLate: 3, percentOfReceived: share(3, VOLUMES.received).percent, actionsKeyedLate: 4 },
  remedies: { ...REMEDY_FIGURES, byType: REMEDY_FIGURES.byType.map((t) => ({ ...t, label: remedyTypeLabel(t.type) })) },
  openNow: OPEN_NOW,
  trends: {
    population: POPULATION, samePeriodLastYear: { from: '2024-04-01', to: '2025-03-31' },
    figures: [trend('received', 'Contacts received', 48, 41), trend('complaints', 'Complaints', 40, 37)],
  },
  ombudsman: {
    decided: 1, decisions: YEAR_FIGURES.ombudsman.decisions, upheldRate: 0,
    councilUpheldRate: { stage1: share(21, 35).percent, stage2: share(1, 5).percent },
    recommendations: { recommended: 0, doneOnTime: 0, doneLate: 0, openOverdue: 0, openNotYetDue: 0, undeliverable: 0, complianceRate: null },
  },
  learning: {
    figures: LEARNING_FIGURES,
    youSaidWeDid: LEARNING_ACTIONS.map(({ serviceArea, caseIds, what, owner, dueOn, doneOn }) => ({ serviceArea, complaints: caseIds.length, what, owner, dueOn, doneOn })),
  },
  serviceImprovements: 'Crews now photograph every missed bin.\n\nRound changes are checked against the address list before they go live.',
  governanceResponse: SIGN_OFF.governingBodyResponse,
}
