import { book, type Booked, uniqueEmail } from './bookings.js';
import { givenAdviser, givenLocation, givenStaff, type GivenLocation } from './factories.js';
import type { TestApp } from './test-app.js';
import { at } from './visits.js';

/*
 * What the adviser pages' tests share: Borgerservice Ebeltoft (MAIN, weekdays 09:00-16:00, two
 * stations for passports and moving) where Mette Sørensen and Jesper Møller work the opening hours,
 * and a Wednesday with visits booked the day before.
 */

/** A Wednesday morning, before the first visit. */
export const ADVISER_NOW = '2026-11-25T09:00:00+01:00';
export const ERRANDS = ['PAS_VOKSEN', 'FLYT'];

export interface AdviserWorld {
  main: GivenLocation;
  mette: string;
  jesper: string;
  /** Reception's Authorization header, to check citizens in through the API. */
  reception: string;
}

export async function givenAdviserWorld(t: TestApp): Promise<AdviserWorld> {
  const main = await givenLocation(t, {
    code: 'MAIN',
    name: 'Borgerservice Ebeltoft',
    stations: [
      { name: 'Skranke 1', errands: ERRANDS },
      { name: 'Skranke 2', errands: ERRANDS },
    ],
  });
  const works = [{ at: main, hours: [{ from: '09:00', to: '16:00' }] }];
  const mette = await givenAdviser(t, { name: 'Mette Sørensen', errands: ERRANDS, works });
  const jesper = await givenAdviser(t, { name: 'Jesper Møller', errands: ERRANDS, works });
  return { main, mette, jesper, reception: await givenStaff(t, 'reception') };
}

/** A visit with `adviser` at `start`, booked the day before (so any start that day is offered). */
export function visitWith(
  t: TestApp,
  adviser: string,
  start: string,
  citizen: string,
  errand = 'PAS_VOKSEN',
): Promise<Booked> {
  const dayBefore = new Date(Date.parse(start) - 24 * 3_600_000).toISOString();
  return at(t, dayBefore, () =>
    book(t, { adviser, start, errand, citizen: { name: citizen, email: uniqueEmail() } }),
  );
}

/** The visible text of an HTML fragment, tags dropped and whitespace collapsed (for `toContain`). */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

/** The markup of one visit's card on "Min dag". */
export function visitCard(html: string, reference: string): string {
  const key = reference.replace('-', '');
  const card = new RegExp(`<section class="visit-card[^"]*" id="besoeg-${key}"[\\s\\S]*?</section>`).exec(
    html,
  );
  if (!card) throw new Error(`no card for ${reference} on the page`);
  return card[0];
}
