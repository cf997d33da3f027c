/**
 * The codes the domain can refuse each command on a case with: those every command meets (decide.ts's
 * preconditions: the case's policy, the action's dates), its status rule's (COMMAND_RULES, refused as
 * status-guard.ts says), and what its decide function checks (decide-*.ts, catalogue-check.ts). Kept beside the
 * rules so a new check and its code are listed together; http/error-codes.ts adds what the services check around
 * decide (the case exists, If-Match, staff records) and publishes each operation's list in the contract.
 */
import type { CaseCommandType } from './commands.schema.js'
import { COMMAND_RULES } from './decide.js'
import { sideStatusCodes } from './status-guard.js'

type Command = Exclude<CaseCommandType, 'receive'>

/** decide.ts checks these before any command: the policy the case runs under, and occurredAt or the command's dates. */
const EVERY_COMMAND = ['CASE.POLICY_MISMATCH', 'CASE.INVALID_DATE', 'CASE.DATE_IN_FUTURE', 'CASE.DATE_OUT_OF_ORDER']

/** A refusal names catalogue entries and explains itself (catalogue-check.ts). */
const REFUSAL = ['CASE.REFUSAL_NEEDS_EXCLUSION', 'CASE.UNKNOWN_EXCLUSION', 'CASE.REFUSAL_NEEDS_EXPLANATION']

/** What each command's decide function checks beyond its status. */
export const DECIDE_CODES: Readonly<Partial<Record<Command, readonly string[]>>> = {
  triage: ['CASE.SIGNPOST_DETAILS_REQUIRED'],
  downgrade: ['CASE.DOWNGRADE_NEEDS_AGREEMENT'],
  acknowledge: ['CASE.ALREADY_ACKNOWLEDGED', 'CASE.OUTSIDE_TIME_LIMIT_REASON_REQUIRED', ...REFUSAL, 'CASE.OMBUDSMAN_RIGHT_REQUIRED'],
  extend: [
    'CASE.EXTENSION_NEEDS_REASON', 'CASE.EXTENSION_NEEDS_OMBUDSMAN_DETAILS', 'CASE.EXTENSION_REFUSAL_NOT_IN_POLICY', 'CASE.EXTENSION_AMOUNT_REQUIRED',
    'CASE.EXTENSION_NOT_LATER', 'CASE.EXTENSION_TOO_LONG', 'CASE.EXTENSION_OVER_CAP',
  ],
  pause: ['CASE.PAUSE_NOT_ALLOWED', 'CASE.ALREADY_PAUSED'],
  resume: ['CASE.NOT_PAUSED'],
  respond_stage1: ['CASE.CLOCK_PAUSED', 'CASE.RESPONSE_INCOMPLETE', 'CASE.FINDING_NOT_IN_SCHEME'],
  escalate: ['CASE.NOT_RESPONDED'],
  decide_escalation: [
    'CASE.NOT_ESCALATED', 'CASE.ESCALATION_ALREADY_DECIDED', 'CASE.ESCALATION_DECISION_NOT_NEEDED', 'CASE.ESCALATION_ACCEPT_NEEDS_REASON',
    ...REFUSAL, 'CASE.FINAL_AT_STAGE1_NOT_ALLOWED', 'CASE.ESCALATION_WAS_EXPLAINED', 'CASE.EXPLANATION_REQUIRED',
  ],
  acknowledge_stage2: ['CASE.ESCALATION_DECISION_REQUIRED'],
  assign_stage2: ['CASE.STAGE2_HANDLER_NOT_INDEPENDENT'],
  respond_stage2: ['CASE.STAGE2_HANDLER_NOT_INDEPENDENT', 'CASE.CLOCK_PAUSED', 'CASE.RESPONSE_INCOMPLETE', 'CASE.FINDING_NOT_IN_SCHEME'],
  refer_to_ombudsman: ['CASE.ALREADY_REFERRED'],
  record_ombudsman_decision: ['CASE.NOT_REFERRED', 'CASE.OMBUDSMAN_DECISION_EXISTS'],
  complete_remedy: ['CASE.REMEDY_NOT_FOUND', 'CASE.REMEDY_NOT_OPEN'],
  remedy_undeliverable: ['CASE.REMEDY_NOT_FOUND', 'CASE.REMEDY_NOT_OPEN'],
  complete_action: ['CASE.ACTION_NOT_FOUND', 'CASE.ACTION_ALREADY_COMPLETED'],
}

/** Every code the domain can refuse the command with. */
export function commandErrorCodes(command: Command): string[] {
  const rule = COMMAND_RULES[command]
  const status = rule.allowed === 'any' ? [] : [
    rule.early, rule.late, ...sideStatusCodes(rule.allowed),
    // A case that reads as closed (effective-status.ts) is refused as closed whatever its stored status.
    'CASE.CLOSED',
  ]
  return [...new Set([...EVERY_COMMAND, ...status, ...(DECIDE_CODES[command] ?? [])])]
}
