import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'

/**
 * The instance a route plugin is given (with the TypeBox type provider). A plugin with many routes hands it to one
 * function per group of routes, called in the order the contract lists them.
 */
export type TypedApp = Parameters<FastifyPluginAsyncTypebox>[0]
