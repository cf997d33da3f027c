/** Examples of the request and response components, taken from answers of a running server (filled in later). */
export const REQUEST_RESPONSE_EXAMPLES: Record<string, unknown[]> = {}
