import type { CaseState } from './case-state.js'
import type { CaseCommand } from './commands.schema.js'
import {
  decideClose, decideCompleteAction, decideCompleteRemedy, decideOmbudsmanDecision, decideReferToOmbudsman, decideRemedyUndeliverable, decideWithdraw,
} from './decide-after.js'
import { type DecideContext, type DecideResult } from './decide-context.js'

export function decideAfterCommand(s: CaseState, c: CaseCommand, ctx: DecideContext): DecideResult {
  switch (c.type) {
    case 'refer_to_ombudsman': return decideReferToOmbudsman(s, c, ctx)
    case 'record_ombudsman_decision': return decideOmbudsmanDecision(s, c, ctx)
    case 'complete_remedy': return decideCompleteRemedy(s, c, ctx)
    case 'remedy_undeliverable': return decideRemedyUndeliverable(s, c, ctx)
    case 'complete_action': return decideCompleteAction(s, c, ctx)
    case 'withdraw': return decideWithdraw(c, ctx)
    case 'close': return decideClose(c, ctx)
    // Commands are validated against their schemas before they get here: another type is a programming error.
    default: throw new Error(`decideAfterCommand: unhandled command ${c.type}`)
  }
}
