export * from './labels.js'
export * from './assessment.js'
export * from './code-provisions.js'
