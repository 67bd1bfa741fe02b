import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { momentForPeople } from '../../src/web/page/people-time.js';
import { NOW } from '../support/booking-pages.js';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { givenHotline, uniquePhone } from '../support/callback-pages.js';
import { calendarEvents } from '../support/ical.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(180_000);

/*
 * A citizen whose MitID stopped working books a callback in a browser: the errand's questions, the
 * outcome that offers "Ring mig op", the hotline's time picker, the contact step that needs the
 * number to call (shown once with its error), the check page and the receipt that say when we call,
 * with its .ics and manage link. In Danish with JavaScript, in English without; axe and 320 px on
 * the outcome, the time picker, the contact error and the receipt.
 */

const ZONE = 'Europe/Copenhagen';

const WORDS = {
  da: {
    start: 'Start',
    answers: [
      [
        'Har du allerede MitID, men virker det ikke længere (fx ny telefon, glemt bruger-ID eller spærret)?',
        'Ja',
      ],
      ['Har du et gyldigt pas eller ID-kort med chip?', 'Ja'],
      ['Kan din telefon – eller en pårørendes – scanne chippen i dit pas eller ID-kort?', 'Nej'],
      ['Har du et dansk CPR-nummer?', 'Ja'],
      ['Har du en dansk bankkonto?', 'Ja'],
      ['Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?', 'Nej'],
    ],
    continue: 'Fortsæt',
    finish: 'Se resultatet',
    outcome: 'Vi kan hjælpe dig i telefonen',
    callMe: 'Ring mig op',
    when: 'Vælg hvornår vi skal ringe',
    name: 'Navn',
    phone: 'Telefonnummer',
    phoneMissing: 'Skriv det telefonnummer, vi skal ringe til',
    call: (phone: string, moment: string) => `Vi ringer til dig på ${phone} ${moment}`,
    book: 'Book opkaldet',
    booked: 'Dit opkald er booket',
    calendar: 'Tilføj til kalender',
    manage: 'Dit opkald',
    change: 'Vælg en anden tid',
    cancel: 'Aflys opkaldet',
  },
  en: {
    start: 'Start',
    answers: [
      [
        'Do you already have MitID, but it no longer works (e.g. a new phone, a forgotten user ID or blocked)?',
        'Yes',
      ],
      ['Do you have a valid passport or ID card with a chip?', 'Yes'],
      ['Can your phone – or a relative’s – scan the chip in your passport or ID card?', 'No'],
      ['Do you have a Danish CPR number?', 'Yes'],
      ['Do you have a Danish bank account?', 'Yes'],
      ['Do you need help because you cannot use the digital solution?', 'No'],
    ],
    continue: 'Continue',
    finish: 'See the result',
    outcome: 'We can help you on the phone',
    callMe: 'Call me',
    when: 'Choose when we should call you',
    name: 'Name',
    phone: 'Phone number',
    phoneMissing: 'Enter the phone number we should call',
    call: (phone: string, moment: string) => `We will call you on ${phone} on ${moment}`,
    book: 'Book the call',
    booked: 'Your call is booked',
    calendar: 'Add to calendar',
    manage: 'Your call',
    change: 'Choose another time',
    cancel: 'Cancel the call',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

const press = (page: Page, target: ReturnType<Page['getByRole']>) => clickAway(page, () => target.click());

async function answerQuestions(page: Page, w: Words): Promise<void> {
  await press(page, page.getByRole('link', { name: w.start, exact: true }));
  for (const [index, [question, choice]] of w.answers.entries()) {
    await page.getByRole('heading', { level: 1, name: question }).waitFor();
    await page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
    const last = index === w.answers.length - 1;
    await press(page, page.getByRole('button', { name: last ? w.finish : w.continue }));
  }
}

/** Chooses the first call time offered; returns its start. */
async function chooseFirstTime(page: Page, w: Words): Promise<string> {
  const first = page.locator('input[name="tid"]').first();
  const start = (await first.getAttribute('value'))!;
  await page.locator(`label[for="${await first.getAttribute('id')}"]`).click();
  await press(page, page.getByRole('button', { name: w.continue }));
  return start;
}

describe('a citizen books a hotline callback in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenHotline(t, { advisers: 2 });
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it.each([
    { language: 'da', javaScript: true },
    { language: 'en', javaScript: false },
  ] as const)(
    'MitID stopped working: "Ring mig op", a time, a number, booked, a receipt that says we call ($language, JavaScript: $javaScript)',
    async ({ language, javaScript }) => {
      const w = WORDS[language];
      const context = await newContext(browser, baseUrl, { javaScript });
      const page = await context.newPage();
      await page.goto(language === 'en' ? '/aerinder/MITID_NY?lang=en' : '/aerinder/MITID_NY');

      await answerQuestions(page, w);
      await page.getByRole('heading', { level: 1, name: w.outcome }).waitFor();
      await inspect(page, `callback-outcome-${language}`);
      await press(page, page.getByRole('link', { name: w.callMe }));

      await page.getByRole('heading', { level: 1, name: w.when }).waitFor();
      await inspect(page, `callback-time-${language}`);
      const start = await chooseFirstTime(page, w);

      // Only a name: the number to call is missing, and the error summary says so.
      await page.getByLabel(w.name).fill('Karen Jensen');
      await press(page, page.getByRole('button', { name: w.continue }));
      await expect(page.getByRole('link', { name: w.phoneMissing }).count()).resolves.toBe(1);
      await inspect(page, `callback-contact-error-${language}`);
      const phone = uniquePhone();
      await page.getByLabel(w.phone).fill(phone);
      await press(page, page.getByRole('button', { name: w.continue }));

      const moment = momentForPeople(start, ZONE, language, new Date(NOW));
      await expect(page.getByText(w.call(phone, moment)).count()).resolves.toBe(1);
      await press(page, page.getByRole('button', { name: w.book }));

      await page.getByRole('heading', { name: w.booked }).waitFor();
      await expect(page.getByText(w.call(phone, moment)).count()).resolves.toBeGreaterThan(0);
      await inspect(page, `callback-receipt-${language}`);
      const ics = await page.request.get(
        (await page.getByRole('link', { name: w.calendar }).getAttribute('href'))!,
      );
      const [event] = calendarEvents(await ics.text());
      expect(event.start.toISOString()).toBe(new Date(start).toISOString());

      await press(page, page.getByRole('link', { name: /\/min-tid\// }));
      await page.getByRole('heading', { level: 1, name: w.manage }).waitFor();
      await expect(page.getByRole('link', { name: w.change }).count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: w.cancel }).count()).resolves.toBe(1);

      const [booking] = await t.dataSource.query<
        { station_id: string | null; status: string; starts_at: Date }[]
      >('SELECT station_id, status, starts_at FROM bookings WHERE citizen_phone = $1', [phone]);
      expect(booking).toEqual({ station_id: null, status: 'booked', starts_at: new Date(start) });
      await context.close();
    },
  );
});
