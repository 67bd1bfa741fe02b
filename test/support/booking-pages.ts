import request from 'supertest';
import { givenOffice, type Office } from './factories.js';
import { freeSlots, visitTriage } from './flows.js';
import type { TestApp } from './test-app.js';

export type Agent = ReturnType<typeof request.agent>;

/*
 * What the booking pages' tests share: a bookable place, a triage with an offered time, and a
 * page visitor that keeps its cookies and posts forms as a browser would (with the CSRF token and
 * the hidden fields of the form it was shown).
 */

/** A Wednesday morning; the first bookable day is the next Tuesday. */
export const NOW = '2026-11-25T09:00:00+01:00';
export const TUESDAY = '2026-12-01';
export const ADDRESS = 'Torvegade 8, 8400 Ebeltoft';
export const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** A passport office open weekdays 09:00-16:00 with two stations and two advisers. */
export async function givenPassportOffice(t: TestApp, code: string): Promise<Office> {
  const office = await givenOffice(t, { code, name: `Borgerservice ${code}`, stations: 2, advisers: 2 });
  await t.dataSource.query('UPDATE locations SET address = $2 WHERE id = $1', [office.id, ADDRESS]);
  return office;
}

/** A fresh visit triage and the offered starts at the place on the date (first first). */
export async function triageWithTimes(
  t: TestApp,
  location: string,
  date = TUESDAY,
): Promise<{ triage: string; starts: string[] }> {
  const triage = await visitTriage(t.http, 'PAS_VOKSEN');
  const [day] = await freeSlots(t.http, { triage, from: date, to: date, location });
  return { triage, starts: [...new Set(day.slots.map((slot) => slot.start))] };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

export function decodeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/** The `<form>` with this id (or the first POST form), as markup. */
export function formMarkup(html: string, id?: string): string {
  const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((markup) =>
    id ? markup.includes(`id="${id}"`) : /method="post"/.test(markup.slice(0, markup.indexOf('>'))),
  );
  if (!form) throw new Error(`no form ${id ?? 'posting'} on the page`);
  return form;
}

/** A form's action and its hidden fields, as a browser would send them. */
export function formOf(html: string, id?: string): { action: string; fields: Record<string, string> } {
  const form = formMarkup(html, id);
  const action = decodeHtml(/action="([^"]*)"/.exec(form)?.[1] ?? '');
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? '';
    if (name) fields[name] = decodeHtml(value);
  }
  return { action, fields };
}

/** A visitor with its own cookie jar (the CSRF secret), like one browser. */
export function visitor(t: TestApp): Agent {
  return request.agent(t.http);
}

/** Opens the contact page for a time; the answer's form is the contact form. */
export function contactPath(triage: string, location: string, start: string, language?: 'en'): string {
  const query = new URLSearchParams({ sted: location, tid: start, ...(language && { lang: language }) });
  return `/book/${triage}/kontakt?${query.toString()}`;
}

/** Posts the form (by id, or the page's first POST form) with its hidden fields and `fields` on top. */
export function submit(
  agent: Agent,
  html: string,
  fields: Record<string, string> = {},
  id?: string,
): request.Test {
  const form = formOf(html, id);
  return agent
    .post(form.action)
    .type('form')
    .set('Accept', BROWSER_ACCEPT)
    .send({ ...form.fields, ...fields });
}

/** The texts of the error summary's entries. */
export function errorSummary(html: string): string[] {
  const summary = /<div class="alert alert-error"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a [^>]*href="#([^"]+)"[^>]*>([^<]*)<\/a>/g)].map(
    ([, field, text]) => `${field}: ${decodeHtml(text)}`,
  );
}
