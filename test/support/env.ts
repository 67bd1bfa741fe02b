// Quiet logs in tests: failures are reported by Jest, not by the API's request log.
process.env.LOG_LEVEL ??= 'silent';
process.env.NO_SHOW_SWEEP_SECONDS ??= '0';
// Tests drive the notifications worker themselves (runOnce), never on a timer.
process.env.NOTIFICATIONS_POLL_SECONDS ??= '0';
// The suite books hundreds of times from one address without solving challenges: the tests of
// challenges and rate limits (challenges, rate-limits, hoarding) turn them back on for their apps.
process.env.ALTCHA_ENABLED ??= 'false';
process.env.RATE_LIMIT_FACTOR ??= '1000';
