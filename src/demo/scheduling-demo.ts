import type {
  DemoAdviser,
  DemoLocation,
  DemoWeeklyHours,
  DemoWorkingTime,
  LocalDate,
  LocalTime,
  SchedulingDemo,
  Weekday,
} from './scheduling-demo.types.js';

/*
 * Demo scheduling data for a fictional, Syddjurs-like municipality: four places to meet an adviser
 * (a main Borgerservice, a smaller office, a library and the citizen bus) and ten advisers. Addresses
 * and names are invented. Opening hours follow the estimate in the shared calendar reference.
 */

// Errands that need the photo, fingerprint and signature equipment of a passport station.
const PASSPORT_AND_LICENCE = [
  'PAS_VOKSEN',
  'PAS_BARN',
  'PAS_MISTET',
  'PAS_AFHENT',
  'KK_FORNY',
  'KK_DUPLIKAT',
  'KK_FOERSTE',
];
const PHOTO_ID = [...PASSPORT_AND_LICENCE, 'LEGITIMATIONSKORT'];

// Everything that any desk can handle: no photo or fingerprint equipment needed.
const GENERAL = [
  'MITID_NY',
  'DIGPOST_FRITAG',
  'FLYT',
  'LAEGE_SKIFT',
  'SUNDHEDSKORT',
  'EHIC',
  'ADRESSEBESKYT',
  'ATTEST',
  'FOLKEPENSION',
  'BOLIGSTOETTE',
  'NEMKONTO',
  'INDREJSE_EU',
  'DIGITAL_HJAELP',
];

// Short general errands that a passport station also takes between photo errands; the long
// conversations (pension, housing benefit, EU residence, MitID, digital help) and protected
// addresses go to the other desks, so the photo equipment stays free.
const QUICK_GENERAL = ['DIGPOST_FRITAG', 'FLYT', 'LAEGE_SKIFT', 'SUNDHEDSKORT', 'EHIC', 'ATTEST', 'NEMKONTO'];

// What the library helps with: self-service and digital help, no identity documents.
const LIBRARY_ERRANDS = [
  'DIGITAL_HJAELP',
  'MITID_NY',
  'DIGPOST_FRITAG',
  'FLYT',
  'SUNDHEDSKORT',
  'EHIC',
  'BOLIGSTOETTE',
  'FOLKEPENSION',
  'NEMKONTO',
  'LAEGE_SKIFT',
];

// What the citizen bus can do with a laptop and an ID scanner at a town event.
const BUS_ERRANDS = ['MITID_NY', 'DIGITAL_HJAELP', 'DIGPOST_FRITAG', 'FLYT', 'SUNDHEDSKORT', 'FOLKEPENSION'];

// Days the municipality is closed every year (public holidays with a fixed date, plus Grundlovsdag,
// Juleaftensdag and Nytårsaftensdag); the demo never puts an event, closure or sick day on them.
const FIXED_CLOSED_DAYS = ['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'];

type Span = readonly [from: LocalTime, to: LocalTime];
type WeekPattern = Partial<Record<Weekday, Span>>;

// One adviser shift per day, slightly around the opening hours of each place.
const MAIN_SHIFTS: WeekPattern = {
  1: ['09:30', '14:30'],
  2: ['09:30', '14:30'],
  3: ['09:30', '14:30'],
  4: ['09:30', '17:15'],
  5: ['09:30', '13:30'],
};
const SMALL_SHIFTS: WeekPattern = { 2: ['09:45', '14:15'], 4: ['11:45', '17:15'] };
const LIBRARY_SHIFTS: WeekPattern = { 1: ['12:45', '16:15'], 3: ['12:45', '16:15'] };

/**
 * The demo is built relative to the day it is loaded, so that a fresh demo always has bus events,
 * absences and a closure in the coming weeks, whatever the date. `today` is a local date in
 * Europe/Copenhagen ("YYYY-MM-DD").
 */
