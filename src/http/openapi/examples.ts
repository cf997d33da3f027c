/** Examples of the contract's main components (test/openapi.test.ts checks each against its schema). */
export const COMPONENT_EXAMPLES: Record<string, unknown[]> = {}
