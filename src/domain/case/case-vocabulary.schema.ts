import { Type, type Static } from 'typebox'

export const CaseStatusSchema = Type.Union(
  [
    Type.Literal('received'),
    Type.Literal('service_request'),
    Type.Literal('signposted'),
    Type.Literal('triaged_complaint'),
    Type.Literal('refused'),
    Type.Literal('stage1_acknowledged'),
    Type.Literal('stage1_responded'),
    Type.Literal('escalation_pending_decision'),
    Type.Literal('escalation_requested'),
    Type.Literal('escalation_refused'),
    Type.Literal('final_at_stage1'),
    Type.Literal('stage2_acknowledged'),
    Type.Literal('stage2_responded'),
    Type.Literal('withdrawn'),
    Type.Literal('closed'),
  ],
  {
    description:
      'Where the case is: received; triaged as service_request, signposted or triaged_complaint; refused or stage1_acknowledged (accepted); stage1_responded; escalation_pending_decision (outside the window) or escalation_requested; escalation_refused or final_at_stage1; stage2_acknowledged; stage2_responded (the council\'s final response); withdrawn; closed.',
  },
)
export type CaseStatus = Static<typeof CaseStatusSchema>

export const ChannelSchema = Type.Union(
  [
    Type.Literal('web_form'),
    Type.Literal('email'),
    Type.Literal('phone'),
    Type.Literal('letter'),
    Type.Literal('in_person'),
    Type.Literal('social_media'),
    Type.Literal('councillor'),
    Type.Literal('mp'),
    Type.Literal('crm'),
    Type.Literal('other'),
  ],
  { description: 'How the complaint or request reached the council; a complaint may be made in any way (Code 1.5).' },
)
export type Channel = Static<typeof ChannelSchema>

export const TriageAsSchema = Type.Union([Type.Literal('complaint'), Type.Literal('service_request'), Type.Literal('signposted')], {
  description: 'Triage decision: a complaint (Code 1.4), a service request (1.2), or signposted to another body or statutory process.',
})
export type TriageAs = Static<typeof TriageAsSchema>

export const EscalationDecisionSchema = Type.Union([Type.Literal('accept'), Type.Literal('refuse'), Type.Literal('final_at_stage1')], {
  description: 'accept the escalation; refuse it naming catalogue entries (Code 5.7); or, where the policy allows and no reason was given, make the stage 1 response final.',
})
export type EscalationDecision = Static<typeof EscalationDecisionSchema>

export const OmbudsmanDecisionSchema = Type.Union(
  [Type.Literal('upheld_fault'), Type.Literal('no_fault'), Type.Literal('not_investigated'), Type.Literal('closed_after_initial_enquiries')],
  { description: 'The Ombudsman\'s decision, recorded beside (never over) the council\'s own outcome.' },
)
export type OmbudsmanDecision = Static<typeof OmbudsmanDecisionSchema>

export const IsoInstantSchema = Type.String({
  format: 'date-time',
  description: 'An instant in ISO 8601 with offset, e.g. 2026-03-31T23:30:00Z; its Europe/London date is what the Code counts from.',
})
