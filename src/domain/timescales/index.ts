export * from './deadline.schema.js'
export { caseDeadlines, escalationWindowEnd, findDeadline, pausedWorkingDays, responseDeadline } from './case-deadlines.js'
export { deadlineState, isLate } from './deadline-state.js'
export { twelveMonthTest, type TwelveMonthResult } from './twelve-month-test.js'
