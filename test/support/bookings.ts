import { randomUUID } from 'node:crypto';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { freeSlots, type SlotView, visitTriage } from './flows.js';
import type { TestApp } from './test-app.js';

export interface Citizen {
  name?: string;
  email?: string;
  phone?: string;
}

/** What a test asks for: a start, or a local date (the first free slot, or the one `pick` chooses). */
export interface BookingRequest {
  start?: string;
  date?: string;
  pick?: (slots: SlotView[]) => SlotView | undefined;
  /** Location code; default MAIN. */
  location?: string;
  /** Errand code; default PAS_VOKSEN. */
  errand?: string;
  citizen?: Citizen;
  /** Hand the visit to this adviser (test set-up: they must work then and be free). */
  adviser?: string;
}

/** A booking made through the citizen API, with what tests need to find, check and change it. */
export interface Booked {
  id: string;
  reference: string;
  manageToken: string;
  start: string;
  end: string;
  /** Location code, as the booking was asked for. */
  location: string;
  locationId: string;
  errand: string;
  stationId: string;
  adviserId: string;
}

async function startFor(
  t: TestApp,
  triage: string,
  location: string,
  request: BookingRequest,
): Promise<string> {
  if (request.start) return request.start;
  if (!request.date) throw new Error('book: give a start or a date');
  const [day] = await freeSlots(t.http, { triage, from: request.date, to: request.date, location });
  const slot = (request.pick ?? ((slots) => slots[0]))(day.slots);
  if (!slot) throw new Error(`no free slot at ${location} on ${request.date}`);
  return slot.start;
}

/**
 * The one way tests book: triage, then POST /bookings (the clock must be at least
 * BOOKING_MIN_NOTICE_MINUTES before the start); the API picks the station and the adviser.
 */
export async function book(t: TestApp, request: BookingRequest = {}): Promise<Booked> {
  const errand = request.errand ?? 'PAS_VOKSEN';
  const location = request.location ?? 'MAIN';
  const triage = await visitTriage(t.http, errand);
  const start = await startFor(t, triage, location, request);
  const res = await requestBooking(t, { triage, start, location, citizen: request.citizen });
  if (res.status !== 201)
    throw new Error(`booking ${start} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const reference = res.body.reference as string;
  const [row] = await t.dataSource.query<{ id: string; adviserId: string; locationId: string }[]>(
    `SELECT id, adviser_id AS "adviserId", location_id AS "locationId" FROM bookings WHERE reference = $1`,
    [reference.replace('-', '')],
  );
  const booked: Booked = {
    ...row,
    reference,
    manageToken: res.body.manageToken,
    start: res.body.start,
    end: res.body.end,
    location,
    errand,
    stationId: res.body.station.id,
  };
  if (request.adviser && request.adviser !== booked.adviserId) {
    // Set-up only: the exclusion constraint still refuses a second visit of one adviser at one time.
    await t.dataSource.query('UPDATE bookings SET adviser_id = $2 WHERE id = $1', [
      booked.id,
      request.adviser,
    ]);
    booked.adviserId = request.adviser;
  }
  return booked;
}

function requestBooking(
  t: TestApp,
  body: { triage: string; start: string; location: string; citizen?: Citizen },
) {
  return request(t.http)
    .post('/bookings')
    .set('Idempotency-Key', randomUUID())
    .send({ ...body, citizen: body.citizen ?? { name: 'Karen Jensen', email: uniqueEmail() } });
}

/** An address of its own per booking, so that the per-contact limit never refuses a test's set-up. */
export function uniqueEmail(): string {
  return `karen.${randomUUID().slice(0, 8)}@example.dk`;
}

/**
 * What a client (the ALTCHA widget, or a script) sends in the Altcha header: a challenge from
 * GET /bookings/challenge with its solution, found with altcha-lib like a determined script would.
 */
export async function solvedChallenge(http: App, headers: Record<string, string> = {}): Promise<string> {
  const res = await request(http).get('/bookings/challenge').set(headers).expect(200);
  return solve(res.body as Challenge);
}

export async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the challenge could not be solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
