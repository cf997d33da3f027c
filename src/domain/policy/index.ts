export * from './policy.schema.js'
export { isPresetId, presets, PRESET_IDS, type PresetId } from './presets/index.js'
export { deepMerge, policyRuleErrors, resolvePolicy, validatePolicy, type PolicyFieldError, type PolicyResult } from './resolve-policy.js'
