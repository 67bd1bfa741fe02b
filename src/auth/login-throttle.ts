/**
 * After a few free attempts, each further failed sign-in doubles the wait before the next attempt
 * is even checked (2 s, 4 s, … up to 15 min): slow for a password-guessing script, harmless for a
 * person who mistypes twice. Counts live in PostgreSQL, so every API instance applies them.
 *
 * Two counts apply to each attempt: one per e-mail address (guessing one person's password) and one
 * per client address (one password sprayed over many e-mail addresses). The wait is a wait, never a
 * lock: it is capped at 15 minutes, so someone failing on purpose with a colleague's e-mail delays
 * them, but cannot shut them out for longer; an admin's password reset clears the count at once.
 */
export interface ThrottlePolicy {
  /** Failures that cost no wait. */
  freeAttempts: number;
  maxWaitSeconds: number;
  /** A streak whose last failure is this old is forgotten: the count starts again. */
  forgetAfterSeconds: number;
}

const MINUTE = 60;

export const PER_EMAIL: ThrottlePolicy = {
  freeAttempts: 3,
  maxWaitSeconds: 15 * MINUTE,
  forgetAfterSeconds: 24 * 60 * MINUTE,
};

/**
 * Generous, because one office (or a whole town hall behind one NAT address) shares it; forgotten
 * after a quiet hour, so a morning of mistyped passwords does not slow down the afternoon.
 */
export const PER_IP: ThrottlePolicy = {
  freeAttempts: 20,
  maxWaitSeconds: 15 * MINUTE,
  forgetAfterSeconds: 60 * MINUTE,
};

export const FREE_ATTEMPTS = PER_EMAIL.freeAttempts;

export function waitSeconds(failures: number, policy: ThrottlePolicy = PER_EMAIL): number {
  if (failures < policy.freeAttempts) return 0;
  const doublings = Math.min(failures - policy.freeAttempts + 1, 30);
  return Math.min(2 ** doublings, policy.maxWaitSeconds);
}

/** Seconds until the next attempt may be checked; 0 when it may be checked now. */
export function retryAfter(
  failures: number,
  lastFailureAt: Date,
  now: Date,
  policy: ThrottlePolicy = PER_EMAIL,
): number {
  if (now.getTime() - lastFailureAt.getTime() >= policy.forgetAfterSeconds * 1000) return 0;
  const until = lastFailureAt.getTime() + waitSeconds(failures, policy) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/**
 * The wait after 0, 1, 2 … failures, up to the first that reaches the cap (which then applies to
 * every later count): the reservation statement looks the wait up here, so SQL and these functions
 * cannot disagree.
 */
export function waitSchedule(policy: ThrottlePolicy): number[] {
  const schedule: number[] = [];
  for (let failures = 0; ; failures++) {
    schedule.push(waitSeconds(failures, policy));
    if (schedule[failures] >= policy.maxWaitSeconds) return schedule;
  }
}
