import request from 'supertest';
import { StaffBookingsService } from '../src/bookings/staff-bookings.service.js';
import { givenAdviser, givenLocation, type GivenLocation, givenStaff } from './support/factories.js';
import { type Hotline, givenHotline, mitidTriage, postCallback, uniquePhone } from './support/callbacks.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { calendarEvents, textOf } from './support/ical.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * Callbacks from the hotline through the citizen API: the triage offers one, availability lists
 * the hotline's times (never as a place to visit), POST /bookings books a call (no station, a free
 * hotline adviser, the citizen's phone), and it is moved, cancelled, handed over and guarded like a
 * visit. MITID_NY (demo catalog) has phone help of 20 minutes; a visit takes 30. The hotline is
 * open weekdays 08:00-16:00 with two advisers; MAIN serves MITID_NY visits at one station.
 */

/** A Wednesday morning. */
const NOW = '2026-11-25T09:00:00+01:00';
/** Thursday. */
const DAY = '2026-11-26';
const AT_TEN = `${DAY}T10:00:00+01:00`;

describe('callbacks from the hotline', () => {
  let t: TestApp;
  let hotline: Hotline;
  let main: GivenLocation;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    hotline = await givenHotline(t, { advisers: 2 });
    main = await givenLocation(t, { code: 'MAIN', errands: ['MITID_NY'] });
    await givenAdviser(t, {
      errands: ['MITID_NY'],
      works: [{ at: main, hours: [{ from: '09:00', to: '16:00' }] }],
    });
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(NOW));

  const bookingRow = (reference: string) =>
    t.dataSource
      .query<
        { id: string; station_id: string | null; adviser_id: string; location_id: string; starts_at: Date }[]
      >('SELECT id, station_id, adviser_id, location_id, starts_at FROM bookings WHERE reference = $1', [
        reference.replace('-', ''),
      ])
      .then(([row]) => row);

  describe('the triage', () => {
    it('offers a callback instead of a visit, with the errand’s phone minutes and reason', async () => {
      const res = await request(t.http)
        .get(`/triage/${await mitidTriage(t.http, 'callbackOnly')}`)
        .expect(200);
      expect(res.body.outcome).toBe('callback');
      expect(res.body.visit).toBeNull();
      expect(res.body.callback).toEqual({ minutes: 20, reason: expect.stringContaining('telefonen') });
    });

    it('offers one next to a visit when the rule says so, and none for a visit-only rule', async () => {
      const both = await request(t.http)
        .get(`/triage/${await mitidTriage(t.http, 'visitAndCallback')}`)
        .set('Accept-Language', 'en')
        .expect(200);
      expect(both.body.outcome).toBe('visit');
      expect(both.body.visit).toMatchObject({ minutes: 30 });
      expect(both.body.callback).toEqual({ minutes: 20, reason: expect.stringContaining('on the phone') });
      const visitOnly = await request(t.http)
        .get(`/triage/${await mitidTriage(t.http, 'visitOnly')}`)
        .expect(200);
      expect(visitOnly.body.callback).toBeNull();
    });
  });

  describe('availability', () => {
    it('lists hotline times for a callback triage: free advisers, no stations, the call’s length', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const res = await request(t.http)
        .get('/availability')
        .query({ triage, from: DAY, to: DAY })
        .expect(200);
      expect(res.body).toMatchObject({ kind: 'callback', minutes: 20 });
      const slots = res.body.days[0].slots as { start: string; end: string; location: { code: string } }[];
      expect(new Set(slots.map((s) => s.location.code))).toEqual(new Set(['HOTLINE']));
      expect(slots.find((s) => s.start === AT_TEN)).toMatchObject({
        end: `${DAY}T10:20:00+01:00`,
        freeStations: 0,
        capacity: 2,
      });
    });

    it('lists the hotline for a visit triage that offers a call only when asked for the hotline', async () => {
      const triage = await mitidTriage(t.http, 'visitAndCallback');
      const calls = await request(t.http)
        .get('/availability')
        .query({ triage, from: DAY, to: DAY, location: 'hotline' })
        .expect(200);
      expect(calls.body.kind).toBe('callback');
      expect(calls.body.days[0].slots.length).toBeGreaterThan(0);
      const visits = await request(t.http)
        .get('/availability')
        .query({ triage, from: DAY, to: DAY })
        .expect(200);
      expect(visits.body).toMatchObject({ kind: 'visit', minutes: 30 });
      const codes = new Set(
        visits.body.days[0].slots.map((s: { location: { code: string } }) => s.location.code),
      );
      expect(codes).toEqual(new Set(['MAIN']));
    });

    it('never offers the hotline as a place to visit, nor lists it among the places', async () => {
      const triage = await mitidTriage(t.http, 'visitOnly');
      const days = await freeSlots(t.http, { triage, from: DAY, to: DAY });
      expect(days[0].slots.length).toBeGreaterThan(0);
      expect(days[0].slots.every((s) => s.location.code === 'MAIN')).toBe(true);
      for (const query of [{}, { errand: 'MITID_NY' }]) {
        const places = await request(t.http).get('/locations').query(query).expect(200);
        const codes = places.body.locations.map((p: { code: string }) => p.code);
        expect(codes).toContain('MAIN');
        expect(codes).not.toContain('HOTLINE');
      }
    });

    it('refuses callback times for a triage that offers no call', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const res = await request(t.http)
        .get('/availability')
        .query({ triage, from: DAY, to: DAY, location: 'HOTLINE' })
        .expect(422);
      expect(res.body.code).toBe('TRIAGE_NOT_CALLBACK');
    });
  });

  describe('booking a callback', () => {
    it('books a call with a free hotline adviser, no station, its .ics and its confirmation', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const citizen = { name: 'Karen Jensen', email: 'karen.callback@example.dk', phone: '+45 22 33 44 55' };
      const res = await postCallback(t.http, { triage, start: AT_TEN, citizen }).expect(201);
      expect(res.body).toMatchObject({
        kind: 'callback',
        station: null,
        callback: { phone: '+45 22 33 44 55' },
        start: AT_TEN,
        end: `${DAY}T10:20:00+01:00`,
        location: { code: 'HOTLINE' },
        documents: [],
      });
      const row = await bookingRow(res.body.reference);
      expect(row.station_id).toBeNull();
      expect(row.location_id).toBe(hotline.id);
      expect(hotline.adviserIds).toContain(row.adviser_id);

      const ics = await request(t.http)
        .get(`/bookings/${res.body.reference}/calendar.ics`)
        .query({ token: res.body.manageToken })
        .expect(200);
      const [event] = calendarEvents(ics.text);
      expect(textOf(event.summary)).toContain('Opkald fra Borgerservice');
      expect(event.description).toContain('Vi ringer til dig på +45 22 33 44 55');
      expect(event.description).not.toMatch(/Station|Husk at medbringe/);
      expect(event.location).toBeUndefined();

      const messages = await t.dataSource.query<{ kind: string; channel: string }[]>(
        'SELECT kind, channel FROM notifications WHERE booking_id = $1 ORDER BY kind',
        [row.id],
      );
      expect(messages).toEqual([
        { kind: 'confirmation', channel: 'email' },
        { kind: 'reminder', channel: 'email' },
      ]);
    });

    it('books a call for a visit triage that offers one, at the hotline', async () => {
      const triage = await mitidTriage(t.http, 'visitAndCallback');
      const res = await postCallback(t.http, { triage, start: `${DAY}T11:00:00+01:00` }).expect(201);
      expect(res.body).toMatchObject({ kind: 'callback', station: null });
    });

    it('needs the phone number to call (400 CALLBACK_PHONE_REQUIRED)', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const citizen = { name: 'Karen Jensen', email: 'karen.nophone@example.dk' };
      const res = await postCallback(t.http, { triage, start: AT_TEN, citizen }).expect(400);
      expect(res.body.code).toBe('CALLBACK_PHONE_REQUIRED');
      expect(await t.dataSource.query(`SELECT 1 FROM bookings WHERE triage_id = $1`, [triage])).toEqual([]);
    });

    it('refuses a call for a triage that offers none (TRIAGE_NOT_CALLBACK)', async () => {
      for (const triage of [
        await visitTriage(t.http, 'PAS_VOKSEN'),
        await mitidTriage(t.http, 'visitOnly'),
      ]) {
        const res = await postCallback(t.http, { triage, start: AT_TEN }).expect(422);
        expect(res.body.code).toBe('TRIAGE_NOT_CALLBACK');
      }
    });

    it('refuses a visit at a place for a triage that says callback (TRIAGE_NOT_VISIT)', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const res = await postCallback(t.http, { triage, start: AT_TEN, location: 'MAIN' }).expect(422);
      expect(res.body).toMatchObject({ code: 'TRIAGE_NOT_VISIT', details: { outcome: 'callback' } });
    });

    it('books a visit at a place with a visit triage that also offers a call', async () => {
      const triage = await mitidTriage(t.http, 'visitAndCallback');
      const res = await postCallback(t.http, {
        triage,
        start: `${DAY}T13:00:00+01:00`,
        location: 'MAIN',
      }).expect(201);
      expect(res.body).toMatchObject({ kind: 'visit', callback: null, station: { id: main.stationIds[0] } });
    });
  });

  describe('moving and cancelling a callback', () => {
    it('moves a call to another hotline time only, and cancels it with the manage token', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const booked = await postCallback(t.http, { triage, start: `${DAY}T14:00:00+01:00` }).expect(201);
      const { reference, manageToken } = booked.body as { reference: string; manageToken: string };
      const moved = await request(t.http)
        .post(`/bookings/${reference}/reschedule`)
        .query({ token: manageToken })
        .send({ start: `${DAY}T14:45:00+01:00` })
        .expect(200);
      expect(moved.body).toMatchObject({ kind: 'callback', station: null, end: `${DAY}T15:05:00+01:00` });
      expect((await bookingRow(reference)).station_id).toBeNull();

      // A call never becomes a visit at a place.
      const toMain = await request(t.http)
        .post(`/bookings/${reference}/reschedule`)
        .query({ token: manageToken })
        .send({ start: `${DAY}T13:30:00+01:00`, location: 'MAIN' })
        .expect(422);
      expect(toMain.body).toMatchObject({ code: 'SLOT_NOT_OFFERED', details: { rule: 'not_handled' } });

      const cancelled = await request(t.http)
        .post(`/bookings/${reference}/cancel`)
        .query({ token: manageToken })
        .send({})
        .expect(200);
      expect(cancelled.body).toMatchObject({ kind: 'callback', status: 'cancelled' });
      const kinds = await t.dataSource.query<{ kind: string }[]>(
        `SELECT n.kind FROM notifications n JOIN bookings b ON b.id = n.booking_id
         WHERE b.reference = $1 AND n.channel = 'email' ORDER BY n.created_at, n.kind`,
        [reference.replace('-', '')],
      );
      expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['changed', 'cancelled']));
    });

    it('lets staff move a call to another hotline time, and only there', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const booked = await postCallback(t.http, { triage, start: `${DAY}T08:00:00+01:00` }).expect(201);
      const staff = t.app.get(StaffBookingsService);
      const moved = await staff.rescheduleByStaff(
        booked.body.reference,
        { start: `${DAY}T08:15:00+01:00` },
        'Borgeren ringede',
      );
      expect(moved).toMatchObject({ stationId: null, startsAt: new Date(`${DAY}T08:15:00+01:00`) });
      await expect(
        staff.rescheduleByStaff(
          booked.body.reference,
          { start: `${DAY}T13:30:00+01:00`, location: 'MAIN' },
          'x',
        ),
      ).rejects.toMatchObject({ code: 'SLOT_NOT_OFFERED' });
    });
  });

  describe('the database and the races', () => {
    it('books exactly as many concurrent calls of one start as hotline advisers are free', async () => {
      const start = `${DAY}T12:00:00+01:00`;
      const triages = await Promise.all(
        Array.from({ length: 10 }, () => mitidTriage(t.http, 'callbackOnly')),
      );
      const answers = await Promise.all(triages.map((triage) => postCallback(t.http, { triage, start })));
      const outcomes = answers.map((a) => [a.status, a.body.code as unknown]);
      expect(outcomes.filter(([status]) => status === 201)).toHaveLength(2);
      expect(outcomes.filter(([status]) => status !== 201)).toEqual(
        Array.from({ length: 8 }, () => [409, 'SLOT_TAKEN']),
      );
      const booked = await t.dataSource.query<{ adviser_id: string; station_id: string | null }[]>(
        `SELECT adviser_id, station_id FROM bookings WHERE location_id = $1 AND starts_at = $2 AND status <> 'cancelled'`,
        [hotline.id, start],
      );
      expect(booked.map((b) => b.adviser_id).sort()).toEqual([...hotline.adviserIds].sort());
      expect(booked.every((b) => b.station_id === null)).toBe(true);
      const overlaps = await t.dataSource.query(
        `SELECT a.id FROM bookings a JOIN bookings b ON a.adviser_id = b.adviser_id AND a.id < b.id
         WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
           AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
      );
      expect(overlaps).toEqual([]);
    });

    it('books one of many concurrent calls when only one hotline adviser is left free', async () => {
      const start = `${DAY}T09:30:00+01:00`;
      // One of the two advisers already has a call that runs into this start.
      const first = await postCallback(t.http, {
        triage: await mitidTriage(t.http, 'callbackOnly'),
        start: `${DAY}T09:15:00+01:00`,
      }).expect(201);
      const busy = (await bookingRow(first.body.reference)).adviser_id;
      const triages = await Promise.all(Array.from({ length: 6 }, () => mitidTriage(t.http, 'callbackOnly')));
      const answers = await Promise.all(triages.map((triage) => postCallback(t.http, { triage, start })));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'SLOT_TAKEN')).toBe(true);
      const won = answers.find((a) => a.status === 201)!;
      const adviser = (await bookingRow(won.body.reference)).adviser_id;
      expect(hotline.adviserIds.filter((id) => id !== busy)).toEqual([adviser]);
    });

    it('has PostgreSQL refuse an overlapping call of one hotline adviser (ex_bookings_adviser_overlap)', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const booked = await postCallback(t.http, { triage, start: `${DAY}T15:00:00+01:00` }).expect(201);
      const row = await bookingRow(booked.body.reference);
      const other = await mitidTriage(t.http, 'callbackOnly');
      const insertOverlapping = t.dataSource.query(
        `INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id,
                               adviser_id, starts_at, ends_at, citizen_name, citizen_phone, language)
         SELECT 'SQLCALL1', '\\x00', $1, errand_id, location_id, NULL, adviser_id,
                starts_at + interval '10 minutes', ends_at + interval '10 minutes', 'Direkte SQL', '22334455', 'da'
         FROM bookings WHERE id = $2`,
        [other, row.id],
      );
      await expect(insertOverlapping).rejects.toMatchObject({
        driverError: { code: '23P01', constraint: 'ex_bookings_adviser_overlap' },
      });
    });
  });

  describe('an absence of a hotline adviser', () => {
    it('hands the call to the other free hotline adviser, still without a station', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const start = '2026-11-27T09:00:00+01:00';
      const booked = await postCallback(t.http, { triage, start }).expect(201);
      const before = await bookingRow(booked.body.reference);
      const admin = await givenStaff(t, 'admin');
      const res = await request(t.http)
        .post(`/admin/advisers/${before.adviser_id}/absences`)
        .set('Authorization', admin)
        .send({
          startsAt: '2026-11-27T00:00:00+01:00',
          endsAt: '2026-11-28T00:00:00+01:00',
          reason: 'Sygdom',
          moveVisits: true,
        })
        .expect(201);
      expect(res.body.moved).toEqual([
        expect.objectContaining({ reference: booked.body.reference, station: null }),
      ]);
      const after = await bookingRow(booked.body.reference);
      expect(after.adviser_id).not.toBe(before.adviser_id);
      expect(hotline.adviserIds).toContain(after.adviser_id);
      expect(after.station_id).toBeNull();
    });

    it('has an admin change of the hotline’s hours check its calls against the hotline', async () => {
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const booked = await postCallback(t.http, {
        triage,
        start: '2026-12-01T15:30:00+01:00',
        citizen: { name: 'Ib', phone: uniquePhone() },
      }).expect(201);
      const admin = await givenStaff(t, 'admin');
      const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '15:00' }));
      const res = await request(t.http)
        .put(`/admin/locations/${hotline.id}/opening-hours`)
        .set('Authorization', admin)
        .send({ hours });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'CHANGE_AFFECTS_BOOKINGS' });
      expect(JSON.stringify(res.body.details)).toContain(booked.body.reference);
    });
  });
});
