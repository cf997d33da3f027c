import type { OutcomeScheme } from '../policy/policy.schema.js'
import type { DetailedOutcome, Finding, RecordedOutcome } from './outcome.schema.js'

/**
 * Upheld in totality: a complaint with any aspect upheld is recorded as upheld. A partly upheld aspect is
 * still an upheld aspect (some of its reasons were justified), so it counts.
 */
export function recordedOutcome(findings: readonly Finding[]): RecordedOutcome {
  return findings.some((f) => f.finding !== 'not_upheld') ? 'upheld' : 'not_upheld'
}

/** Three-way detail: every aspect upheld, none, or a mix (or any aspect only partly upheld). */
export function detailedOutcome(findings: readonly Finding[]): DetailedOutcome {
  if (findings.length > 0 && findings.every((f) => f.finding === 'upheld')) return 'upheld'
  return recordedOutcome(findings) === 'upheld' ? 'partly_upheld' : 'not_upheld'
}

/**
 * Stage 2 rule: agreeing with an upheld stage 1 records upheld even if stage 2 finds no fault in how stage 1 was
 * handled; otherwise stage 2's own findings decide (a fault stage 2 itself upholds also makes it upheld).
 */
export function stage2Outcome(stage1: RecordedOutcome | null, agreesWithStage1: boolean, stage2Findings: readonly Finding[]): RecordedOutcome {
  if (agreesWithStage1 && stage1 === 'upheld') return 'upheld'
  return recordedOutcome(stage2Findings)
}

/** Findings that the policy's scheme does not allow (partly_upheld under two_way), by index. */
export function findingsOutsideScheme(findings: readonly Finding[], scheme: OutcomeScheme): number[] {
  if (scheme === 'three_way') return []
  return findings.flatMap((f, i) => (f.finding === 'partly_upheld' ? [i] : []))
}
