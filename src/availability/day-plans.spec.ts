import fc from 'fast-check';
import {
  type BookingRules,
  buildDayPlans,
  datesBetween,
  type LocationDay,
  type ScheduleData,
} from './day-plans.js';
import type { Interval } from '../common/time/intervals.js';
import { type DayPlan, slotsForDay } from './slots.js';
import { rowsOn } from '../common/time/weekly-rules.js';

const ZONE = 'Europe/Copenhagen';
const MIN = 60_000;
const utc = (iso: string) => Date.parse(iso);

// ---------------------------------------------------------------------------------------------
// Independent local-time helpers (Intl and hand-written DST rules, not luxon).
// ---------------------------------------------------------------------------------------------

const localFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Local date and minute of the day of an instant in Copenhagen. */
function local(ms: number): { date: string; minute: number; second: number } {
  const part = Object.fromEntries(localFormat.formatToParts(ms).map((p) => [p.type, p.value]));
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    minute: Number(part.hour) * 60 + Number(part.minute),
    second: Number(part.second),
  };
}

/** Summer time in Copenhagen: from 02:00 local on the first day (03:00 after the jump) to 03:00 on the last. */
const SUMMER_TIME = [
  { from: '2026-03-29', to: '2026-10-25' },
  { from: '2027-03-28', to: '2027-10-31' },
];

/** The instant of a local date and minute of the day, outside the hour that a change skips or repeats. */
function copenhagen(date: string, minute: number): number {
  const summer = SUMMER_TIME.some(
    (p) =>
      (date > p.from || (date === p.from && minute >= 180)) &&
      (date < p.to || (date === p.to && minute < 120)),
  );
  return utc(`${date}T00:00:00Z`) + minute * MIN - (summer ? 120 : 60) * MIN;
}

const isoWeekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

// ---------------------------------------------------------------------------------------------
// A hand-built schedule like the demo's main office.
// ---------------------------------------------------------------------------------------------

type OpeningRow = ScheduleData['openingHours'][number];
type WorkRow = ScheduleData['workingTimes'][number];

function hours(
  locationId: string,
  weekdays: number[],
  opens: string,
  closes: string,
  validFrom: string | null = null,
  validTo: string | null = null,
): OpeningRow[] {
  return weekdays.map((weekday) => ({ locationId, weekday, opens, closes, validFrom, validTo }));
}

function work(
  adviserId: string,
  locationId: string,
  weekdays: number[],
  starts: string,
  ends: string,
  validFrom: string | null = null,
  validTo: string | null = null,
): WorkRow[] {
  return weekdays.map((weekday) => ({ adviserId, locationId, weekday, starts, ends, validFrom, validTo }));
}

const MAIN = {
  id: 'loc-main',
  code: 'MAIN',
  name: 'Borgerservice Ebeltoft',
  address: 'Torvegade 8, 8400 Ebeltoft',
  timeZone: ZONE,
  slotMinutes: 15,
  stationIds: ['st-1', 'st-2'],
  stations: [
    { id: 'st-1', name: 'Skranke 1' },
    { id: 'st-2', name: 'Skranke 2' },
  ],
};
const SMALL = {
  id: 'loc-small',
  code: 'SMALL',
  name: 'Borgerservice Hornslet',
  address: 'Hovedgaden 37, 8543 Hornslet',
  timeZone: ZONE,
  slotMinutes: 20,
  stationIds: ['st-9'],
  stations: [{ id: 'st-9', name: 'Skranke 1' }],
};

function schedule(overrides: Partial<ScheduleData> = {}): ScheduleData {
  return {
    locations: [MAIN, SMALL],
    openingHours: [
      // PostgreSQL sends times as "HH:MM:SS".
      ...hours('loc-main', [1, 2, 3], '10:00:00', '14:00:00'),
      ...hours('loc-main', [4], '10:00:00', '17:00:00'),
      ...hours('loc-main', [5], '10:00:00', '13:00:00'),
      // Summer hours: Monday to Thursday only, so Friday is closed in the summer.
      ...hours('loc-main', [1, 2, 3, 4], '10:00:00', '13:00:00', '2026-07-01', '2026-08-14'),
      ...hours('loc-small', [2], '10:00:00', '14:00:00'),
      ...hours('loc-small', [4], '12:00:00', '17:00:00'),
    ],
    closures: [
      { locationId: 'loc-main', startsOn: '2026-12-09', endsOn: '2026-12-09', reason: 'Personaledag' },
    ],
    workingTimes: [
      ...work('anne', 'loc-main', [1, 2, 3, 4, 5], '09:30:00', '14:30:00'),
      ...work('peter', 'loc-small', [2, 4], '09:45:00', '14:15:00'),
      ...work('peter', 'loc-main', [1, 5], '09:30:00', '14:30:00'),
    ],
    absences: [],
    bookings: [],
    ...overrides,
  };
}

