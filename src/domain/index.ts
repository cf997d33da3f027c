/** The pure domain: no I/O, no clock; everything the services and HTTP layer build on is exported here. */
export * from './errors/domain-error.js'
export * from './calendar/index.js'
export * from './policy/index.js'
export * from './outcomes/index.js'
export * from './timescales/index.js'
export * from './case/index.js'
export * from './reporting/index.js'
export * from './contact/index.js'
