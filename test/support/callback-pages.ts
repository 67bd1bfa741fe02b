import request from 'supertest';
import type { App } from 'supertest/types.js';
import { type GivenLocation, givenAdviser, givenLocation } from './factories.js';
import { freeSlots } from './flows.js';
import type { TestApp } from './test-app.js';

/*
 * What the callback pages' tests share: the phone desk (a hotline place with no stations and
 * advisers who work there), and MitID triages that end in a callback, or in a visit with a callback
 * offered beside it (the demo catalog's MITID_NY: rules `mitid-trouble` and `needs-help`).
 */

export const HOTLINE_ADDRESS = 'Telefon 87 53 50 00 – vi ringer til dig';
/** MITID_NY's phone help: a call takes 20 minutes. */
export const CALL_MINUTES = 20;
/** A citizen's number as people write it. */
export const CITIZEN_PHONE = '12 34 56 78';

/** MitID stopped working (rule `mitid-trouble`): a callback instead of a visit. */
export const CALLBACK_ANSWERS = { mitid_stopped_working: true, has_chip_id: true, has_cpr: true };
/** Needs help with the digital solution (rule `needs-help`): a visit, with a callback offered. */
export const VISIT_WITH_CALLBACK_ANSWERS = { needs_help: true, has_chip_id: false, has_cpr: true };

/**
 * The phone desk: a hotline place open on weekdays 08:00-16:00 with one adviser (or `advisers`) for
 * MITID_NY working those hours there.
 */
export async function givenHotline(
  t: TestApp,
  options: { code?: string; advisers?: number } = {},
): Promise<GivenLocation & { adviserIds: string[] }> {
  const hotline = await givenLocation(t, {
    code: options.code ?? 'HOTLINE',
    name: 'Borgerservice Hotline',
    kind: 'hotline',
    address: HOTLINE_ADDRESS,
    hours: [{ from: '08:00', to: '16:00' }],
    stations: [],
  });
  const adviserIds: string[] = [];
  for (let i = 0; i < (options.advisers ?? 1); i++)
    adviserIds.push(
      await givenAdviser(t, {
        name: `Hotline ${i + 1}`,
        errands: ['MITID_NY'],
        works: [{ at: hotline, hours: [{ from: '08:00', to: '16:00' }] }],
      }),
    );
  return { ...hotline, adviserIds };
}

/** A stored MITID_NY triage for the answers; fails unless it ended in `outcome`. */
export async function mitidTriage(
  http: App,
  answers: Record<string, boolean>,
  outcome: 'callback' | 'visit',
): Promise<string> {
  const res = await request(http).post('/triage').send({ errand: 'MITID_NY', answers }).expect(201);
  if (res.body.outcome !== outcome)
    throw new Error(`MITID_NY triage said ${res.body.outcome}, not ${outcome}`);
  return res.body.id as string;
}

/** The call times the hotline offers the triage on the date (first first). */
export async function callTimes(
  t: TestApp,
  triage: string,
  date: string,
  location = 'HOTLINE',
): Promise<string[]> {
  const [day] = await freeSlots(t.http, { triage, from: date, to: date, location });
  return [...new Set(day.slots.map((slot) => slot.start))];
}

/** The callback picker's path for a triage (the outcome page's "Ring mig op"). */
export function callbackPickerPath(triage: string, location = 'HOTLINE', language?: 'en'): string {
  const query = new URLSearchParams({ sted: location, ...(language && { lang: language }) });
  return `/book/${triage}/tid?${query.toString()}`;
}

let phones = 0;
/** A phone number of its own each time (the per-contact limit counts numbers), written with spaces. */
export function uniquePhone(): string {
  phones += 1;
  const digits = String(20_000_000 + ((process.pid * 7919 + phones * 104_729) % 70_000_000)).padStart(8, '2');
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}
