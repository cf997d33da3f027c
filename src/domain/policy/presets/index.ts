import type { Policy } from '../policy.schema.js'
import { lgsco2024 } from './lgsco-2024.preset.js'
import { oxfordDraft } from './oxford-draft.preset.js'
import { runnymede2024 } from './runnymede-2024.preset.js'
import { westOxfordshire2025 } from './west-oxfordshire-2025.preset.js'

export const PRESET_IDS = ['lgsco-2024', 'west-oxfordshire-2025', 'oxford-draft', 'runnymede-2024'] as const
export type PresetId = (typeof PRESET_IDS)[number]

export const presets: Readonly<Record<PresetId, Policy>> = {
  'lgsco-2024': lgsco2024,
  'west-oxfordshire-2025': westOxfordshire2025,
  'oxford-draft': oxfordDraft,
  'runnymede-2024': runnymede2024,
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id)
}
