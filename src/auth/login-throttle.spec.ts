import { FREE_ATTEMPTS, PER_EMAIL, PER_IP, retryAfter, waitSchedule, waitSeconds } from './login-throttle.js';

describe('login throttle', () => {
  it('lets the first attempts through without waiting', () => {
    for (let failures = 0; failures < FREE_ATTEMPTS; failures++) expect(waitSeconds(failures)).toBe(0);
    for (let failures = 0; failures < 20; failures++) expect(waitSeconds(failures, PER_IP)).toBe(0);
  });

  it('doubles the wait with each further failure, up to 15 minutes', () => {
    expect([3, 4, 5, 6].map((failures) => waitSeconds(failures))).toEqual([2, 4, 8, 16]);
    expect(waitSeconds(40)).toBe(900);
    expect(waitSeconds(1_000_000)).toBe(900);
    expect([20, 21, 22].map((failures) => waitSeconds(failures, PER_IP))).toEqual([2, 4, 8]);
  });

  it('counts the wait from the last failure', () => {
    const last = new Date('2026-11-25T09:00:00Z');
    expect(retryAfter(5, last, new Date('2026-11-25T09:00:03Z'))).toBe(5);
    expect(retryAfter(5, last, new Date('2026-11-25T09:00:08Z'))).toBe(0);
    expect(retryAfter(1, last, last)).toBe(0);
  });

  it('forgets a streak after a quiet day per e-mail, a quiet hour per address', () => {
    const last = new Date('2026-11-25T09:00:00Z');
    expect(retryAfter(40, last, new Date('2026-11-25T09:10:00Z'))).toBe(300);
    expect(retryAfter(40, last, new Date('2026-11-26T09:00:00Z'))).toBe(0);
    expect(retryAfter(40, last, new Date('2026-11-25T09:10:00Z'), PER_IP)).toBe(300);
    expect(retryAfter(40, last, new Date('2026-11-25T10:00:00Z'), PER_IP)).toBe(0);
  });

  it('lists the waits up to the cap, for the database to look them up', () => {
    expect(waitSchedule(PER_EMAIL)).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900]);
    const perIp = waitSchedule(PER_IP);
    expect(perIp).toHaveLength(30);
    expect(perIp.slice(19)).toEqual([0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900]);
  });
});
