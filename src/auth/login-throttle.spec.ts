import { FREE_ATTEMPTS, retryAfter, waitSeconds } from './login-throttle.js';

describe('login throttle', () => {
  it('lets the first attempts through without waiting', () => {
    for (let failures = 0; failures < FREE_ATTEMPTS; failures++) expect(waitSeconds(failures)).toBe(0);
  });

  it('doubles the wait with each further failure, up to 15 minutes', () => {
    expect([3, 4, 5, 6].map(waitSeconds)).toEqual([2, 4, 8, 16]);
    expect(waitSeconds(40)).toBe(900);
  });

  it('counts the wait from the last failure', () => {
    const last = new Date('2026-11-25T09:00:00Z');
    expect(retryAfter(5, last, new Date('2026-11-25T09:00:03Z'))).toBe(5);
    expect(retryAfter(5, last, new Date('2026-11-25T09:00:08Z'))).toBe(0);
    expect(retryAfter(1, last, last)).toBe(0);
  });
});
