import { book, uniqueEmail } from './support/bookings.js';
import request from 'supertest';
import { VISIT_ANSWERS } from './support/flows.js';
import {
  type AdviserSpec,
  givenAdviser,
  givenLocation,
  givenStaff,
  type LocationSpec,
  type WeeklyHours,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { bookingRow, cancelBooking, checkIn, checkInBefore } from './support/visits.js';

/*
 * This file builds its own places and people: Borgerservice Ebeltoft (MAIN,
 * open Monday-Wednesday 10-14, Thursday 10-17, Friday 10-13) with four passport desks and a desk
 * for general errands, the smaller Borgerservice Hornslet (SMALL, Tuesday 10-14 and Thursday 12-17)
 * and the library in Rønde (LIBRARY: one desk for digital help and moving, no passports, Monday and
 * Wednesday 13-16, one adviser).
 */

/** A Wednesday. */
const NOW = '2026-11-25T08:00:00+01:00';
const REFERENCE = /^[ACEFHJKMNPRTUVWXY3479]{4}-[ACEFHJKMNPRTUVWXY3479]{4}$/;
const ERRANDS = ['PAS_VOKSEN', 'FLYT'];
const LIBRARY_ERRANDS = ['DIGITAL_HJAELP', 'MITID_NY', 'FLYT'];
/** MAIN's desks that take passports (sorted); its fifth desk takes moving only. */
const PASSPORT_DESKS = ['Pas og kørekort A', 'Pas og kørekort B', 'Skranke 1', 'Skranke 2 (diskret rum)'];
const MAIN_HOURS: WeeklyHours[] = [
  { days: [1, 2, 3], from: '10:00', to: '14:00' },
  { days: [4], from: '10:00', to: '17:00' },
  { days: [5], from: '10:00', to: '13:00' },
];
const MAIN_SHIFT: WeeklyHours[] = [
  { days: [1, 2, 3], from: '09:30', to: '14:30' },
  { days: [4], from: '09:30', to: '17:15' },
  { days: [5], from: '09:30', to: '13:30' },
];

type Station = { name: string; errands: string[] };

/**
 * The factories, remembering the names this file gives stations and advisers, so that answers
 * naming them can be checked against what was built.
 */
function namedFactories(t: TestApp) {
  const names = new Map<string, string>();
  const location = async (spec: LocationSpec & { stations: Station[] }) => {
    const given = await givenLocation(t, spec);
    given.stationIds.forEach((id, i) => names.set(id, spec.stations[i].name));
    return given;
  };
  const adviser = async (spec: AdviserSpec & { name: string }) => {
    const id = await givenAdviser(t, spec);
    names.set(id, spec.name);
    return id;
  };
  return {
    location,
    adviser,
    /** Borgerservice Ebeltoft with these stations, and advisers by name who work its shift. */
    async main(stations: Station[], advisers: string[]) {
      const main = await location({
        code: 'MAIN',
        name: 'Borgerservice Ebeltoft',
        hours: MAIN_HOURS,
        stations,
      });
      const adviserIds: string[] = [];
      for (const name of advisers)
        adviserIds.push(await adviser({ name, errands: ERRANDS, works: [{ at: main, hours: MAIN_SHIFT }] }));
      return { main, adviserIds };
    },
    /** The name given to a station or adviser. */
    nameOf(id: string): string {
      const name = names.get(id);
      if (name === undefined) throw new Error(`this file named nothing with id ${id}`);
      return name;
    },
  };
}

describe('reception', () => {
  let t: TestApp;
  let reception: string;
  let built: ReturnType<typeof namedFactories>;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    // Listening on a port of its own, so concurrent requests share one server.
    await t.app.listen(0, '127.0.0.1');
    built = namedFactories(t);
    // Five advisers but four passport desks: at most four passport visits start at once.
    await built.main(
      [
        ...PASSPORT_DESKS.map((name) => ({ name, errands: ERRANDS })),
        { name: 'Skranke 5', errands: ['FLYT'] },
      ],
      ['Mette Sørensen', 'Jesper Møller', 'Hanne Kristensen', 'Søren Højgaard', 'Lars Østergaard'],
    );
    const small = await built.location({
      code: 'SMALL',
      name: 'Borgerservice Hornslet',
      hours: [
        { days: [2], from: '10:00', to: '14:00' },
        { days: [4], from: '12:00', to: '17:00' },
      ],
      stations: [{ name: 'Skranke 1', errands: ERRANDS }],
    });
    await built.adviser({
      name: 'Anne Mikkelsen',
      errands: ERRANDS,
      works: [
        {
          at: small,
          hours: [
            { days: [2], from: '09:45', to: '14:15' },
            { days: [4], from: '11:45', to: '17:15' },
          ],
        },
      ],
    });
    // A library: digital help and moving, but no passports.
    const library = await built.location({
      code: 'LIBRARY',
      name: 'Rønde Bibliotek – digital hjælp',
      kind: 'library',
      hours: [{ days: [1, 3], from: '13:00', to: '16:00' }],
      stations: [{ name: 'Hjælpebordet', errands: LIBRARY_ERRANDS }],
    });
    await built.adviser({
      name: 'Birgitte Frandsen',
      errands: LIBRARY_ERRANDS,
      works: [{ at: library, hours: [{ days: [1, 3], from: '12:45', to: '16:15' }] }],
    });
    reception = await givenStaff(t, 'reception');
  });
  afterEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  const arrivals = (location: string, date?: string) =>
    request(t.http)
      .get(`/reception/${location}/arrivals`)
      .query(date ? { date } : {})
      .set('Authorization', reception);
  const walkIn = (body: object) =>
    request(t.http).post('/reception/walk-ins').set('Authorization', reception).send(body);
  const countBookings = async () =>
    (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM bookings'))[0].n;

  describe('arrivals', () => {
    it('lists the day’s bookings of that location only, in time order, with their status', async () => {
      // A Tuesday: MAIN and the smaller office are both open 10-14.
      const karen = await book(t, {
        start: '2026-12-01T12:00:00+01:00',
        citizen: { name: 'Karen Jensen', email: uniqueEmail() },
      });
      const ole = await book(t, {
        start: '2026-12-01T10:00:00+01:00',
        citizen: { name: 'Ole Hansen', email: uniqueEmail() },
      });
      const ib = await book(t, {
        start: '2026-12-01T11:00:00+01:00',
        citizen: { name: 'Ib Madsen', email: uniqueEmail() },
      });
      const lise = await book(t, {
        start: '2026-12-01T13:30:00+01:00',
        errand: 'FLYT',
        citizen: { name: 'Lise Berg', email: uniqueEmail() },
      });
      await cancelBooking(t, ib);
      await book(t, { start: '2026-12-01T10:00:00+01:00', location: 'SMALL' });
      await book(t, { start: '2026-11-30T13:45:00+01:00' });
      await book(t, { start: '2026-12-02T10:00:00+01:00' });

      const res = await arrivals('MAIN', '2026-12-01').expect(200);
      expect(
        res.body.map((v: Record<string, unknown>) => [v.reference, v.start, v.status, v.citizenName]),
      ).toEqual([
        [ole.reference, '2026-12-01T10:00:00+01:00', 'booked', 'Ole Hansen'],
        [ib.reference, '2026-12-01T11:00:00+01:00', 'cancelled', 'Ib Madsen'],
        [karen.reference, '2026-12-01T12:00:00+01:00', 'booked', 'Karen Jensen'],
        [lise.reference, '2026-12-01T13:30:00+01:00', 'booked', 'Lise Berg'],
      ]);
      const flyt = await request(t.http).get('/errands/FLYT').expect(200);
      expect(res.body[3]).toEqual({
        reference: lise.reference,
        status: 'booked',
        start: '2026-12-01T13:30:00+01:00',
        end: '2026-12-01T13:50:00+01:00',
        errand: { code: 'FLYT', name: flyt.body.name as string },
        citizenName: 'Lise Berg',
        documents: flyt.body.documents as string[],
        station: { id: lise.stationId, name: built.nameOf(lise.stationId) },
        adviser: { id: lise.adviserId, name: built.nameOf(lise.adviserId) },
        checkedIn: false,
        queueNumber: null,
        source: 'online',
        outcome: null,
        canDoAloneNextTime: null,
      });
      const small = await arrivals('SMALL', '2026-12-01').expect(200);
      expect(small.body).toHaveLength(1);
    });

    it('shows today by default, takes the location in any case, and shows a check-in', async () => {
      const visit = await book(t, { start: '2026-11-25T13:00:00+01:00' });
      await checkInBefore(t, reception, visit);
      const res = await arrivals('main').expect(200);
      expect(res.body).toContainEqual(
        expect.objectContaining({ reference: visit.reference, status: 'checked_in', checkedIn: true }),
      );
      expect(res.body.every((v: { start: string }) => v.start.startsWith('2026-11-25T'))).toBe(true);
    });

    it('answers 404 LOCATION_NOT_FOUND and 400 VALIDATION_FAILED for a date that is not one', async () => {
      const unknown = await arrivals('NOWHERE', '2026-12-01').expect(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'LOCATION_NOT_FOUND' });
      for (const date of ['tomorrow', '2026-12-1', '2026-02-30']) {
        const res = await arrivals('MAIN', date).expect(400);
        expect(res.body).toMatchObject({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: { fields: [expect.objectContaining({ field: 'date' })] },
        });
      }
    });
  });

  describe('check-in', () => {
    it('gives queue numbers 1, 2, … per location and local day, and minutesEarly', async () => {
      // A Thursday (MAIN 10-17, the smaller office 12-17) and the Friday after.
      const a = await book(t, { start: '2026-11-26T10:00:00+01:00' });
      const b = await book(t, { start: '2026-11-26T10:15:00+01:00' });
      const c = await book(t, { start: '2026-11-26T12:00:00+01:00', location: 'SMALL' });
      const d = await book(t, { start: '2026-11-27T10:00:00+01:00' });

      t.clock.set('2026-11-26T09:50:00+01:00');
      const first = await checkIn(t, reception, a.reference).expect(200);
      expect(first.body).toMatchObject({
        reference: a.reference,
        status: 'checked_in',
        checkedIn: true,
        queueNumber: 1,
        minutesEarly: 10,
        start: '2026-11-26T10:00:00+01:00',
        source: 'online',
      });
      t.clock.set('2026-11-26T09:55:00+01:00');
      const second = await checkIn(t, reception, b.reference).expect(200);
      expect(second.body).toMatchObject({ reference: b.reference, queueNumber: 2, minutesEarly: 20 });

      t.clock.set('2026-11-26T11:45:00+01:00');
      const small = await checkIn(t, reception, c.reference, 'SMALL').expect(200);
      expect(small.body).toMatchObject({ reference: c.reference, queueNumber: 1, minutesEarly: 15 });

      t.clock.set('2026-11-27T09:59:00+01:00');
      const nextDay = await checkIn(t, reception, d.reference).expect(200);
      expect(nextDay.body).toMatchObject({ queueNumber: 1, minutesEarly: 1 });

      expect(await bookingRow(t, a)).toMatchObject({
        status: 'checked_in',
        checked_in_at: new Date('2026-11-26T09:50:00+01:00'),
        queue_day: '2026-11-26',
        queue_number: 1,
      });
      expect(await bookingRow(t, d)).toMatchObject({ queue_day: '2026-11-27', queue_number: 1 });
    });

    it('answers a second check-in alike (same queue number), also for the reference as typed', async () => {
      const visit = await book(t, { start: '2026-11-25T11:00:00+01:00' });
      t.clock.set('2026-11-25T10:40:00+01:00');
      const first = await checkIn(t, reception, visit.reference).expect(200);
      t.clock.set('2026-11-25T10:50:00+01:00');
      const typed = visit.reference.replace('-', '').toLowerCase();
      const again = await checkIn(t, reception, typed).expect(200);
      expect(again.body).toEqual(first.body);
      expect(again.body.minutesEarly).toBe(20);
      expect(await bookingRow(t, visit)).toMatchObject({
        checked_in_at: new Date('2026-11-25T10:40:00+01:00'),
        queue_number: first.body.queueNumber,
      });
    });

    it('refuses outside the window with 422 CHECK_IN_OUTSIDE_WINDOW, accepting its edges', async () => {
      const early = await book(t, { start: '2026-11-25T11:30:00+01:00' });
      const late = await book(t, { start: '2026-11-25T11:45:00+01:00' });

      t.clock.set('2026-11-25T10:59:00+01:00');
      const tooEarly = await checkIn(t, reception, early.reference).expect(422);
      expect(tooEarly.body).toMatchObject({
        statusCode: 422,
        code: 'CHECK_IN_OUTSIDE_WINDOW',
        details: { reason: 'too_early', minutesFromStart: -31, earlyMinutes: 30, lateMinutes: 15 },
      });
      expect(await bookingRow(t, early)).toMatchObject({
        status: 'booked',
        checked_in_at: null,
        queue_number: null,
      });
      t.clock.set('2026-11-25T11:00:00+01:00');
      expect((await checkIn(t, reception, early.reference).expect(200)).body.minutesEarly).toBe(30);

      t.clock.set('2026-11-25T12:01:00+01:00');
      const tooLate = await checkIn(t, reception, late.reference).expect(422);
      expect(tooLate.body).toMatchObject({
        statusCode: 422,
        code: 'CHECK_IN_OUTSIDE_WINDOW',
        details: { reason: 'too_late', minutesFromStart: 16 },
      });
      expect(await bookingRow(t, late)).toMatchObject({ status: 'booked', checked_in_at: null });
      t.clock.set('2026-11-25T12:00:00+01:00');
      expect((await checkIn(t, reception, late.reference).expect(200)).body.minutesEarly).toBe(-15);
    });

    it('refuses a cancelled booking with 409 BOOKING_CANCELLED', async () => {
      const visit = await book(t, { start: '2026-11-25T12:15:00+01:00' });
      await cancelBooking(t, visit);
      t.clock.set('2026-11-25T12:10:00+01:00');
      const res = await checkIn(t, reception, visit.reference).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'BOOKING_CANCELLED' });
      expect(await bookingRow(t, visit)).toMatchObject({ status: 'cancelled', queue_number: null });
    });

    it('refuses a booking of another location with 422 BOOKING_AT_OTHER_LOCATION', async () => {
      const visit = await book(t, { start: '2026-11-25T12:30:00+01:00' });
      t.clock.set('2026-11-25T12:25:00+01:00');
      const res = await checkIn(t, reception, visit.reference, 'LIBRARY').expect(422);
      expect(res.body).toMatchObject({
        statusCode: 422,
        code: 'BOOKING_AT_OTHER_LOCATION',
        details: { location: 'Borgerservice Ebeltoft' },
      });
      expect(await bookingRow(t, visit)).toMatchObject({ status: 'booked', checked_in_at: null });
    });

    it('answers 404 for an unknown reference or location and 400 for a malformed request', async () => {
      const unknown = await checkIn(t, reception, 'ACEF-HJKM').expect(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'BOOKING_NOT_FOUND' });
      const nowhere = await checkIn(t, reception, 'ACEF-HJKM', 'NOWHERE').expect(404);
      expect(nowhere.body).toMatchObject({ statusCode: 404, code: 'LOCATION_NOT_FOUND' });
      const malformed = await request(t.http)
        .post('/reception/check-ins')
        .set('Authorization', reception)
        .send({ reference: 'AB' })
        .expect(400);
      expect(malformed.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(malformed.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'location',
        'reference',
      ]);
    });

    it('gives concurrent check-ins of different bookings distinct queue numbers', async () => {
      // Thursday: four passport stations, so four visits per start.
      const starts = ['2026-12-03T10:00:00+01:00', '2026-12-03T10:15:00+01:00'];
      const visits = [];
      for (const start of starts) for (let i = 0; i < 4; i++) visits.push(await book(t, { start: start }));
      expect(
        visits
          .slice(0, 4)
          .map((v) => built.nameOf(v.stationId))
          .sort(),
      ).toEqual(PASSPORT_DESKS);
      t.clock.set('2026-12-03T09:55:00+01:00');
      // The first citizen is checked in at two desks at once as well.
      const answers = await Promise.all(
        [...visits, visits[0]].map((v) => checkIn(t, reception, v.reference)),
      );
      expect(answers.map((res) => res.status)).toEqual([...visits, visits[0]].map(() => 200));
      const numbers = answers.slice(0, 8).map((res) => res.body.queueNumber as number);
      expect([...numbers].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(answers[8].body.queueNumber).toBe(numbers[0]);
    });
  });

  describe('walk-ins', () => {
    it('hands out self-service guidance without booking anything', async () => {
      const before = await countBookings();
      const res = await walkIn({
        location: 'MAIN',
        errand: 'FLYT',
        answers: { has_mitid: true, moving_abroad: false },
        name: 'Ole Hansen',
      }).expect(200);
      expect(res.body).toMatchObject({
        triage: { errand: { code: 'FLYT' }, outcome: 'self_service', visit: null },
        visit: null,
        nextAvailable: null,
      });
      expect(res.body.triage.selfService.length).toBeGreaterThan(0);
      expect(await countBookings()).toBe(before);
    });

    it('serves a citizen whose triage would offer a call: they are here, so it is a visit', async () => {
      const res = await walkIn({
        location: 'LIBRARY',
        errand: 'MITID_NY',
        answers: { mitid_stopped_working: true, has_chip_id: true, has_cpr: true },
        name: 'Bente Lund',
      }).expect(200);
      expect(res.body.triage).toMatchObject({
        outcome: 'visit',
        reason: 'Det kan klares med hjælp i telefonen, men borgeren er her: hjælp ved skranken i stedet.',
      });
      // A visit now or the next free time: never "handled elsewhere".
      expect(res.body.visit !== null || res.body.nextAvailable !== null).toBe(true);
      const [row] = await t.dataSource.query<{ outcome: string; rule_key: string; source: string }[]>(
        `SELECT outcome, rule_key, source FROM triage_sessions WHERE id = $1`,
        [res.body.triage.id],
      );
      expect(row).toEqual({ outcome: 'visit', rule_key: 'mitid-trouble', source: 'reception' });
      // Leave the library's day (its seats and queue numbers) as the next tests expect it.
      await t.dataSource.query(`DELETE FROM bookings WHERE triage_id = $1`, [res.body.triage.id]);
    });

    it('books the next free time today at that location and checks the citizen in', async () => {
      t.clock.set('2026-11-25T10:20:00+01:00');
      const res = await walkIn({
        location: 'MAIN',
        errand: 'PAS_VOKSEN',
        answers: VISIT_ANSWERS.PAS_VOKSEN,
        name: 'Ole Hansen',
      }).expect(200);
      expect(res.body).toMatchObject({
        triage: { outcome: 'visit', errand: { code: 'PAS_VOKSEN' } },
        visit: {
          reference: expect.stringMatching(REFERENCE) as string,
          status: 'checked_in',
          checkedIn: true,
          start: '2026-11-25T10:30:00+01:00',
          end: '2026-11-25T10:45:00+01:00',
          source: 'walk_in',
          citizenName: 'Ole Hansen',
          queueNumber: expect.any(Number) as number,
        },
        nextAvailable: null,
      });
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT b.status, b.source, b.queue_day::text AS queue_day, b.queue_number, l.code
         FROM bookings b JOIN locations l ON l.id = b.location_id WHERE b.reference = $1`,
        [res.body.visit.reference.replace('-', '')],
      );
      expect(row).toEqual({
        status: 'checked_in',
        source: 'walk_in',
        queue_day: '2026-11-25',
        queue_number: res.body.visit.queueNumber,
        code: 'MAIN',
      });
      const queue = await request(t.http).get('/locations/MAIN/queue').expect(200);
      expect(queue.body.queue).toContainEqual({
        queueNumber: res.body.visit.queueNumber,
        state: 'waiting',
        station: null,
      });
    });

    it('checks a walk-in in even when the first free time today is more than half an hour away', async () => {
      // The library's one desk is taken 13:15-13:35 and 13:45-14:05: a 20-minute visit fits at 14:15.
      await book(t, { start: '2026-11-25T13:15:00+01:00', location: 'LIBRARY', errand: 'FLYT' });
      await book(t, { start: '2026-11-25T13:45:00+01:00', location: 'LIBRARY', errand: 'FLYT' });
      t.clock.set('2026-11-25T13:05:00+01:00');
      const before = await countBookings();
      const res = await walkIn({ location: 'library', errand: 'FLYT', answers: VISIT_ANSWERS.FLYT }).expect(
        200,
      );
      expect(res.body.visit).toMatchObject({
        status: 'checked_in',
        checkedIn: true,
        start: '2026-11-25T14:15:00+01:00',
        source: 'walk_in',
        citizenName: null,
        queueNumber: 1,
      });
      expect(await countBookings()).toBe(before + 1);
    });

    it('says when the next free time is when nothing is free today, and books nothing', async () => {
      t.clock.set('2026-11-25T16:30:00+01:00');
      const before = await countBookings();
      const res = await walkIn({ location: 'LIBRARY', errand: 'FLYT', answers: VISIT_ANSWERS.FLYT }).expect(
        200,
      );
      expect(res.body).toMatchObject({
        triage: { outcome: 'visit' },
        visit: null,
        // The library is open again on Monday at 13.
        nextAvailable: { start: '2026-11-30T13:00:00+01:00', location: 'LIBRARY' },
      });
      expect(await countBookings()).toBe(before);
    });

    it('answers 404 ERRAND_NOT_FOUND, 404 LOCATION_NOT_FOUND, 400 INVALID_ANSWERS and VALIDATION_FAILED', async () => {
      const errand = await walkIn({ location: 'MAIN', errand: 'NO_SUCH_ERRAND', answers: {} }).expect(404);
      expect(errand.body).toMatchObject({ statusCode: 404, code: 'ERRAND_NOT_FOUND' });
      const location = await walkIn({ location: 'NOWHERE', errand: 'FLYT', answers: {} }).expect(404);
      expect(location.body).toMatchObject({ statusCode: 404, code: 'LOCATION_NOT_FOUND' });
      const answers = await walkIn({
        location: 'MAIN',
        errand: 'FLYT',
        answers: { has_mitid: 'yes' },
      }).expect(400);
      expect(answers.body).toMatchObject({ statusCode: 400, code: 'INVALID_ANSWERS' });
      const invalid = await walkIn({ location: 'MAIN', errand: '1; drop', answers: [] }).expect(400);
      expect(invalid.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    });
  });
});

describe('the waiting-room queue', () => {
  let t: TestApp;
  let mette: string;
  let built: ReturnType<typeof namedFactories>;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    built = namedFactories(t);
    const office = await built.main(
      [
        { name: 'Skranke 1', errands: ERRANDS },
        { name: 'Skranke 2 (diskret rum)', errands: ERRANDS },
      ],
      ['Mette Sørensen', 'Jesper Møller'],
    );
    mette = office.adviserIds[0];
  });
  afterAll(() => t.close());

  it('shows queue numbers and, once called, the station; never a name', async () => {
    const reception = await givenStaff(t, 'reception');
    const adviser = await givenStaff(t, 'adviser', { adviserId: mette });
    const citizens = [
      { name: 'Karen Jensen', email: 'karen@example.dk' },
      { name: 'Ole Hansen', phone: '+4512345678' },
      { name: 'Ib Madsen', email: 'ib.madsen@example.dk' },
      { name: 'Lise Berg', phone: '20 30 40 50' },
    ];
    const first = await book(t, {
      adviser: mette,
      start: '2026-11-25T10:00:00+01:00',
      citizen: citizens[0],
    });
    const second = await book(t, { start: '2026-11-25T10:15:00+01:00', citizen: citizens[1] });
    const third = await book(t, { start: '2026-11-25T10:30:00+01:00', citizen: citizens[2] });
    await book(t, { start: '2026-11-25T10:45:00+01:00', citizen: citizens[3] });
    await checkInBefore(t, reception, first);
    await checkInBefore(t, reception, second);
    await checkInBefore(t, reception, third);

    t.clock.set('2026-11-25T10:02:00+01:00');
    await request(t.http).post(`/visits/${first.reference}/call`).set('Authorization', adviser).expect(200);
    const res = await request(t.http).get('/locations/MAIN/queue').expect(200);
    expect(res.body).toEqual({
      location: 'MAIN',
      queue: [
        { queueNumber: 1, state: 'called', station: built.nameOf(first.stationId) },
        { queueNumber: 2, state: 'waiting', station: null },
        { queueNumber: 3, state: 'waiting', station: null },
      ],
    });
    for (const citizen of citizens) {
      for (const value of Object.values(citizen)) expect(res.text).not.toContain(value);
      expect(res.text).not.toContain(citizen.name.split(' ')[1]);
    }
    for (const visit of [first, second, third]) expect(res.text).not.toContain(visit.reference);

    await request(t.http).post(`/visits/${first.reference}/start`).set('Authorization', adviser).expect(200);
    const afterStart = await request(t.http).get('/locations/main/queue').expect(200);
    expect(afterStart.body.queue.map((e: { queueNumber: number }) => e.queueNumber)).toEqual([2, 3]);

    t.clock.set('2026-11-26T09:00:00+01:00');
    const nextDay = await request(t.http).get('/locations/MAIN/queue').expect(200);
    expect(nextDay.body).toEqual({ location: 'MAIN', queue: [] });
  });

  it('answers 404 LOCATION_NOT_FOUND for an unknown location', async () => {
    const res = await request(t.http).get('/locations/NOWHERE/queue').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'LOCATION_NOT_FOUND' });
  });
});
