import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { momentForPeople } from '../../src/web/page/people-time.js';
import { uniqueEmail } from '../support/bookings.js';
import { ADDRESS, contactPath, givenPassportOffice, NOW, triageWithTimes } from '../support/booking-pages.js';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { calendarEvents, textOf } from '../support/ical.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

const ZONE = 'Europe/Copenhagen';

/** The words of each language the tests look for, as the citizen sees them. */
const TEXTS = {
  da: {
    contactTitle: 'Dine kontaktoplysninger – Book tid – Borgerservice',
    name: 'Navn',
    email: 'E-mail',
    phone: 'Mobilnummer',
    continue: 'Fortsæt',
    nameMissing: 'Skriv dit navn',
    check: 'Tjek dine oplysninger',
    changeName: 'Ret navn',
    book: 'Book tiden',
    proofFailed: 'Vi kunne ikke se, at bookingen kom fra et menneske. Prøv at booke igen',
    receipt: 'Kvittering',
    booked: 'Din tid er booket',
    calendar: 'Tilføj til kalender',
    manage: 'Din tid',
    change: 'Flyt tiden',
    move: 'Flyt til den valgte tid',
    noTime: 'Vælg en ny tid',
    moved: 'Din tid er flyttet',
    cancel: 'Aflys tiden',
    reason: 'Hvorfor aflyser du? (valgfrit)',
    reasonCpr: 'Skriv begrundelsen uden CPR-nummer',
    confirmCancel: 'Ja, aflys tiden',
    cancelled: 'Din tid er aflyst',
  },
  en: {
    contactTitle: 'Your contact details – Book an appointment – Citizen Service',
    name: 'Name',
    email: 'E-mail',
    phone: 'Mobile number',
    continue: 'Continue',
    nameMissing: 'Enter your name',
    check: 'Check your answers',
    changeName: 'Change name',
    book: 'Book the time',
    proofFailed: 'We could not tell that the booking came from a person. Try booking again',
    receipt: 'Receipt',
    booked: 'Your appointment is booked',
    calendar: 'Add to calendar',
    manage: 'Your appointment',
    change: 'Change the time',
    move: 'Move to the chosen time',
    noTime: 'Choose a new time',
    moved: 'Your appointment has been moved',
    cancel: 'Cancel the appointment',
    reason: 'Why are you cancelling? (optional)',
    reasonCpr: 'Write the reason without a CPR number',
    confirmCancel: 'Yes, cancel the appointment',
    cancelled: 'Your appointment has been cancelled',
  },
} as const;

async function usedChallenges(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM used_challenges',
  );
  return row.count;
}

