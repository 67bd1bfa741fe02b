import { jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { momentForPeople } from '../../src/web/page/people-time.js';
import { uniqueEmail } from '../support/bookings.js';
import { clickAway, inspect, launchBrowser, newContext, servePages, tabTo } from '../support/browser.js';
import { givenOffice } from '../support/factories.js';
import { calendarEvents } from '../support/ical.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(180_000);

/*
 * The whole path as a citizen takes it, in one go: "mistet mit pas" typed on the start page, the
 * questions, a place and a time, contact, check, book, the receipt and its .ics, then move and
 * cancel from the manage link. In Danish with JavaScript and the keyboard alone (the ALTCHA widget
 * solves a real challenge); in English without JavaScript (the no-proof route). The pages' own
 * specs look at each step's states and errors; this one proves the steps join up.
 */

const NOW = '2026-11-25T09:00:00+01:00';
const ZONE = 'Europe/Copenhagen';
const ADDRESS = 'Torvegade 8, 8400 Ebeltoft';

const WORDS = {
  da: {
    search: 'Skriv hvad du skal, med dine egne ord',
    searchButton: 'Søg',
    errand: 'Mistet eller stjålet pas',
    start: 'Start',
    answers: [
      ['Er passet blevet stjålet?', 'Nej'],
      ['Er du i udlandet lige nu?', 'Nej'],
      ['Skal du have et nyt pas?', 'Ja'],
      ['Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?', 'Nej'],
    ],
    continue: 'Fortsæt',
    finish: 'Se resultatet',
    bookTime: 'Book tid',
    place: 'Borgerservice Ebeltoft',
    name: 'Navn',
    email: 'E-mail',
    book: 'Book tiden',
    booked: 'Din tid er booket',
    calendar: 'Tilføj til kalender',
    change: 'Flyt tiden',
    move: 'Flyt til den valgte tid',
    moved: 'Din tid er flyttet',
    cancel: 'Aflys tiden',
    confirmCancel: 'Ja, aflys tiden',
    cancelled: 'Din tid er aflyst',
  },
  en: {
    search: 'Describe your errand in your own words',
    searchButton: 'Search',
    errand: 'Lost or stolen passport',
    start: 'Start',
    answers: [
      ['Was the passport stolen?', 'No'],
      ['Are you abroad right now?', 'No'],
      ['Do you need a new passport?', 'Yes'],
      ['Do you need help because you cannot use the digital solution?', 'No'],
    ],
    continue: 'Continue',
    finish: 'See the result',
    bookTime: 'Book an appointment',
    place: 'Borgerservice Ebeltoft',
    name: 'Name',
    email: 'E-mail',
    book: 'Book the time',
    booked: 'Your appointment is booked',
    calendar: 'Add to calendar',
    change: 'Change the time',
    move: 'Move to the chosen time',
    moved: 'Your appointment has been moved',
    cancel: 'Cancel the appointment',
    confirmCancel: 'Yes, cancel the appointment',
    cancelled: 'Your appointment has been cancelled',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

/** How the citizen acts: by keyboard alone, or by pointer (the page reloads either way). */
interface Hands {
  press(target: Locator): Promise<void>;
  fill(target: Locator, text: string): Promise<void>;
  /** Checks the radio labelled `label` in the group. */
  choose(group: Locator, label: string): Promise<void>;
}

function keyboard(page: Page): Hands {
  return {
    press: async (target) => {
      await tabTo(page, target);
      await clickAway(page, () => page.keyboard.press('Enter'));
    },
    fill: async (target, text) => {
      await tabTo(page, target);
      await page.keyboard.type(text);
    },
    choose: async (group, label) => {
      // Tab lands on a radio group once; the arrow keys move through it and check as they go.
      await tabTo(page, group.getByRole('radio').first());
      await page.keyboard.press('Space');
      const target = group.getByLabel(label, { exact: true });
      for (let i = 0; i < 20 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
      expect(await target.isChecked()).toBe(true);
    },
  };
}

function pointer(page: Page): Hands {
  return {
    press: (target) => clickAway(page, () => target.click()),
    fill: (target, text) => target.fill(text),
    choose: (group, label) => group.getByLabel(label, { exact: true }).check(),
  };
}

async function findAndAnswer(page: Page, hands: Hands, w: Words): Promise<void> {
  await hands.fill(page.getByLabel(w.search), 'mistet mit pas');
  await hands.press(page.getByRole('button', { name: w.searchButton }));
  await hands.press(page.getByRole('link', { name: w.errand }).first());
  await hands.press(page.getByRole('link', { name: w.start, exact: true }));
  for (const [question, choice] of w.answers) {
    await page.getByRole('heading', { level: 1, name: question }).waitFor();
    await hands.choose(page.getByRole('group', { name: question }), choice);
    const last = question === w.answers[w.answers.length - 1][0];
    await hands.press(page.getByRole('button', { name: last ? w.finish : w.continue }));
  }
}

/** From the outcome to the check page: the place, the first time offered, name and e-mail. */
async function placeTimeContact(page: Page, hands: Hands, w: Words): Promise<string> {
  await hands.press(page.getByRole('link', { name: w.bookTime, exact: true }));
  await hands.choose(page.getByRole('group').first(), w.place);
  await hands.press(page.getByRole('button', { name: w.continue }));
  const times = page
    .getByRole('group')
    .filter({ has: page.locator('input[name="tid"]') })
    .first();
  const first = times.locator('input[name="tid"]').first();
  const start = (await first.getAttribute('value'))!;
  await hands.choose(
    times,
    (await page.locator(`label[for="${await first.getAttribute('id')}"]`).innerText()).trim(),
  );
  await hands.press(page.getByRole('button', { name: w.continue }));
  // Nothing given: the form comes back with the error summary, which has the focus.
  await hands.press(page.getByRole('button', { name: w.continue }));
  await expect(page.evaluate('document.activeElement.id')).resolves.toBe('error-summary');
  await hands.fill(page.getByLabel(w.name), 'Karen Jensen');
  await hands.fill(page.getByLabel(w.email), uniqueEmail());
  await hands.press(page.getByRole('button', { name: w.continue }));
  return start;
}

describe('a citizen’s whole path in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW, env: { ALTCHA_ENABLED: 'true', ALTCHA_COMPLEXITY: '1000' } });
    const office = await givenOffice(t, {
      code: 'MAIN',
      name: 'Borgerservice Ebeltoft',
      errands: ['PAS_MISTET'],
      stations: 2,
      advisers: 2,
    });
    await t.dataSource.query('UPDATE locations SET address = $2 WHERE id = $1', [office.id, ADDRESS]);
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it.each([
    { language: 'da', javaScript: true, how: 'by keyboard, with JavaScript' },
    { language: 'en', javaScript: false, how: 'by pointer, without JavaScript' },
  ] as const)(
    'types "mistet mit pas" and ends with a booked, moved and cancelled visit ($language, $how)',
    async ({ language, javaScript }) => {
      const w = WORDS[language];
      const context = await newContext(browser, baseUrl, { javaScript });
      const page = await context.newPage();
      const hands = javaScript ? keyboard(page) : pointer(page);
      await page.goto(language === 'en' ? '/?lang=en' : '/');

      await findAndAnswer(page, hands, w);
      const start = await placeTimeContact(page, hands, w);
      if (javaScript) await page.locator('#proof').waitFor({ state: 'visible' });
      await hands.press(page.getByRole('button', { name: w.book }));

      await page.getByRole('heading', { name: w.booked }).waitFor();
      await expect(page.getByText(momentForPeople(start, ZONE, language)).count()).resolves.toBeGreaterThan(
        0,
      );
      await expect(page.getByText(ADDRESS).count()).resolves.toBeGreaterThan(0);
      await inspect(page, `journey-receipt-${language}`);
      const ics = await page.request.get(
        (await page.getByRole('link', { name: w.calendar }).getAttribute('href'))!,
      );
      const [event] = calendarEvents(await ics.text());
      expect(event.start.toISOString()).toBe(new Date(start).toISOString());

      await hands.press(page.getByRole('link', { name: /\/min-tid\// }));
      await hands.press(page.getByRole('link', { name: w.change }));
      const later = page.locator('input[name="tid"]').nth(2);
      const moved = (await later.getAttribute('value'))!;
      await hands.choose(
        page.getByRole('group').filter({ has: later }),
        (await page.locator(`label[for="${await later.getAttribute('id')}"]`).innerText()).trim(),
      );
      await hands.press(page.getByRole('button', { name: w.move }));
      await page.getByRole('heading', { name: w.moved }).waitFor();
      await expect(page.getByText(momentForPeople(moved, ZONE, language)).count()).resolves.toBeGreaterThan(
        0,
      );

      await hands.press(page.getByRole('link', { name: w.cancel }));
      await hands.press(page.getByRole('button', { name: w.confirmCancel }));
      await page.getByRole('heading', { name: w.cancelled }).waitFor();
      await inspect(page, `journey-cancelled-${language}`);

      const [booking] = await t.dataSource.query<{ status: string; starts_at: Date }[]>(
        "SELECT status, starts_at FROM bookings WHERE citizen_name = 'Karen Jensen' ORDER BY created_at DESC LIMIT 1",
      );
      expect(booking).toEqual({ status: 'cancelled', starts_at: new Date(moved) });
      await context.close();
    },
  );
});
