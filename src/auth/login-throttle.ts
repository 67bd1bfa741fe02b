/**
 * After a few free attempts, each further failed sign-in doubles the wait before the next attempt
 * is even checked (2 s, 4 s, … up to 15 min): slow for a password-guessing script, harmless for a
 * person who mistypes twice. Counts live in PostgreSQL, so every API instance applies them.
 */
export const FREE_ATTEMPTS = 3;
const MAX_WAIT_SECONDS = 15 * 60;

export function waitSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_WAIT_SECONDS);
}

/** Seconds until the next attempt may be checked; 0 when it may be checked now. */
export function retryAfter(failures: number, lastFailureAt: Date, now: Date): number {
  const until = lastFailureAt.getTime() + waitSeconds(failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
