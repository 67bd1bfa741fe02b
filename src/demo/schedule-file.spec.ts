import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readErrandFiles } from './catalog-files.js';
import { readDemoSchedule, resolveDemoSchedule } from './schedule-file.js';
import type { SchedulingDemo } from './schedule.types.js';

/** The dated parts of the demo, found where the file puts them. */
function keyDates(demo: SchedulingDemo) {
  const location = (code: string) => demo.locations.find((l) => l.code === code)!;
  const adviser = (name: string) => demo.advisers.find((a) => a.name === name)!;
  const summer = location('MAIN').openingHours.find((h) => h.validFrom)!;
  return {
    busDays: location('BUS').openingHours.map((h) => h.validFrom),
    staffDay: location('MAIN').closures,
    sick: adviser('Mette Sørensen').absences,
    holiday: adviser('Jesper Møller').absences,
    summer: [summer.validFrom, summer.validTo],
  };
}

describe('readDemoSchedule (data/schedule.json)', () => {
  it('places the dated parts in the weeks after a Wednesday in November', () => {
    // 2026-11-25 is a Wednesday. Bus: today+10 is Saturday 5 December; the second is the later of
    // today+24 (Saturday 19 December) and a week after the first. Sick day: today+3 is a Saturday,
    // so the next weekday, Monday 30 November. Holiday: the Monday on or after today+7 (Wednesday
    // 2 December), Monday to Friday. Staff day: today+14 is Wednesday 9 December. Winter: +01:00.
    expect(keyDates(readDemoSchedule('2026-11-25'))).toEqual({
      busDays: ['2026-12-05', '2026-12-19'],
      staffDay: [{ startsOn: '2026-12-09', endsOn: '2026-12-09', reason: 'Personaledag' }],
      sick: [
        { startsAt: '2026-11-30T00:00:00+01:00', endsAt: '2026-12-01T00:00:00+01:00', reason: 'Sygdom' },
      ],
      holiday: [
        { startsAt: '2026-12-07T00:00:00+01:00', endsAt: '2026-12-12T00:00:00+01:00', reason: 'Ferie' },
      ],
      summer: ['2027-07-01', '2027-08-14'],
    });
  });

  it('skips days closed every year: a bus event on Saturday 26 December moves a week', () => {
    // today+10 = Saturday 26 December (2. juledag) → Saturday 2 January; the second is a week later.
    // The holiday week runs into the new year; the staff day, Wednesday 30 December, is open.
    expect(keyDates(readDemoSchedule('2026-12-16'))).toMatchObject({
      busDays: ['2027-01-02', '2027-01-09'],
      staffDay: [{ startsOn: '2026-12-30', endsOn: '2026-12-30', reason: 'Personaledag' }],
      sick: [{ startsAt: '2026-12-21T00:00:00+01:00', endsAt: '2026-12-22T00:00:00+01:00' }],
      holiday: [{ startsAt: '2026-12-28T00:00:00+01:00', endsAt: '2027-01-02T00:00:00+01:00' }],
    });
  });

  it('skips Christmas Eve and Christmas Day for the sick day', () => {
    // today+3 = Thursday 24 December; 25 December is closed too, then a weekend.
    expect(keyDates(readDemoSchedule('2026-12-21')).sick).toEqual([
      { startsAt: '2026-12-28T00:00:00+01:00', endsAt: '2026-12-29T00:00:00+01:00', reason: 'Sygdom' },
    ]);
  });

  it('skips Grundlovsdag and writes summer-time offsets', () => {
    // 2027-05-26 is a Wednesday; today+10 = Saturday 5 June (Grundlovsdag) → 12 June.
    expect(keyDates(readDemoSchedule('2027-05-26'))).toMatchObject({
      busDays: ['2027-06-12', '2027-06-19'],
      staffDay: [{ startsOn: '2027-06-09', endsOn: '2027-06-09' }],
      sick: [{ startsAt: '2027-05-31T00:00:00+02:00', endsAt: '2027-06-01T00:00:00+02:00' }],
      holiday: [{ startsAt: '2027-06-07T00:00:00+02:00', endsAt: '2027-06-12T00:00:00+02:00' }],
      summer: ['2027-07-01', '2027-08-14'],
    });
  });

  it('moves summer hours to next year once 14 August has passed', () => {
    expect(keyDates(readDemoSchedule('2027-08-14')).summer).toEqual(['2027-07-01', '2027-08-14']);
    expect(keyDates(readDemoSchedule('2027-08-15')).summer).toEqual(['2028-07-01', '2028-08-14']);
  });

  it('has four places, the hotline and twelve advisers, with unique e-mails and errands from the catalog', () => {
    const demo = readDemoSchedule('2026-11-25');
    expect(demo.locations.map((l) => l.code)).toEqual(['MAIN', 'SMALL', 'LIBRARY', 'BUS', 'HOTLINE']);
    expect(demo.locations.find((l) => l.code === 'HOTLINE')).toMatchObject({ kind: 'hotline', stations: [] });
    expect(new Set(demo.advisers.map((a) => a.email)).size).toBe(12);
    const catalog = new Set(readErrandFiles().map((e) => e.code));
    const lists = [
      ...demo.locations.flatMap((l) => l.stations.map((s) => s.errands)),
      ...demo.advisers.map((a) => a.errands),
    ];
    for (const codes of lists) if (codes !== 'all') for (const code of codes) expect(catalog).toContain(code);
  });

  it('tells how to get to each of the four places, in Danish and English', () => {
    for (const location of readDemoSchedule('2026-11-25').locations) {
      expect(location.directions?.da).toMatch(/\S/);
      expect(location.directions?.en).toMatch(/\S/);
    }
  });

  it('expands a shift pattern and puts the bus driver on the event days', () => {
    const mads = readDemoSchedule('2026-11-25').advisers.find((a) => a.name === 'Mads Thygesen')!;
    expect(mads.workingTimes).toContainEqual({
      location: 'MAIN',
      weekday: 4,
      starts: '09:30',
      ends: '17:15',
    });
    expect(mads.workingTimes.filter((w) => w.location === 'BUS')).toEqual([
      {
        location: 'BUS',
        weekday: 6,
        starts: '09:30',
        ends: '15:30',
        validFrom: '2026-12-05',
        validTo: '2026-12-05',
      },
      {
        location: 'BUS',
        weekday: 6,
        starts: '09:30',
        ends: '15:30',
        validFrom: '2026-12-19',
        validTo: '2026-12-19',
      },
    ]);
  });

  it('refuses a today that is not a date', () => {
    expect(() => readDemoSchedule('2026-02-30')).toThrow('Expected a date "YYYY-MM-DD", got "2026-02-30"');
  });

  it('names the file when it cannot use it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'schedule-file-'));
    try {
      const file = join(dir, 'schedule.json');
      await writeFile(file, JSON.stringify({ locations: [], advisers: [], extra: 1 }));
      expect(() => readDemoSchedule('2026-11-25', file)).toThrow(`${file}: schedule: unknown field "extra"`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('resolveDemoSchedule', () => {
  const small = () => ({
    closedEveryYear: ['12-24'],
    periods: { christmas: { from: '12-20', to: '01-05' } },
    dates: { event: { from: 'today+1', next: 'thursday', open: true }, after: '@event+7' },
    errandGroups: { QUICK: ['FLYT', 'EHIC'] },
    shifts: { day: { monday: '09:00-15:00', thursday: '12:00-16:00', note: 'Notes are for people.' } },
    locations: [
      {
        code: 'MAIN',
        name: 'Borgerservice',
        kind: 'citizen_service',
        address: 'Torvet 1',
        stations: [{ name: 'Skranke', errands: ['@QUICK', 'ATTEST'] }],
        openingHours: [
          { days: ['monday', 'thursday'], hours: '10:00-14:00' },
          { days: 'thursday', hours: '10:00-12:00', during: '@christmas' },
        ],
      },
    ],
    advisers: [
      {
        name: 'Ane',
        email: 'ane@example.dk',
        errands: 'all',
        workingTimes: [{ location: 'MAIN', days: ['monday', 'thursday'], shift: '@day' }],
        absences: [{ from: '@event', to: '@after', reason: 'Ferie' }],
      },
    ],
  });
  type Small = ReturnType<typeof small>;
  const changed = (change: (file: Small) => void) => {
    const file = small();
    change(file);
    return file;
  };

  it('passes directions on, and leaves them out when the file has none', () => {
    const file = changed((f) =>
      Object.assign(f.locations[0], {
        directions: { da: 'Indgang fra torvet', en: 'Enter from the square' },
      }),
    );
    expect(resolveDemoSchedule(file, '2026-12-22').locations[0].directions).toEqual({
      da: 'Indgang fra torvet',
      en: 'Enter from the square',
    });
    expect(resolveDemoSchedule(small(), '2026-12-22').locations[0]).not.toHaveProperty('directions');
  });

  it('expands groups, shift patterns, dates and a period over New Year', () => {
    // Tuesday 22 December 2026: the first Thursday from tomorrow is Christmas Eve (closed) → 31 December.
    const demo = resolveDemoSchedule(small(), '2026-12-22');
    expect(demo.locations[0].stations[0].errands).toEqual(['FLYT', 'EHIC', 'ATTEST']);
    expect(demo.locations[0].openingHours[2]).toEqual({
      weekday: 4,
      opens: '10:00',
      closes: '12:00',
      validFrom: '2026-12-20',
      validTo: '2027-01-05',
    });
    expect(demo.advisers[0].workingTimes).toEqual([
      { location: 'MAIN', weekday: 1, starts: '09:00', ends: '15:00' },
      { location: 'MAIN', weekday: 4, starts: '12:00', ends: '16:00' },
    ]);
    expect(demo.advisers[0].absences).toEqual([
      { startsAt: '2026-12-31T00:00:00+01:00', endsAt: '2027-01-08T00:00:00+01:00', reason: 'Ferie' },
    ]);
  });

  it.each([
    [
      'an unknown errand group',
      changed((f) => (f.locations[0].stations[0].errands = ['@PHOTO'])),
      'locations[0].stations[0].errands[0]: unknown errand group "@PHOTO"',
    ],
    [
      'an unknown shift pattern',
      changed((f) => (f.advisers[0].workingTimes[0].shift = '@night')),
      'advisers[0].workingTimes[0].shift: unknown shift pattern "@night"',
    ],
    [
      'a weekday without a shift',
      changed((f) => f.advisers[0].workingTimes[0].days.push('friday')),
      'advisers[0].workingTimes[0].shift: "@day" has no shift on friday',
    ],
    [
      'a bad date expression',
      changed((f) => (f.dates.after = 'tomorrow')),
      'dates.after: bad date expression "tomorrow"',
    ],
    [
      'a date that uses a date declared below it',
      changed((f) => (f.dates = { after: '@event+7', event: f.dates.event })),
      'dates.after: unknown date "@event"',
    ],
    [
      'an unknown period',
      changed((f) => (f.locations[0].openingHours[1].during = '@easter')),
      'locations[0].openingHours[1].during: unknown period "@easter"',
    ],
    [
      'a misspelt field',
      changed((f) => (f.locations[0].openingHours[0] = { days: ['monday'], hour: '10:00-14:00' } as never)),
      'locations[0].openingHours[0]: unknown field "hour"',
    ],
    [
      'hours that end before they start',
      changed((f) => (f.locations[0].openingHours[0].hours = '14:00-10:00')),
      'locations[0].openingHours[0].hours: "14:00-10:00" ends before it starts',
    ],
    [
      'an unknown weekday',
      changed((f) => (f.locations[0].openingHours[0].days = ['mandag'])),
      'locations[0].openingHours[0].days: expected weekday names',
    ],
    [
      'a working time at an unknown location',
      changed((f) => (f.advisers[0].workingTimes[0].location = 'BUS')),
      'advisers[0].workingTimes[0].location: unknown location "BUS"',
    ],
    [
      'an absence without a reason',
      changed((f) => (f.advisers[0].absences = [{ on: '@event' } as never])),
      'advisers[0].absences[0].reason: missing',
    ],
    [
      'directions in one language only',
      changed((f) => Object.assign(f.locations[0], { directions: { da: 'Indgang fra torvet' } })),
      'locations[0].directions.en: missing',
    ],
  ])('refuses %s', (_what, file, message) => {
    expect(() => resolveDemoSchedule(file, '2026-12-22')).toThrow(message);
  });
});
