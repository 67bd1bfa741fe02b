import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatInstant } from './format-instant.js';

const luxonFormat = (ms: number, zone: string) =>
  DateTime.fromMillis(ms, { zone }).set({ millisecond: 0 }).toISO({ suppressMilliseconds: true });

describe('formatInstant', () => {
  it.each([
    ['2026-12-01T09:00:00Z', 'Europe/Copenhagen', '2026-12-01T10:00:00+01:00'],
    ['2026-07-01T08:00:00Z', 'Europe/Copenhagen', '2026-07-01T10:00:00+02:00'],
    // The March change: 02:00 local becomes 03:00.
    ['2026-03-29T00:59:59Z', 'Europe/Copenhagen', '2026-03-29T01:59:59+01:00'],
    ['2026-03-29T01:00:00Z', 'Europe/Copenhagen', '2026-03-29T03:00:00+02:00'],
    // The October change: 03:00 local becomes 02:00 again.
    ['2026-10-25T00:59:59Z', 'Europe/Copenhagen', '2026-10-25T02:59:59+02:00'],
    ['2026-10-25T01:00:00Z', 'Europe/Copenhagen', '2026-10-25T02:00:00+01:00'],
    ['2026-12-01T09:00:00Z', 'Asia/Kathmandu', '2026-12-01T14:45:00+05:45'],
    ['2026-12-01T09:00:00Z', 'America/St_Johns', '2026-12-01T05:30:00-03:30'],
    ['2026-12-01T09:00:00Z', 'UTC', '2026-12-01T09:00:00+00:00'],
  ])('%s in %s → %s', (instant, zone, expected) => {
    expect(formatInstant(Date.parse(instant), zone)).toBe(expected);
  });

  it('agrees with luxon for any instant in 2024-2030 in several zones', () => {
    const zones = [
      'Europe/Copenhagen',
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2030-12-31') }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          expect(formatInstant(ms, zone)).toBe(luxonFormat(ms, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
