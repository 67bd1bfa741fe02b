import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { book, uniqueEmail } from './support/bookings.js';
import {
  type AdviserSpec,
  givenAdviser,
  givenLocation,
  type GivenLocation,
  givenOffice,
  type WeeklyHours,
} from './support/factories.js';
import { freeSlots, type SlotView, visitTriage } from './support/flows.js';
import { calendarEvents, textOf } from './support/ical.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The citizen booking API: book, show, move and cancel with the manage token, the idempotency key,
 * every refusal and the races. Each describe block builds the few places and
 * advisers it needs (in its own database), so the numbers it expects can be read off its beforeAll.
 * PAS_VOKSEN (a passport) takes 15 minutes and FLYT (moving) 20; starts lie on a 15-minute grid.
 */

/** A Wednesday morning. */
const NOW = '2026-11-25T09:00:00+01:00';
const THURSDAY = '2026-12-03';
const TUESDAY = '2026-12-01';
/** Two Saturdays on which the citizen bus stands at a town event (where a block builds the bus). */
const BUS_DAY = '2026-12-05';
const SECOND_BUS_DAY = '2026-12-19';
const MAIN_ADDRESS = 'Torvegade 8, 8400 Ebeltoft';
const REFERENCE = /^[ACEFHJKMNPRTUVWXY3479]{4}-[ACEFHJKMNPRTUVWXY3479]{4}$/;
const UNKNOWN_TRIAGE = '8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f';
/** Shaped like a manage token (43 base64url characters) but nobody's. */
const SOME_TOKEN = 'A'.repeat(43);
const PASSPORT = ['PAS_VOKSEN'];
const MOVING = ['FLYT'];

interface Citizen {
  name: string;
  email?: string;
  phone?: string;
}

/** Karen, with an address of her own each time: the contact limit counts addresses. */
const karen = (): Citizen => ({ name: 'Karen Jensen', email: uniqueEmail() });

