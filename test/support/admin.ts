import request, { type Response } from 'supertest';
import type { App } from 'supertest/types.js';
import type { Booked } from './bookings.js';
import { bookingRow } from './visits.js';
import type { TestApp } from './test-app.js';

/** Requests to the admin API with one Authorization header. */
export function adminApi(http: App, auth: string) {
  return {
    put: (path: string, body: object) => request(http).put(path).set('Authorization', auth).send(body),
    post: (path: string, body: object) => request(http).post(path).set('Authorization', auth).send(body),
    patch: (path: string, body: object) => request(http).patch(path).set('Authorization', auth).send(body),
    delete: (path: string) => request(http).delete(path).set('Authorization', auth),
  };
}

/** The booking as the admin API lists it in details.bookings and cancelledBookings. */
export function affected(booked: Booked, status = 'booked') {
  return {
    reference: booked.reference,
    start: booked.start,
    location: booked.location,
    errand: booked.errand,
    status,
  };
}

/** The parts of a booking's row an admin change may touch. */
async function cancellation(t: TestApp, booked: Booked) {
  const { status, cancel_reason, cancelled_at } = await bookingRow(t, booked);
  return { status, cancel_reason, cancelled_at };
}

/** The booking as its citizen sees it. */
export function citizenView(t: TestApp, booked: Booked) {
  return request(t.http).get(`/bookings/${booked.reference}`).query({ token: booked.manageToken });
}

export async function count(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [{ count }] = await t.dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM ${sql}`,
    params,
  );
  return count;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** 409 CHANGE_AFFECTS_BOOKINGS listing exactly this booking, which stays booked. */
export async function expectRefused(t: TestApp, res: Response, booked: Booked): Promise<void> {
  expect(res.body).toEqual({
    statusCode: 409,
    code: 'CHANGE_AFFECTS_BOOKINGS',
    message: expect.any(String) as string,
    details: { bookings: [affected(booked)] },
  });
  expect(res.status).toBe(409);
  expect(await cancellation(t, booked)).toEqual({
    status: 'booked',
    cancel_reason: null,
    cancelled_at: null,
  });
}

/** The change went through and cancelled exactly this booking, with a reason; returns the id answered. */
export async function expectCancelled(
  t: TestApp,
  res: Response,
  status: number,
  booked: Booked,
): Promise<string> {
  expect(res.body).toEqual({
    id: expect.stringMatching(UUID) as string,
    cancelledBookings: [affected(booked)],
  });
  expect(res.status).toBe(status);
  expect(await cancellation(t, booked)).toEqual({
    status: 'cancelled',
    cancel_reason: expect.stringMatching(/\S/) as string,
    cancelled_at: t.clock.now(),
  });
  expect((await citizenView(t, booked).expect(200)).body.status).toBe('cancelled');
  return res.body.id as string;
}

const text = (da: string, en: string) => ({ da, en });

/** A new errand: self-service with MitID, a visit without it or for a citizen who needs help. */
export const PARKING = {
  name: text('Beboerlicens til parkering', 'Resident parking permit'),
  description: text('Søg licens til at parkere i din zone.', 'Apply for a permit to park in your zone.'),
  visitMinutes: 10,
  documents: { da: ['Registreringsattest'], en: ['Vehicle registration certificate'] },
  fee: text('100 kr. om året', 'DKK 100 a year'),
  keywords: { da: ['parkering', 'beboerlicens'], en: ['parking', 'permit'] },
  selfService: [
    {
      key: 'selvbetjening',
      channel: 'online',
      title: text('Søg på kommunens hjemmeside', 'Apply on the municipal website'),
      url: 'https://www.syddjurs-demo.dk/parkering',
      where: text('Under »Parkering«.', 'Under "Parkering".'),
      who: text('Alle med MitID.', 'Everyone with MitID.'),
    },
  ],
  questions: [
    { key: 'has_mitid', required: true, text: text('Har du MitID?', 'Do you have MitID?') },
    { key: 'needs_help', required: false, text: text('Har du brug for hjælp?', 'Do you need help?') },
  ],
  rules: [
    {
      key: 'needs-help',
      when: [{ question: 'needs_help', equals: true }],
      outcome: 'visit',
      reason: text('Vi hjælper dig.', 'We help you.'),
    },
    {
      key: 'online',
      when: [{ question: 'has_mitid', equals: true }],
      outcome: 'self_service',
      reason: text('Søg selv online.', 'Apply online yourself.'),
      options: ['selvbetjening'],
    },
    { key: 'visit', when: [], outcome: 'visit', reason: text('Kom forbi.', 'Come by.') },
  ],
};

/** An error answer: status and `code` always; `fields` (details.fields, in order) or other `details` when given. */
export function expectError(
  res: Response,
  statusCode: number,
  code: string,
  details?: { fields?: string[]; [key: string]: unknown },
): void {
  expect({ status: res.status, statusCode: res.body.statusCode, code: res.body.code }).toEqual({
    status: statusCode,
    statusCode,
    code,
  });
  const { fields, ...others } = details ?? {};
  if (fields) expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(fields);
  if (Object.keys(others).length > 0) expect(res.body.details).toMatchObject(others);
}
