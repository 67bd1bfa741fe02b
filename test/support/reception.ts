import type { Booked } from './bookings.js';
import { book, uniqueEmail } from './bookings.js';
import { BROWSER_ACCEPT, decodeHtml, type Agent } from './booking-pages.js';
import { givenOffice, type Office } from './factories.js';
import type { TestApp } from './test-app.js';

/*
 * What the reception tests share: two small offices open on weekdays 09:00-16:00 (two passport
 * desks at the first, one at the second) and bookings made through the citizen API.
 */

/** A Wednesday, before opening: today's 10:00 can still be booked (two hours' notice). */
export const DESK_NOW = '2026-11-25T07:30:00+01:00';
export const TODAY = '2026-11-25';
export const TOMORROW = '2026-11-26';

export interface Desks {
  main: Office;
  other: Office;
}

export async function givenDesks(t: TestApp, codes: [string, string]): Promise<Desks> {
  const main = await givenOffice(t, {
    code: codes[0],
    stations: 2,
    advisers: 2,
    errands: ['PAS_VOKSEN', 'FLYT'],
  });
  const other = await givenOffice(t, { code: codes[1], errands: ['PAS_VOKSEN', 'FLYT'] });
  return { main, other };
}

/** A booking at `time` (local "10:00") on `date` at the location, for a named citizen with a phone. */
export function bookAt(
  t: TestApp,
  location: string,
  date: string,
  time: string,
  citizen: { name: string; phone?: string; email?: string },
): Promise<Booked> {
  return book(t, {
    location,
    date,
    pick: (slots) => slots.find((slot) => slot.start.slice(11, 16) === time),
    citizen: { email: uniqueEmail(), ...citizen },
  });
}

/** The visible text of an HTML page (tags dropped, spaces folded), for asserting what people read. */
export function textOf(html: string): string {
  return decodeHtml(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  ).trim();
}

/** The main content's text alone (no header, menu or idle dialog). */
export function mainText(html: string): string {
  return textOf(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html);
}

/** Posts a form as a browser would, without the CSRF token (a forged form). */
export function postWithoutToken(agent: Agent, path: string, fields: Record<string, string>) {
  return agent.post(path).type('form').set('Accept', BROWSER_ACCEPT).send(fields);
}

/** The booking's status, reasons and start as stored. */
export async function stored(t: TestApp, booking: Pick<Booked, 'id'>) {
  const [row] = await t.dataSource.query<
    {
      status: string;
      cancel_reason: string | null;
      move_reason: string | null;
      starts_at: Date;
      queue_number: number | null;
    }[]
  >('SELECT status, cancel_reason, move_reason, starts_at, queue_number FROM bookings WHERE id = $1', [
    booking.id,
  ]);
  return row;
}

/** The audit rows of an action by an account, newest first. */
export async function auditRows(t: TestApp, actor: string, action: string) {
  return t.dataSource.query<{ bookings: string[]; objects: string[] }[]>(
    'SELECT bookings, objects FROM audit_events WHERE actor_id = $1 AND action = $2 ORDER BY occurred_at DESC',
    [actor, action],
  );
}