describe('bookings', () => {
  describe('the citizen flow', () => {
    /** Monday-Thursday 10:00-14:00, Friday 10:00-13:00 (the last passport visit starts at 12:45). */
    const HOURS: WeeklyHours[] = [
      { days: [1, 2, 3, 4], from: '10:00', to: '14:00' },
      { days: [5], from: '10:00', to: '13:00' },
    ];
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      // Three passport stations and three passport advisers who work exactly the opening hours:
      // capacity 3 at every start (the language test books one start three times).
      const main = await givenLocation(t, {
        code: 'MAIN',
        name: 'Borgerservice Ebeltoft',
        address: MAIN_ADDRESS,
        hours: HOURS,
        stations: stations(3, 'Pas', PASSPORT),
      });
      await givenAdvisers(t, 3, { errands: PASSPORT, works: [{ at: main, hours: HOURS }] });
    });
    afterAll(() => t.close());

    it('books an offered time, shows it, moves it and cancels it, and availability follows', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const offered = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const slot = offered.find((s) => s.capacity >= 2)!;
      const later = offered.find((s) => s.capacity >= 2 && s.start >= slot.end)!;
      expect(slot).toBeDefined();
      expect(later).toBeDefined();
      // Opens at 10:00; three stations and three advisers free.
      expect(slot).toMatchObject({ start: `${THURSDAY}T10:00:00+01:00`, capacity: 3 });
      expect(later).toMatchObject({ start: `${THURSDAY}T10:15:00+01:00`, capacity: 3 });

      const created = await postBooking(
        t.http,
        bookingFor(triage, slot, { name: 'Karen Jensen', email: 'karen.jensen@example.dk' }),
      ).expect(201);
      expect(created.body).toEqual({
        reference: expect.stringMatching(REFERENCE) as string,
        manageToken: expect.stringMatching(/^[\w-]{43}$/) as string,
        kind: 'visit',
        status: 'booked',
        start: slot.start,
        end: slot.end,
        location: {
          id: slot.location.id,
          code: 'MAIN',
          name: 'Borgerservice Ebeltoft',
          address: MAIN_ADDRESS,
          timeZone: 'Europe/Copenhagen',
        },
        station: { id: expect.any(String) as string, name: expect.any(String) as string },
        callback: null,
        errand: { code: 'PAS_VOKSEN', name: expect.any(String) as string },
        documents: expect.arrayContaining([expect.any(String)]) as string[],
        fee: expect.any(String) as string,
        citizen: { name: 'Karen Jensen', email: 'karen.jensen@example.dk', phone: null },
        language: 'da',
      });
      expect(created.body.start).toMatch(/^2026-12-03T\d{2}:\d{2}:00\+01:00$/);
      const { reference, manageToken: token } = created.body as { reference: string; manageToken: string };
      const [stored] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT station_id, location_id, starts_at, ends_at, status, citizen_name FROM bookings
         WHERE reference = $1`,
        [reference.replace('-', '')],
      );
      expect(stored).toEqual({
        station_id: created.body.station.id,
        location_id: slot.location.id,
        starts_at: new Date(slot.start),
        ends_at: new Date(slot.end),
        status: 'booked',
        citizen_name: 'Karen Jensen',
      });
      expect(await capacityAt(t.http, triage, slot.start, 'MAIN')).toBe(slot.capacity - 1);

      const got = await getBooking(t.http, reference, token).expect(200);
      expect(got.body).toEqual({ ...created.body, manageToken: undefined });
      expect(Object.keys(got.body)).not.toContain('manageToken');

      const ics = await calendar(t.http, reference, token).expect(200);
      expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
      expect(calendarEvents(ics.text)).toHaveLength(1);

      const moved = await reschedule(t.http, reference, token, { start: later.start }).expect(200);
      expect(moved.body).toMatchObject({ reference, status: 'booked', start: later.start, end: later.end });
      expect(moved.body.manageToken).toBeUndefined();
      const afterMove = await getBooking(t.http, reference, token).expect(200);
      expect(afterMove.body).toMatchObject({ start: later.start, end: later.end, status: 'booked' });
      expect(await capacityAt(t.http, triage, slot.start, 'MAIN')).toBe(slot.capacity);
      expect(await capacityAt(t.http, triage, later.start, 'MAIN')).toBe(later.capacity - 1);

      const cancelled = await cancel(t.http, reference, token, { reason: 'Jeg er syg' }).expect(200);
      expect(cancelled.body).toMatchObject({ reference, status: 'cancelled', start: later.start });
      const afterCancel = await getBooking(t.http, reference, token).expect(200);
      expect(afterCancel.body.status).toBe('cancelled');
      expect(await capacityAt(t.http, triage, later.start, 'MAIN')).toBe(later.capacity);

      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        `SELECT status, sequence, cancel_reason, cancelled_at FROM bookings WHERE reference = $1`,
        [reference.replace('-', '')],
      );
      expect(row).toEqual({
        status: 'cancelled',
        sequence: 2,
        cancel_reason: 'Jeg er syg',
        cancelled_at: new Date(NOW),
      });
    });

    it('writes the booking in the language asked for', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const da = await postBooking(t.http, bookingFor(await visitTriage(t.http, 'PAS_VOKSEN'), slot)).expect(
        201,
      );
      const en = await postBooking(t.http, bookingFor(triage, slot), randomUUID(), 'en').expect(201);
      expect(en.body).toMatchObject({ language: 'en', errand: { name: 'New or renewed passport (adult)' } });
      expect(en.body.documents).not.toEqual(da.body.documents);
      const explicit = await postBooking(t.http, {
        ...bookingFor(await visitTriage(t.http, 'PAS_VOKSEN'), slot),
        language: 'en',
      }).expect(201);
      expect(explicit.body.errand.name).toBe(en.body.errand.name);
    });

    it('books the first time after the minimum notice and the last day of the horizon', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      // Wednesday, open from 10:00, but now is 09:00 and a booking needs 120 minutes' notice.
      const today = await slotsOn(t.http, triage, '2026-11-25', 'MAIN');
      expect(today[0].start).toBe('2026-11-25T11:00:00+01:00');
      await postBooking(t.http, bookingFor(triage, today[0])).expect(201);

      const last = await visitTriage(t.http, 'PAS_VOKSEN');
      // 60 days ahead is Sunday 2027-01-24 09:00: the last open day before it is Friday, open until 13:00.
      const lastDay = await slotsOn(t.http, last, '2027-01-22', 'MAIN');
      expect(lastDay.at(-1)!.start).toBe('2027-01-22T12:45:00+01:00');
      await postBooking(t.http, bookingFor(last, lastDay.at(-1)!)).expect(201);
      const beyond = await freeSlots(t.http, { triage: last, from: '2027-01-23', to: '2027-01-31' });
      expect(beyond).toHaveLength(9);
      expect(beyond.flatMap((day) => day.slots)).toEqual([]);
    });

    it('keeps the local time across the change to summer time', async () => {
      t.clock.set('2027-03-24T09:00:00+01:00');
      try {
        const triage = await visitTriage(t.http, 'PAS_VOKSEN');
        const created = await postBooking(t.http, {
          triage,
          start: '2027-03-24T12:00:00+01:00',
          location: 'MAIN',
          citizen: karen(),
        }).expect(201);
        const { reference, manageToken: token } = created.body as { reference: string; manageToken: string };
        // Easter Monday, the day after the change, is a public holiday.
        const easterMonday = await reschedule(t.http, reference, token, {
          start: '2027-03-29T10:00:00+02:00',
        }).expect(422);
        expect(easterMonday.body).toMatchObject({ statusCode: 422, code: 'SLOT_NOT_OFFERED' });

        const moved = await reschedule(t.http, reference, token, {
          start: '2027-03-30T10:00:00+02:00',
        }).expect(200);
        expect(moved.body).toMatchObject({
          start: '2027-03-30T10:00:00+02:00',
          end: '2027-03-30T10:15:00+02:00',
        });
        const [row] = await t.dataSource.query<{ starts_at: Date }[]>(
          'SELECT starts_at FROM bookings WHERE reference = $1',
          [reference.replace('-', '')],
        );
        expect(row.starts_at.toISOString()).toBe('2027-03-30T08:00:00.000Z');
        const [event] = calendarEvents((await calendar(t.http, reference, token).expect(200)).text);
        expect(event.start.toISOString()).toBe('2027-03-30T08:00:00.000Z');
      } finally {
        t.clock.set(NOW);
      }
    });
  });

  describe('Idempotency-Key', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      // Open weekdays 09:00-16:00 with two passport stations and two passport advisers: capacity 2
      // at every start, so one booking leaves room for another at the same time.
      await givenOffice(t, { code: 'MAIN', stations: 2, advisers: 2 });
      // Listening on a port of its own, so concurrent requests share one server.
      await t.app.listen(0, '127.0.0.1');
    });
    afterAll(() => t.close());

    it('replays the first answer for the same key and body, and books only once', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const body = bookingFor(triage, slot, { name: 'Ole Hansen', email: 'ole@example.dk' });
      const key = randomUUID();
      const records = await count(t, 'idempotency_records');

      const first = await postBooking(t.http, body, key).expect(201);
      const second = await postBooking(t.http, body, key).expect(201);
      expect(second.body).toEqual(first.body);
      expect(second.body.manageToken).toBe(first.body.manageToken);
      expect(await count(t, 'bookings', 'triage_id = $1', [triage])).toBe(1);
      expect(await count(t, 'idempotency_records')).toBe(records + 1);
    });

    it('answers concurrent requests with the same key and body alike, and books only once', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      // A start with both places free. (When a request takes the last free place, a same-key twin
      // that looks for a place only after it committed is answered 409 SLOT_TAKEN, not replayed.)
      const slot = (await slotsOn(t.http, triage, THURSDAY, 'MAIN')).find((s) => s.capacity === 2)!;
      const body = bookingFor(triage, slot);
      const key = randomUUID();

      await warmUp(t.http, triage);
      const answers = await Promise.all(Array.from({ length: 30 }, () => postBooking(t.http, body, key)));
      expect(answers.map((a) => [a.status, a.body.code as unknown])).toEqual(
        Array(30).fill([201, undefined]),
      );
      expect(new Set(answers.map((a) => a.body.reference as string)).size).toBe(1);
      expect(new Set(answers.map((a) => a.body.manageToken as string)).size).toBe(1);
      expect(await count(t, 'bookings', 'triage_id = $1', [triage])).toBe(1);
      expect(await capacityAt(t.http, triage, slot.start, 'MAIN')).toBe(1);
    });

    it('refuses the same key with another body with 422 IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot, other] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const key = randomUUID();
      await postBooking(t.http, bookingFor(triage, slot), key).expect(201);
      const before = await writes(t);

      for (const body of [
        bookingFor(triage, other),
        bookingFor(await visitTriage(t.http, 'PAS_VOKSEN'), slot),
        bookingFor(triage, slot, { name: 'Karen Jensen', phone: '12345678' }),
      ]) {
        const res = await postBooking(t.http, body, key).expect(422);
        expect(res.body).toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
      }
      expect(await writes(t)).toEqual(before);
    });

    it.each([
      ['a missing key', null],
      ['an empty key', ''],
      ['a key with a space', 'two words'],
      ['a non-ASCII key', 'nøgle-1'],
      ['a key longer than 200 characters', 'k'.repeat(201)],
    ])('refuses %s with 400 IDEMPOTENCY_KEY_REQUIRED and writes nothing', async (_, key) => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const before = await writes(t);
      const res = await postBooking(t.http, bookingFor(triage, slot), key).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'IDEMPOTENCY_KEY_REQUIRED' });
      expect(await writes(t)).toEqual(before);
    });

    it('accepts a key of 200 visible characters', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      await postBooking(t.http, bookingFor(triage, slot), '~'.repeat(200)).expect(201);
    });

    it('never stores the manage token, the reference or the key in readable form', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const key = `key-${randomUUID()}`;
      const res = await postBooking(t.http, bookingFor(triage, slot), key).expect(201);
      const token = res.body.manageToken as string;
      const reference = (res.body.reference as string).replace('-', '');

      const records = await t.dataSource.query<
        { key_hash: Buffer; request_hash: Buffer; response: Buffer }[]
      >('SELECT key_hash, request_hash, response FROM idempotency_records');
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        for (const column of [record.key_hash, record.request_hash, record.response]) {
          for (const secret of [token, reference, key]) {
            expect(column.includes(Buffer.from(secret))).toBe(false);
          }
          expect(column.includes(Buffer.from(token, 'base64url'))).toBe(false);
        }
      }
      const [booking] = await t.dataSource.query<{ manage_token_hash: Buffer }[]>(
        'SELECT manage_token_hash FROM bookings WHERE triage_id = $1',
        [triage],
      );
      expect(booking.manage_token_hash).toEqual(createHash('sha256').update(token).digest());
      const [{ found }] = await t.dataSource.query<{ found: number }[]>(
        `SELECT count(*)::int AS found FROM bookings b WHERE strpos(row_to_json(b)::text, $1) > 0`,
        [token],
      );
      expect(found).toBe(0);
    });

    it('answers a same-key twin with the replay even when the first request took the last free place', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const start = `${THURSDAY}T15:00:00+01:00`;
      await book(t, { location: 'MAIN', start }); // one of the two places taken
      expect(await capacityAt(t.http, triage, start, 'MAIN')).toBe(1);
      const body = { triage, start, location: 'MAIN', citizen: karen() };
      const key = randomUUID();
      const idempotencyHolder = t.dataSource.createQueryRunner();
      const scheduleHolder = t.dataSource.createQueryRunner();
      await idempotencyHolder.connect();
      await scheduleHolder.connect();
      try {
        // The first request inserts its booking, then waits to write its idempotency record.
        await idempotencyHolder.startTransaction();
        await idempotencyHolder.query('LOCK TABLE idempotency_records IN SHARE MODE');
        const first = postBooking(t.http, body, key).then((res) => res);
        await waitForLockWait(t, 'book_visit');
        // The twin finds no replay yet (reads are not blocked), then waits to read the schedule.
        await scheduleHolder.startTransaction();
        await scheduleHolder.query('LOCK TABLE working_times IN ACCESS EXCLUSIVE MODE');
        const second = postBooking(t.http, body, key).then((res) => res);
        await waitForLockWait(t, 'WITH locs AS');
        await idempotencyHolder.commitTransaction(); // the first commits ...
        const a = await first;
        await scheduleHolder.commitTransaction(); // ... before the twin looks for a place
        const b = await second;
        expect([a.status, a.body.code as unknown]).toEqual([201, undefined]);
        expect([b.status, b.body.code as unknown, b.body.reference as unknown]).toEqual([
          201,
          undefined,
          a.body.reference,
        ]);
        expect(await capacityAt(t.http, triage, start, 'MAIN')).toBe(0);
      } finally {
        if (idempotencyHolder.isTransactionActive) await idempotencyHolder.rollbackTransaction();
        if (scheduleHolder.isTransactionActive) await scheduleHolder.rollbackTransaction();
        await idempotencyHolder.release();
        await scheduleHolder.release();
      }
    });
  });

  describe('refusals', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      // MAIN is open on weekdays 10:00-14:10 (a 15-minute visit from 14:00 would end after closing)
      // and closed for a staff day on Wednesday 2026-12-09. Its two passport advisers work 09:00-16:00,
      // longer than it is open, so the opening hours are what bounds the day. Two passport
      // stations: capacity 2 at every start.
      const hours = [{ from: '10:00', to: '14:10' }];
      const main = await givenLocation(t, {
        code: 'MAIN',
        hours,
        stations: stations(2, 'Pas', PASSPORT),
        closures: [{ startsOn: '2026-12-09', endsOn: '2026-12-09', reason: 'Personaledag' }],
      });
      await givenAdvisers(t, 2, {
        errands: PASSPORT,
        works: [{ at: main, hours: [{ from: '09:00', to: '16:00' }] }],
      });
      await givenLibrary(t);
    });
    afterAll(() => t.close());

    it('refuses a self-service triage with 422 TRIAGE_NOT_VISIT and writes nothing', async () => {
      const triage = await request(t.http)
        .post('/triage')
        .send({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } })
        .expect(201);
      expect(triage.body.outcome).toBe('self_service');
      const before = await writes(t);
      const res = await postBooking(t.http, {
        triage: triage.body.id,
        start: `${THURSDAY}T10:00:00+01:00`,
        location: 'MAIN',
        citizen: karen(),
      }).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'TRIAGE_NOT_VISIT' });
      expect(await writes(t)).toEqual(before);
    });

    it('refuses an expired triage with 422 TRIAGE_EXPIRED and writes nothing', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      t.clock.set('2026-11-26T09:00:00+01:00');
      try {
        const before = await writes(t);
        const res = await postBooking(t.http, bookingFor(triage, slot)).expect(422);
        expect(res.body).toMatchObject({ statusCode: 422, code: 'TRIAGE_EXPIRED' });
        expect(await writes(t)).toEqual(before);
      } finally {
        t.clock.set(NOW);
      }
    });

    it('refuses an unknown triage with 404 TRIAGE_NOT_FOUND and writes nothing', async () => {
      const before = await writes(t);
      const res = await postBooking(t.http, {
        triage: UNKNOWN_TRIAGE,
        start: `${THURSDAY}T10:00:00+01:00`,
        location: 'MAIN',
        citizen: karen(),
      }).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'TRIAGE_NOT_FOUND' });
      expect(await writes(t)).toEqual(before);
    });

    // Beside each refused start, one MAIN does offer for passports (the same place at another time,
    // or for LIBRARY the same time at MAIN): so nothing but the named reason can refuse it.
    it.each([
      [
        'on a public holiday (Christmas Day, a Friday)',
        '2026-12-25T10:00:00+01:00',
        'MAIN',
        '2026-12-18T10:00:00+01:00',
      ],
      ['on a Saturday', '2026-11-28T10:00:00+01:00', 'MAIN', '2026-11-27T10:00:00+01:00'],
      [
        'on a day the location is closed (staff day)',
        '2026-12-09T10:00:00+01:00',
        'MAIN',
        '2026-12-16T10:00:00+01:00',
      ],
      ['before opening', `${THURSDAY}T09:45:00+01:00`, 'MAIN', `${THURSDAY}T10:00:00+01:00`],
      [
        'so late that the visit would end after closing',
        `${TUESDAY}T14:00:00+01:00`,
        'MAIN',
        `${TUESDAY}T13:45:00+01:00`,
      ],
      ['off the 15-minute grid', `${THURSDAY}T10:05:00+01:00`, 'MAIN', `${THURSDAY}T10:00:00+01:00`],
      ['within the minimum notice', '2026-11-25T10:45:00+01:00', 'MAIN', '2026-11-25T11:00:00+01:00'],
      ['beyond the booking horizon', '2027-01-25T10:00:00+01:00', 'MAIN', '2027-01-22T10:00:00+01:00'],
      [
        'at a location that does not handle the errand',
        '2026-11-30T13:00:00+01:00',
        'LIBRARY',
        '2026-11-30T13:00:00+01:00',
      ],
    ])(
      'refuses a start %s with 422 SLOT_NOT_OFFERED and writes nothing',
      async (_, start, location, offered) => {
        const triage = await visitTriage(t.http, 'PAS_VOKSEN');
        expect(await capacityAt(t.http, triage, offered, 'MAIN')).toBe(2);
        const before = await writes(t);
        const res = await postBooking(t.http, { triage, start, location, citizen: karen() }).expect(422);
        expect(res.body).toMatchObject({ statusCode: 422, code: 'SLOT_NOT_OFFERED' });
        expect(await writes(t)).toEqual(before);
        // Availability does not offer it either.
        expect(await capacityAt(t.http, triage, start, location)).toBe(0);
      },
    );

    it('accepts an offered start written in UTC and answers in local time', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const utc = new Date(slot.start).toISOString();
      const res = await postBooking(t.http, { ...bookingFor(triage, slot), start: utc }).expect(201);
      expect(res.body.start).toBe(slot.start);
    });

    it('refuses an unknown location with 404 LOCATION_NOT_FOUND and writes nothing', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const before = await writes(t);
      for (const location of ['NOWHERE', UNKNOWN_TRIAGE]) {
        const res = await postBooking(t.http, {
          triage,
          start: `${THURSDAY}T10:00:00+01:00`,
          location,
          citizen: karen(),
        }).expect(404);
        expect(res.body).toMatchObject({ statusCode: 404, code: 'LOCATION_NOT_FOUND' });
      }
      expect(await writes(t)).toEqual(before);
    });

    it('refuses a second booking of the same triage with 409 TRIAGE_ALREADY_BOOKED', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot, other] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      await postBooking(t.http, bookingFor(triage, slot)).expect(201);
      const before = await writes(t);
      const res = await postBooking(t.http, bookingFor(triage, other)).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'TRIAGE_ALREADY_BOOKED' });
      expect(await writes(t)).toEqual(before);
    });

    it('lets a triage book again once its booking is cancelled', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot, other] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const first = await postBooking(t.http, bookingFor(triage, slot)).expect(201);
      await cancel(t.http, first.body.reference, first.body.manageToken).expect(200);
      await postBooking(t.http, bookingFor(triage, other)).expect(201);
    });

    it.each([
      ['e-mail', ['karen@example.dk', 'Karen@Example.DK', ' KAREN@example.dk '], 'email'],
      ['phone', ['+45 12 34 56 78', '+4512345678', '+45-12-34-56-78'], 'phone'],
    ])(
      'refuses a third active booking with the same %s with 409 TOO_MANY_BOOKINGS',
      async (_, contacts, field) => {
        const triage = await visitTriage(t.http, 'PAS_VOKSEN');
        const slots = await slotsOn(t.http, triage, TUESDAY, 'MAIN');
        const citizen = (i: number) => ({ name: 'Karen Jensen', [field]: contacts[i] });
        const first = await postBooking(t.http, bookingFor(triage, slots[0], citizen(0))).expect(201);
        await postBooking(
          t.http,
          bookingFor(await visitTriage(t.http, 'PAS_VOKSEN'), slots[1], citizen(1)),
        ).expect(201);
        const third = await visitTriage(t.http, 'PAS_VOKSEN');
        const before = await writes(t);
        const res = await postBooking(t.http, bookingFor(third, slots[2], citizen(2))).expect(409);
        expect(res.body).toMatchObject({
          statusCode: 409,
          code: 'TOO_MANY_BOOKINGS',
          details: { limit: 2 },
        });
        expect(await writes(t)).toEqual(before);

        // A cancelled booking no longer counts.
        await cancel(t.http, first.body.reference, first.body.manageToken).expect(200);
        await postBooking(t.http, bookingFor(third, slots[2], citizen(2))).expect(201);
      },
    );

    it('refuses a fully taken slot with 409 SLOT_TAKEN and writes nothing', async () => {
      const probe = await visitTriage(t.http, 'PAS_VOKSEN');
      const slot = (await slotsOn(t.http, probe, THURSDAY, 'MAIN')).find((s) => s.capacity >= 2)!;
      // Two stations, two advisers.
      expect(slot.capacity).toBe(2);
      for (let i = 0; i < slot.capacity; i++) {
        await postBooking(t.http, bookingFor(await visitTriage(t.http, 'PAS_VOKSEN'), slot)).expect(201);
      }
      expect(await capacityAt(t.http, probe, slot.start, 'MAIN')).toBe(0);

      const before = await writes(t);
      const res = await postBooking(t.http, bookingFor(probe, slot)).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'SLOT_TAKEN', details: { start: slot.start } });
      expect(await writes(t)).toEqual(before);
    });

    it.each([
      ['a missing citizen name', { citizen: {} }, 'citizen.name'],
      ['a blank citizen name', { citizen: { name: '   ' } }, 'citizen.name'],
      ['a missing citizen', { citizen: undefined }, 'citizen'],
      ['a citizen that is null', { citizen: null }, 'citizen'],
      ['a bad e-mail', { citizen: { name: 'Karen', email: 'karen(at)example.dk' } }, 'citizen.email'],
      ['a bad phone number', { citizen: { name: 'Karen', phone: '12 34' } }, 'citizen.phone'],
      [
        'letters in the phone number',
        { citizen: { name: 'Karen', phone: '+45 1234 ABCD' } },
        'citizen.phone',
      ],
      ['a start without an offset', { start: `${THURSDAY}T10:00:00` }, 'start'],
      ['a start that is only a date', { start: THURSDAY }, 'start'],
      ['a triage that is not a UUID', { triage: 'triage-1' }, 'triage'],
      ['an unknown language', { language: 'de' }, 'language'],
      ['an unknown field', { price: 0 }, 'price'],
      ['an unknown citizen field', { citizen: { name: 'Karen', cpr: '0101701234' } }, 'citizen.cpr'],
    ])('refuses %s with 400 VALIDATION_FAILED and writes nothing', async (_, change, field) => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      // An offered time, so that only the invalid part can be the reason for a refusal.
      const [slot] = await slotsOn(t.http, triage, '2026-12-10', 'MAIN');
      const before = await writes(t);
      const res = await postBooking(t.http, { ...bookingFor(triage, slot), ...change }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await writes(t)).toEqual(before);
    });
  });

  describe('concurrency', () => {
    /** At MAIN: desks that can do passports, and advisers who can; each visit needs one of each. */
    const PASSPORT_STATIONS = 4;
    const PASSPORT_ADVISERS = 5;
    let t: TestApp;
    let main: GivenLocation;
    let mainAdvisers: string[];
    let bus: GivenLocation;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      // MAIN, open weekdays 10:00-14:00: four passport stations and a fifth desk for moving (FLYT)
      // only; five passport advisers and a sixth who does moving only, all working its hours. A
      // passport start has capacity min(4 stations, 5 advisers) = 4: the fifth desk and the sixth
      // adviser do not count.
      const hours = [{ from: '10:00', to: '14:00' }];
      main = await givenLocation(t, {
        code: 'MAIN',
        hours,
        stations: [...stations(PASSPORT_STATIONS, 'Pas', PASSPORT), { name: 'Skranke 5', errands: MOVING }],
      });
      mainAdvisers = [
        ...(await givenAdvisers(t, PASSPORT_ADVISERS, { errands: PASSPORT, works: [{ at: main, hours }] })),
        await givenAdviser(t, { errands: MOVING, works: [{ at: main, hours }] }),
      ];
      // BUS: one station and one adviser on both bus days: capacity 1.
      bus = await givenBus(t, [BUS_DAY, SECOND_BUS_DAY]);
      await t.app.listen(0, '127.0.0.1');
    });
    afterAll(() => t.close());

    it('gives a slot of capacity c to exactly c of many concurrent requests', async () => {
      const probe = await visitTriage(t.http, 'PAS_VOKSEN');
      const slots = await slotsOn(t.http, probe, THURSDAY, 'MAIN');
      const slot = slots.reduce((best, s) => (s.capacity > best.capacity ? s : best));
      const c = slot.capacity;
      expect(c).toBe(Math.min(PASSPORT_STATIONS, PASSPORT_ADVISERS));
      const n = 3 * c + 10;
      const triages = await Promise.all(Array.from({ length: n }, () => visitTriage(t.http, 'PAS_VOKSEN')));

      await warmUp(t.http, probe);
      const answers = await Promise.all(
        triages.map((triage) =>
          postBooking(t.http, bookingFor(triage, slot, { name: 'Borger', email: uniqueEmail() })),
        ),
      );

      const won = answers.filter((a) => a.status === 201);
      const lost = answers.filter((a) => a.status !== 201);
      expect(won).toHaveLength(c);
      expect(lost.map((a) => [a.status, a.body.code as unknown])).toEqual(
        Array(n - c).fill([409, 'SLOT_TAKEN']),
      );
      expect(won.every((a) => a.body.start === slot.start)).toBe(true);

      const rows = await t.dataSource.query<{ reference: string; station_id: string; adviser_id: string }[]>(
        `SELECT reference, station_id, adviser_id FROM bookings
         WHERE location_id = $1 AND starts_at = $2 AND status <> 'cancelled'`,
        [slot.location.id, new Date(slot.start)],
      );
      expect(rows).toHaveLength(c);
      expect(new Set(rows.map((r) => r.station_id)).size).toBe(c);
      expect(new Set(rows.map((r) => r.adviser_id)).size).toBe(c);
      expect(rows.map((r) => r.reference).sort()).toEqual(
        won.map((a) => (a.body.reference as string).replace('-', '')).sort(),
      );
      expect(await capacityAt(t.http, probe, slot.start, 'MAIN')).toBe(0);
    });

    it('gives a slot of capacity 1 on the citizen bus to one of two concurrent requests', async () => {
      const [first, second] = await Promise.all([visitTriage(t.http, 'FLYT'), visitTriage(t.http, 'FLYT')]);
      const [slot] = await slotsOn(t.http, first, BUS_DAY, 'BUS');
      expect(slot).toMatchObject({ start: `${BUS_DAY}T10:00:00+01:00`, capacity: 1 });
      await warmUp(t.http, first);

      const answers = await Promise.all(
        [first, second].map((triage) => postBooking(t.http, bookingFor(triage, slot))),
      );
      expect(answers.map((a) => [a.status, a.body.code as unknown]).sort()).toEqual([
        [201, undefined],
        [409, 'SLOT_TAKEN'],
      ]);
      expect(
        await count(t, 'bookings', `location_id = $1 AND starts_at = $2 AND status <> 'cancelled'`, [
          slot.location.id,
          new Date(slot.start),
        ]),
      ).toBe(1);
    });

    it('moves only one of several concurrent reschedules into a slot of capacity 1', async () => {
      const triages = await Promise.all(Array.from({ length: 4 }, () => visitTriage(t.http, 'FLYT')));
      const bus = await slotsOn(t.http, triages[0], SECOND_BUS_DAY, 'BUS');
      const target = bus.find((s) => s.start === `${SECOND_BUS_DAY}T13:00:00+01:00`)!;
      const bookings = [];
      for (const [i, time] of ['10:00', '10:30', '11:00', '11:30'].entries()) {
        const slot = bus.find((s) => s.start === `${SECOND_BUS_DAY}T${time}:00+01:00`)!;
        const res = await postBooking(t.http, bookingFor(triages[i], slot)).expect(201);
        bookings.push(res.body as { reference: string; manageToken: string; start: string });
      }
      await warmUp(t.http, triages[0]);

      const answers = await Promise.all(
        bookings.map((b) => reschedule(t.http, b.reference, b.manageToken, { start: target.start })),
      );
      expect(answers.map((a) => [a.status, a.body.code as unknown]).sort()).toEqual([
        [200, undefined],
        [409, 'SLOT_TAKEN'],
        [409, 'SLOT_TAKEN'],
        [409, 'SLOT_TAKEN'],
      ]);
      for (const [i, answer] of answers.entries()) {
        const shown = await getBooking(t.http, bookings[i].reference, bookings[i].manageToken).expect(200);
        expect(shown.body.start).toBe(answer.status === 200 ? target.start : bookings[i].start);
      }
      expect(
        await count(t, 'bookings', `location_id = $1 AND starts_at = $2 AND status <> 'cancelled'`, [
          target.location.id,
          new Date(target.start),
        ]),
      ).toBe(1);
    });

    it('retries a booking that PostgreSQL aborts to break a deadlock with an overlapping insert', async () => {
      const [triage, heldA, heldB] = await Promise.all([1, 2, 3].map(() => visitTriage(t.http, 'FLYT')));
      const slot = (await slotsOn(t.http, triage, BUS_DAY, 'BUS')).find(
        (s) => s.start === `${BUS_DAY}T13:00:00+01:00`,
      )!;
      const [{ errand }] = await t.dataSource.query<{ errand: string }[]>(
        `SELECT id AS errand FROM errands WHERE code = 'FLYT'`,
      );
      // The bus's only station; an adviser who is not the bus's (the held rows must not clash on advisers).
      const ids = { station: bus.stationIds[0], errand, adviser: mainAdvisers[0] };
      const holder = t.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      const hold = (reference: string, triageId: string, from: string, to: string) =>
        holder.query(
          `INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id,
                                 adviser_id, starts_at, ends_at, citizen_name, language)
           VALUES ($1, '\\x00', $2, $3, $4, $5, $6, $7, $8, 'Holder', 'da')`,
          [reference, triageId, ids.errand, slot.location.id, ids.station, ids.adviser, from, to],
        );
      try {
        // Held, uncommitted: the bus station 13:15-13:35, which the API's 13:00-13:20 will wait for.
        await hold('HELDROW1', heldA, `${BUS_DAY}T13:15:00+01:00`, `${BUS_DAY}T13:35:00+01:00`);
        const answer = postBooking(t.http, bookingFor(triage, slot)).then((res) => res);
        await waitForLockWait(t, 'book_visit');
        // 13:00-13:15 now waits for the API's insert while it waits for us: PostgreSQL aborts the
        // API's statement (it waited first), so this one goes through.
        await hold('HELDROW2', heldB, `${BUS_DAY}T13:00:00+01:00`, `${BUS_DAY}T13:15:00+01:00`);
        await holder.rollbackTransaction();

        const res = await answer;
        expect([res.status, res.body.code as unknown]).toEqual([201, undefined]);
        expect(res.body.start).toBe(slot.start);
      } finally {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
    });

    it('lets only two of several concurrent bookings with one e-mail through', async () => {
      const triages = await Promise.all(Array.from({ length: 4 }, () => visitTriage(t.http, 'PAS_VOKSEN')));
      const slots = await slotsOn(t.http, triages[0], TUESDAY, 'MAIN');
      const answers = await Promise.all(
        triages.map((triage, i) =>
          postBooking(t.http, bookingFor(triage, slots[i], { name: 'Ib', email: 'ib@example.dk' })),
        ),
      );
      expect(answers.map((a) => [a.status, a.body.code as unknown]).sort()).toEqual([
        [201, undefined],
        [201, undefined],
        [409, 'TOO_MANY_BOOKINGS'],
        [409, 'TOO_MANY_BOOKINGS'],
      ]);
      expect(await count(t, 'bookings', `citizen_email = 'ib@example.dk'`)).toBe(2);
    });

    it('has PostgreSQL itself refuse overlapping bookings of one station or one adviser (23P01)', async () => {
      const booked = await book(t, { location: 'MAIN', date: '2026-12-02' });
      // Another of MAIN's desks, and another of its advisers.
      const otherStation = main.stationIds.find((id) => id !== booked.stationId)!;
      const otherAdviser = mainAdvisers.find((id) => id !== booked.adviserId)!;
      const other = await visitTriage(t.http, 'PAS_VOKSEN');
      // Five minutes later: overlaps the booked visit for ten minutes.
      const insertOverlapping = (stationId: string, adviserId: string, reference: string) =>
        t.dataSource.query(
          `INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id,
                                 adviser_id, starts_at, ends_at, citizen_name, language)
           SELECT $1, '\\x00', $2, errand_id, location_id, $3, $4, starts_at + interval '5 minutes',
                  ends_at + interval '5 minutes', 'Direkte SQL', 'da'
           FROM bookings WHERE id = $5`,
          [reference, other, stationId, adviserId, booked.id],
        );

      await expect(insertOverlapping(booked.stationId, otherAdviser, 'SQLTEST1')).rejects.toMatchObject({
        driverError: { code: '23P01', constraint: 'ex_bookings_station_overlap' },
      });
      await expect(insertOverlapping(otherStation, booked.adviserId, 'SQLTEST2')).rejects.toMatchObject({
        driverError: { code: '23P01', constraint: 'ex_bookings_adviser_overlap' },
      });
      expect(await count(t, 'bookings', `reference LIKE 'SQLTEST%'`)).toBe(0);
    });
  });

  describe('managing a booking', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      // MAIN: open weekdays 10:00-14:00 (Fridays too, so Christmas Day is closed only as a holiday),
      // two passport stations and two passport advisers who work its hours.
      const hours = [{ from: '10:00', to: '14:00' }];
      const main = await givenLocation(t, { code: 'MAIN', hours, stations: stations(2, 'Pas', PASSPORT) });
      await givenAdvisers(t, 2, { errands: PASSPORT, works: [{ at: main, hours }] });
      // SMALL: open Thursdays 12:00-17:00 with one passport station and one passport adviser.
      const smallHours = [{ days: [4], from: '12:00', to: '17:00' }];
      const small = await givenLocation(t, {
        code: 'SMALL',
        hours: smallHours,
        stations: stations(1, 'Skranke', PASSPORT),
      });
      await givenAdviser(t, { errands: PASSPORT, works: [{ at: small, hours: smallHours }] });
      await givenLibrary(t);
      // BUS: one station and one adviser on BUS_DAY: capacity 1.
      await givenBus(t, [BUS_DAY]);
    });
    afterAll(() => t.close());

    /** A fresh booking of the first free passport time on the date. */
    const newBooking = async (date = THURSDAY) => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, date, 'MAIN');
      const res = await postBooking(t.http, bookingFor(triage, slot)).expect(201);
      return { triage, reference: res.body.reference as string, token: res.body.manageToken as string, slot };
    };

    it('answers a wrong token exactly like an unknown reference: 404 BOOKING_NOT_FOUND', async () => {
      const { reference } = await newBooking();
      const calls = [
        (ref: string) => getBooking(t.http, ref, SOME_TOKEN),
        (ref: string) => calendar(t.http, ref, SOME_TOKEN),
        (ref: string) => cancel(t.http, ref, SOME_TOKEN),
        (ref: string) => reschedule(t.http, ref, SOME_TOKEN, { start: `${THURSDAY}T12:00:00+01:00` }),
      ];
      for (const call of calls) {
        const wrongToken = await call(reference).expect(404);
        const unknown = await call('XXXX-XXXX').expect(404);
        expect(wrongToken.body).toMatchObject({ statusCode: 404, code: 'BOOKING_NOT_FOUND' });
        expect(wrongToken.body).toEqual(unknown.body);
      }
      const [row] = await t.dataSource.query<{ status: string; sequence: number }[]>(
        'SELECT status, sequence FROM bookings WHERE reference = $1',
        [reference.replace('-', '')],
      );
      expect(row).toEqual({ status: 'booked', sequence: 0 });

      const another = await newBooking();
      const res = await getBooking(t.http, reference, another.token).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'BOOKING_NOT_FOUND' });
    });

    it('refuses a missing or too short token with 400 VALIDATION_FAILED', async () => {
      const { reference, token } = await newBooking();
      for (const res of [
        await request(t.http).get(`/bookings/${reference}`),
        await request(t.http)
          .get(`/bookings/${reference}`)
          .query({ token: token.slice(0, 10) }),
        await request(t.http).post(`/bookings/${reference}/cancel`).send({}),
        await request(t.http).get(`/bookings/${reference}/calendar.ics`),
      ]) {
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain('token');
      }
    });

    it('accepts the reference in lower case, without the dash or with spaces', async () => {
      const { reference, token } = await newBooking();
      for (const typed of [
        reference.toLowerCase(),
        reference.replace('-', ''),
        ` ${reference.replace('-', ' ')} `,
      ]) {
        const res = await getBooking(t.http, typed, token).expect(200);
        expect(res.body.reference).toBe(reference);
      }
    });

    it('refuses to cancel twice with 409 BOOKING_CANCELLED', async () => {
      const { reference, token } = await newBooking();
      await cancel(t.http, reference, token).expect(200);
      const res = await cancel(t.http, reference, token).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'BOOKING_CANCELLED' });
    });

    it('refuses to move a cancelled booking with 409 BOOKING_CANCELLED', async () => {
      const { reference, token, triage } = await newBooking();
      await cancel(t.http, reference, token).expect(200);
      const [slot] = await slotsOn(t.http, triage, TUESDAY, 'MAIN');
      const res = await reschedule(t.http, reference, token, { start: slot.start }).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'BOOKING_CANCELLED' });
      expect((await getBooking(t.http, reference, token).expect(200)).body.status).toBe('cancelled');
    });

    it('refuses to cancel or move a booking once it has started with 409 BOOKING_IN_PAST', async () => {
      const { reference, token, slot } = await newBooking('2026-11-27');
      t.clock.set(slot.start);
      try {
        const cancelled = await cancel(t.http, reference, token).expect(409);
        expect(cancelled.body).toMatchObject({ statusCode: 409, code: 'BOOKING_IN_PAST' });
        const moved = await reschedule(t.http, reference, token, {
          start: `${THURSDAY}T12:00:00+01:00`,
        }).expect(409);
        expect(moved.body).toMatchObject({ statusCode: 409, code: 'BOOKING_IN_PAST' });
        expect((await getBooking(t.http, reference, token).expect(200)).body).toMatchObject({
          status: 'booked',
          start: slot.start,
        });
      } finally {
        t.clock.set(NOW);
      }
    });

    it('can still cancel a minute before the start', async () => {
      const { reference, token, slot } = await newBooking('2026-11-27');
      t.clock.set(new Date(new Date(slot.start).getTime() - 60_000));
      try {
        await cancel(t.http, reference, token).expect(200);
      } finally {
        t.clock.set(NOW);
      }
    });

    it('keeps the old time when the new one is taken (409 SLOT_TAKEN)', async () => {
      const [mine, theirs] = await Promise.all([visitTriage(t.http, 'FLYT'), visitTriage(t.http, 'FLYT')]);
      const bus = await slotsOn(t.http, mine, BUS_DAY, 'BUS');
      const taken = bus.find((s) => s.start === `${BUS_DAY}T10:00:00+01:00`)!;
      const own = bus.find((s) => s.start === `${BUS_DAY}T11:00:00+01:00`)!;
      await postBooking(t.http, bookingFor(theirs, taken)).expect(201);
      const created = await postBooking(t.http, bookingFor(mine, own)).expect(201);
      const { reference, manageToken: token } = created.body as { reference: string; manageToken: string };

      for (const start of [taken.start, `${BUS_DAY}T10:15:00+01:00`]) {
        const res = await reschedule(t.http, reference, token, { start }).expect(409);
        expect(res.body).toMatchObject({ statusCode: 409, code: 'SLOT_TAKEN' });
      }
      expect((await getBooking(t.http, reference, token).expect(200)).body).toMatchObject({
        status: 'booked',
        start: own.start,
        end: own.end,
      });
      expect(await capacityAt(t.http, mine, own.start, 'BUS')).toBe(0);
    });

    // Beside each, a start MAIN does offer for passports (another time, or for LIBRARY the same time).
    it.each([
      ['on a Saturday at MAIN', '2026-11-28T10:00:00+01:00', undefined, '2026-11-27T10:00:00+01:00'],
      ['off the grid', `${THURSDAY}T12:10:00+01:00`, undefined, `${THURSDAY}T12:15:00+01:00`],
      ['on a public holiday', '2026-12-25T10:00:00+01:00', undefined, '2026-12-18T10:00:00+01:00'],
      [
        'at a location that does not handle the errand',
        '2026-11-30T13:00:00+01:00',
        'LIBRARY',
        '2026-11-30T13:00:00+01:00',
      ],
    ])(
      'keeps the old time when the new one is not offered (%s: 422 SLOT_NOT_OFFERED)',
      async (_, start, location, offered) => {
        const { reference, token, slot, triage } = await newBooking();
        expect(await capacityAt(t.http, triage, offered, 'MAIN')).toBeGreaterThan(0);
        const res = await reschedule(t.http, reference, token, {
          start,
          ...(location && { location }),
        }).expect(422);
        expect(res.body).toMatchObject({ statusCode: 422, code: 'SLOT_NOT_OFFERED' });
        expect((await getBooking(t.http, reference, token).expect(200)).body).toMatchObject({
          status: 'booked',
          start: slot.start,
          location: { code: 'MAIN' },
        });
      },
    );

    it('refuses a move to an unknown location with 404 LOCATION_NOT_FOUND', async () => {
      const { reference, token, slot } = await newBooking();
      const res = await reschedule(t.http, reference, token, {
        start: slot.start,
        location: 'NOWHERE',
      }).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'LOCATION_NOT_FOUND' });
    });

    it('refuses a move without an offset with 400 VALIDATION_FAILED', async () => {
      const { reference, token } = await newBooking();
      const res = await reschedule(t.http, reference, token, { start: `${THURSDAY}T12:00:00` }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    });

    it('moves a booking by a few minutes overlapping its own time: it does not block itself', async () => {
      const triage = await visitTriage(t.http, 'FLYT');
      const bus = await slotsOn(t.http, triage, BUS_DAY, 'BUS');
      const slot = bus.find((s) => s.start === `${BUS_DAY}T13:00:00+01:00`)!;
      expect(slot.capacity).toBe(1);
      const created = await postBooking(t.http, bookingFor(triage, slot)).expect(201);
      const { reference, manageToken: token } = created.body as { reference: string; manageToken: string };
      // 13:00-13:20 → 13:15-13:35 on the bus's only station with its only adviser.
      const moved = await reschedule(t.http, reference, token, { start: `${BUS_DAY}T13:15:00+01:00` }).expect(
        200,
      );
      expect(moved.body).toMatchObject({
        start: `${BUS_DAY}T13:15:00+01:00`,
        end: `${BUS_DAY}T13:35:00+01:00`,
        station: created.body.station,
      });
      const back = await reschedule(t.http, reference, token, { start: slot.start }).expect(200);
      expect(back.body).toMatchObject({ start: slot.start, end: slot.end });
    });

    it('moves a booking to another location', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const [small] = await slotsOn(t.http, triage, THURSDAY, 'SMALL');
      // SMALL opens at 12:00 on Thursdays, with one station and one adviser.
      expect(small).toMatchObject({ start: `${THURSDAY}T12:00:00+01:00`, capacity: 1 });
      const created = await postBooking(t.http, bookingFor(triage, slot)).expect(201);
      const moved = await reschedule(t.http, created.body.reference, created.body.manageToken, {
        start: small.start,
        location: 'SMALL',
      }).expect(200);
      expect(moved.body).toMatchObject({ start: small.start, location: { code: 'SMALL' } });
      expect(await capacityAt(t.http, triage, small.start, 'SMALL')).toBe(small.capacity - 1);
    });
  });

  describe('calendar.ics', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      // MAIN at its address, open weekdays 10:00-14:00 with one passport station and adviser.
      const hours = [{ from: '10:00', to: '14:00' }];
      const main = await givenLocation(t, { code: 'MAIN', address: MAIN_ADDRESS, hours });
      await givenAdviser(t, { errands: PASSPORT, works: [{ at: main, hours }] });
    });
    afterAll(() => t.close());

    it('is one event at the booked time, with address, reference, documents and a reminder', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const offered = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const created = await postBooking(t.http, bookingFor(triage, offered[0])).expect(201);
      const { reference, manageToken: token } = created.body as { reference: string; manageToken: string };

      const res = await calendar(t.http, reference, token).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8$/);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="borgerservice-${reference.replace('-', '')}.ics"`,
      );
      const events = calendarEvents(res.text);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event.start.getTime()).toBe(new Date(created.body.start as string).getTime());
      expect(event.end!.getTime()).toBe(new Date(created.body.end as string).getTime());
      expect(textOf(event.location)).toContain(MAIN_ADDRESS);
      const description = textOf(event.description);
      expect(description).toContain(reference);
      for (const document of created.body.documents as string[]) expect(description).toContain(document);
      expect(textOf(event.summary)).toContain(reference);
      expect(event.status).toBe('CONFIRMED');
      expect(event.alarms).toEqual([expect.objectContaining({ type: 'VALARM', action: 'DISPLAY' })]);
      expect(res.text).toMatch(/BEGIN:VALARM\r\n(?:.*\r\n)*?TRIGGER:-P1D\r\n/);

      const moved = await reschedule(t.http, reference, token, { start: offered.at(-1)!.start }).expect(200);
      const [afterMove] = calendarEvents((await calendar(t.http, reference, token).expect(200)).text);
      expect(afterMove.uid).toBe(event.uid);
      expect(afterMove.sequence).toBeGreaterThan(event.sequence!);
      expect(afterMove.start.getTime()).toBe(new Date(moved.body.start as string).getTime());

      await cancel(t.http, reference, token).expect(200);
      const [afterCancel] = calendarEvents((await calendar(t.http, reference, token).expect(200)).text);
      expect(afterCancel.uid).toBe(event.uid);
      expect(afterCancel.status).toBe('CANCELLED');
      expect(afterCancel.sequence).toBeGreaterThan(afterMove.sequence!);
    });

    it('is in English for an English booking', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const created = await postBooking(t.http, { ...bookingFor(triage, slot), language: 'en' }).expect(201);
      const [event] = calendarEvents(
        (await calendar(t.http, created.body.reference, created.body.manageToken).expect(200)).text,
      );
      expect(textOf(event.description)).toContain(`Booking reference: ${created.body.reference}`);
    });

    it('answers a wrong token with 404 BOOKING_NOT_FOUND', async () => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [slot] = await slotsOn(t.http, triage, THURSDAY, 'MAIN');
      const created = await postBooking(t.http, bookingFor(triage, slot)).expect(201);
      const res = await calendar(t.http, created.body.reference, SOME_TOKEN).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'BOOKING_NOT_FOUND' });
      expect(res.text).not.toContain('BEGIN:VCALENDAR');
    });
  });
});

