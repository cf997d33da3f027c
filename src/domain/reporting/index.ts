export * from './labels.js'
export * from './assessment.js'
