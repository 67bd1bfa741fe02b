import request from 'supertest';
import { VisitsService } from '../src/visits/visits.service.js';
import { expectError } from './support/admin.js';
import { book, type Booked } from './support/bookings.js';
import { givenOffice, givenStaff, type Office } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { at, bookingRow, checkIn } from './support/visits.js';

/*
 * Every writer of a booking's status goes through the transition table: the citizen's cancel,
 * reception's check-in, the adviser's call/start/complete/no-show, an admin change's cancel and the
 * no-show sweep. This file builds its own office and walks the refusals.
 */

/** Wednesday morning; the office is open on weekdays 09:00-16:00. */
const NOW = '2026-11-25T08:00:00+01:00';
const EIGHT_DAYS_AHEAD = '2026-12-03T10:00:00+01:00';
const TODAY_AT_TEN = '2026-11-25T10:00:00+01:00';

describe('booking statuses change only as the transition table allows', () => {
  let t: TestApp;
  let office: Office;
  let adviser: string;
  let reception: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    office = await givenOffice(t, { stations: 2, advisers: 1 });
    adviser = await givenStaff(t, 'adviser', { adviserId: office.adviserIds[0] });
    reception = await givenStaff(t, 'reception');
    admin = await givenStaff(t, 'admin');
  });
  afterEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  const visit = (booked: Booked, action: string, body: object = {}) =>
    request(t.http).post(`/visits/${booked.reference}/${action}`).set('Authorization', adviser).send(body);
  const cancel = (booked: Booked) =>
    request(t.http)
      .post(`/bookings/${booked.reference}/cancel`)
      .query({ token: booked.manageToken })
      .send({});
  const status = async (booked: Booked) => (await bookingRow(t, booked)).status;

  it('refuses a no-show for a visit eight days ahead, and changes nothing', async () => {
    const booked = await book(t, { start: EIGHT_DAYS_AHEAD, location: office.code });
    const before = await bookingRow(t, booked);
    const res = await visit(booked, 'no-show').expect(409);
    expectError(res, 409, 'VISIT_NOT_STARTED', { start: '2026-12-03T09:00:00.000Z' });
    expect(await bookingRow(t, booked)).toEqual(before);
  });

  it('walks check-in → call → start → complete, and refuses every step out of order', async () => {
    const booked = await book(t, { start: TODAY_AT_TEN, location: office.code });
    expectError(await visit(booked, 'call'), 409, 'VISIT_STATE_CONFLICT', { status: 'booked' });
    expectError(
      await visit(booked, 'complete', { outcome: 'done_by_adviser', canDoAloneNextTime: true }),
      409,
      'VISIT_STATE_CONFLICT',
    );

    await at(t, '2026-11-25T09:50:00+01:00', () =>
      checkIn(t, reception, booked.reference, office.code).expect(200),
    );
    await at(t, '2026-11-25T10:00:00+01:00', async () => {
      await visit(booked, 'call').expect(200);
      await visit(booked, 'start').expect(200);
      expectError(await visit(booked, 'call'), 409, 'VISIT_STATE_CONFLICT', { status: 'in_progress' });
      expectError(await visit(booked, 'no-show'), 409, 'VISIT_STATE_CONFLICT', { status: 'in_progress' });
      await visit(booked, 'complete', { outcome: 'self_served_with_help', canDoAloneNextTime: true }).expect(
        200,
      );
      expectError(await visit(booked, 'start'), 409, 'VISIT_STATE_CONFLICT', { status: 'completed' });
      expectError(await cancel(booked), 409, 'BOOKING_IN_PAST');
    });
    expect(await status(booked)).toBe('completed');
  });

  it('lets a citizen cancel once, and then nobody checks the booking in or cancels it again', async () => {
    const booked = await book(t, { start: '2026-11-26T11:00:00+01:00', location: office.code });
    await cancel(booked).expect(200);
    expectError(await cancel(booked), 409, 'BOOKING_CANCELLED');
    const late = await at(t, '2026-11-26T10:55:00+01:00', () =>
      checkIn(t, reception, booked.reference, office.code),
    );
    expectError(late, 409, 'BOOKING_CANCELLED');
    expect(await bookingRow(t, booked)).toMatchObject({
      status: 'cancelled',
      checked_in_at: null,
      sequence: 1,
    });
  });

  it('cancels through the table when an admin change breaks a booking', async () => {
    const booked = await book(t, { start: '2026-11-27T12:00:00+01:00', location: office.code });
    const res = await request(t.http)
      .post('/admin/closures')
      .set('Authorization', admin)
      .send({
        location: office.code,
        startsOn: '2026-11-27',
        endsOn: '2026-11-27',
        reason: 'Vandskade',
        cancelBookings: true,
      })
      .expect(201);
    expect(res.body.cancelledBookings).toEqual([expect.objectContaining({ reference: booked.reference })]);
    expect(await bookingRow(t, booked)).toMatchObject({ status: 'cancelled', sequence: 1 });
  });

  it('marks only bookings nobody checked in as no-shows, once, after the check-in window', async () => {
    const missed = await book(t, { start: '2026-11-30T10:00:00+01:00', location: office.code });
    const arrived = await book(t, { start: '2026-11-30T10:30:00+01:00', location: office.code });
    await at(t, '2026-11-30T10:25:00+01:00', () =>
      checkIn(t, reception, arrived.reference, office.code).expect(200),
    );
    const sweep = () => t.app.get(VisitsService).markNoShows();

    t.clock.set('2026-11-30T10:14:00+01:00');
    expect(await sweep()).toBe(0);
    t.clock.set('2026-11-30T12:00:00+01:00');
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    expect(await bookingRow(t, missed)).toMatchObject({ status: 'no_show', sequence: 1 });
    expect(await bookingRow(t, arrived)).toMatchObject({ status: 'checked_in', sequence: 0 });
  });

  it('lets two receptionists checking one citizen in at once give one queue number', async () => {
    const booked = await book(t, { start: '2026-12-01T10:00:00+01:00', location: office.code });
    t.clock.set('2026-12-01T09:45:00+01:00');
    const answers = await Promise.all(
      [1, 2, 3].map(() => checkIn(t, reception, booked.reference, office.code)),
    );
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((res) => res.body.queueNumber as number)).size).toBe(1);
    expect(await bookingRow(t, booked)).toMatchObject({ status: 'checked_in', queue_number: 1 });
  });

  it('lets reception put a no-show who came after all back into the queue, on that day only', async () => {
    const late = await book(t, { start: '2026-12-02T10:00:00+01:00', location: office.code });
    const missed = await book(t, { start: '2026-12-02T11:00:00+01:00', location: office.code });
    t.clock.set('2026-12-02T12:00:00+01:00');
    expect(await t.app.get(VisitsService).markNoShows()).toBe(2);
    const undo = (booked: Booked, auth = reception) =>
      request(t.http).post(`/visits/${booked.reference}/undo-no-show`).set('Authorization', auth).send({});

    const res = await undo(late).expect(200);
    expect(res.body).toMatchObject({ status: 'checked_in', checkedIn: true, queueNumber: 1 });
    expect(await bookingRow(t, late)).toMatchObject({ status: 'checked_in', queue_day: '2026-12-02' });
    expectError(await undo(late), 409, 'VISIT_STATE_CONFLICT', { status: 'checked_in' });

    t.clock.set('2026-12-03T08:00:00+01:00');
    expectError(await undo(missed), 409, 'NO_SHOW_FINAL');
    expect(await bookingRow(t, missed)).toMatchObject({ status: 'no_show', checked_in_at: null });
  });

  it('lets an adviser undo only their own no-shows', async () => {
    const other = await givenOffice(t, { stations: 1, advisers: 1 });
    const theirs = await book(t, { start: '2026-12-04T10:00:00+01:00', location: other.code });
    t.clock.set('2026-12-04T10:30:00+01:00');
    await t.app.get(VisitsService).markNoShows();
    const res = await request(t.http)
      .post(`/visits/${theirs.reference}/undo-no-show`)
      .set('Authorization', adviser)
      .send({});
    expectError(res, 403, 'NOT_YOUR_VISIT');
    expect((await bookingRow(t, theirs)).status).toBe('no_show');
  });
});