/** POST /bookings as it is (no triage, no retries): for asserting the answer to each request. */
function postBooking(http: App, body: object, key: string | null = randomUUID(), language?: string) {
  const req = request(http).post('/bookings');
  if (key !== null) void req.set('Idempotency-Key', key);
  if (language) void req.set('Accept-Language', language);
  return req.send(body);
}

function bookingFor(triage: string, slot: Pick<SlotView, 'start' | 'location'>, citizen: Citizen = karen()) {
  return { triage, start: slot.start, location: slot.location.code, citizen };
}

function getBooking(http: App, reference: string, token: string) {
  return request(http)
    .get(`/bookings/${encodeURIComponent(reference)}`)
    .query({ token });
}

function calendar(http: App, reference: string, token: string) {
  return request(http)
    .get(`/bookings/${encodeURIComponent(reference)}/calendar.ics`)
    .query({ token });
}

function cancel(http: App, reference: string, token: string, body: object = {}) {
  return request(http)
    .post(`/bookings/${encodeURIComponent(reference)}/cancel`)
    .query({ token })
    .send(body);
}

function reschedule(http: App, reference: string, token: string, body: { start: string; location?: string }) {
  return request(http)
    .post(`/bookings/${encodeURIComponent(reference)}/reschedule`)
    .query({ token })
    .send(body);
}

