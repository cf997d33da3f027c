import type { FastifyReply, FastifyRequest } from 'fastify'

/** Who may read the council's reports: figures only, no complainant's personal data. */
export const REPORT_READERS = ['reporting', 'complaints_team', 'admin'] as const

/** The representation asked for: whether the Accept header names `type` (JSON otherwise). */
export function wants(request: FastifyRequest, type: 'text/csv' | 'text/html'): boolean {
  const accept = request.headers.accept ?? ''
  return accept.split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === type)
}

/** A CSV answer, downloaded under `name`. */
export function sendCsv(reply: FastifyReply, name: string, csv: string) {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(csv)
}
