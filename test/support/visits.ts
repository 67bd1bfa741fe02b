import request from 'supertest';
import type { Booked } from './bookings.js';
import type { TestApp } from './test-app.js';

/** The stored row of a booking, for asserting what an endpoint wrote. */
export async function bookingRow(t: TestApp, booking: Pick<Booked, 'id'>): Promise<Record<string, unknown>> {
  const [row] = await t.dataSource.query<Record<string, unknown>[]>(
    `SELECT status, checked_in_at, queue_day::text AS queue_day, queue_number, called_at, started_at, completed_at, outcome,
            can_do_alone_next_time, sequence, updated_at, source, location_id, adviser_id, cancel_reason, cancelled_at
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
export async function checkInBefore(t: TestApp, auth: string, booking: Booked, location = 'MAIN') {
  const tenBefore = new Date(Date.parse(booking.start) - 10 * 60_000).toISOString();
  const res = await at(t, tenBefore, () => checkIn(t, auth, booking.reference, location));
  if (res.status !== 200) throw new Error(`check-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { queueNumber: number };
}

/** Cancels through the citizen API (before the start). */
export async function cancelBooking(t: TestApp, booking: Booked): Promise<void> {
  await request(t.http)
    .post(`/bookings/${booking.reference}/cancel`)
    .query({ token: booking.manageToken })
    .send({})
    .expect(200);
}
