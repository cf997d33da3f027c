/**
 * The Complaint Handling Code's provisions the annual self-assessment goes through (Code 8.1), as data: the
 * paragraph number and a summary of what it asks (summaries, not the Code's wording; taken from the Code's
 * published chapters as DOMAIN.md records them). The stage 2 paragraphs of section 6 could not be numbered from
 * the sources here, so they are cited by section only (`paragraph: null`), as is the reporting of exceptional
 * circumstances (section 8).
 *
 * A provision with `evidence` is assessed from the council's data for the period; the others are answered by the
 * council (comply or not, evidence, commentary, an action with a date).
 */

export type EvidenceKey =
  | 'stage1_acknowledgement' | 'stage1_response' | 'stage1_extension'
  | 'stage2_acknowledgement' | 'stage2_response' | 'stage2_extension'
  | 'refusals' | 'remedies' | 'learning' | 'exceptional_circumstances'

export interface Provision {
  /** Stable id: the paragraph number, or `<section>.<name>` where the paragraph is not numbered here. */
  ref: string
  section: number
  paragraph: string | null
  title: string
  summary: string
  evidence: EvidenceKey | null
}

const p = (ref: string, title: string, summary: string, evidence: EvidenceKey | null = null): Provision =>
  ({ ref, section: Number(ref.split('.')[0]), paragraph: /^[0-9.-]+$/.test(ref) ? ref : null, title, summary, evidence })