export function buildSchedulingDemo(today: string): SchedulingDemo {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || addDays(today, 0) !== today) {
    throw new Error(`Expected a date "YYYY-MM-DD", got "${today}"`);
  }

  const summer = summerPeriod(today);
  const busDays = [openSaturdayOnOrAfter(addDays(today, 10))];
  busDays.push(openSaturdayOnOrAfter(maxDate(addDays(today, 24), addDays(busDays[0], 7))));
  const staffDay = openDayOnOrAfter(addDays(today, 14), [3]);
  const sickDay = openDayOnOrAfter(addDays(today, 3), [1, 2, 3, 4, 5]);
  const holidayMonday = firstOnOrAfter(addDays(today, 7), 1);

  const locations: DemoLocation[] = [
    {
      code: 'MAIN',
      name: 'Borgerservice Ebeltoft',
      kind: 'citizen_service',
      address: 'Torvegade 8, 8400 Ebeltoft',
      stations: [
        { name: 'Skranke 1', errands: 'all' },
        { name: 'Skranke 2 (diskret rum)', errands: 'all' },
        { name: 'Pas og kørekort A', errands: [...PHOTO_ID, ...QUICK_GENERAL] },
        { name: 'Pas og kørekort B', errands: [...PHOTO_ID, ...QUICK_GENERAL] },
        { name: 'Skranke 5', errands: GENERAL },
        { name: 'Skranke 6', errands: GENERAL },
      ],
      openingHours: [
        // Wednesday is "booked appointments only" in the reference; this API only serves booked
        // visits and walk-ins, so Wednesday gets ordinary hours.
        ...week([1, 2, 3], '10:00', '14:00'),
        ...week([4], '10:00', '17:00'),
        ...week([5], '10:00', '13:00'),
        // Summer hours override the rows above; Friday has no summer row, so it is closed.
        ...week([1, 2, 3, 4], '10:00', '13:00', summer),
      ],
      closures: [{ startsOn: staffDay, endsOn: staffDay, reason: 'Personaledag' }],
    },
    {
      code: 'SMALL',
      name: 'Borgerservice Hornslet',
      kind: 'citizen_service',
      address: 'Hovedgaden 37, 8543 Hornslet',
      stations: [
        { name: 'Skranke 1', errands: 'all' },
        { name: 'Skranke 2', errands: GENERAL },
      ],
      openingHours: [...week([2], '10:00', '14:00'), ...week([4], '12:00', '17:00')],
    },
    {
      code: 'LIBRARY',
      name: 'Rønde Bibliotek – digital hjælp',
      kind: 'library',
      address: 'Bibliotekstorvet 2, 8410 Rønde',
      stations: [{ name: 'Hjælpebordet', errands: LIBRARY_ERRANDS }],
      openingHours: week([1, 3], '13:00', '16:00'),
    },
    {
      code: 'BUS',
      name: 'Borgerbussen',
      kind: 'mobile',
      address: 'Borgerbussen – kører til arrangementer i kommunen',
      stations: [{ name: 'Bussens skranke', errands: BUS_ERRANDS }],
      // Only the event days: the bus has no open-ended rows, so it is closed on every other day.
      openingHours: busDays.flatMap((day) => week([isoWeekday(day)], '10:00', '15:00', onDay(day))),
    },
  ];

  const advisers: DemoAdviser[] = [
    // Main office, full time or part time; 3-4 of these six work on each open day.
    adviser('Mette Sørensen', 'all', workAt('MAIN', [1, 2, 3, 4, 5], MAIN_SHIFTS), [
      { startsAt: startOfDay(sickDay), endsAt: endOfDay(sickDay), reason: 'Sygdom' },
    ]),
    adviser('Jesper Møller', 'all', workAt('MAIN', [2, 3, 4, 5], MAIN_SHIFTS), [
      {
        startsAt: startOfDay(holidayMonday),
        endsAt: endOfDay(addDays(holidayMonday, 4)),
        reason: 'Ferie',
      },
    ]),
    adviser('Hanne Kristensen', 'all', workAt('MAIN', [1, 2, 4], MAIN_SHIFTS)),
    adviser('Lars Østergaard', GENERAL, workAt('MAIN', [2, 3], MAIN_SHIFTS)),
    adviser('Camilla Bæk', GENERAL, workAt('MAIN', [3, 5], MAIN_SHIFTS)),
    adviser('Søren Højgaard', PHOTO_ID, workAt('MAIN', [1, 4, 5], MAIN_SHIFTS)),
    // Split between Hornslet (Tuesday and Thursday) and the main office.
    adviser('Anne Mikkelsen', 'all', [
      ...workAt('SMALL', [2, 4], SMALL_SHIFTS),
      ...workAt('MAIN', [1, 3, 5], MAIN_SHIFTS),
    ]),
    adviser('Peter Ågaard', 'all', [
      ...workAt('SMALL', [2, 4], SMALL_SHIFTS),
      ...workAt('MAIN', [1, 5], MAIN_SHIFTS),
    ]),
    // The library's digital helper, at the main office on the library's closed days.
    adviser('Birgitte Frandsen', LIBRARY_ERRANDS, [
      ...workAt('LIBRARY', [1, 3], LIBRARY_SHIFTS),
      ...workAt('MAIN', [2, 4], MAIN_SHIFTS),
    ]),
    // Drives the citizen bus on its event days.
    adviser('Mads Thygesen', 'all', [
      ...workAt('MAIN', [1, 2, 3, 4], MAIN_SHIFTS),
      ...busDays.map((day): DemoWorkingTime => ({
        location: 'BUS',
        weekday: isoWeekday(day),
        starts: '09:30',
        ends: '15:30',
        ...onDay(day),
      })),
    ]),
  ];

  return { locations, advisers };
}

