/**
 * The Standard Webhooks specification's suggested schedule (after Svix): an attempt now, then after 5 seconds,
 * 5 minutes, 30 minutes, 2 hours, 5 hours, 10 hours and 10 hours: eight attempts over about 27 hours. After the
 * last one fails the subscription is disabled with the reason, and its undelivered messages wait for it.
 */
export const RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1
/** A receiver's Retry-After is honoured up to a day; beyond that it would outlast the whole schedule. */
const MAX_RETRY_AFTER_SECONDS = 24 * 3600

/**
 * When to try again after the given number of failed attempts, or null when the schedule is used up.
 * `random` in [0, 1) spreads retries by up to ±20% so receivers coming back are not hit all at once.
 */
export function nextAttemptAt(now: Date, attemptsMade: number, retryAfterSeconds: number | null, random: number): Date | null {
  const base = RETRY_DELAYS_SECONDS[attemptsMade - 1]
  if (base === undefined) return null
  const jittered = base * (0.8 + 0.4 * random)
  const wait = Math.max(jittered, Math.min(retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS))
  return new Date(now.getTime() + Math.round(wait * 1000))
}
