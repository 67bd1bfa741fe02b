import { jest } from '@jest/globals';
import request from 'supertest';
import type { Booked } from './support/bookings.js';
import { givenAccount, givenStaff } from './support/factories.js';
import {
  auditRows,
  bookAt,
  DESK_NOW,
  type Desks,
  givenDesks,
  stored,
  TOMORROW,
} from './support/reception.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * Reception's JSON API for a citizen's booking: search, read with the triage answers, free times,
 * cancel and move for the citizen, and a later time for a walk-in. Offices RAA (where the
 * receptionist works) and RAB.
 */

jest.setTimeout(60_000);

describe('reception bookings API', () => {
  let t: TestApp;
  let desks: Desks;
  let auth: string;
  let deskId: string;
  let karen: Booked;
  let elsewhere: Booked;

  const get = (path: string, as = auth) => request(t.http).get(path).set('Authorization', as);
  const post = (path: string, body: object, as = auth) =>
    request(t.http).post(path).set('Authorization', as).send(body);

  beforeAll(async () => {
    t = await createTestApp({ now: DESK_NOW });
    desks = await givenDesks(t, ['RAA', 'RAB']);
    karen = await bookAt(t, 'RAA', TOMORROW, '10:00', { name: 'Karen Jensen', phone: '12345678' });
    elsewhere = await bookAt(t, 'RAB', TOMORROW, '10:00', { name: 'Karen Nielsen' });
    const account = await givenAccount(t, 'reception', { locations: [desks.main] });
    auth = await account.signIn();
    deskId = account.id;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DESK_NOW));

  describe('GET /reception/{location}/bookings?q=', () => {
    it('finds by name, phone or reference at the location only, audited', async () => {
      for (const q of ['karen', '+45 12 34 56 78', karen.reference.toLowerCase()]) {
        const res = await get(`/reception/RAA/bookings?q=${encodeURIComponent(q)}`).expect(200);
        expect(res.body.map((visit: { reference: string }) => visit.reference)).toEqual([karen.reference]);
        expect(res.body[0]).toMatchObject({
          citizenName: 'Karen Jensen',
          status: 'booked',
          start: '2026-11-26T10:00:00+01:00',
        });
        expect(res.body[0]).not.toHaveProperty('contact');
      }
      expect((await auditRows(t, deskId, 'bookings.search'))[0].bookings).toEqual([karen.reference]);
    });

    it('answers 400 without a query, 401 without a token, 403 elsewhere or for an adviser, 404 for no place', async () => {
      expect((await get('/reception/RAA/bookings?q=k').expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await request(t.http).get('/reception/RAA/bookings?q=karen').expect(401)).body.code).toBe(
        'AUTHENTICATION_REQUIRED',
      );
      expect((await get('/reception/RAB/bookings?q=karen').expect(403)).body.code).toBe(
        'LOCATION_NOT_ALLOWED',
      );
      const adviser = await givenStaff(t, 'adviser');
      expect((await get('/reception/RAA/bookings?q=karen', adviser).expect(403)).body.code).toBe(
        'ROLE_REQUIRED',
      );
      expect((await get('/reception/NOPE/bookings?q=karen').expect(404)).body.code).toBe(
        'LOCATION_NOT_FOUND',
      );
    });
  });

  describe('GET /reception/bookings/{reference}', () => {
    it('reads the booking with contact and the triage answers, audited', async () => {
      const res = await get(`/reception/bookings/${karen.reference}`).expect(200);
      expect(res.body).toMatchObject({
        reference: karen.reference,
        location: { code: 'RAA' },
        contact: { phone: '12345678' },
        cancelReason: null,
        moveReason: null,
        triage: {
          outcome: 'visit',
          answers: [
            { key: 'has_mitid', question: 'Har du MitID?', answer: 'yes' },
            { key: 'has_old_passport', answer: 'yes' },
          ],
        },
      });
      expect((await auditRows(t, deskId, 'booking.read'))[0].bookings).toEqual([karen.reference]);
    });

    it('answers 404 BOOKING_NOT_FOUND and 403 for another place’s booking', async () => {
      expect((await get('/reception/bookings/KKKK-KKKK').expect(404)).body.code).toBe('BOOKING_NOT_FOUND');
      expect((await get(`/reception/bookings/${elsewhere.reference}`).expect(403)).body.code).toBe(
        'LOCATION_NOT_ALLOWED',
      );
    });
  });

  describe('GET /reception/bookings/{reference}/free-times', () => {
    it('gives the free starts per day for the booking’s errand and place', async () => {
      const res = await get(
        `/reception/bookings/${karen.reference}/free-times?from=${TOMORROW}&to=${TOMORROW}`,
      ).expect(200);
      expect(res.body.days).toHaveLength(1);
      expect(res.body.days[0].starts).toContain('2026-11-26T14:00:00+01:00');
      expect(
        (
          await get(
            `/reception/bookings/${karen.reference}/free-times?from=${TOMORROW}&to=2026-11-20`,
          ).expect(400)
        ).body.code,
      ).toBe('DATE_RANGE_REVERSED');
    });
  });

  describe('POST /reception/bookings/{reference}/reschedule', () => {
    it('moves to a free start with the reason, audited', async () => {
      const moved = await bookAt(t, 'RAA', TOMORROW, '09:00', { name: 'Mads Flyt' });
      const res = await post(`/reception/bookings/${moved.reference}/reschedule`, {
        start: '2026-11-26T14:30:00+01:00',
        reason: 'Ringede',
      }).expect(200);
      expect(res.body).toMatchObject({ start: '2026-11-26T14:30:00+01:00', moveReason: 'Ringede' });
      expect((await stored(t, moved)).move_reason).toBe('Ringede');
      expect((await auditRows(t, deskId, 'booking.reschedule'))[0].bookings).toEqual([moved.reference]);
    });

    it('answers 400 without a reason or start, 422 SLOT_NOT_OFFERED, 403 elsewhere', async () => {
      const path = `/reception/bookings/${karen.reference}/reschedule`;
      const invalid = await post(path, { start: '2026-11-26T14:00:00+01:00', reason: '' }).expect(400);
      expect(invalid.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
      expect((await post(path, { reason: 'x' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      const night = await post(path, { start: '2026-11-26T03:00:00+01:00', reason: 'x' }).expect(422);
      expect(night.body.code).toBe('SLOT_NOT_OFFERED');
      const other = `/reception/bookings/${elsewhere.reference}/reschedule`;
      expect(
        (await post(other, { start: '2026-11-26T14:00:00+01:00', reason: 'x' }).expect(403)).body.code,
      ).toBe('LOCATION_NOT_ALLOWED');
    });

    it('answers 409 SLOT_TAKEN for a start another visit holds on every desk', async () => {
      const first = await bookAt(t, 'RAA', TOMORROW, '12:00', { name: 'A' });
      await bookAt(t, 'RAA', TOMORROW, '12:00', { name: 'B' });
      const third = await bookAt(t, 'RAA', TOMORROW, '12:30', { name: 'C' });
      const res = await post(`/reception/bookings/${third.reference}/reschedule`, {
        start: '2026-11-26T12:00:00+01:00',
        reason: 'x',
      });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SLOT_TAKEN');
      expect((await stored(t, third)).starts_at).toEqual(new Date('2026-11-26T12:30:00+01:00'));
      expect((await stored(t, first)).status).toBe('booked');
    });
  });

  describe('POST /reception/bookings/{reference}/cancel', () => {
    it('cancels with the reason, audited; again → 409 BOOKING_CANCELLED', async () => {
      const cancelled = await bookAt(t, 'RAA', TOMORROW, '15:00', { name: 'Sara Syg' });
      const path = `/reception/bookings/${cancelled.reference}/cancel`;
      const res = await post(path, { reason: 'Syg' }).expect(200);
      expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'Syg' });
      expect((await auditRows(t, deskId, 'booking.cancel'))[0].bookings).toEqual([cancelled.reference]);
      expect((await post(path, { reason: 'Igen' }).expect(409)).body.code).toBe('BOOKING_CANCELLED');
      expect(
        (
          await post(`/reception/bookings/${cancelled.reference}/reschedule`, {
            start: '2026-11-26T14:00:00+01:00',
            reason: 'x',
          }).expect(409)
        ).body.code,
      ).toBe('BOOKING_CANCELLED');
    });

    it('answers 400 without a reason, 409 BOOKING_IN_PAST once the time has begun, 404 and 403', async () => {
      const path = `/reception/bookings/${karen.reference}/cancel`;
      expect((await post(path, {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
      t.clock.set('2026-11-26T10:05:00+01:00');
      expect((await post(path, { reason: 'For sent' }).expect(409)).body.code).toBe('BOOKING_IN_PAST');
      expect(
        (await post('/reception/bookings/KKKK-KKKK/cancel', { reason: 'x' }).expect(404)).body.code,
      ).toBe('BOOKING_NOT_FOUND');
      expect(
        (await post(`/reception/bookings/${elsewhere.reference}/cancel`, { reason: 'x' }).expect(403)).body
          .code,
      ).toBe('LOCATION_NOT_ALLOWED');
      expect((await stored(t, karen)).status).toBe('booked');
    });
  });

  describe('POST /reception/walk-ins/later', () => {
    async function walkInWithNothingToday(): Promise<{ triage: string; start: string }> {
      t.clock.set('2026-11-25T15:55:00+01:00');
      const res = await post('/reception/walk-ins', {
        location: 'RAA',
        errand: 'PAS_VOKSEN',
        answers: { has_mitid: false, has_old_passport: true },
      }).expect(200);
      expect(res.body.visit).toBeNull();
      return { triage: res.body.triage.id, start: res.body.nextAvailable.start };
    }

    it('books the next free time by name, not checked in, audited', async () => {
      const { triage, start } = await walkInWithNothingToday();
      const res = await post('/reception/walk-ins/later', {
        location: 'RAA',
        triage,
        start,
        name: 'Maja',
      }).expect(201);
      expect(res.body).toMatchObject({
        start,
        status: 'booked',
        checkedIn: false,
        source: 'walk_in',
        citizenName: 'Maja',
      });
      expect((await auditRows(t, deskId, 'visit.walk-in-later'))[0].bookings).toEqual([res.body.reference]);
      const again = await post('/reception/walk-ins/later', { location: 'RAA', triage, start, name: 'Maja' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('TRIAGE_ALREADY_BOOKED');
    });

    it('answers 400 without a name, 404 TRIAGE_NOT_FOUND, 422 TRIAGE_NOT_VISIT and SLOT_NOT_OFFERED, 403 elsewhere', async () => {
      const { triage, start } = await walkInWithNothingToday();
      const body = { location: 'RAA', triage, start, name: 'Maja' };
      const nameless = await post('/reception/walk-ins/later', { ...body, name: '' }).expect(400);
      expect(nameless.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['name']);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(
        (await post('/reception/walk-ins/later', { ...body, triage: unknown }).expect(404)).body.code,
      ).toBe('TRIAGE_NOT_FOUND');
      const selfService = await post('/triage', {
        errand: 'FLYT',
        answers: { has_mitid: true, moving_abroad: false, needs_help: false },
      }).expect(201);
      expect(
        (await post('/reception/walk-ins/later', { ...body, triage: selfService.body.id }).expect(422)).body
          .code,
      ).toBe('TRIAGE_NOT_VISIT');
      const night = await post('/reception/walk-ins/later', {
        ...body,
        start: '2026-11-26T03:00:00+01:00',
      }).expect(422);
      expect(night.body.code).toBe('SLOT_NOT_OFFERED');
      expect(
        (await post('/reception/walk-ins/later', { ...body, location: 'RAB' }).expect(403)).body.code,
      ).toBe('LOCATION_NOT_ALLOWED');
    });
  });
});
