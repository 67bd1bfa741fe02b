import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { uniqueEmail } from '../support/bookings.js';
import { contactPath, givenPassportOffice, NOW, triageWithTimes } from '../support/booking-pages.js';
import { clickAway, inspect, launchBrowser, newContext, servePages, tabTo } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

/*
 * The SMS checkbox as a citizen uses it: found by its label, ticked with the keyboard, its error
 * (no mobile number) announced in the summary and at the field, and every state accessible.
 */
describe('the SMS choice in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenPassportOffice(t, 'SMSB');
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('ticks with Space, asks for the number, and books with SMS', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    const { triage, starts } = await triageWithTimes(t, 'SMSB');
    await page.goto(contactPath(triage, 'SMSB', starts[0]));
    await page.getByLabel('Navn').fill('Karen Jensen');
    await page.getByLabel('E-mail').fill(uniqueEmail());
    const sms = page.getByRole('checkbox', { name: 'Send også besked på sms' });
    await expect(sms.isChecked()).resolves.toBe(false);
    await tabTo(page, sms);
    await page.keyboard.press('Space');
    await expect(sms.isChecked()).resolves.toBe(true);
    await inspect(page, 'sms-contact-da');

    await clickAway(page, () => page.getByRole('button', { name: 'Fortsæt' }).click());
    const message = 'Skriv dit mobilnummer, hvis du vil have besked på sms';
    await page.getByRole('link', { name: message }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Fejl: /);
    await expect(page.getByRole('checkbox', { name: 'Send også besked på sms' }).isChecked()).resolves.toBe(
      true,
    );
    await inspect(page, 'sms-contact-error-da');

    // The summary's link leads to the field that is missing.
    await page.getByRole('link', { name: message }).click();
    await expect(
      page.evaluate(
        () => (globalThis as { document?: { activeElement?: { id?: string } } }).document?.activeElement?.id,
      ),
    ).resolves.toBe('phone');
    await page.getByLabel('Mobilnummer').fill('28 11 22 33');
    await clickAway(page, () => page.getByRole('button', { name: 'Fortsæt' }).click());
    await page.getByText('Du får også besked på sms').waitFor();
    await inspect(page, 'sms-check-da');

    await clickAway(page, () => page.getByRole('button', { name: 'Book tiden' }).click());
    await page.getByRole('heading', { level: 1, name: 'Kvittering' }).waitFor();
    const rows = await t.dataSource.query<{ sms_reminders: boolean }[]>(
      'SELECT sms_reminders FROM bookings WHERE triage_id = $1',
      [triage],
    );
    expect(rows).toEqual([{ sms_reminders: true }]);
    await context.close();
  });
});