function adviser(
  name: string,
  errands: string[] | 'all',
  workingTimes: DemoWorkingTime[],
  absences?: DemoAdviser['absences'],
): DemoAdviser {
  return { name, email: emailFor(name), errands, workingTimes, ...(absences ? { absences } : {}) };
}

/** "Søren Højgaard" → "soeren.hoejgaard@syddjurs-demo.dk": first and last name, æ/ø/å spelled out. */
function emailFor(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z ]/g, '');
  const parts = ascii.split(' ').filter(Boolean);
  return `${parts[0]}.${parts[parts.length - 1]}@syddjurs-demo.dk`;
}

function week(
  weekdays: Weekday[],
  opens: LocalTime,
  closes: LocalTime,
  period: { validFrom?: LocalDate; validTo?: LocalDate } = {},
): DemoWeeklyHours[] {
  return weekdays.map((weekday) => ({ weekday, opens, closes, ...period }));
}

function workAt(location: string, weekdays: Weekday[], shifts: WeekPattern): DemoWorkingTime[] {
  return weekdays.map((weekday) => {
    const shift = shifts[weekday];
    if (!shift) throw new Error(`No ${location} shift on weekday ${weekday}`);
    return { location, weekday, starts: shift[0], ends: shift[1] };
  });
}

function onDay(day: LocalDate): { validFrom: LocalDate; validTo: LocalDate } {
  return { validFrom: day, validTo: day };
}

/** The summer that has not ended yet: July 1 to August 14 of this year, or of next year after it. */
function summerPeriod(today: LocalDate): { validFrom: LocalDate; validTo: LocalDate } {
  let year = Number(today.slice(0, 4));
  if (today > `${year}-08-14`) year += 1;
  return { validFrom: `${year}-07-01`, validTo: `${year}-08-14` };
}

function addDays(date: LocalDate, n: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + n)).toISOString().slice(0, 10);
}

function isoWeekday(date: LocalDate): Weekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

function firstOnOrAfter(date: LocalDate, weekday: Weekday): LocalDate {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

function isFixedClosedDay(date: LocalDate): boolean {
  return FIXED_CLOSED_DAYS.includes(date.slice(5));
}

/** The first date on or after `date` that falls on one of `weekdays` and is not a fixed closed day. */
function openDayOnOrAfter(date: LocalDate, weekdays: Weekday[]): LocalDate {
  let day = date;
  while (!weekdays.includes(isoWeekday(day)) || isFixedClosedDay(day)) day = addDays(day, 1);
  return day;
}

function openSaturdayOnOrAfter(date: LocalDate): LocalDate {
  return openDayOnOrAfter(date, [6]);
}

function lastSundayOf(year: number, month: number): LocalDate {
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return addDays(lastDay, -(isoWeekday(lastDay) % 7));
}

/**
 * Copenhagen's UTC offset at 00:00 local on `date`. Summer time starts at 02:00 on the last Sunday of
 * March and ends at 03:00 on the last Sunday of October, so midnight of the first day is still +01:00
 * and midnight of the last day is still +02:00.
 */
function copenhagenOffsetAtMidnight(date: LocalDate): string {
  const year = Number(date.slice(0, 4));
  return date > lastSundayOf(year, 3) && date <= lastSundayOf(year, 10) ? '+02:00' : '+01:00';
}

function startOfDay(date: LocalDate): string {
  return `${date}T00:00:00${copenhagenOffsetAtMidnight(date)}`;
}

/** 24:00 local on `date`, written as 00:00 of the next day (with that day's offset). */
function endOfDay(date: LocalDate): string {
  return startOfDay(addDays(date, 1));
}
