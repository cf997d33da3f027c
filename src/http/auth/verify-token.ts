// Token verification is the services' (council identity providers live in the database); kept here for imports.
export { TokenError, createTokenVerifier, type TokenVerifier, type VerifiedToken } from '../../services/token-verifier.js'