const RULES: BookingRules = {
  durationMinutes: 15,
  now: new Date('2026-01-01T00:00:00+01:00'),
  minNoticeMinutes: 120,
  horizonDays: 1000,
  municipalClosedDays: ['06-05', '12-24', '12-31'],
};

function dayAt(days: LocationDay[], locationId: string, date: string): LocationDay {
  const day = days.find((d) => d.location.id === locationId && d.date === date);
  if (!day) throw new Error(`no day ${date} for ${locationId}`);
  return day;
}

function planOf(data: ScheduleData, date: string, locationId = 'loc-main', rules = RULES): DayPlan {
  const day = dayAt(buildDayPlans(data, [date], rules), locationId, date);
  if (!day.plan) throw new Error(`${locationId} is closed on ${date}: ${day.closed}`);
  return day.plan;
}

const between = (from: string, to: string): Interval => ({ start: utc(from), end: utc(to) });

// ---------------------------------------------------------------------------------------------

describe('rowsOn', () => {
  const row = (
    weekday: number,
    validFrom: string | null = null,
    validTo: string | null = null,
    tag = '',
  ) => ({
    weekday,
    validFrom,
    validTo,
    tag,
  });
  const ordinary = [row(1, null, null, 'mon'), row(2, null, null, 'tue'), row(5, null, null, 'fri')];
  const summer = [
    row(1, '2026-07-01', '2026-08-14', 'summer-mon'),
    row(2, '2026-07-01', '2026-08-14', 'summer-tue'),
  ];
  const tags = (rows: { tag: string }[]) => rows.map((r) => r.tag);

  it('gives the open-ended rows of the weekday', () => {
    expect(tags(rowsOn(ordinary, '2026-06-29', 1))).toEqual(['mon']);
    expect(tags(rowsOn(ordinary, '2026-07-01', 3))).toEqual([]);
  });

  it('replaces the open-ended rows with the period rows on the dates they cover, bounds included', () => {
    const rows = [...ordinary, ...summer];
    expect(tags(rowsOn(rows, '2026-06-30', 2))).toEqual(['tue']);
    expect(tags(rowsOn(rows, '2026-07-01', 3))).toEqual([]);
    expect(tags(rowsOn(rows, '2026-07-06', 1))).toEqual(['summer-mon']);
    expect(tags(rowsOn(rows, '2026-08-11', 2))).toEqual(['summer-tue']);
    expect(tags(rowsOn(rows, '2026-08-17', 1))).toEqual(['mon']);
  });

  it('closes a weekday that the period pattern leaves out', () => {
    const rows = [...ordinary, ...summer];
    expect(tags(rowsOn(rows, '2026-07-03', 5))).toEqual([]);
    expect(tags(rowsOn(rows, '2026-08-14', 5))).toEqual([]);
    expect(tags(rowsOn(rows, '2026-06-26', 5))).toEqual(['fri']);
    expect(tags(rowsOn(rows, '2026-08-21', 5))).toEqual(['fri']);
  });

  it('supports periods open at one end and several rows on one weekday', () => {
    const rows = [
      ...ordinary,
      row(1, '2027-01-01', null, 'new-mon-morning'),
      row(1, '2027-01-01', null, 'new-mon-afternoon'),
      row(3, null, '2026-01-31', 'old-wed'),
    ];
    expect(tags(rowsOn(rows, '2027-01-04', 1))).toEqual(['new-mon-morning', 'new-mon-afternoon']);
    expect(tags(rowsOn(rows, '2026-01-28', 3))).toEqual(['old-wed']);
    expect(tags(rowsOn(rows, '2026-01-26', 1))).toEqual([]);
    expect(tags(rowsOn(rows, '2026-02-02', 1))).toEqual(['mon']);
  });

  it('opens a place without open-ended rows only on its event days', () => {
    const bus = [
      row(6, '2026-12-05', '2026-12-05', 'event-1'),
      row(6, '2026-12-19', '2026-12-19', 'event-2'),
    ];
    expect(tags(rowsOn(bus, '2026-12-05', 6))).toEqual(['event-1']);
    expect(tags(rowsOn(bus, '2026-12-12', 6))).toEqual([]);
    expect(tags(rowsOn(bus, '2026-12-19', 6))).toEqual(['event-2']);
  });
});

