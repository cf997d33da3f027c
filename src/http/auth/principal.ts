// The principal is the services' notion (they decide access); http/ reads it from the token.
export { ROLES, type Principal, type Role } from '../../services/principal.js'
