/**
 * A council's policy is a preset plus its own changes. Objects merge key by key; arrays (the exclusion
 * catalogue) replace wholesale, because merging catalogue entries by position would silently mix two lists.
 */
import { Value } from 'typebox/value'
import { isPresetId, presets, PRESET_IDS } from './presets/index.js'
import { PolicySchema, type Policy } from './policy.schema.js'

export interface PolicyFieldError {
  /** Dotted path of the offending field, e.g. "stage2.response.workingDays"; "" for the policy itself. */
  field: string
  message: string
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyFieldError[] }

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base
  if (!isPlainObject(base) || !isPlainObject(override)) return override
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(override)) out[k] = deepMerge(base[k], v)
  return out
}

function schemaErrors(candidate: unknown): PolicyFieldError[] {
  const seen = new Map<string, string>()
  for (const e of Value.Errors(PolicySchema, candidate)) {
    const extra = (e.params as { additionalProperties?: string[] }).additionalProperties
    const base = e.instancePath.slice(1).replaceAll('/', '.')
    const field = extra?.[0] !== undefined ? [base, extra[0]].filter(Boolean).join('.') : base
    if (!seen.has(field)) seen.set(field, extra !== undefined ? 'is not a policy field' : e.message)
  }
  return [...seen].map(([field, message]) => ({ field, message }))
}

/** Rules the schema cannot express: which anchors make sense at which stage, unique catalogue codes. */
export function policyRuleErrors(p: Policy): PolicyFieldError[] {
  const errors: PolicyFieldError[] = []
  if (p.stage1.acknowledgement.anchor !== 'receipt') {
    errors.push({ field: 'stage1.acknowledgement.anchor', message: 'the stage 1 acknowledgement counts from receipt' })
  }
  if (p.stage1.response.anchor === 'escalation_request') {
    errors.push({ field: 'stage1.response.anchor', message: 'stage 1 has no escalation request to count from' })
  }
  if (p.stage2.acknowledgement.anchor !== 'escalation_request') {
    errors.push({ field: 'stage2.acknowledgement.anchor', message: 'the stage 2 acknowledgement counts from the escalation request' })
  }
  if (p.stage2.response.anchor === 'receipt') {
    errors.push({ field: 'stage2.response.anchor', message: 'stage 2 counts from the escalation request or its acknowledgement' })
  }
  const codes = new Set<string>()
  p.exclusions.forEach((e, i) => {
    if (codes.has(e.code)) errors.push({ field: `exclusions.${i}.code`, message: `duplicate exclusion code "${e.code}"` })
    codes.add(e.code)
  })
  return errors
}

export function validatePolicy(candidate: unknown): PolicyResult {
  const errors = schemaErrors(candidate)
  if (errors.length > 0) return { ok: false, errors }
  const policy = candidate as Policy
  const ruleErrors = policyRuleErrors(policy)
  return ruleErrors.length > 0 ? { ok: false, errors: ruleErrors } : { ok: true, policy }
}

export function resolvePolicy(presetId: string, overrides: unknown = {}): PolicyResult {
  if (!isPresetId(presetId)) {
    return { ok: false, errors: [{ field: 'preset', message: `unknown preset "${presetId}"; one of ${PRESET_IDS.join(', ')}` }] }
  }
  if (!isPlainObject(overrides)) return { ok: false, errors: [{ field: '', message: 'overrides must be an object' }] }
  const preset = presets[presetId]
  const renamed = typeof overrides.id === 'string' && overrides.id !== presetId
  const merged = deepMerge(preset, { ...(renamed ? { basedOn: presetId } : {}), ...overrides })
  return validatePolicy(structuredClone(merged))
}
