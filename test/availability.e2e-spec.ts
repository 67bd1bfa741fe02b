import request from 'supertest';
import { givenAdviser, givenLocation, type GivenLocation, type WeeklyHours } from './support/factories.js';
import { freeSlots, type SlotView, visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * This file builds its own four places, so the opening hours, the bus's event
 * days, the staff day and who can take a passport that the tests assert on are all written below.
 */

const NOW = '2026-11-25T09:00:00+01:00';
const MIN = 60_000;

type Day = { date: string; slots: SlotView[] };

/** The bus's two event days (Saturdays): its only opening hours. */
const BUS_DAYS = ['2026-12-05', '2026-12-19'];
/** A Wednesday: MAIN is closed for a staff day. */
const STAFF_DAY = '2026-12-09';

const isoWeekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;

/** Opening hours of the places (ISO weekdays, local times); a row with a period is valid on those dates only. */
const HOURS: Record<string, WeeklyHours[]> = {
  MAIN: [
    { days: [1, 2, 3], from: '10:00', to: '14:00' },
    { days: [4], from: '10:00', to: '17:00' },
    { days: [5], from: '10:00', to: '13:00' },
  ],
  SMALL: [
    { days: [2], from: '10:00', to: '14:00' },
    { days: [4], from: '12:00', to: '17:00' },
  ],
  LIBRARY: [{ days: [1, 3], from: '13:00', to: '16:00' }],
  // No weekly rows: the bus is closed on every day but its event days.
  BUS: BUS_DAYS.map((date) => ({
    days: [isoWeekday(date)],
    from: '10:00',
    to: '15:00',
    validFrom: date,
    validTo: date,
  })),
};

/** The hours of HOURS at a location on a date (no place here mixes weekly and dated rows, or has two a day). */
function hoursOn(code: string, date: string): [string, string] | undefined {
  const row = HOURS[code].find(
    ({ days = [], validFrom, validTo }) =>
      days.includes(isoWeekday(date)) &&
      (validFrom === undefined || validFrom <= date) &&
      (validTo === undefined || date <= validTo),
  );
  return row && [row.from, row.to];
}

/**
 * The four places: passports only at MAIN and SMALL, where a station takes them; a change of address
 * everywhere. Every adviser handles both errands and works longer than their place is open, so
 * opening hours, closures and stations decide the slots here, not the staff.
 */
async function givenPlaces(t: TestApp): Promise<void> {
  const both = ['PAS_VOKSEN', 'FLYT'];
  const main = await givenLocation(t, {
    code: 'MAIN',
    hours: HOURS.MAIN,
    errands: both,
    closures: [{ startsOn: STAFF_DAY, endsOn: STAFF_DAY, reason: 'Personaledag' }],
  });
  const small = await givenLocation(t, { code: 'SMALL', hours: HOURS.SMALL, errands: both });
  // Digital help, no identity documents: its station cannot take a passport.
  const library = await givenLocation(t, {
    code: 'LIBRARY',
    kind: 'library',
    hours: HOURS.LIBRARY,
    errands: ['FLYT'],
  });
  const bus = await givenLocation(t, { code: 'BUS', kind: 'mobile', hours: HOURS.BUS, errands: ['FLYT'] });
  const adviser = (at: GivenLocation, days: number[], from: string, to: string) =>
    givenAdviser(t, { errands: both, works: [{ at, hours: [{ days, from, to }] }] });
  await adviser(main, [1, 2, 3, 4, 5], '09:30', '17:15');
  await adviser(small, [2, 4], '09:30', '17:15');
  await adviser(library, [1, 3], '12:45', '16:15');
  // The driver is on duty every Saturday; the bus itself opens only on its event days.
  await adviser(bus, [6], '09:30', '15:30');
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/;
const local = (iso: string) => ({ date: iso.slice(0, 10), time: iso.slice(11, 16), offset: iso.slice(19) });

function datesFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 24 * 60 * MIN).toISOString().slice(0, 10),
  );
}

const allSlots = (days: Day[]) => days.flatMap((day) => day.slots);
const slotsOn = (days: Day[], date: string) => days.find((day) => day.date === date)!.slots;
const codes = (slots: SlotView[]) => [...new Set(slots.map((slot) => slot.location.code))].sort();

