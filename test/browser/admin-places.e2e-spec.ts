import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { momentForPeople } from '../../src/web/page/people-time.js';
import { NOW } from '../support/booking-pages.js';
import type { Booked } from '../support/bookings.js';
import { clickAway, inspect, launchBrowser, newContext, servePages, tabTo } from '../support/browser.js';
import { givenAccount, type GivenAccount, type Office } from '../support/factories.js';
import { bookingState, closuresWith, givenBookedOffice } from '../support/places.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

const ZONE = 'Europe/Copenhagen';

/*
 * The admin's places pages in a real Chromium: a closure that hits a booked visit lists it, and the
 * admin cancels it with a reason; every state is checked by axe and at 320 px. Today is Wednesday
 * 25 November 2026; the office's one visit is on Tuesday 1 December.
 */
describe('admin places pages in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let admin: GivenAccount;
  let office: Office;
  let booked: Booked;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    ({ office, booked } = await givenBookedOffice(t, 'BROWSE'));
    admin = await givenAccount(t, 'admin', { name: 'Anne Admin' });
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(page: Page, path: string): Promise<void> {
    await page.goto(path);
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel(/^(Adgangskode|Password)$/).fill(admin.password);
    await clickAway(page, () => page.getByRole('button', { name: /^(Log ind|Sign in)$/ }).click());
  }

  it('adds a closure that hits a booked visit, sees it listed and cancels it with a reason', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, '/staff/log-ind?next=%2Fstaff%2Fadmin%2Fsteder');
    await page.getByRole('heading', { level: 1, name: 'Steder' }).waitFor();
    await inspect(page, 'admin-places-list');

    await clickAway(page, () => page.getByRole('link', { name: office.name }).click());
    await page.getByRole('heading', { level: 1, name: office.name }).waitFor();
    await expect(page.getByText('Ingen kommende lukninger.').isVisible()).resolves.toBe(true);
    await inspect(page, 'admin-place');

    await clickAway(page, () => page.getByRole('link', { name: 'Tilføj lukning' }).click());
    await page.getByRole('heading', { level: 1, name: 'Tilføj lukning' }).waitFor();
    await inspect(page, 'admin-closure-form');

    // Nothing filled in, then a day that does not exist: the problems, linked to their fields.
    await clickAway(page, () => page.getByRole('button', { name: 'Gem lukningen' }).click());
    await page.getByRole('link', { name: 'Skriv den første lukkedag' }).waitFor();
    await inspect(page, 'admin-closure-errors');
    await page.getByLabel('Første lukkedag').fill('31.11.2026');
    await page.getByLabel('Begrundelse').fill('Vandskade');
    await clickAway(page, () => page.getByRole('button', { name: 'Gem lukningen' }).click());
    await page.getByRole('link', { name: /Skriv den første lukkedag som en dato, der findes/ }).waitFor();
    await expect(page.getByLabel('Første lukkedag').inputValue()).resolves.toBe('31.11.2026');
    await inspect(page, 'admin-closure-date-error');

    // A day with a booked visit: it is listed, nothing is saved yet.
    await page.getByLabel('Første lukkedag').fill('1.12.2026');
    await clickAway(page, () => page.getByRole('button', { name: 'Gem lukningen' }).click());
    await page.getByRole('heading', { name: 'Ændringen rammer 1 booket besøg' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(booked.reference) });
    await expect(row.textContent()).resolves.toContain(momentForPeople(booked.start, ZONE, 'da'));
    await expect(row.textContent()).resolves.toContain('Nyt eller fornyet pas (voksen)');
    await expect(closuresWith(t, 'Vandskade')).resolves.toEqual([]);
    await inspect(page, 'admin-closure-hits-visits');

    // Cancelling needs a reason and the tick.
    await clickAway(page, () => page.getByRole('button', { name: 'Gem og aflys besøgene' }).click());
    await page.getByRole('link', { name: 'Skriv en begrundelse for aflysningen' }).waitFor();
    await inspect(page, 'admin-closure-cancel-errors');
    await expect(bookingState(t, booked)).resolves.toEqual({ status: 'booked', reason: null });

    // By keyboard: the reason, the tick, the button.
    await page.getByLabel('Begrundelse for aflysningen').fill('Vandskade i lokalerne');
    const tick = page.getByRole('checkbox', { name: 'Aflys dette besøg' });
    await tabTo(page, tick);
    await page.keyboard.press('Space');
    await expect(tick.isChecked()).resolves.toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Gem og aflys besøgene' }));
    await clickAway(page, () => page.keyboard.press('Enter'));
    await page.getByText('1 besøg er aflyst.').waitFor();
    await expect(page.getByRole('row', { name: /Vandskade/ }).count()).resolves.toBe(1);
    await inspect(page, 'admin-place-closure-saved');
    await expect(bookingState(t, booked)).resolves.toEqual({
      status: 'cancelled',
      reason: 'Vandskade i lokalerne',
    });
    await context.close();
  });

  it('changes opening hours and adds a station without JavaScript, in English', async () => {
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    await signIn(
      page,
      `/staff/log-ind?lang=en&next=${encodeURIComponent(`/staff/admin/steder/${office.code}`)}`,
    );
    await page.getByRole('heading', { level: 1, name: office.name }).waitFor();

    await clickAway(page, () => page.getByRole('link', { name: 'Change opening hours' }).click());
    const saturday = page.getByRole('group', { name: 'Saturday' });
    await saturday.getByLabel('Opens', { exact: true }).fill('10');
    await inspect(page, 'admin-hours-form-en');
    await clickAway(page, () => page.getByRole('button', { name: 'Save the opening hours' }).click());
    await page.getByRole('link', { name: /Enter both when the place opens and when it closes/ }).waitFor();
    await inspect(page, 'admin-hours-errors-en');
    await page.getByRole('group', { name: 'Saturday' }).getByLabel('Closes', { exact: true }).fill('12.30');
    await clickAway(page, () => page.getByRole('button', { name: 'Save the opening hours' }).click());
    await page.getByText('The opening hours have been saved.').waitFor();
    await expect(page.getByRole('row', { name: 'Saturday 10:00–12:30' }).count()).resolves.toBe(1);

    await clickAway(page, () => page.getByRole('link', { name: 'Add a station' }).click());
    await clickAway(page, () => page.getByRole('button', { name: 'Add the station' }).click());
    await page.getByRole('link', { name: 'Enter the station’s name' }).waitFor();
    await inspect(page, 'admin-station-errors-en');
    await page.getByLabel('Name', { exact: true }).fill('Desk 9');
    await page.getByRole('checkbox', { name: 'Replacement driving licence' }).check();
    await clickAway(page, () => page.getByRole('button', { name: 'Add the station' }).click());
    await page.getByText('The station has been added.').waitFor();
    await expect(
      page.getByRole('row', { name: /Desk 9 Replacement driving licence In use/ }).count(),
    ).resolves.toBe(1);
    await inspect(page, 'admin-place-en');
    await context.close();
  });
});