/** Opens every connection of the pool, so that concurrent requests meet in the database at once. */
async function warmUp(http: App, triage: string): Promise<void> {
  await Promise.all(Array.from({ length: 20 }, () => freeSlots(http, { triage, location: 'MAIN' })));
}

/** The free slots of one location on one local day. */
async function slotsOn(http: App, triage: string, date: string, location: string): Promise<SlotView[]> {
  const [day] = await freeSlots(http, { triage, from: date, to: date, location });
  return day.slots;
}

/** How many visits availability still offers at this start (0 when it offers none). */
async function capacityAt(http: App, triage: string, start: string, location: string): Promise<number> {
  const date = start.slice(0, 10);
  const slots = await slotsOn(http, triage, date, location);
  return slots.find((s) => new Date(s.start).getTime() === new Date(start).getTime())?.capacity ?? 0;
}

/** Until some statement of this database waits for a lock (at most five seconds). */
async function waitForLockWait(t: TestApp, statement: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 10) {
    const rows = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND strpos(query, $1) > 0`,
      [statement],
    );
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no statement "${statement}" came to wait for a lock`);
}

async function count(t: TestApp, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [{ count }] = await t.dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM ${table} WHERE ${where}`,
    params,
  );
  return count;
}

/** What a refused request must not change. */
async function writes(t: TestApp): Promise<{ bookings: number; idempotencyRecords: number }> {
  return { bookings: await count(t, 'bookings'), idempotencyRecords: await count(t, 'idempotency_records') };
}

/** `count` stations "<name> 1" … "<name> <count>", each handling `errands`. */
function stations(count: number, name: string, errands: string[]) {
  return Array.from({ length: count }, (_, i) => ({ name: `${name} ${i + 1}`, errands }));
}

/** `count` advisers alike: the same errands, working time and absences. */
async function givenAdvisers(t: TestApp, count: number, spec: AdviserSpec): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await givenAdviser(t, spec));
  return ids;
}

/**
 * BUS, the citizen bus: one station for moving (FLYT), open 10:00-15:00 only on the given Saturdays
 * (rows valid on that one date and no weekly rows, so it is closed on every other day), and one
 * adviser who works on it exactly then.
 */
async function givenBus(t: TestApp, saturdays: string[]): Promise<GivenLocation> {
  const hours: WeeklyHours[] = saturdays.map((date) => ({
    days: [6],
    from: '10:00',
    to: '15:00',
    validFrom: date,
    validTo: date,
  }));
  const bus = await givenLocation(t, {
    code: 'BUS',
    name: 'Borgerbussen',
    kind: 'mobile',
    hours,
    stations: [{ name: 'Bussens skranke', errands: MOVING }],
  });
  await givenAdviser(t, { errands: MOVING, works: [{ at: bus, hours }] });
  return bus;
}

/**
 * LIBRARY: open Mondays 13:00-16:00 with one desk for digital help and moving, no passports. Its
 * helper could do a passport, but no station there can: so the library does not offer them.
 */
async function givenLibrary(t: TestApp): Promise<GivenLocation> {
  const hours = [{ days: [1], from: '13:00', to: '16:00' }];
  const library = await givenLocation(t, {
    code: 'LIBRARY',
    kind: 'library',
    hours,
    stations: [{ name: 'Hjælpebordet', errands: ['DIGITAL_HJAELP', 'FLYT'] }],
  });
  await givenAdviser(t, {
    errands: ['DIGITAL_HJAELP', 'FLYT', 'PAS_VOKSEN'],
    works: [{ at: library, hours }],
  });
  return library;
}