/** The rules every offered slot follows, whatever the errand and the day. */
function expectWellFormed(days: Day[], minutes: number, offsetOf: (date: string) => string): void {
  for (const day of days) {
    let previous: SlotView | undefined;
    for (const slot of day.slots) {
      expect(slot.start).toMatch(ISO_WITH_OFFSET);
      expect(slot.end).toMatch(ISO_WITH_OFFSET);
      const start = local(slot.start);
      expect(start.date).toBe(day.date);
      expect(start.offset).toBe(offsetOf(day.date));
      expect(local(slot.end).offset).toBe(offsetOf(day.date));
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(minutes * MIN);
      expect(Number(start.time.slice(3)) % 15).toBe(0);
      expect(slot.capacity).toBeGreaterThanOrEqual(1);
      expect(slot.freeStations).toBeGreaterThanOrEqual(slot.capacity);
      if (previous) {
        const order = Date.parse(previous.start) - Date.parse(slot.start);
        expect(order < 0 || (order === 0 && previous.location.code < slot.location.code)).toBe(true);
      }
      previous = slot;
    }
  }
}

/** Every slot lies inside the location's opening hours of that weekday (or event day). */
function expectInsideOpeningHours(days: Day[]): void {
  for (const day of days) {
    for (const slot of day.slots) {
      const [opens, closes] = hoursOn(slot.location.code, day.date) ?? ['closed', 'closed'];
      const inside = local(slot.start).time >= opens && local(slot.end).time <= closes;
      expect({ slot: `${slot.location.code} ${slot.start}`, opens, closes, inside }).toMatchObject({
        inside: true,
      });
    }
  }
}

