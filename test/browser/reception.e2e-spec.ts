import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { Booked } from '../support/bookings.js';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { givenAccount, type GivenAccount } from '../support/factories.js';
import { bookAt, DESK_NOW, type Desks, givenDesks, stored, TODAY, TOMORROW } from '../support/reception.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/*
 * A receptionist's morning in a real Chromium: sign in, check in a booked citizen by typing the
 * reference, a walk-in who gets a visit now, a booking cancelled for a citizen on the phone, and
 * check-in without JavaScript. axe (WCAG 2.1 A/AA) and the 320 px check on every page state.
 */

jest.setTimeout(120_000);

async function signIn(page: Page, account: GivenAccount): Promise<void> {
  await page.goto('/staff/log-ind');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Adgangskode').fill(account.password);
  await clickAway(page, () => page.getByRole('button', { name: 'Log ind' }).click());
}

describe('reception in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let desks: Desks;
  let receptionist: GivenAccount;
  let karen: Booked;
  let ole: Booked;
  let lis: Booked;

  beforeAll(async () => {
    t = await createTestApp({ now: DESK_NOW, env: { STAFF_SESSION_IDLE_MINUTES: '480' } });
    desks = await givenDesks(t, ['RXA', 'RXB']);
    karen = await bookAt(t, 'RXA', TODAY, '10:00', { name: 'Karen Jensen', phone: '12 34 56 78' });
    lis = await bookAt(t, 'RXA', TODAY, '10:30', { name: 'Lis Lund' });
    ole = await bookAt(t, 'RXA', TOMORROW, '11:00', { name: 'Ole Hansen' });
    receptionist = await givenAccount(t, 'reception', { name: 'Rikke Reception', locations: [desks.main] });
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('checks in a booked citizen, takes a walk-in, and cancels a booking with a reason', async () => {
    t.clock.set('2026-11-25T09:45:00+01:00');
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, receptionist);
    await page.waitForURL('**/staff/reception/RXA');
    await expect(page.title()).resolves.toBe('Dagens ankomster – Medarbejdere – Borgerservice');
    await expect(page.getByRole('cell', { name: /Karen Jensen/ }).isVisible()).resolves.toBe(true);
    await inspect(page, 'reception-arrivals');

    // The check-in field has the focus, for the scanner; empty, it says what is missing.
    await expect(
      page.getByLabel('Bookingnummer', { exact: true }).evaluate((e) => e === e.ownerDocument.activeElement),
    ).resolves.toBe(true);
    await clickAway(page, () => page.getByRole('button', { name: 'Tjek ind' }).click());
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await inspect(page, 'reception-check-in-error');

    await page.getByLabel('Bookingnummer', { exact: true }).fill(karen.reference.toLowerCase());
    await clickAway(page, () => page.getByLabel('Bookingnummer', { exact: true }).press('Enter'));
    await page.getByText('Karen Jensen er tjekket ind: nr. 1').waitFor();
    await inspect(page, 'reception-checked-in');
    expect((await stored(t, karen)).status).toBe('checked_in');

    // A walk-in who needs a passport: booked and checked in now.
    await clickAway(page, () => page.getByRole('link', { name: 'Borger uden tid (walk-in)' }).click());
    await inspect(page, 'reception-walk-in-errands');
    await clickAway(page, () =>
      page.getByRole('link', { name: 'Nyt eller fornyet pas (voksen)' }).first().click(),
    );
    await page.getByRole('group', { name: 'Har du MitID?' }).getByLabel('Ja').check();
    await page
      .getByRole('group', { name: /seneste pas/ })
      .getByLabel('Ja')
      .check();
    await page.getByLabel('Borgerens navn (valgfrit)').fill('Jens Walk');
    await inspect(page, 'reception-walk-in-questions');
    await clickAway(page, () => page.getByRole('button', { name: 'Se, hvad borgeren skal' }).click());
    await page.getByText(/Booket og tjekket ind: nr\. 2/).waitFor();
    await inspect(page, 'reception-walk-in-visit');

    // Ole calls to cancel: find him, read his booking, cancel with a reason.
    await page.goto('/staff/reception/RXA');
    await page.getByLabel('Bookingnummer, navn eller telefon').fill('Ole');
    await clickAway(page, () => page.getByRole('button', { name: 'Søg' }).click());
    await inspect(page, 'reception-search');
    await clickAway(page, () => page.getByRole('link', { name: 'Ole Hansen' }).click());
    await page.getByRole('heading', { name: 'Borgerens svar' }).waitFor();
    await inspect(page, 'reception-booking');
    await clickAway(page, () => page.getByRole('button', { name: 'Aflys tiden' }).click());
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await inspect(page, 'reception-cancel-error');
    await page.getByLabel('Hvorfor aflyses tiden?').fill('Ringede: kan ikke komme');
    await clickAway(page, () => page.getByRole('button', { name: 'Aflys tiden' }).click());
    await page.getByText('Tiden er aflyst.').waitFor();
    await inspect(page, 'reception-cancelled');
    expect(await stored(t, ole)).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'Ringede: kan ikke komme',
    });

    // Another place's arrivals are not hers.
    const refused = await page.goto('/staff/reception/RXB');
    expect(refused?.status()).toBe(403);
    await page.getByText('Du arbejder ikke på RXB.').waitFor();
    await inspect(page, 'reception-other-location');
    await context.close();
  });

  it('moves a booking with the time picker', async () => {
    t.clock.set('2026-11-25T09:50:00+01:00');
    const moving = await bookAt(t, 'RXA', TOMORROW, '13:00', { name: 'Mads Flyt' });
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, receptionist);
    await page.goto(`/staff/reception/RXA/booking/${moving.reference}/flyt?dag=${TOMORROW}`);
    await inspect(page, 'reception-move');
    await page.getByLabel('14.00').check();
    await page.getByLabel('Hvorfor flyttes tiden?').fill('Bad om senere tid');
    await clickAway(page, () => page.getByRole('button', { name: 'Flyt tiden' }).click());
    await page.getByText('Tiden er flyttet.').waitFor();
    expect((await stored(t, moving)).starts_at).toEqual(new Date('2026-11-26T14:00:00+01:00'));
    await context.close();
  });

  it('checks in without JavaScript', async () => {
    t.clock.set('2026-11-25T10:20:00+01:00');
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    await signIn(page, receptionist);
    await page.waitForURL('**/staff/reception/RXA');
    await page.getByLabel('Bookingnummer', { exact: true }).fill(lis.reference);
    await clickAway(page, () => page.getByRole('button', { name: 'Tjek ind' }).click());
    await page.getByText(/Lis Lund er tjekket ind: nr\. \d/).waitFor();
    await inspect(page, 'reception-checked-in-no-js');
    expect((await stored(t, lis)).status).toBe('checked_in');
    await context.close();
  });
});
