import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { givenAdviserWorld, visitWith } from '../support/adviser-pages.js';
import type { Booked } from '../support/bookings.js';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { givenAccount, type GivenAccount } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { checkInBefore } from '../support/visits.js';

jest.setTimeout(120_000);

/** A Wednesday, ten minutes before Karen's visit. */
const NOW = '2026-11-25T10:52:00+01:00';

describe('an adviser’s day in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let account: GivenAccount;
  let karen: Booked;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const w = await givenAdviserWorld(t);
    karen = await visitWith(t, w.mette, '2026-11-25T11:00:00+01:00', 'Karen Jensen');
    await visitWith(t, w.mette, '2026-11-25T11:30:00+01:00', 'Ole Hansen', 'FLYT');
    await checkInBefore(t, w.reception, karen);
    account = await givenAccount(t, 'adviser', { adviserId: w.mette, name: 'Mette Sørensen' });
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(page: Page): Promise<void> {
    await page.goto('/staff/log-ind');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Adgangskode').fill(account.password);
    await clickAway(page, () => page.getByRole('button', { name: 'Log ind' }).click());
  }

  const visit = (page: Page, time: string) => page.getByRole('region', { name: new RegExp(`^${time}`) });

  it('calls the next citizen, starts and completes the visit, and shows a refused no-show', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page);
    await expect(page.title()).resolves.toBe('Min dag – Medarbejdere – Borgerservice');
    await expect(page.getByText('1 borger venter.').isVisible()).resolves.toBe(true);
    await expect(visit(page, '11.00').getByText('Borgerens svar').isVisible()).resolves.toBe(true);
    await inspect(page, 'adviser-day');

    await clickAway(page, () => page.getByRole('button', { name: 'Kald næste' }).click());
    await page.getByText(/Nummer 1 \(Karen Jensen\) er kaldt til Skranke \d\./).waitFor();
    await inspect(page, 'adviser-day-called');

    await clickAway(page, () => visit(page, '11.00').getByRole('button', { name: 'Start besøget' }).click());
    await page.getByText('Besøget med Karen Jensen er startet.').waitFor();
    await clickAway(page, () => visit(page, '11.00').getByRole('button', { name: 'Afslut besøget' }).click());
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await expect(page.getByRole('link', { name: 'Vælg, hvordan besøget endte' }).isVisible()).resolves.toBe(
      true,
    );
    await inspect(page, 'adviser-day-complete-errors');

    const card = visit(page, '11.00');
    await card.getByLabel('Borgeren klarede det selv med hjælp').check();
    await card
      .getByRole('group', { name: 'Kan borgeren klare det selv næste gang?' })
      .getByLabel('Ja')
      .check();
    await clickAway(page, () => card.getByRole('button', { name: 'Afslut besøget' }).click());
    await page.getByText('Besøget med Karen Jensen er afsluttet.').waitFor();
    await expect(
      visit(page, '11.00').getByText('Borgeren klarede det selv med hjælp').isVisible(),
    ).resolves.toBe(true);
    await inspect(page, 'adviser-day-completed');

    // Ole's time has not begun: the no-show rule says no, in the error summary.
    await clickAway(page, () => visit(page, '11.30').getByRole('button', { name: 'Udeblevet' }).click());
    await page.getByRole('link', { name: /Besøget er ikke begyndt endnu/ }).waitFor();
    await inspect(page, 'adviser-day-no-show-refused');
    await context.close();
  });

  it('makes a calendar link to copy, and shows the day in English without JavaScript', async () => {
    const context = await newContext(browser, baseUrl);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await signIn(page);
    await clickAway(page, () => page.getByRole('link', { name: 'Abonnér på din kalender' }).click());
    await inspect(page, 'adviser-calendar');
    await clickAway(page, () => page.getByRole('button', { name: 'Lav et kalenderlink' }).click());
    const field = page.getByLabel('Kalenderlink');
    await expect(field.inputValue()).resolves.toMatch(/\/calendars\/advisers\/[0-9a-f-]+\.ics\?token=/);
    await page.getByRole('button', { name: 'Kopiér linket' }).click();
    await page.getByText('Linket er kopieret.').waitFor();
    await expect(
      page.evaluate(() =>
        // The page's own clipboard, typed by hand: the tests compile without the DOM library.
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      ),
    ).resolves.toBe(await field.inputValue());
    await inspect(page, 'adviser-calendar-link');
    await context.close();

    const plain = await newContext(browser, baseUrl, { javaScript: false });
    const noScript = await plain.newPage();
    await signIn(noScript);
    await noScript.goto('/staff/raadgiver?lang=en&dato=2026-11-26');
    await expect(noScript.title()).resolves.toBe('My day – Staff – Citizen Service');
    await expect(noScript.getByText('You have no visits this day.').isVisible()).resolves.toBe(true);
    await inspect(noScript, 'adviser-day-en-no-js');
    await plain.close();
  });
});
