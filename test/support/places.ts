import type request from 'supertest';
import { type Booked, book } from './bookings.js';
import {
  type Agent,
  BROWSER_ACCEPT,
  decodeHtml,
  formMarkup,
  givenPassportOffice,
  TUESDAY,
} from './booking-pages.js';
import type { Office } from './factories.js';
import type { TestApp } from './test-app.js';

/*
 * What the places pages' tests share (test/admin-places-pages.e2e-spec.ts and the browser test): a
 * passport office open weekdays 09:00-16:00 with one visit booked on Tuesday 1 December 2026, for
 * changes that hit it.
 */

export const PLACES_PATH = '/staff/admin/steder';

export async function givenBookedOffice(
  t: TestApp,
  code: string,
): Promise<{ office: Office; booked: Booked }> {
  const office = await givenPassportOffice(t, code);
  const booked = await book(t, { location: code, date: TUESDAY });
  return { office, booked };
}

/** The booking's status and cancel reason as stored. */
export async function bookingState(
  t: TestApp,
  booked: Booked,
): Promise<{ status: string; reason: string | null }> {
  const [row] = await t.dataSource.query<{ status: string; reason: string | null }[]>(
    'SELECT status, cancel_reason AS reason FROM bookings WHERE id = $1',
    [booked.id],
  );
  return row;
}

/** The closures of a location (or of all, `null`) with this reason. */
export async function closuresWith(
  t: TestApp,
  reason: string,
): Promise<{ starts_on: string; ends_on: string; location_id: string | null }[]> {
  return t.dataSource.query(
    `SELECT starts_on::text, ends_on::text, location_id FROM closures WHERE reason = $1 ORDER BY starts_on`,
    [reason],
  );
}

/**
 * Every field a browser would send with the form as shown (hidden and text inputs, ticked boxes and
 * radios, textareas), with `fields` on top: for forms whose typed values must go along again.
 */
export function formAsFilled(
  html: string,
  id: string,
): { action: string; fields: Record<string, string | string[]> } {
  const form = formMarkup(html, id);
  const fields: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const present = fields[name];
    fields[name] = present === undefined ? value : ([] as string[]).concat(present, value);
  };
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const type = /type="([^"]*)"/.exec(input)?.[1] ?? 'text';
    if (!name || ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(input))) continue;
    add(name, decodeHtml(/value="([^"]*)"/.exec(input)?.[1] ?? ''));
  }
  for (const [, name, value] of form.matchAll(/<textarea\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g))
    add(name, decodeHtml(value));
  return { action: decodeHtml(/action="([^"]*)"/.exec(form)?.[1] ?? ''), fields };
}

/** Posts the form as filled in, with `fields` changed. */
export function submitFilled(
  agent: Agent,
  html: string,
  id: string,
  fields: Record<string, string | string[]> = {},
): request.Test {
  const form = formAsFilled(html, id);
  return agent
    .post(form.action)
    .type('form')
    .set('Accept', BROWSER_ACCEPT)
    .send({ ...form.fields, ...fields });
}
