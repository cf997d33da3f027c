import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino'

/**
 * Personal data never reaches the logs. Request logs carry method, route template (not the URL, whose query
 * may hold search terms), status and timing; these paths are redacted wherever an object is logged anyway.
 */
const REDACT = [
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization',
  '*.name', '*.email', '*.phone', '*.address', '*.summary', '*.description', '*.desiredOutcome',
  '*.person', '*.representative', '*.contact', '*.body', 'body',
]

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: {
      // Fastify's default request serializer logs the URL with its query string: log the route instead.
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({ method: req.method, route: req.routeOptions?.url, id: req.id }),
    },
  }
}

/** The service's logger: JSON lines to stdout, or to the given stream (tests read what was logged). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level))
}
