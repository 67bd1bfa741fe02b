import { openingDays, openingText } from './opening-days.js';

const week = [
  { weekday: 1, opens: '10:00:00', closes: '14:00:00', validFrom: null, validTo: null },
  { weekday: 4, opens: '14:00:00', closes: '17:00:00', validFrom: null, validTo: null },
  { weekday: 4, opens: '10:00:00', closes: '12:00:00', validFrom: null, validTo: null },
];

describe('openingDays', () => {
  it('reads each date’s weekly hours, earliest first, closed days without hours', () => {
    // Monday 7 … Thursday 10 December 2026.
    const days = openingDays(week, [], ['2026-12-07', '2026-12-08', '2026-12-10'], []);
    expect(days).toEqual([
      { date: '2026-12-07', hours: [{ opens: '10:00', closes: '14:00' }] },
      { date: '2026-12-08', hours: [] },
      {
        date: '2026-12-10',
        hours: [
          { opens: '10:00', closes: '12:00' },
          { opens: '14:00', closes: '17:00' },
        ],
      },
    ]);
  });

  it('lets rows with a period replace the ordinary week', () => {
    const summer = {
      weekday: 1,
      opens: '10:00',
      closes: '13:00',
      validFrom: '2027-07-01',
      validTo: '2027-08-14',
    };
    const [monday] = openingDays([...week, summer], [], ['2027-07-05'], []);
    expect(monday.hours).toEqual([{ opens: '10:00', closes: '13:00' }]);
  });

  it('closes public holidays, municipal closed days and closures, and says why', () => {
    const closures = [{ startsOn: '2026-12-07', endsOn: '2026-12-07', reason: 'Personaledag' }];
    const days = openingDays(
      [...week, { weekday: 5, opens: '10:00', closes: '13:00', validFrom: null, validTo: null }],
      closures,
      ['2026-12-07', '2026-12-24', '2026-12-25'],
      ['12-24'],
    );
    expect(days).toEqual([
      { date: '2026-12-07', hours: [], closed: 'Personaledag' },
      { date: '2026-12-24', hours: [], closed: 'Kommunal lukkedag' },
      { date: '2026-12-25', hours: [], closed: 'Juledag' },
    ]);
  });

  it('cuts the hours of a closure for part of the day out, and names it when nothing is left', () => {
    const meeting = {
      startsOn: '2026-12-07',
      endsOn: '2026-12-10',
      reason: 'Møde',
      closedFrom: '11:00',
      closedTo: '14:30',
    };
    expect(openingDays(week, [meeting], ['2026-12-07', '2026-12-10'], [])).toEqual([
      { date: '2026-12-07', hours: [{ opens: '10:00', closes: '11:00' }] },
      {
        date: '2026-12-10',
        hours: [
          { opens: '10:00', closes: '11:00' },
          { opens: '14:30', closes: '17:00' },
        ],
      },
    ]);
    const allOpenHours = { ...meeting, closedFrom: '09:00', closedTo: '15:00' };
    expect(openingDays(week, [allOpenHours], ['2026-12-07', '2026-12-08'], [])).toEqual([
      { date: '2026-12-07', hours: [], closed: 'Møde' },
      { date: '2026-12-08', hours: [] },
    ]);
  });

  it('does not name a holiday on a day that is closed anyway', () => {
    // Saturday 26 December 2026 is Anden juledag, and the place never opens on Saturdays.
    expect(openingDays(week, [], ['2026-12-26'], [])).toEqual([{ date: '2026-12-26', hours: [] }]);
  });
});

describe('openingText', () => {
  const day = {
    date: '2026-12-10',
    hours: [
      { opens: '10:00', closes: '12:00' },
      { opens: '14:00', closes: '17:00' },
    ],
  };

  it('writes hours as Danes and the English read them', () => {
    expect(openingText(day, 'da')).toBe('10.00–12.00, 14.00–17.00');
    expect(openingText(day, 'en')).toBe('10:00–12:00, 14:00–17:00');
  });

  it('says closed, and why when there is a reason', () => {
    expect(openingText({ date: '2026-12-25', hours: [], closed: 'Juledag' }, 'da')).toBe('Lukket (Juledag)');
    expect(openingText({ date: '2026-12-08', hours: [] }, 'en')).toBe('Closed');
  });
});
