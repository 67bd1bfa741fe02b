import { capacityDays, type CapacityRules } from './capacity-days.js';

const ZONE = 'Europe/Copenhagen';
const week = (from: string, to: string, extra: Partial<{ validFrom: string; validTo: string }> = {}) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, validFrom: null, validTo: null, ...extra, from, to }));

function rules(overrides: Partial<CapacityRules> = {}): CapacityRules {
  return {
    locations: [{ id: 'L', code: 'MAIN', name: 'Main', timeZone: ZONE, stations: 2, hotline: false }],
    openingHours: week('09:00', '16:00').map(({ from, to, ...row }) => ({
      ...row,
      locationId: 'L',
      opens: from,
      closes: to,
    })),
    closures: [],
    workingTimes: week('09:00', '15:00').map(({ from, to, ...row }) => ({
      ...row,
      adviserId: 'A',
      locationId: 'L',
      starts: from,
      ends: to,
    })),
    absences: [],
    ...overrides,
  };
}

describe('capacityDays', () => {
  it('multiplies open minutes by the stations and sums the advisers’ working time, weekdays only', () => {
    // Friday 27 November and the weekend after it.
    expect(capacityDays(rules(), ['2026-11-27', '2026-11-28', '2026-11-29'], [])).toEqual([
      { locationId: 'L', day: '2026-11-27', stationMinutes: 840, adviserMinutes: 360 },
    ]);
  });

  it('leaves out public holidays, municipal closed days and whole-day closures', () => {
    const closures = [{ locationId: null, startsOn: '2026-12-28', endsOn: '2026-12-28', reason: 'Lukket' }];
    // 24 Dec: municipal closed day; 25 Dec: Juledag; 28 Dec: closed; 29 Dec: open.
    const days = capacityDays(
      rules({ closures }),
      ['2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29'],
      ['12-24'],
    );
    expect(days.map((d) => d.day)).toEqual(['2026-12-29']);
  });

  it('cuts closed hours out of both, and absences out of the adviser’s time', () => {
    const closures = [
      {
        locationId: 'L',
        startsOn: '2026-11-26',
        endsOn: '2026-11-26',
        reason: 'Møde',
        closedFrom: '12:00:00',
        closedTo: '13:00:00',
      },
    ];
    const absences = [
      { adviserId: 'A', startsAt: '2026-11-26T08:00:00+01:00', endsAt: '2026-11-26T10:30:00+01:00' },
    ];
    expect(capacityDays(rules({ closures, absences }), ['2026-11-26'], [])).toEqual([
      // Open 7 h − 1 h = 360 × 2 stations; working 6 h − 1 h closed − 1.5 h away (from 09:00) = 210.
      { locationId: 'L', day: '2026-11-26', stationMinutes: 720, adviserMinutes: 210 },
    ]);
  });

  it('lets a period of opening hours and working time replace the standing week on its dates', () => {
    const summer = week('10:00', '14:00', { validFrom: '2026-07-01', validTo: '2026-07-31' });
    const r = rules();
    r.openingHours.push(
      ...summer.map(({ from, to, ...row }) => ({ ...row, locationId: 'L', opens: from, closes: to })),
    );
    r.workingTimes.push(
      // A period row at another place still replaces this adviser's standing week everywhere.
      ...summer.map(({ from, to, ...row }) => ({
        ...row,
        adviserId: 'A',
        locationId: 'OTHER',
        starts: from,
        ends: to,
      })),
    );
    expect(capacityDays(r, ['2026-07-01', '2026-08-03'], [])).toEqual([
      { locationId: 'L', day: '2026-07-01', stationMinutes: 480, adviserMinutes: 0 },
      { locationId: 'L', day: '2026-08-03', stationMinutes: 840, adviserMinutes: 360 },
    ]);
  });
});
