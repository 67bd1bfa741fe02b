import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type Agent, BROWSER_ACCEPT, decodeHtml, formMarkup, formOf } from './booking-pages.js';
import { type Booked, book, uniqueEmail } from './bookings.js';
import type { Office } from './factories.js';
import type { TestApp } from './test-app.js';

/*
 * What the admin people tests share: the JSON API as an admin calls it, a whole-day absence, and
 * where a visit is now.
 */

/** The admin API with one Authorization header, reads included. */
export function peopleApi(t: TestApp, auth: string) {
  return {
    get: (path: string, query: Record<string, string> = {}) =>
      request(t.http).get(path).query(query).set('Authorization', auth),
    post: (path: string, body: object = {}) =>
      request(t.http).post(path).set('Authorization', auth).send(body),
    put: (path: string, body: object) => request(t.http).put(path).set('Authorization', auth).send(body),
  };
}

/** A whole local day (Copenhagen, winter time) away. */
export function dayAway(date: string, reason = 'Sygdom') {
  const next = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { startsAt: `${date}T00:00:00+01:00`, endsAt: `${next}T00:00:00+01:00`, reason };
}

/** A visit at `start` in the office, with the given adviser (test set-up). */
export function visitWith(t: TestApp, office: Office, adviser: string, start: string): Promise<Booked> {
  return book(t, { location: office.code, start, adviser });
}

/** Who has the visit now, where, when and in which status. */
export async function visitNow(
  t: TestApp,
  booked: Pick<Booked, 'id'>,
): Promise<{ adviserId: string; stationId: string; start: string; status: string; sequence: number }> {
  const [row] = await t.dataSource.query<
    { adviserId: string; stationId: string; start: Date; status: string; sequence: number }[]
  >(
    `SELECT adviser_id AS "adviserId", station_id AS "stationId", starts_at AS start, status, sequence
     FROM bookings WHERE id = $1`,
    [booked.id],
  );
  return { ...row, start: row.start.toISOString() };
}

/** Active visits of an adviser that overlap an instant. */
export async function visitsOfAt(t: TestApp, adviserId: string, instant: string): Promise<number> {
  const [{ count }] = await t.dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM bookings
     WHERE adviser_id = $1 AND status <> 'cancelled' AND starts_at <= $2 AND ends_at > $2`,
    [adviserId, instant],
  );
  return count;
}

/** The audit rows of an action, oldest first. */
export function auditRows(t: TestApp, action: string) {
  return t.dataSource.query<{ actor_id: string; bookings: string[]; objects: string[] }[]>(
    'SELECT actor_id, bookings, objects FROM audit_events WHERE action = $1 ORDER BY occurred_at, id',
    [action],
  );
}

/** POST /bookings for a triage made beforehand: only the booking itself races. */
export function citizenBooks(t: TestApp, triage: string, location: string, start: string) {
  return request(t.http)
    .post('/bookings')
    .set('Idempotency-Key', randomUUID())
    .send({ triage, start, location, citizen: { name: 'Karen Jensen', email: uniqueEmail() } });
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Posts a form as a browser does, fields in order and a name repeated for each ticked box
 * (supertest's object form would write `roles[0]=…`, which no browser sends).
 */
export function submitPairs(agent: Agent, html: string, id: string, pairs: [string, string][]): request.Test {
  const form = formOf(html, id);
  const body = new URLSearchParams([...Object.entries(form.fields), ...pairs]);
  return agent.post(form.action).type('form').set('Accept', BROWSER_ACCEPT).send(body.toString());
}

/** The text of the page's main content, tags removed, for asserting what a person reads. */
export function mainText(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return decodeHtml(main.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).trim();
}

/** Every value a browser would send from the form as it stands: inputs, selected options, ticked boxes, text areas. */
export function formValues(html: string, id: string): [string, string][] {
  const form = formMarkup(html, id);
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const pairs: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const type = attribute(tag, 'type') ?? 'text';
    if (!name || (['checkbox', 'radio'].includes(type) && !/\schecked\b/.test(tag))) continue;
    pairs.push([name, decodeHtml(attribute(tag, 'value') ?? '')]);
  }
  for (const [, open, options] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const chosen =
      /<option\b[^>]*\sselected\b[^>]*>/.exec(options)?.[0] ?? /<option\b[^>]*>/.exec(options)?.[0] ?? '';
    pairs.push([attribute(open, 'name')!, decodeHtml(attribute(chosen, 'value') ?? '')]);
  }
  for (const [, open, text] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g))
    pairs.push([attribute(open, 'name')!, decodeHtml(text)]);
  return pairs;
}

/** Posts the form as it stands, with `changes` replacing (or adding) single fields. */
export function submitAsShown(
  agent: Agent,
  html: string,
  id: string,
  changes: Record<string, string> = {},
): request.Test {
  const hidden = formOf(html, id).fields;
  const kept = formValues(html, id).filter(([name]) => !(name in changes) && !(name in hidden));
  return submitPairs(agent, html, id, [...kept, ...Object.entries(changes)]);
}