describe('booking pages in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    // The real proof of work, at a complexity a test solves in a moment.
    t = await createTestApp({ now: NOW, env: { ALTCHA_ENABLED: 'true', ALTCHA_COMPLEXITY: '1000' } });
    await givenPassportOffice(t, 'MAIN');
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** From the contact page of an offered time to the check page, showing the contact errors on the way. */
  async function contactToCheck(page: Page, language: 'da' | 'en', look: (name: string) => Promise<void>) {
    const tx = TEXTS[language];
    const { triage, starts } = await triageWithTimes(t, 'MAIN');
    await page.goto(contactPath(triage, 'MAIN', starts[0], language === 'en' ? 'en' : undefined));
    await expect(page.title()).resolves.toBe(tx.contactTitle);
    await look(`contact-${language}`);

    await clickAway(page, () => page.getByRole('button', { name: tx.continue }).click());
    await page.getByRole('link', { name: tx.nameMissing }).waitFor();
    await expect(page.title()).resolves.toMatch(/^(Fejl|Error): /);
    await look(`contact-error-${language}`);

    await page.getByLabel(tx.name).fill('Karen Jensen');
    await page.getByLabel(tx.email).fill(uniqueEmail());
    await page.getByLabel(tx.phone).fill('12 34 56 78');
    await clickAway(page, () => page.getByRole('button', { name: tx.continue }).click());
    await page.getByRole('heading', { level: 1, name: tx.check }).waitFor();
    return { triage, start: starts[0] };
  }

  /** From the receipt: the .ics through its link, then the manage page through the link to keep. */
  async function receiptToManage(
    page: Page,
    language: 'da' | 'en',
    start: string,
    look: (name: string) => Promise<void>,
  ) {
    const tx = TEXTS[language];
    await page.getByRole('heading', { level: 1, name: tx.receipt }).waitFor();
    await page.getByRole('heading', { name: tx.booked }).waitFor();
    await expect(page.getByText(momentForPeople(start, ZONE, language)).count()).resolves.toBeGreaterThan(0);
    await look(`receipt-${language}`);

    const ics = await page.getByRole('link', { name: tx.calendar }).getAttribute('href');
    const calendar = await page.request.get(ics!);
    expect(calendar.headers()['content-type']).toMatch(/^text\/calendar/);
    const [event] = calendarEvents(await calendar.text());
    expect(event.start.toISOString()).toBe(new Date(start).toISOString());
    expect(textOf(event.location)).toContain(ADDRESS);

    await clickAway(page, () => page.getByRole('link', { name: /\/min-tid\// }).click());
    await page.getByRole('heading', { level: 1, name: tx.manage }).waitFor();
    await look(`manage-${language}`);
  }

  /** Moves the visit to another time of the picker's day, after trying without a time. */
  async function reschedule(page: Page, language: 'da' | 'en', look: (name: string) => Promise<void>) {
    const tx = TEXTS[language];
    await clickAway(page, () => page.getByRole('link', { name: tx.change }).click());
    await page.getByRole('button', { name: tx.move }).waitFor();
    await look(`reschedule-${language}`);
    await clickAway(page, () => page.getByRole('button', { name: tx.move }).click());
    await page.getByRole('link', { name: tx.noTime }).waitFor();
    await look(`reschedule-error-${language}`);
    const time = page.getByRole('radio').nth(3);
    await time.check();
    const chosen = (await time.getAttribute('value'))!;
    await clickAway(page, () => page.getByRole('button', { name: tx.move }).click());
    await page.getByRole('heading', { name: tx.moved }).waitFor();
    await expect(page.getByText(momentForPeople(chosen, ZONE, language)).count()).resolves.toBeGreaterThan(0);
    await look(`manage-moved-${language}`);
  }

  /** Cancels after the confirm step, which first refuses a CPR number in the reason. */
  async function cancel(page: Page, language: 'da' | 'en', look: (name: string) => Promise<void>) {
    const tx = TEXTS[language];
    await clickAway(page, () => page.getByRole('link', { name: tx.cancel }).click());
    await look(`cancel-${language}`);
    await page.getByLabel(tx.reason).fill('Mit CPR-nummer er 010190-1234');
    await clickAway(page, () => page.getByRole('button', { name: tx.confirmCancel }).click());
    await page.getByRole('link', { name: tx.reasonCpr }).waitFor();
    await look(`cancel-error-${language}`);
    await page.getByLabel(tx.reason).fill('Jeg kan ikke komme');
    await clickAway(page, () => page.getByRole('button', { name: tx.confirmCancel }).click());
    await page.getByRole('heading', { name: tx.cancelled }).waitFor();
    await expect(page.getByRole('link', { name: tx.cancel }).count()).resolves.toBe(0);
    await look(`manage-cancelled-${language}`);
  }

  it.each(['da', 'en'] as const)(
    'books with the proof of work solved in the page (%s), then moves and cancels',
    async (language) => {
      const tx = TEXTS[language];
      const context = await newContext(browser, baseUrl);
      const page = await context.newPage();
      // The widget keeps to the pages' CSP (no inline styles, workers from this origin): the browser
      // reports nothing it refused.
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) refused.push(message.text());
      });
      const look = (name: string) => inspect(page, name);
      const { start } = await contactToCheck(page, language, look);
      // The widget runs: shown, and the form switched to the route that requires its proof.
      await page.locator('#proof').waitFor({ state: 'visible' });
      await expect(page.locator('#book-form').getAttribute('action')).resolves.toMatch(
        /\/bekraeft(\?lang=en)?$/,
      );
      await look(`check-${language}`);

      // "Ret" keeps the answers without a URL: back to the form, filled in.
      await clickAway(page, () => page.getByRole('button', { name: tx.changeName }).click());
      await expect(page.getByLabel(tx.name).inputValue()).resolves.toBe('Karen Jensen');
      await clickAway(page, () => page.getByRole('button', { name: tx.continue }).click());
      await page.locator('#proof').waitFor({ state: 'visible' });

      // Without the widget's proof the booking is refused: the check page again, with the error.
      await page.locator('altcha-widget').evaluate((widget) => widget.remove());
      await clickAway(page, () => page.getByRole('button', { name: tx.book }).click());
      await page.getByRole('link', { name: tx.proofFailed }).waitFor();
      await page.locator('#proof').waitFor({ state: 'visible' });
      await look(`check-proof-error-${language}`);

      const solved = await usedChallenges(t);
      await clickAway(page, () => page.getByRole('button', { name: tx.book }).click());
      expect(page.url()).toMatch(/\/kvittering\/[A-Z0-9]{4}-[A-Z0-9]{4}\?token=/);
      // The browser solved a real challenge, which the booking used up.
      await expect(usedChallenges(t)).resolves.toBe(solved + 1);

      await receiptToManage(page, language, start, look);
      await reschedule(page, language, look);
      await cancel(page, language, look);
      expect(refused).toEqual([]);
      await context.close();
    },
  );

  it('books without JavaScript through the stricter route, then moves and cancels', async () => {
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    const look = (name: string) => inspect(page, `${name}-nojs`);
    const { triage, start } = await contactToCheck(page, 'da', look);
    // No widget without scripts: the form books through the route without a proof.
    await expect(page.locator('#proof').isVisible()).resolves.toBe(false);
    await expect(page.locator('#book-form').getAttribute('action')).resolves.toBe(
      `/book/${triage}/bekraeft-uden-js`,
    );
    await look('check-da');

    const solved = await usedChallenges(t);
    await clickAway(page, () => page.getByRole('button', { name: 'Book tiden' }).click());
    await expect(usedChallenges(t)).resolves.toBe(solved);
    await receiptToManage(page, 'da', start, look);
    await reschedule(page, 'da', look);
    await cancel(page, 'da', look);
    await context.close();
  });

  it('says what to do when the time has gone meanwhile', async () => {
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    const { triage } = await triageWithTimes(t, 'MAIN');
    // A time the place never offers, as a stale link would carry.
    await page.goto(contactPath(triage, 'MAIN', '2026-12-01T03:00:00+01:00'));
    await page.getByLabel('Navn').fill('Karen Jensen');
    await page.getByLabel('E-mail').fill(uniqueEmail());
    await clickAway(page, () => page.getByRole('button', { name: 'Fortsæt' }).click());
    await clickAway(page, () => page.getByRole('button', { name: 'Book tiden' }).click());
    await page.getByRole('heading', { level: 1, name: 'Tiden blev ikke booket' }).waitFor();
    await page.getByRole('link', { name: 'Tiden er ikke ledig længere' }).waitFor();
    await inspect(page, 'not-booked-da-nojs');
    await clickAway(page, () => page.getByRole('link', { name: 'Vælg en anden tid' }).click());
    expect(new URL(page.url()).pathname).toBe(`/book/${triage}/tid`);
    await context.close();
  });
});
