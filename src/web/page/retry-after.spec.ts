import { retryAfterForPeople } from './retry-after.js';

const ZONE = 'Europe/Copenhagen';
/** Wednesday 25 November 2026, 09:00 in Copenhagen. */
const MORNING = new Date('2026-11-25T08:00:00Z');

describe('retryAfterForPeople', () => {
  it.each([
    [1, 'om 1 minut', 'in 1 minute'],
    [60, 'om 1 minut', 'in 1 minute'],
    [61, 'om 2 minutter', 'in 2 minutes'],
    [4 * 60 + 1, 'om 5 minutter', 'in 5 minutes'],
    [59 * 60, 'om 59 minutter', 'in 59 minutes'],
    [59 * 60 + 1, 'om 1 time', 'in 1 hour'],
    [3600, 'om 1 time', 'in 1 hour'],
    [2 * 3600 + 1, 'om 3 timer', 'in 3 hours'],
  ])('says %i seconds as minutes, then hours, rounded up', (seconds, da, en) => {
    expect(retryAfterForPeople(seconds, 'da', MORNING, ZONE)).toBe(da);
    expect(retryAfterForPeople(seconds, 'en', MORNING, ZONE)).toBe(en);
  });

  it('says "tomorrow" with the time once the wait runs past midnight, rounded up to the minute', () => {
    // A day's limit whose window opened at about 09:00 today.
    expect(retryAfterForPeople(86_399, 'da', MORNING, ZONE)).toBe('i morgen kl. 09.00');
    expect(retryAfterForPeople(86_401, 'da', MORNING, ZONE)).toBe('i morgen kl. 09.01');
    expect(retryAfterForPeople(86_400, 'en', MORNING, ZONE)).toBe('tomorrow at 09:00');
    // Late in the evening, three hours is tomorrow; a quarter of an hour is still minutes.
    const evening = new Date('2026-11-25T22:30:00Z');
    expect(retryAfterForPeople(3 * 3600, 'da', evening, ZONE)).toBe('i morgen kl. 02.30');
    expect(retryAfterForPeople(15 * 60, 'da', evening, ZONE)).toBe('om 15 minutter');
  });

  it('names the day after tomorrow and later by its date', () => {
    expect(retryAfterForPeople(2 * 86_400, 'da', MORNING, ZONE)).toBe('fredag 27. november kl. 09.00');
    expect(retryAfterForPeople(2 * 86_400, 'en', MORNING, ZONE)).toBe('on Friday 27 November, 09:00');
  });

  it('counts days in the zone, also across the change to summer time', () => {
    // Saturday 27 March 2027, 23:00 in Copenhagen; that night has an hour less.
    const saturday = new Date('2027-03-27T22:00:00Z');
    expect(retryAfterForPeople(3 * 3600, 'da', saturday, ZONE)).toBe('i morgen kl. 03.00');
  });
});