export const CODE_PROVISIONS: readonly Provision[] = [
  p('1.2', 'Service requests defined', 'A service request is a request that the organisation provides or improves a service, fixes a problem or reconsiders a decision; it is not a complaint.'),
  p('1.4', 'Complaints defined', 'A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its staff or those acting on its behalf, affecting an individual or group.'),
  p('1.5', 'No need to say "complaint"', 'A person need not use the word "complaint" for it to be treated as one; complaints made through third parties and representatives are handled the same way.'),
  p('1.7', 'Complaints while a service request is open', 'A complaint may be raised about the handling of a service request while it is still open; work on the request continues.'),
  p('1.8', 'Service requests monitored', 'Service requests are recorded, monitored and reviewed regularly.'),
  p('2.1', 'Accept unless there is a valid reason', 'A complaint is accepted unless there is a valid reason not to, and the reasoning is evidenced.'),
  p('2.2', 'Time limit', 'Complaints are considered if raised within 12 months of the issue or of the person becoming aware of it, with discretion to accept later ones.'),
  p('2.3', 'Published exclusions', 'The organisation publishes a list of the matters it will not consider as complaints.'),
  p('2.4', 'Refusals explained', 'A refusal explains why the complaint is not accepted and gives the person the right to take it to the Ombudsman.', 'refusals'),
  p('2.5', 'No blanket exclusions', 'Each complaint is considered on its own merits; there are no blanket exclusions.'),
  p('3.1', 'Accessible channels', 'Complaints can be made through several channels, meeting the duties of the Equality Act 2010.'),
  p('3.4', 'Policy published', 'The complaints policy is published.'),
  p('3.6', 'Representatives', 'People may be represented or accompanied by a representative of their choice.'),
  p('3.7', 'Right to the Ombudsman', 'People are told of their right to go to the Ombudsman.'),
  p('3.8', 'Feedback surveys', 'Feedback surveys tell people how to complain.'),
  p('4.1', 'Complaint handling resourced', 'A designated person or team with sufficient resource handles complaints, liaises with the Ombudsman and reports to the governing body.'),
  p('5.1', 'A single policy', 'There is a single complaints policy.'),
  p('5.2', 'Two stages only', 'There are exactly two internal stages: no "stage 0" or informal stage.'),
  p('5.4', 'Duties of the responder', 'Those who respond deal with complaints on their merits, act independently and address any conflict of interest.'),
  p('5.5', 'Late responses explained', 'When a response will be late the person is told when and why.'),
  p('5.6', 'Reasonable adjustments', 'Reasonable adjustments are recorded and kept under active review.'),
  p('5.7', 'Escalation refused only for a section 2 reason', 'An escalation to stage 2 is refused only for a reason in section 2.'),
  p('6.1', 'Triage', 'Complaints are triaged for complexity and the person\'s vulnerability.'),
  p('6.2', 'Stage 1 acknowledged', 'A stage 1 complaint is acknowledged and logged within 5 working days of receipt.', 'stage1_acknowledgement'),
  p('6.3', 'Stage 1 response on time', 'The stage 1 response is sent within 10 working days of the acknowledgement.', 'stage1_response'),
  p('6.4', 'Stage 1 extensions capped', 'An extension is no more than 10 working days without good reason, and the reasons are explained.', 'stage1_extension'),
  p('6.5', 'Ombudsman details on extension', 'When the response is extended the person is given the Ombudsman\'s details.'),
  p('6.6', 'Respond when the answer is known', 'The response is sent when the answer is known, not when the outstanding actions are done; those actions are tracked and the person updated.'),
  p('6.7', 'Every point addressed', 'The response addresses every point of the complaint and cites the relevant policy and law.'),
  p('6.stage2.acknowledgement', 'Stage 2 acknowledged', 'An escalation is acknowledged within 5 working days of the request.', 'stage2_acknowledgement'),
  p('6.stage2.response', 'Stage 2 response on time', 'The stage 2 response is sent within 20 working days of the acknowledgement.', 'stage2_response'),
  p('6.stage2.extension', 'Stage 2 extensions capped', 'An extension at stage 2 is no more than 20 working days, with the same duties as at stage 1.', 'stage2_extension'),
  p('6.stage2.independent', 'A different person at stage 2', 'The person who considers the complaint at stage 2 is not the one who considered it at stage 1.'),
  p('7.1', 'Remedies available', 'Remedies include an apology, acknowledging what went wrong, an explanation, action on delay, reconsidering a decision, amending a record, a financial remedy and changing policies or practices.'),
  p('7.2', 'Remedy reflects the impact', 'A remedy reflects the impact on the person of the fault found.'),
  p('7.3', 'Remedies followed through', 'A remedy says what will happen and by when, and is followed through to completion.', 'remedies'),
  p('7.4', 'Remedies that cannot be delivered', 'Where a remedy cannot be delivered the person is told why, offered an alternative and told of their Ombudsman rights.'),
  p('7.5', 'Remedies guidance', 'The Ombudsman\'s guidance on remedies is considered.'),
  p('8.1', 'Annual report', 'An annual complaints performance and service improvement report: the self-assessment, qualitative and quantitative analysis with a summary of the types of complaint refused, non-compliance findings, service improvements, and the Ombudsman\'s annual letter and other reports.'),
  p('8.exceptional', 'Exceptional circumstances', 'Exceptional circumstances (e.g. a cyber incident) that stop the organisation meeting the Code are recorded with their period, reported to the Ombudsman with a date for returning to compliance, and shown in the reports.', 'exceptional_circumstances'),
  p('8.2', 'Through governance, published', 'The report goes through governance and is published with the governing body\'s response.'),
  p('8.3', 'Re-assessed after change', 'The self-assessment is repeated after a significant restructure, merger or change in procedure.'),
  p('9.1-9.3', 'Learning from complaints', 'Learning is taken beyond the individual case, acted on and reported back.', 'learning'),
  p('9.4', 'Senior oversight', 'A suitably senior person oversees complaint handling.'),
  p('9.5', 'Member responsible', 'There is a Member Responsible for Complaints.'),
  p('9.7', 'The Member kept informed', 'The Member Responsible gets regular updates on volume, categories, outcomes, issues and trends, and the annual report.'),
]

export const findProvision = (ref: string): Provision | undefined => CODE_PROVISIONS.find((x) => x.ref === ref)
