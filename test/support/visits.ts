import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { visitTriage } from './flows.js';
import { DEMO_EMAILS } from './staff.js';
import type { TestApp } from './test-app.js';

export interface Citizen {
  name?: string;
  email?: string;
  phone?: string;
}

/** A booking made through the citizen API, with what tests need to find and change it. */
export interface BookedVisit {
  id: string;
  reference: string;
  manageToken: string;
  start: string;
  end: string;
  adviserId: string;
  stationId: string;
  locationId: string;
}

export interface BookOptions {
  location?: string;
  errand?: string;
  citizen?: Citizen;
}

/**
 * Books `start` through POST /bookings (the clock must be at least BOOKING_MIN_NOTICE_MINUTES
 * before it); the API picks the station and the adviser.
 */
export async function bookAt(t: TestApp, start: string, options: BookOptions = {}): Promise<BookedVisit> {
  const triage = await visitTriage(t.http, options.errand ?? 'PAS_VOKSEN');
  const res = await request(t.http)
    .post('/bookings')
    .set('Idempotency-Key', randomUUID())
    .send({
      triage,
      start,
      location: options.location ?? 'MAIN',
      citizen: options.citizen ?? { name: 'Karen Jensen' },
    });
  if (res.status !== 201)
    throw new Error(`booking ${start} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const reference = res.body.reference as string;
  const [row] = await t.dataSource.query<
    { id: string; adviserId: string; stationId: string; locationId: string }[]
  >(
    `SELECT id, adviser_id AS "adviserId", station_id AS "stationId", location_id AS "locationId"
     FROM bookings WHERE reference = $1`,
    [reference.replace('-', '')],
  );
  return { ...row, reference, manageToken: res.body.manageToken, start: res.body.start, end: res.body.end };
}

/** The adviser record behind a demo e-mail (Mette Sørensen's by default). */
export async function adviserIdOf(t: TestApp, email: string = DEMO_EMAILS.adviser): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM advisers WHERE email = $1', [
    email,
  ]);
  if (!row) throw new Error(`no adviser ${email}`);
  return row.id;
}

/**
 * Test set-up only: books `start` and hands the booking to the adviser, who must work then and be
 * free (the exclusion constraint refuses a second visit of one adviser at one time).
 */
export async function bookFor(
  t: TestApp,
  adviserId: string,
  start: string,
  options: BookOptions = {},
): Promise<BookedVisit> {
  const booking = await bookAt(t, start, options);
  if (booking.adviserId !== adviserId) {
    await t.dataSource.query('UPDATE bookings SET adviser_id = $2 WHERE id = $1', [booking.id, adviserId]);
  }
  return { ...booking, adviserId };
}

/** The stored row of a booking, for asserting what an endpoint wrote. */
export async function bookingRow(
  t: TestApp,
  booking: Pick<BookedVisit, 'id'>,
): Promise<Record<string, unknown>> {
  const [row] = await t.dataSource.query<Record<string, unknown>[]>(
    `SELECT status, checked_in_at, queue_day::text AS queue_day, queue_number, called_at, started_at, completed_at, outcome,
            can_do_alone_next_time, sequence, updated_at, source, location_id, adviser_id
     FROM bookings WHERE id = $1`,
    [booking.id],
  );
  return row;
}

/** Runs `work` with the test clock at `instant`, then puts the clock back. */
export async function at<T>(t: TestApp, instant: string, work: () => Promise<T>): Promise<T> {
  const saved = t.clock.now();
  t.clock.set(instant);
  try {
    return await work();
  } finally {
    t.clock.set(saved);
  }
}

/** POST /reception/check-ins as the given receptionist. */
export function checkIn(t: TestApp, auth: string, reference: string, location = 'MAIN') {
  return request(t.http)
    .post('/reception/check-ins')
    .set('Authorization', auth)
    .send({ reference, location });
}

/** Test set-up: checks the booking in through reception, ten minutes before its start. */
export async function checkInBefore(t: TestApp, auth: string, booking: BookedVisit, location = 'MAIN') {
  const tenBefore = new Date(Date.parse(booking.start) - 10 * 60_000).toISOString();
  const res = await at(t, tenBefore, () => checkIn(t, auth, booking.reference, location));
  if (res.status !== 200) throw new Error(`check-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { queueNumber: number };
}

/** Cancels through the citizen API (before the start). */
export async function cancelBooking(t: TestApp, booking: BookedVisit): Promise<void> {
  await request(t.http)
    .post(`/bookings/${booking.reference}/cancel`)
    .query({ token: booking.manageToken })
    .send({})
    .expect(200);
}
