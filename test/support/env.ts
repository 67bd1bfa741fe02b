// Quiet logs in tests: failures are reported by Jest, not by the API's request log.
process.env.LOG_LEVEL ??= 'silent';
process.env.NO_SHOW_SWEEP_SECONDS ??= '0';
