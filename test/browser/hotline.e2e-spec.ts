import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  clickAway,
  expectAccessible,
  expectNoSideways,
  inspect,
  launchBrowser,
  NARROW,
  newContext,
  servePages,
} from '../support/browser.js';
import { givenAccount, type GivenAccount } from '../support/factories.js';
import { callbackRow, type GivenCallback, givenCallback, givenHotlineWorld } from '../support/hotline.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

/** A Wednesday morning at the hotline. */
const NOW = '2026-11-25T08:50:00+01:00';

describe('the hotline adviser works the day’s callbacks in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let account: GivenAccount;
  let karen: GivenCallback;
  let ole: GivenCallback;
  let bent: GivenCallback;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW, env: { STAFF_SESSION_IDLE_MINUTES: '480' } });
    const w = await givenHotlineWorld(t);
    const at = (time: string) => ({
      location: w.hotline,
      adviser: w.louise,
      start: `2026-11-25T${time}:00+01:00`,
    });
    ole = await givenCallback(t, { ...at('10:00'), name: 'Ole Hansen', phone: '30 40 50 60' });
    karen = await givenCallback(t, { ...at('09:00'), name: 'Karen Jensen' });
    bent = await givenCallback(t, {
      ...at('11:00'),
      name: 'Bent Olsen',
      phone: '40 50 60 70',
      email: 'bent@example.dk',
    });
    account = await givenAccount(t, 'hotline', {
      adviserId: w.louise,
      locations: [w.hotline],
      name: 'Louise Holm',
    });
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

  const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

  async function openCall(page: Page, name: string): Promise<void> {
    await page.goto('/staff/hotline');
    await clickAway(page, () => page.getByRole('link', { name }).click());
  }

  async function startAndEnd(page: Page, outcome: string): Promise<void> {
    await clickAway(page, () => page.getByRole('button', { name: 'Ring op' }).click());
    await page.getByText('Opkaldet er startet.').waitFor();
    await page.getByLabel(outcome).check();
    await clickAway(page, () => page.getByRole('button', { name: 'Gem udfald' }).click());
  }

  it('calls one through to "solved", one twice without answer, and books a visit from a third', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page);
    await expect(page.title()).resolves.toBe('Opkald i dag – Medarbejdere – Borgerservice');
    const names = await page.getByRole('row').allInnerTexts();
    const order = ['Karen Jensen', 'Ole Hansen', 'Bent Olsen'].map((name) =>
      names.findIndex((r) => r.includes(name)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    await expect(
      row(page, 'Karen Jensen').getByRole('link', { name: '20 30 40 50' }).getAttribute('href'),
    ).resolves.toBe('tel:20304050');
    await inspect(page, 'hotline-list');
    await page.setViewportSize(NARROW);
    await expectNoSideways(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Karen: solved on the phone.
    await openCall(page, 'Karen Jensen');
    await expect(page.getByText('Borgerens svar').isVisible()).resolves.toBe(true);
    await inspect(page, 'hotline-call');
    await clickAway(page, () => page.getByRole('button', { name: 'Ring op' }).click());
    await clickAway(page, () => page.getByRole('button', { name: 'Gem udfald' }).click());
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Løst i telefonen').check();
    await clickAway(page, () => page.getByRole('button', { name: 'Gem udfald' }).click());
    await page.getByText('Opkaldet er afsluttet.').waitFor();
    expect(await callbackRow(t, karen)).toMatchObject({ status: 'completed', outcome: 'solved_on_phone' });

    // Bent: no answer, then the second try shows on the list.
    t.clock.set('2026-11-25T11:01:00+01:00');
    await openCall(page, 'Bent Olsen');
    await startAndEnd(page, 'Intet svar');
    await page.getByText('Intet svar. Opkaldet er tilbage på listen til et nyt forsøg.').waitFor();
    await page.goto('/staff/hotline');
    await expect(row(page, 'Bent Olsen').innerText()).resolves.toContain(
      'Prøv igen (sidste forsøg kl. 11.01)',
    );
    await expectAccessible(page);
    expect(await callbackRow(t, bent)).toMatchObject({ status: 'booked', call_attempts: 1 });

    // Ole: needs a visit, booked straight from the call.
    await openCall(page, 'Ole Hansen');
    await startAndEnd(page, 'Skal møde op');
    await page.getByText('Book besøget nu.', { exact: false }).waitFor();
    await clickAway(page, () => page.getByRole('link', { name: 'Book et besøg til borgeren' }).click());
    await page.getByLabel(/Borgerservice Ebeltoft/).check();
    await inspect(page, 'hotline-visit-place');
    await clickAway(page, () => page.getByRole('button', { name: 'Vis ledige tider' }).click());
    await expect(page.getByLabel('Telefon').inputValue()).resolves.toBe('30 40 50 60');
    await page.getByRole('radio').first().check();
    await page.getByLabel('E-mail').fill('ole@example.dk');
    await inspect(page, 'hotline-visit-time');
    await clickAway(page, () => page.getByRole('button', { name: 'Book besøget' }).click());
    await page.getByText(/Besøget er booket/).waitFor();
    const visits = await t.dataSource.query<{ source: string; outcome: string }[]>(
      `SELECT s.source, s.outcome FROM bookings b JOIN triage_sessions s ON s.id = b.triage_id
       WHERE b.citizen_name = 'Ole Hansen' AND b.station_id IS NOT NULL AND b.status = 'booked'`,
    );
    expect(visits).toEqual([{ source: 'phone', outcome: 'visit' }]);
    expect(await callbackRow(t, ole)).toMatchObject({ status: 'completed', outcome: 'needs_visit' });
    await context.close();
  });
});
