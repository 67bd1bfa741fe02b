import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { uniqueEmail } from './bookings.js';
import { givenAdviser, givenLocation, type GivenLocation, type WeeklyHours } from './factories.js';
import type { TestApp } from './test-app.js';

/** MITID_NY answers (the demo catalog): a call instead of a visit, a visit with a call offered, a visit only. */
export const MITID_ANSWERS = {
  callbackOnly: { mitid_stopped_working: true, needs_help: false, has_chip_id: true, has_cpr: true },
  visitAndCallback: { mitid_stopped_working: false, needs_help: true, has_chip_id: false, has_cpr: true },
  visitOnly: { mitid_stopped_working: false, needs_help: false, has_chip_id: false, has_cpr: true },
} as const;

/** A stored MITID_NY triage of the kind asked for. */
export async function mitidTriage(http: App, kind: keyof typeof MITID_ANSWERS): Promise<string> {
  const res = await request(http)
    .post('/triage')
    .send({ errand: 'MITID_NY', answers: MITID_ANSWERS[kind] })
    .expect(201);
  return res.body.id as string;
}

export interface Hotline extends GivenLocation {
  adviserIds: string[];
}

/**
 * A hotline (kind `hotline`, no stations) open `hours` on weekdays, with `advisers` hotline
 * advisers for `errands` who work all its hours there.
 */
export async function givenHotline(
  t: TestApp,
  options: { code?: string; advisers?: number; errands?: string[]; hours?: WeeklyHours[] } = {},
): Promise<Hotline> {
  const hours = options.hours ?? [{ from: '08:00', to: '16:00' }];
  const errands = options.errands ?? ['MITID_NY'];
  const location = await givenLocation(t, {
    code: options.code ?? 'HOTLINE',
    name: 'Borgerservice Hotline',
    kind: 'hotline',
    address: 'Telefon 87 53 50 00',
    hours,
    stations: [],
  });
  const adviserIds: string[] = [];
  for (let i = 0; i < (options.advisers ?? 2); i++)
    adviserIds.push(
      await givenAdviser(t, { name: `Hotline ${i + 1}`, errands, works: [{ at: location, hours }] }),
    );
  return { ...location, adviserIds };
}

let nextPhone = 20_000_000;

/** A Danish number of its own per call, so the per-contact limit never refuses a set-up. */
export function uniquePhone(): string {
  return String(nextPhone++);
}

/** POST /bookings for a callback (or whatever `location` makes of it), with a phone by default. */
export function postCallback(
  http: App,
  body: { triage: string; start: string; location?: string; citizen?: Record<string, unknown> },
) {
  return request(http)
    .post('/bookings')
    .set('Idempotency-Key', randomUUID())
    .send({
      location: 'HOTLINE',
      ...body,
      citizen: body.citizen ?? { name: 'Karen Jensen', email: uniqueEmail(), phone: uniquePhone() },
    });
}
