import { dayForPeople, localDateForPeople, momentForPeople, timeForPeople } from './people-time.js';

const ZONE = 'Europe/Copenhagen';

describe('dates and times for people', () => {
  it('reads as Danes write it, in the place’s zone', () => {
    expect(momentForPeople('2026-12-08T09:15:00Z', ZONE, 'da')).toBe('tirsdag 8. december kl. 10.15');
  });

  it('reads as the English write it', () => {
    expect(momentForPeople('2026-12-08T09:15:00Z', ZONE, 'en')).toBe('Tuesday 8 December, 10:15');
  });

  it('uses summer time in summer', () => {
    expect(timeForPeople(new Date('2026-07-01T08:00:00Z'), ZONE, 'da')).toBe('10.00');
  });

  it('names the year only when it is not this year', () => {
    const now = new Date('2026-12-30T12:00:00Z');
    expect(dayForPeople('2027-01-04T09:00:00Z', ZONE, 'da', now)).toBe('mandag 4. januar 2027');
    expect(dayForPeople('2026-12-31T09:00:00Z', ZONE, 'en', now)).toBe('Thursday 31 December');
  });

  it('turns a local date into a day', () => {
    expect(localDateForPeople('2026-12-24', 'da')).toBe('torsdag 24. december');
    expect(localDateForPeople('2026-12-24', 'en')).toBe('Thursday 24 December');
  });
});
