import { absenceText, periodText, toAdvisersList, toTimeRows } from './advisers.view.js';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const ZONE = 'Europe/Copenhagen';
const at = (iso: string) => new Date(iso);
const lookup = {
  errand: (code: string) => ({ PAS_VOKSEN: 'Pas til voksne' })[code],
  place: (code: string) => ({ MAIN: 'Borgerservice Ebeltoft' })[code],
};

describe('absenceText', () => {
  it('says one whole day as the day', () => {
    const day = { startsAt: at('2026-12-03T00:00:00+01:00'), endsAt: at('2026-12-04T00:00:00+01:00') };
    expect(absenceText(day, ZONE, 'da', NOW)).toBe('torsdag 3. december (hele dagen)');
    expect(absenceText(day, ZONE, 'en', NOW)).toBe('Thursday 3 December (all day)');
  });

  it('says whole days as the first and the last day, the year only when it is not this year', () => {
    const days = { startsAt: at('2026-12-30T00:00:00+01:00'), endsAt: at('2027-01-05T00:00:00+01:00') };
    expect(absenceText(days, ZONE, 'da', NOW)).toBe('onsdag 30. december – mandag 4. januar 2027');
  });

  it('says part of a day with its hours, and a span over days with both moments', () => {
    const hours = { startsAt: at('2026-12-03T12:00:00+01:00'), endsAt: at('2026-12-03T16:30:00+01:00') };
    expect(absenceText(hours, ZONE, 'da', NOW)).toBe('torsdag 3. december kl. 12.00–16.30');
    expect(absenceText(hours, ZONE, 'en', NOW)).toBe('Thursday 3 December, 12:00–16:30');
    const span = { startsAt: at('2026-12-03T12:00:00+01:00'), endsAt: at('2026-12-04T10:00:00+01:00') };
    expect(absenceText(span, ZONE, 'da', NOW)).toBe(
      'torsdag 3. december kl. 12.00 – fredag 4. december kl. 10.00',
    );
  });

  it('counts whole days across a clock change (a 23-hour day is still a day)', () => {
    const spring = { startsAt: at('2027-03-28T00:00:00+01:00'), endsAt: at('2027-03-29T00:00:00+02:00') };
    expect(absenceText(spring, ZONE, 'en', NOW)).toBe('Sunday 28 March 2027 (all day)');
  });
});

describe('periodText', () => {
  it('names a row’s period, or the whole year', () => {
    expect(periodText({}, 'da', NOW)).toBe('hele året');
    expect(periodText({ validFrom: '2027-07-01', validTo: '2027-08-14' }, 'da', NOW)).toBe(
      '1. juli 2027 – 14. august 2027',
    );
    expect(periodText({ validFrom: '2026-12-01' }, 'en', NOW)).toBe('from 1 December');
    expect(periodText({ validTo: '2026-12-20' }, 'da', NOW)).toBe('til og med 20. december');
  });
});

describe('toAdvisersList and toTimeRows', () => {
  it('names errands and places, falling back to the code, and says none', () => {
    const [row] = toAdvisersList(
      [
        {
          id: 'a1',
          name: 'Aase',
          email: 'a@x.dk',
          active: false,
          errands: ['PAS_VOKSEN', 'OLD'],
          locations: [],
        },
      ],
      lookup,
      'da',
    );
    expect(row).toEqual({
      href: '/staff/admin/raadgivere/a1',
      name: 'Aase',
      email: 'a@x.dk',
      status: 'Ikke i brug',
      errands: 'Pas til voksne, OLD',
      places: 'Ingen',
    });
  });

  it('writes times as Danes read them', () => {
    const rows = toTimeRows(
      [{ weekday: 2, location: 'MAIN', starts: '09:30', ends: '14:00' }],
      lookup,
      'da',
      NOW,
    );
    expect(rows).toEqual([
      { weekday: 'tirsdag', place: 'Borgerservice Ebeltoft', time: '09.30–14.00', period: 'hele året' },
    ]);
  });
});
