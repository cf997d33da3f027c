export * from './outcome.schema.js'
export { detailedOutcome, findingsOutsideScheme, recordedOutcome, stage2Outcome } from './recorded-outcome.js'
export { validateResponse, type ResponseElement } from './validate-response.js'