describe('GET /availability', () => {
  let t: TestApp;
  let passport: string;
  let moving: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenPlaces(t);
    passport = await visitTriage(t.http, 'PAS_VOKSEN');
    moving = await visitTriage(t.http, 'FLYT');
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(NOW));

  const availability = (query: Record<string, string>) => request(t.http).get('/availability').query(query);

  /** Runs `body` with the clock at `now` and a fresh visit triage made then, restoring the clock. */
  async function at<T>(now: string, errand: string, body: (triage: string) => Promise<T>): Promise<T> {
    t.clock.set(now);
    try {
      return await body(await visitTriage(t.http, errand));
    } finally {
      t.clock.set(NOW);
    }
  }

  describe('happy path', () => {
    it('lists every day of the range in order, with the triage, errand and visit length', async () => {
      const res = await availability({ triage: passport, from: '2026-11-30', to: '2026-12-13' }).expect(200);
      expect(res.body).toMatchObject({
        triage: passport,
        errand: { code: 'PAS_VOKSEN', name: expect.any(String) as string },
        minutes: 15,
        from: '2026-11-30',
        to: '2026-12-13',
      });
      expect(res.body.days.map((day: Day) => day.date)).toEqual(datesFrom('2026-11-30', 14));
    });

    it('offers passport visits of 15 minutes on the quarter hours, sorted, at +01:00 in winter', async () => {
      const days = await freeSlots(t.http, { triage: passport, from: '2026-11-30', to: '2026-12-13' });
      expect(allSlots(days).length).toBeGreaterThan(50);
      expectWellFormed(days, 15, () => '+01:00');
      expectInsideOpeningHours(days);
    });

    it('offers a passport only where a station can take it: never at the library or the bus', async () => {
      const days = await freeSlots(t.http, { triage: passport, from: '2026-11-25', to: '2026-12-25' });
      expect(codes(allSlots(days))).toEqual(['MAIN', 'SMALL']);
      // The library exists, but cannot take passports: an empty answer, not an error.
      const library = await freeSlots(t.http, {
        triage: passport,
        from: '2026-11-30',
        to: '2026-12-13',
        location: 'LIBRARY',
      });
      expect(library).toHaveLength(14);
      expect(allSlots(library)).toEqual([]);
    });

    it('offers a change of address at every kind of place, inside their hours, 20 minutes long', async () => {
      const days = await freeSlots(t.http, { triage: moving, from: '2026-11-25', to: '2026-12-25' });
      expect(days).toHaveLength(31);
      expect(codes(allSlots(days))).toEqual(['BUS', 'LIBRARY', 'MAIN', 'SMALL']);
      expectWellFormed(days, 20, () => '+01:00');
      expectInsideOpeningHours(days);
    });

    it('has no slots on weekends, except the bus on its event days', async () => {
      const days = await freeSlots(t.http, { triage: moving, from: '2026-11-25', to: '2026-12-25' });
      for (const day of days) {
        const weekend = isoWeekday(day.date) >= 6;
        if (BUS_DAYS.includes(day.date)) {
          expect(day.slots.length).toBeGreaterThan(0);
          expect(codes(day.slots)).toEqual(['BUS']);
        } else if (weekend) {
          expect(day.slots).toEqual([]);
        }
      }
    });

    it('sends the bus only to its event days, from opening to closing', async () => {
      const days = await freeSlots(t.http, {
        triage: moving,
        from: '2026-11-25',
        to: '2026-12-25',
        location: 'BUS',
      });
      const busy = days.filter((day) => day.slots.length > 0).map((day) => day.date);
      expect(busy).toEqual(BUS_DAYS);
      for (const date of BUS_DAYS) {
        const times = slotsOn(days, date).map((slot) => local(slot.start).time);
        expect(times[0]).toBe('10:00');
        expect(times.at(-1)).toBe('14:30'); // 14:30 + 20 minutes ≤ 15:00; 14:45 would end 15:05
      }
    });

    it('names the errand in English on request', async () => {
      const res = await availability({ triage: moving, from: '2026-12-01', to: '2026-12-01' })
        .set('Accept-Language', 'en')
        .expect(200);
      expect(res.body.errand).toEqual({ code: 'FLYT', name: 'Report change of address' });
    });

    it('defaults to two weeks from today', async () => {
      const res = await availability({ triage: passport }).expect(200);
      expect(res.body).toMatchObject({ from: '2026-11-25', to: '2026-12-08' });
      expect(res.body.days.map((day: Day) => day.date)).toEqual(datesFrom('2026-11-25', 14));
    });
  });

  describe('minimum notice', () => {
    it('offers nothing before 11:00 when asked at 09:00, the first slot being 11:00', async () => {
      const days = await freeSlots(t.http, { triage: passport, from: '2026-11-25', to: '2026-11-26' });
      const today = slotsOn(days, '2026-11-25');
      expect(today.length).toBeGreaterThan(0);
      for (const slot of today)
        expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.parse('2026-11-25T11:00:00+01:00'));
      expect(today[0].start).toBe('2026-11-25T11:00:00+01:00');
      // Tomorrow is not affected: it starts at opening time.
      expect(slotsOn(days, '2026-11-26')[0].start).toBe('2026-11-26T10:00:00+01:00');
    });

    it('rounds the earliest start up to the next grid time', async () => {
      t.clock.set('2026-11-25T09:07:00+01:00');
      const days = await freeSlots(t.http, { triage: passport, from: '2026-11-25', to: '2026-11-25' });
      expect(days[0].slots[0].start).toBe('2026-11-25T11:15:00+01:00');
    });

    it('offers nothing on days before today', async () => {
      const days = await freeSlots(t.http, { triage: passport, from: '2026-11-20', to: '2026-11-24' });
      expect(days).toHaveLength(5);
      expect(allSlots(days)).toEqual([]);
    });
  });

  describe('closed days', () => {
    it('closes on Christmas Eve, Christmas Day, Boxing Day and New Year’s Eve', async () => {
      const days = await freeSlots(t.http, { triage: moving, from: '2026-12-21', to: '2026-12-31' });
      for (const date of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31']) {
        expect({ date, slots: slotsOn(days, date) }).toEqual({ date, slots: [] });
      }
      for (const date of [
        '2026-12-21',
        '2026-12-22',
        '2026-12-23',
        '2026-12-28',
        '2026-12-29',
        '2026-12-30',
      ]) {
        expect(slotsOn(days, date).length).toBeGreaterThan(0);
      }
    });

    it('closes MAIN on its staff day, while the library stays open', async () => {
      const days = await freeSlots(t.http, { triage: moving, from: '2026-12-02', to: '2026-12-16' });
      expect(codes(slotsOn(days, STAFF_DAY))).toEqual(['LIBRARY']);
      // The Wednesdays before and after have MAIN slots.
      expect(codes(slotsOn(days, '2026-12-02'))).toContain('MAIN');
      expect(codes(slotsOn(days, '2026-12-16'))).toContain('MAIN');
      const main = await freeSlots(t.http, {
        triage: moving,
        from: STAFF_DAY,
        to: STAFF_DAY,
        location: 'MAIN',
      });
      expect(main).toEqual([{ date: STAFF_DAY, slots: [] }]);
    });
  });

  describe('location filter', () => {
    it('filters by code, in any case', async () => {
      const all = await freeSlots(t.http, { triage: moving, from: '2026-11-30', to: '2026-12-06' });
      for (const location of ['MAIN', 'main', 'Main']) {
        const main = await freeSlots(t.http, {
          triage: moving,
          from: '2026-11-30',
          to: '2026-12-06',
          location,
        });
        expect(allSlots(main).length).toBeGreaterThan(0);
        expect(main).toEqual(
          all.map((day) => ({
            date: day.date,
            slots: day.slots.filter((slot) => slot.location.code === 'MAIN'),
          })),
        );
      }
    });

    it('filters by id', async () => {
      const all = await freeSlots(t.http, { triage: moving, from: '2026-11-30', to: '2026-12-06' });
      const small = allSlots(all).find((slot) => slot.location.code === 'SMALL')!.location;
      const days = await freeSlots(t.http, {
        triage: moving,
        from: '2026-11-30',
        to: '2026-12-06',
        location: small.id,
      });
      expect(allSlots(days).length).toBeGreaterThan(0);
      expect(codes(allSlots(days))).toEqual(['SMALL']);
      expect(allSlots(days)[0].location).toEqual(small);
    });

    it.each(['NOWHERE', '3f1c1f5e-2b0a-4c7e-9a55-0d2b8c1e4f77'])(
      'answers an unknown location %s with 404 LOCATION_NOT_FOUND',
      async (location) => {
        const res = await availability({ triage: moving, location }).expect(404);
        expect(res.body).toMatchObject({
          statusCode: 404,
          code: 'LOCATION_NOT_FOUND',
          details: { location },
        });
      },
    );
  });

  describe('booking horizon', () => {
    it('offers nothing after now + 60 days', async () => {
      // Thursday 11:00 + 60 days = Monday 2027-01-25 11:00, when MAIN is open 10:00-14:00.
      const days = await at('2026-11-26T11:00:00+01:00', 'PAS_VOKSEN', (triage) =>
        freeSlots(t.http, { triage, from: '2027-01-18', to: '2027-01-31' }),
      );
      const limit = Date.parse('2027-01-25T11:00:00+01:00');
      for (const slot of allSlots(days)) expect(Date.parse(slot.start)).toBeLessThanOrEqual(limit);
      const lastDay = slotsOn(days, '2027-01-25');
      expect(lastDay.map((slot) => local(slot.start).time)).toEqual(
        expect.arrayContaining(['10:00', '11:00']),
      );
      expect(lastDay.at(-1)!.start).toBe('2027-01-25T11:00:00+01:00');
      expect(allSlots(days.filter((day) => day.date > '2027-01-25'))).toEqual([]);
      expect(slotsOn(days, '2027-01-21').length).toBeGreaterThan(0);
    });
  });

  describe('daylight saving time', () => {
    it('moves from +01:00 to +02:00 at the end of March 2027, keeping 10:00 local opening', async () => {
      const days = await at('2027-03-20T09:00:00+01:00', 'PAS_VOKSEN', (triage) =>
        freeSlots(t.http, { triage, from: '2027-03-24', to: '2027-03-31' }),
      );
      expect(days.map((day) => day.date)).toEqual(datesFrom('2027-03-24', 8));
      expectWellFormed(days, 15, (date) => (date < '2027-03-28' ? '+01:00' : '+02:00'));
      expectInsideOpeningHours(days);
      // Easter: Maundy Thursday, Good Friday, Easter Sunday and Monday are public holidays.
      for (const date of ['2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29']) {
        expect({ date, slots: slotsOn(days, date) }).toEqual({ date, slots: [] });
      }
      const before = slotsOn(days, '2027-03-24').filter((slot) => slot.location.code === 'MAIN');
      const after = slotsOn(days, '2027-03-31').filter((slot) => slot.location.code === 'MAIN');
      expect(before[0].start).toBe('2027-03-24T10:00:00+01:00');
      expect(after[0].start).toBe('2027-03-31T10:00:00+02:00');
      expect(new Date(before[0].start).toISOString()).toBe('2027-03-24T09:00:00.000Z');
      expect(new Date(after[0].start).toISOString()).toBe('2027-03-31T08:00:00.000Z');
      expect(before.at(-1)!.end).toBe('2027-03-24T14:00:00+01:00');
      expect(after.at(-1)!.end).toBe('2027-03-31T14:00:00+02:00');
    });

    it('moves from +02:00 to +01:00 at the end of October 2026, keeping 10:00 local opening', async () => {
      const days = await at('2026-10-20T09:00:00+02:00', 'PAS_VOKSEN', (triage) =>
        freeSlots(t.http, { triage, from: '2026-10-21', to: '2026-10-28' }),
      );
      expectWellFormed(days, 15, (date) => (date < '2026-10-25' ? '+02:00' : '+01:00'));
      expectInsideOpeningHours(days);
      const before = slotsOn(days, '2026-10-21').filter((slot) => slot.location.code === 'MAIN');
      const after = slotsOn(days, '2026-10-28').filter((slot) => slot.location.code === 'MAIN');
      expect(before[0].start).toBe('2026-10-21T10:00:00+02:00');
      expect(after[0].start).toBe('2026-10-28T10:00:00+01:00');
      expect(new Date(before[0].start).toISOString()).toBe('2026-10-21T08:00:00.000Z');
      expect(new Date(after[0].start).toISOString()).toBe('2026-10-28T09:00:00.000Z');
      // The same local hours on both sides: as many MAIN slots on the two Wednesdays.
      expect(after).toHaveLength(before.length);
    });
  });

  describe('errors', () => {
    it('answers a reversed range with 400 DATE_RANGE_REVERSED', async () => {
      const res = await availability({ triage: passport, from: '2026-12-10', to: '2026-12-01' }).expect(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        code: 'DATE_RANGE_REVERSED',
        details: { from: '2026-12-10', to: '2026-12-01' },
      });
      const before = await availability({ triage: passport, to: '2026-11-24' }).expect(400);
      expect(before.body.code).toBe('DATE_RANGE_REVERSED');
    });

    it('accepts 31 days and answers 32 with 400 DATE_RANGE_TOO_LONG', async () => {
      const ok = await availability({ triage: passport, from: '2026-12-01', to: '2026-12-31' }).expect(200);
      expect(ok.body.days).toHaveLength(31);
      const res = await availability({ triage: passport, from: '2026-12-01', to: '2027-01-01' }).expect(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        code: 'DATE_RANGE_TOO_LONG',
        details: { days: 32, maxDays: 31 },
      });
    });

    it('counts calendar days across a clock change', async () => {
      const res = await availability({ triage: passport, from: '2027-03-01', to: '2027-03-31' }).expect(200);
      expect(res.body.days).toHaveLength(31);
      const long = await availability({ triage: passport, from: '2026-10-01', to: '2026-11-01' }).expect(400);
      expect(long.body.code).toBe('DATE_RANGE_TOO_LONG');
    });

    it.each([
      [{ triage: 'not-a-uuid' }, 'triage'],
      [{ from: '2026-12-1' }, 'from'],
      [{ from: '01-12-2026' }, 'from'],
      [{ to: '2026-13-01' }, 'to'],
      [{ to: '2026-12-01T10:00' }, 'to'],
      [{ from: '2026-02-30' }, 'from'],
      [{ from: '2026-04-31' }, 'from'],
      [{ to: '2027-02-29' }, 'to'],
      [{ location: '' }, 'location'],
      [{ location: 'X'.repeat(65) }, 'location'],
      [{ colour: 'blue' }, 'colour'],
    ])('answers %j with 400 VALIDATION_FAILED naming %s', async (query, field) => {
      const res = await availability({ triage: passport, ...query }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    });

    it('accepts a leap day', async () => {
      const res = await availability({ triage: passport, from: '2028-02-29', to: '2028-03-01' }).expect(200);
      expect(res.body.days.map((day: Day) => day.date)).toEqual(['2028-02-29', '2028-03-01']);
    });

    it('answers a missing triage parameter with 400 VALIDATION_FAILED', async () => {
      const res = await request(t.http).get('/availability').query({ from: '2026-12-01' }).expect(400);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { fields: [{ field: 'triage' }] },
      });
    });

    it('answers an unknown triage with 404 TRIAGE_NOT_FOUND', async () => {
      const res = await availability({ triage: '8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f' }).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'TRIAGE_NOT_FOUND' });
    });

    it('answers a self-service triage with 422 TRIAGE_NOT_VISIT', async () => {
      const triage = await request(t.http)
        .post('/triage')
        .send({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } })
        .expect(201);
      expect(triage.body.outcome).toBe('self_service');
      const res = await availability({ triage: triage.body.id as string }).expect(422);
      expect(res.body).toMatchObject({
        statusCode: 422,
        code: 'TRIAGE_NOT_VISIT',
        details: { triage: triage.body.id },
      });
    });

    it('answers an expired triage with 422 TRIAGE_EXPIRED, and the same triage works before expiry', async () => {
      const res = await request(t.http).get(`/triage/${passport}`).expect(200);
      const expiresAt = res.body.expiresAt as string;
      expect(expiresAt).toBe('2026-11-26T08:00:00.000Z');
      t.clock.set(expiresAt);
      try {
        const expired = await availability({ triage: passport }).expect(422);
        expect(expired.body).toMatchObject({
          statusCode: 422,
          code: 'TRIAGE_EXPIRED',
          details: { triage: passport, expiresAt },
        });
        t.clock.set(new Date(Date.parse(expiresAt) - 1));
        await availability({ triage: passport }).expect(200);
      } finally {
        t.clock.set(NOW);
      }
      await availability({ triage: passport }).expect(200);
    });
  });
});
