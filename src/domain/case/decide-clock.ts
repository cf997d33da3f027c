/** Commands that move a response date: extend, pause, resume. They act on the stage currently open. */
import { addWorkingDays, workingDaysBetween } from '../calendar/working-days.js'
import { domainError } from '../errors/domain-error.js'
import { caseDeadlines, findDeadline } from '../timescales/case-deadlines.js'
import { blank } from './catalogue-check.js'
import type { CaseState, StageRecord } from './case-state.js'
import type { CommandOf } from './commands.schema.js'
import { fail, meta, ok, stamp, type DecideContext, type DecideResult } from './decide-context.js'

function openStage(s: CaseState): { stage: 1 | 2; record: StageRecord } {
  return s.status === 'stage2_acknowledged' && s.stage2 !== null ? { stage: 2, record: s.stage2 } : { stage: 1, record: s.stage1 }
}

function currentDue(s: CaseState, ctx: DecideContext, stage: 1 | 2): string {
  const kind = stage === 1 ? 'stage1_response' : 'stage2_response'
  return findDeadline(caseDeadlines(s, ctx.policy, ctx.calendar), kind)?.due ?? meta(ctx).today
}

const MAX_EXTENSION_WORKING_DAYS = 120

function extensionDays(c: CommandOf<'extend'>, ctx: DecideContext, due: string): number | ReturnType<typeof domainError> {
  if ((c.workingDays === undefined) === (c.newDueDate === undefined)) {
    return domainError('CASE.EXTENSION_AMOUNT_REQUIRED', 'give exactly one of workingDays or newDueDate')
  }
  const days = c.workingDays ?? workingDaysBetween(ctx.calendar, due, c.newDueDate ?? due)
  if (days < 1) return domainError('CASE.EXTENSION_NOT_LATER', `the new due date must be at least one working day after ${due}`)
  // The same ceiling the schema puts on workingDays, so a date cannot smuggle in a years-long extension.
  if (days > MAX_EXTENSION_WORKING_DAYS) {
    return domainError('CASE.EXTENSION_TOO_LONG', `${days} working days; one extension adds at most ${MAX_EXTENSION_WORKING_DAYS}`)
  }
  return days
}

/**
 * Extensions add up. Over the policy's cap they need a recorded good reason and are flagged beyond the Code,
 * because the Code allows it only exceptionally (6.4) and reports must show it.
 */
export function decideExtend(s: CaseState, c: CommandOf<'extend'>, ctx: DecideContext): DecideResult {
  if (blank(c.reason)) return fail(domainError('CASE.EXTENSION_NEEDS_REASON', 'an extension needs a reason explained to the person'))
  if (!c.ombudsmanDetailsGiven) return fail(domainError('CASE.EXTENSION_NEEDS_OMBUDSMAN_DETAILS', 'the person must be given the Ombudsman\'s details when a response is extended (Code 6.5)'))
  // Only a policy that provides for it (Oxford draft, seed 003) records a refusal; elsewhere the flag would be
  // reported as a refusal the council's own process does not know of.
  if (c.personRefused === true && !ctx.policy.personMayRefuseExtension) {
    return fail(domainError('CASE.EXTENSION_REFUSAL_NOT_IN_POLICY', 'the policy does not provide for the person refusing an extension'))
  }
  const { stage, record } = openStage(s)
  const due = currentDue(s, ctx, stage)
  const days = extensionDays(c, ctx, due)
  if (typeof days !== 'number') return fail(days)
  const cap = (stage === 1 ? ctx.policy.stage1 : ctx.policy.stage2).extensionCapWorkingDays
  const total = record.extensions.reduce((sum, e) => sum + e.workingDays, 0) + days
  const beyondCode = total > cap
  if (beyondCode && blank(c.goodReason)) {
    return fail(domainError('CASE.EXTENSION_OVER_CAP', `extensions would total ${total} working days, over the cap of ${cap}; a good reason is required`))
  }
  const m = meta(ctx)
  return ok({
    type: 'extended', ...stamp(m), stage, workingDays: days, reason: c.reason, toldPersonOn: c.toldPersonOn,
    ombudsmanDetailsGiven: true, goodReason: c.goodReason ?? null, beyondCode, personRefused: c.personRefused === true,
    previousDueOn: due, newDueOn: addWorkingDays(ctx.calendar, due, days).date,
  })
}

const openPause = (r: StageRecord) => r.pauses.find((p) => p.until === null)

export function decidePause(s: CaseState, c: CommandOf<'pause'>, ctx: DecideContext): DecideResult {
  if (!ctx.policy.clockMayPause) return fail(domainError('CASE.PAUSE_NOT_ALLOWED', 'the policy does not allow pausing the clock'))
  const { stage, record } = openStage(s)
  if (openPause(record) !== undefined) return fail(domainError('CASE.ALREADY_PAUSED', 'the clock is already paused'))
  const m = meta(ctx)
  return ok({ type: 'paused', ...stamp(m), stage, from: m.today, reason: c.reason })
}

export function decideResume(s: CaseState, _c: CommandOf<'resume'>, ctx: DecideContext): DecideResult {
  const { stage, record } = openStage(s)
  const pause = openPause(record)
  if (pause === undefined) return fail(domainError('CASE.NOT_PAUSED', 'the clock is not paused'))
  const m = meta(ctx)
  const days = Math.max(0, workingDaysBetween(ctx.calendar, pause.from, m.today))
  return ok({ type: 'resumed', ...stamp(m), stage, until: m.today, workingDays: days })
}

export function isPaused(s: CaseState): boolean {
  return openPause(openStage(s).record) !== undefined
}
