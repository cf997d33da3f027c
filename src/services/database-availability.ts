/** Whether a failure means the database is unreachable (for http/, which does not import db/). */
export { isDatabaseUnavailable } from '../db/database-errors.js'
