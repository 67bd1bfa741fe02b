import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { VisitsService } from '../../src/visits/visits.service.js';
import { type AdviserWorld, givenAdviserWorld, visitWith } from '../support/adviser-pages.js';
import type { Booked } from '../support/bookings.js';
import { inspect, launchBrowser, newContext, screenshot, servePages } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { checkIn } from '../support/visits.js';

jest.setTimeout(120_000);

/** A Wednesday, 10:20: Karen's 10:30 and Ole's 10:45 may check in. */
const NOW = '2026-11-25T10:20:00+01:00';
const TV = { width: 1280, height: 720 };
const BIG_TV = { width: 1920, height: 1080 };

/** Something only this page load has: gone if the page reloads. */
const mark = (page: Page) =>
  page.evaluate(() => ((globalThis as unknown as { screenMark: number }).screenMark = 42));
const marked = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { screenMark?: number }).screenMark);

describe('the waiting-room screen in a browser', () => {
  let t: TestApp;
  let w: AdviserWorld;
  let browser: Browser;
  let baseUrl: string;
  let karen: Booked;
  let ole: Booked;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    w = await givenAdviserWorld(t);
    karen = await visitWith(t, w.mette, '2026-11-25T10:30:00+01:00', 'Karen Jensen');
    ole = await visitWith(t, w.jesper, '2026-11-25T10:45:00+01:00', 'Ole Hansen', 'FLYT');
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a checked-in number within 2 seconds, then the call with its station, without reloading', async () => {
    const context = await newContext(browser, baseUrl, { viewport: TV });
    const page = await context.newPage();
    await page.goto('/screen/MAIN');
    await expect(page.title()).resolves.toBe('Borgerservice Ebeltoft – Kø – Borgerservice');
    await page.locator('body.live').waitFor();
    await expect(page.getByText('Ingen venter.').isVisible()).resolves.toBe(true);
    await inspect(page, 'screen-empty');
    await mark(page);

    const checkedIn = await checkIn(t, w.reception, karen.reference).expect(200);
    const number = String(checkedIn.body.queueNumber);
    const sent = Date.now();
    const waiting = page.getByRole('region', { name: 'Venter' }).getByRole('listitem');
    await waiting.filter({ hasText: new RegExp(`^${number}$`) }).waitFor({ timeout: 2000 });
    expect(Date.now() - sent).toBeLessThan(2000);
    await expect(page.getByText('Ingen venter.').isVisible()).resolves.toBe(false);

    await checkIn(t, w.reception, ole.reference).expect(200);
    const called = await t.app
      .get(VisitsService)
      .act(karen.reference, 'call', { adviserId: w.mette } as never);
    const entry = page.getByRole('region', { name: 'Gå til' }).getByRole('listitem');
    await entry.filter({ hasText: `Nummer ${number}` }).waitFor({ timeout: 2000 });
    await expect(entry.first().innerText()).resolves.toMatch(
      // The arrow for the eye, "gå til" for a screen reader.
      new RegExp(`^Nummer ${number}\\s+→\\s+gå til\\s+${called.station.name}$`),
    );
    await expect(marked(page)).resolves.toBe(42);
    await expect(page.content()).resolves.not.toContain('Karen');
    await inspect(page, 'screen-called');
    await page.setViewportSize(BIG_TV);
    await screenshot(page, 'screen-called-1920');
    await context.close();
  });

  it('shows the queue as it is without JavaScript, with a link to refresh, in English', async () => {
    const context = await newContext(browser, baseUrl, { javaScript: false, viewport: TV });
    const page = await context.newPage();
    await page.goto('/screen/MAIN?lang=en');
    await expect(page.getByRole('heading', { name: 'Please go to' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Refresh' }).isVisible()).resolves.toBe(true);
    await inspect(page, 'screen-en-no-js');
    await context.close();
  });
});