describe('datesBetween', () => {
  it('lists every local date, inclusive, across month, year and DST changes', () => {
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(datesBetween('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(datesBetween('2026-10-25', '2026-10-25')).toEqual(['2026-10-25']);
    expect(datesBetween('2026-10-26', '2026-10-25')).toEqual([]);
  });
});

describe('buildDayPlans', () => {
  it('gives one day per location and date, closed or with a plan', () => {
    const dates = ['2026-12-01', '2026-12-02'];
    const days = buildDayPlans(schedule(), dates, RULES);
    expect(days.map((d) => `${d.location.code} ${d.date}`)).toEqual([
      'MAIN 2026-12-01',
      'MAIN 2026-12-02',
      'SMALL 2026-12-01',
      'SMALL 2026-12-02',
    ]);
  });

  it('turns a winter weekday into instants at +01:00', () => {
    expect(planOf(schedule(), '2026-12-01')).toEqual({
      origin: utc('2026-11-30T23:00:00Z'),
      stepMs: 15 * MIN,
      durationMs: 15 * MIN,
      openings: [between('2026-12-01T09:00:00Z', '2026-12-01T13:00:00Z')],
      stations: [
        { id: 'st-1', busy: [] },
        { id: 'st-2', busy: [] },
      ],
      // Peter works at SMALL on Tuesdays, so only Anne is here.
      advisers: [
        { id: 'anne', available: [between('2026-12-01T08:30:00Z', '2026-12-01T13:30:00Z')], busy: [] },
      ],
      earliestStart: utc('2026-01-01T02:00:00+01:00'),
      latestStart: utc('2026-01-01T00:00:00+01:00') + 1000 * 24 * 60 * MIN,
    });
  });

  it('turns a summer weekday into instants at +02:00', () => {
    const plan = planOf(schedule(), '2026-06-02');
    expect(plan.origin).toBe(utc('2026-06-01T22:00:00Z'));
    expect(plan.openings).toEqual([between('2026-06-02T08:00:00Z', '2026-06-02T12:00:00Z')]);
  });

  it('uses the location’s own grid and the visit length from the rules', () => {
    const plan = planOf(schedule(), '2026-12-01', 'loc-small', { ...RULES, durationMinutes: 30 });
    expect(plan.stepMs).toBe(20 * MIN);
    expect(plan.durationMs).toBe(30 * MIN);
    expect(plan.stations).toEqual([{ id: 'st-9', busy: [] }]);
    expect(plan.advisers.map((a) => a.id)).toEqual(['peter']);
  });

  it('sets the start bounds from now, the minimum notice and the horizon', () => {
    const now = new Date('2026-11-25T09:07:30+01:00');
    const plan = planOf(schedule(), '2026-12-01', 'loc-main', {
      ...RULES,
      now,
      minNoticeMinutes: 120,
      horizonDays: 60,
    });
    expect(plan.earliestStart).toBe(utc('2026-11-25T11:07:30+01:00'));
    expect(plan.latestStart).toBe(utc('2027-01-24T09:07:30+01:00'));
  });

  describe('summer hours', () => {
    it('replace the ordinary hours from the first to the last day of the period', () => {
      const data = schedule();
      expect(planOf(data, '2026-06-30').openings).toEqual([
        between('2026-06-30T08:00:00Z', '2026-06-30T12:00:00Z'),
      ]);
      expect(planOf(data, '2026-07-01').openings).toEqual([
        between('2026-07-01T08:00:00Z', '2026-07-01T11:00:00Z'),
      ]);
      expect(planOf(data, '2026-08-13').openings).toEqual([
        between('2026-08-13T08:00:00Z', '2026-08-13T11:00:00Z'),
      ]);
      expect(planOf(data, '2026-08-17').openings).toEqual([
        between('2026-08-17T08:00:00Z', '2026-08-17T12:00:00Z'),
      ]);
    });

    it('close Friday, which the summer pattern leaves out, and it offers no slots', () => {
      const data = schedule();
      for (const friday of ['2026-07-03', '2026-08-14']) {
        const plan = planOf(data, friday);
        expect(plan.openings).toEqual([]);
        expect(slotsForDay(plan)).toEqual([]);
      }
      expect(planOf(data, '2026-06-26').openings).toEqual([
        between('2026-06-26T08:00:00Z', '2026-06-26T11:00:00Z'),
      ]);
      expect(slotsForDay(planOf(data, '2026-06-26')).length).toBeGreaterThan(0);
    });
  });

  describe('closed days', () => {
    it.each([
      ['2026-12-25', 'Juledag'],
      ['2026-12-26', 'Anden Juledag'],
      ['2027-01-01', 'Nytårsdag'],
      ['2027-03-26', 'Langfredag'],
      ['2026-12-24', 'Kommunal lukkedag'],
      ['2026-12-31', 'Kommunal lukkedag'],
    ])('closes every location on %s (%s)', (date, reason) => {
      const days = buildDayPlans(schedule(), [date], RULES);
      expect(days).toHaveLength(2);
      for (const day of days) {
        expect(day.closed).toBe(reason);
        expect(day.plan).toBeUndefined();
      }
    });

    it('closes only the location a closure belongs to', () => {
      const days = buildDayPlans(schedule(), ['2026-12-08', '2026-12-09', '2026-12-10'], RULES);
      expect(dayAt(days, 'loc-main', '2026-12-09').closed).toBe('Personaledag');
      expect(dayAt(days, 'loc-main', '2026-12-08').plan).toBeDefined();
      expect(dayAt(days, 'loc-main', '2026-12-10').plan).toBeDefined();
      expect(dayAt(days, 'loc-small', '2026-12-09').closed).toBeUndefined();
    });

    it('closes every location for a closure without a location, over its whole period', () => {
      const data = schedule({
        closures: [
          { locationId: null, startsOn: '2026-12-14', endsOn: '2026-12-15', reason: 'Systemopdatering' },
        ],
      });
      const days = buildDayPlans(data, ['2026-12-14', '2026-12-15', '2026-12-16'], RULES);
      expect(days.filter((d) => d.closed).map((d) => `${d.location.code} ${d.date} ${d.closed}`)).toEqual([
        'MAIN 2026-12-14 Systemopdatering',
        'MAIN 2026-12-15 Systemopdatering',
        'SMALL 2026-12-14 Systemopdatering',
        'SMALL 2026-12-15 Systemopdatering',
      ]);
    });

    it('cuts the hours of a closure for part of the day out of that day’s openings only', () => {
      const data = schedule({
        closures: [
          {
            locationId: 'loc-main',
            startsOn: '2026-12-08',
            endsOn: '2026-12-08',
            reason: 'Personalemøde',
            closedFrom: '11:00:00',
            closedTo: '12:30:00',
          },
        ],
      });
      const days = buildDayPlans(data, ['2026-12-08', '2026-12-10'], RULES);
      const meeting = dayAt(days, 'loc-main', '2026-12-08');
      expect(meeting.closed).toBeUndefined();
      expect(meeting.plan!.openings).toEqual([
        { start: Date.parse('2026-12-08T10:00:00+01:00'), end: Date.parse('2026-12-08T11:00:00+01:00') },
        { start: Date.parse('2026-12-08T12:30:00+01:00'), end: Date.parse('2026-12-08T14:00:00+01:00') },
      ]);
      expect(dayAt(days, 'loc-main', '2026-12-10').plan!.openings).toEqual([
        { start: Date.parse('2026-12-10T10:00:00+01:00'), end: Date.parse('2026-12-10T17:00:00+01:00') },
      ]);
    });

    it('leaves a weekday without opening rows open but empty, with no reason', () => {
      const day = dayAt(buildDayPlans(schedule(), ['2026-12-05'], RULES), 'loc-main', '2026-12-05');
      expect(day.closed).toBeUndefined();
      expect(day.plan?.openings).toEqual([]);
    });
  });

  describe('advisers', () => {
    it('cut an absence out of the working time, and no slot uses the adviser during it', () => {
      const data = schedule({
        absences: [
          { adviserId: 'anne', startsAt: '2026-12-01T11:00:00+01:00', endsAt: '2026-12-01T12:00:00+01:00' },
        ],
      });
      const plan = planOf(data, '2026-12-01');
      expect(plan.advisers).toEqual([
        {
          id: 'anne',
          available: [
            between('2026-12-01T08:30:00Z', '2026-12-01T10:00:00Z'),
            between('2026-12-01T11:00:00Z', '2026-12-01T13:30:00Z'),
          ],
          busy: [],
        },
      ]);
      const starts = slotsForDay(plan).map((slot) => local(slot.start).minute);
      expect(starts).toContain(10 * 60 + 45);
      expect(starts).toContain(12 * 60);
      expect(starts.filter((m) => m > 10 * 60 + 45 && m < 12 * 60)).toEqual([]);
    });

    it('leave out an adviser absent all day (sick) and one on a week’s holiday', () => {
      const data = schedule({
        absences: [
          { adviserId: 'anne', startsAt: '2026-11-30T00:00:00+01:00', endsAt: '2026-12-01T00:00:00+01:00' },
          { adviserId: 'peter', startsAt: '2026-12-07T00:00:00+01:00', endsAt: '2026-12-12T00:00:00+01:00' },
        ],
      });
      expect(planOf(data, '2026-11-30').advisers.map((a) => a.id)).toEqual(['peter']);
      expect(planOf(data, '2026-12-01').advisers.map((a) => a.id)).toEqual(['anne']);
      expect(planOf(data, '2026-12-11').advisers.map((a) => a.id)).toEqual(['anne']);
      expect(planOf(data, '2026-12-14').advisers.map((a) => a.id)).toEqual(['anne', 'peter']);
      expect(planOf(data, '2026-12-10', 'loc-small').advisers).toEqual([]);
    });

    it('join touching shifts at one location and ignore shifts at other locations', () => {
      const data = schedule({
        workingTimes: [
          ...work('anne', 'loc-main', [2], '09:00', '12:00'),
          ...work('anne', 'loc-main', [2], '12:00', '15:00'),
          ...work('anne', 'loc-small', [2], '15:00', '16:00'),
        ],
      });
      expect(planOf(data, '2026-12-01').advisers).toEqual([
        { id: 'anne', available: [between('2026-12-01T08:00:00Z', '2026-12-01T14:00:00Z')], busy: [] },
      ]);
      expect(planOf(data, '2026-12-01', 'loc-small').advisers).toEqual([
        { id: 'anne', available: [between('2026-12-01T14:00:00Z', '2026-12-01T15:00:00Z')], busy: [] },
      ]);
    });

    it('work on an event day at the event place only, and keep their ordinary week otherwise', () => {
      const bus = { ...SMALL, id: 'loc-bus', code: 'BUS', stationIds: ['st-bus'], slotMinutes: 15 };
      const data = schedule({
        locations: [MAIN, bus],
        openingHours: [
          ...schedule().openingHours,
          ...hours('loc-bus', [6], '10:00', '15:00', '2026-12-05', '2026-12-05'),
        ],
        workingTimes: [
          ...work('mads', 'loc-main', [1, 2, 3, 4], '09:30', '14:30'),
          ...work('mads', 'loc-bus', [6], '09:30', '15:30', '2026-12-05', '2026-12-05'),
        ],
      });
      const days = buildDayPlans(data, ['2026-12-04', '2026-12-05', '2026-12-07', '2026-12-12'], RULES);
      expect(dayAt(days, 'loc-bus', '2026-12-05').plan?.openings).toEqual([
        between('2026-12-05T09:00:00Z', '2026-12-05T14:00:00Z'),
      ]);
      expect(dayAt(days, 'loc-bus', '2026-12-05').plan?.advisers.map((a) => a.id)).toEqual(['mads']);
      expect(dayAt(days, 'loc-bus', '2026-12-12').plan?.openings).toEqual([]);
      expect(dayAt(days, 'loc-bus', '2026-12-07').plan?.advisers).toEqual([]);
      expect(dayAt(days, 'loc-main', '2026-12-07').plan?.advisers.map((a) => a.id)).toEqual(['mads']);
      expect(dayAt(days, 'loc-main', '2026-12-04').plan?.advisers).toEqual([]);
    });
  });

  describe('bookings', () => {
    it('make stations busy here and advisers busy wherever the booking is', () => {
      const data = schedule({
        bookings: [
          {
            stationId: 'st-1',
            adviserId: 'anne',
            startsAt: '2026-12-01T10:00:00+01:00',
            endsAt: '2026-12-01T10:15:00+01:00',
          },
          {
            stationId: 'st-9',
            adviserId: 'peter',
            startsAt: '2026-11-30T12:00:00+01:00',
            endsAt: '2026-11-30T12:30:00+01:00',
          },
        ],
      });
      const plan = planOf(data, '2026-12-01');
      expect(plan.stations).toEqual([
        { id: 'st-1', busy: [between('2026-12-01T09:00:00Z', '2026-12-01T09:15:00Z')] },
        { id: 'st-2', busy: [] },
      ]);
      expect(plan.advisers[0].busy).toEqual([between('2026-12-01T09:00:00Z', '2026-12-01T09:15:00Z')]);
      // Peter's booking at SMALL keeps him busy in his MAIN plan of the same instants.
      const monday = planOf(data, '2026-11-30');
      expect(monday.advisers.find((a) => a.id === 'peter')?.busy).toEqual([
        between('2026-11-30T11:00:00Z', '2026-11-30T11:30:00Z'),
      ]);
      const tenOClock = slotsForDay(plan).find((slot) => slot.start === utc('2026-12-01T09:00:00Z'));
      expect(tenOClock).toBeUndefined();
      const quarterPast = slotsForDay(plan).find((slot) => slot.start === utc('2026-12-01T09:15:00Z'));
      expect(quarterPast?.stationIds).toEqual(['st-1', 'st-2']);
    });
  });

  describe('daylight saving time', () => {
    const sundays = schedule({
      openingHours: [...schedule().openingHours, ...hours('loc-main', [7], '01:00', '05:00')],
      workingTimes: work('anne', 'loc-main', [7], '00:30', '05:30'),
    });

    it('maps 10:00 local to 09:00Z before and 08:00Z after the March change', () => {
      expect(planOf(schedule(), '2026-03-27').openings[0].start).toBe(utc('2026-03-27T09:00:00Z'));
      expect(planOf(schedule(), '2026-03-30').openings[0].start).toBe(utc('2026-03-30T08:00:00Z'));
      expect(planOf(schedule(), '2026-03-29').origin).toBe(utc('2026-03-28T23:00:00Z'));
      expect(planOf(schedule(), '2026-03-30').origin).toBe(utc('2026-03-29T22:00:00Z'));
    });

    it('maps 10:00 local to 08:00Z before and 09:00Z after the October change', () => {
      expect(planOf(schedule(), '2026-10-23').openings[0].start).toBe(utc('2026-10-23T08:00:00Z'));
      expect(planOf(schedule(), '2026-10-26').openings[0].start).toBe(utc('2026-10-26T09:00:00Z'));
      expect(planOf(schedule(), '2026-10-25').origin).toBe(utc('2026-10-24T22:00:00Z'));
      expect(planOf(schedule(), '2026-10-26').origin).toBe(utc('2026-10-25T23:00:00Z'));
    });

    it('gives the spring-forward night 01:00-05:00 three hours, skipping 02:00-03:00 local', () => {
      const plan = planOf(sundays, '2026-03-29');
      expect(plan.openings).toEqual([between('2026-03-29T00:00:00Z', '2026-03-29T03:00:00Z')]);
      const starts = slotsForDay(plan).map((slot) => hhmm(local(slot.start).minute));
      expect(starts).toHaveLength(12);
      expect(starts.slice(3, 5)).toEqual(['01:45', '03:00']);
    });

    it('gives the fall-back night 01:00-05:00 five hours, with 02:00-03:00 local twice', () => {
      const plan = planOf(sundays, '2026-10-25');
      expect(plan.openings).toEqual([between('2026-10-24T23:00:00Z', '2026-10-25T04:00:00Z')]);
      const starts = slotsForDay(plan).map((slot) => hhmm(local(slot.start).minute));
      expect(starts).toHaveLength(20);
      expect(starts.filter((s) => s === '02:30')).toHaveLength(2);
      for (const start of starts) expect(Number(start.slice(3)) % 15).toBe(0);
    });

    it('closes Easter 2027 around the March change', () => {
      const days = buildDayPlans(schedule(), datesBetween('2027-03-26', '2027-03-29'), RULES);
      expect(days.filter((d) => d.location.id === 'loc-main').map((d) => d.closed ?? 'open')).toEqual([
        'Langfredag',
        'open',
        'Påskedag',
        'Anden påskedag',
      ]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated schedules on the days around the clock changes.
// ---------------------------------------------------------------------------------------------

const DST_DATES = [
  ...datesBetween('2026-03-27', '2026-03-30'),
  ...datesBetween('2026-10-23', '2026-10-26'),
  ...datesBetween('2027-03-26', '2027-03-29'),
];
const HOLIDAYS = new Map([
  ['2027-03-26', 'Langfredag'],
  ['2027-03-28', 'Påskedag'],
  ['2027-03-29', 'Anden påskedag'],
]);

/** Local minutes of the day in office hours (06:00-23:00), away from the hour a change skips or repeats. */
const localSpan = fc
  .tuple(fc.integer({ min: 360, max: 1200 }), fc.integer({ min: 5, max: 480 }))
  .map(([from, length]) => ({ from, to: Math.min(from + length, 1380) }));

const weekPattern = fc.array(fc.option(localSpan, { nil: undefined }), { minLength: 7, maxLength: 7 });

const generated = fc.record({
  opening: weekPattern,
  advisers: fc.array(weekPattern, { minLength: 1, maxLength: 3 }),
  slotMinutes: fc.constantFrom(15, 30, 60),
  duration: fc.integer({ min: 5, max: 90 }),
  date: fc.constantFrom(...DST_DATES),
});

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function generatedSchedule(g: Generated): ScheduleData {
  return {
    locations: [{ ...MAIN, slotMinutes: g.slotMinutes }],
    openingHours: g.opening.flatMap((span, index) =>
      span ? hours('loc-main', [index + 1], hhmm(span.from), hhmm(span.to)) : [],
    ),
    closures: [],
    workingTimes: g.advisers.flatMap((pattern, a) =>
      pattern.flatMap((span, index) =>
        span ? work(`adviser-${a}`, 'loc-main', [index + 1], hhmm(span.from), hhmm(span.to)) : [],
      ),
    ),
    absences: [],
    bookings: [],
  };
}

const farRules: BookingRules = { ...RULES, minNoticeMinutes: 0, municipalClosedDays: [] };

describe('buildDayPlans around the clock changes (properties)', () => {
  it('maps local rows to the right instants and starts the day at local midnight', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const [day] = buildDayPlans(generatedSchedule(g), [g.date], {
          ...farRules,
          durationMinutes: g.duration,
        });
        if (HOLIDAYS.has(g.date)) {
          expect(day.closed).toBe(HOLIDAYS.get(g.date));
          return;
        }
        const plan = day.plan!;
        const weekday = isoWeekday(g.date);
        expect(plan.origin).toBe(copenhagen(g.date, 0));
        expect(local(plan.origin)).toEqual({ date: g.date, minute: 0, second: 0 });
        const open = g.opening[weekday - 1];
        expect(plan.openings).toEqual(
          open ? [{ start: copenhagen(g.date, open.from), end: copenhagen(g.date, open.to) }] : [],
        );
        const working = g.advisers.flatMap((pattern, a) => {
          const span = pattern[weekday - 1];
          return span
            ? [
                {
                  id: `adviser-${a}`,
                  available: [{ start: copenhagen(g.date, span.from), end: copenhagen(g.date, span.to) }],
                },
              ]
            : [];
        });
        expect(plan.advisers.map(({ id, available }) => ({ id, available }))).toEqual(working);
      }),
      { numRuns: 400 },
    );
  });

  it('offers exactly the local grid times inside opening and working hours', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const [day] = buildDayPlans(generatedSchedule(g), [g.date], {
          ...farRules,
          durationMinutes: g.duration,
        });
        if (!day.plan) return;
        const weekday = isoWeekday(g.date);
        const slots = slotsForDay(day.plan);
        for (const slot of slots) {
          const start = local(slot.start);
          expect(start.date).toBe(g.date);
          expect(start.second).toBe(0);
          expect(start.minute % 15).toBe(0);
          expect(start.minute % g.slotMinutes).toBe(0);
          expect(slot.end - slot.start).toBe(g.duration * MIN);
        }
        // The same answer worked out in local wall-clock minutes.
        const open = g.opening[weekday - 1];
        const expected: number[] = [];
        if (open) {
          for (
            let m = Math.ceil(open.from / g.slotMinutes) * g.slotMinutes;
            m + g.duration <= open.to;
            m += g.slotMinutes
          ) {
            const staffed = g.advisers.some((pattern) => {
              const span = pattern[weekday - 1];
              return span !== undefined && span.from <= m && m + g.duration <= span.to;
            });
            if (staffed) expected.push(m);
          }
        }
        expect(slots.map((slot) => local(slot.start).minute)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('lets period rows replace the open-ended rows on the dates they cover, closing days they leave out', () => {
    const dates = datesBetween('2026-06-22', '2026-08-30');
    fc.assert(
      fc.property(
        fc.constantFrom(...dates),
        fc.constantFrom(...dates),
        weekPattern,
        weekPattern,
        fc.constantFrom(...dates),
        (a, b, ordinary, period, date) => {
          const [validFrom, validTo] = a <= b ? [a, b] : [b, a];
          const data = schedule({
            locations: [MAIN],
            openingHours: [
              ...ordinary.flatMap((s, i) => (s ? hours('loc-main', [i + 1], hhmm(s.from), hhmm(s.to)) : [])),
              ...period.flatMap((s, i) =>
                s ? hours('loc-main', [i + 1], hhmm(s.from), hhmm(s.to), validFrom, validTo) : [],
              ),
            ],
          });
          const inPeriod = validFrom <= date && date <= validTo && period.some((s) => s !== undefined);
          const span = (inPeriod ? period : ordinary)[isoWeekday(date) - 1];
          // Summer time everywhere in these dates: +02:00.
          const expected = span
            ? [
                {
                  start: utc(`${date}T${hhmm(span.from)}:00+02:00`),
                  end: utc(`${date}T${hhmm(span.to)}:00+02:00`),
                },
              ]
            : [];
          expect(planOf(data, date).openings).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cuts absences out of the working time, minute by minute', () => {
    // Minutes from local midnight of the generated date: part of a day, or several days (a holiday).
    const absence = fc.tuple(
      fc.integer({ min: -1560, max: 1560 }),
      fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 600, max: 4000 })),
    );
    fc.assert(
      fc.property(generated, fc.array(absence, { minLength: 1, maxLength: 3 }), (g, generatedAbsences) => {
        const absences = generatedAbsences.map(([from, length]) => {
          const start = copenhagen(g.date, 0) + from * MIN;
          return {
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + length * MIN).toISOString(),
          };
        });
        const data = {
          ...generatedSchedule(g),
          absences: absences.map((a) => ({ adviserId: 'adviser-0', ...a })),
        };
        const [day] = buildDayPlans(data, [g.date], { ...farRules, durationMinutes: g.duration });
        if (!day.plan) return;
        const span = g.advisers[0][isoWeekday(g.date) - 1];
        const available = day.plan.advisers.find((a) => a.id === 'adviser-0')?.available ?? [];
        // Every minute of the hours that working time can take (06:00-23:00), listed where it differs.
        const wrong: string[] = [];
        for (let m = 360; m < 1380; m++) {
          const instant = copenhagen(g.date, m);
          const working = span !== undefined && span.from <= m && m < span.to;
          const absent = absences.some((a) => utc(a.startsAt) <= instant && instant < utc(a.endsAt));
          if (available.some((i) => i.start <= instant && instant < i.end) !== (working && !absent)) {
            wrong.push(hhmm(m));
          }
        }
        expect(wrong).toEqual([]);
        for (const slot of slotsForDay(day.plan)) {
          if (!slot.adviserIds.includes('adviser-0')) continue;
          for (const a of absences)
            expect(utc(a.startsAt) < slot.end && slot.start < utc(a.endsAt)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
