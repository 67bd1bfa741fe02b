import { isInstant } from './is-instant.js';

describe('isInstant', () => {
  it.each([
    '2026-12-01T10:00:00+01:00',
    '2026-12-01T09:00Z',
    '2026-07-01T10:00:00.000+02:00',
    '2028-02-29T10:00:00Z',
  ])('accepts %s', (value) => expect(isInstant(value)).toBe(true));

  it.each([
    '2026-02-30T10:00:00+01:00',
    '2026-13-01T10:00:00+01:00',
    '2026-12-01T25:00:00+01:00',
    '2027-02-29T10:00:00Z',
    '2026-12-01T10:00:00',
    '2026-12-01',
    'tomorrow',
    42,
  ])('refuses %s', (value) => expect(isInstant(value)).toBe(false));
});
