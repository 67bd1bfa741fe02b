import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { givenAccount, type GivenAccount } from '../support/factories.js';
import { AFTER_WEEK, BEFORE_WEEK, givenStatsWeek } from '../support/stats-data.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(180_000);

/*
 * The statistics page in Chromium over the known week (test/support/stats-data.ts): a stats-only
 * account signs in, lands on the page, narrows it to the week by channel and sees the charts drawn
 * beside their tables; a reversed period shows the error summary; without JavaScript the tables
 * are the page. Every state: axe (WCAG 2.1 A/AA), nothing sideways at 320 px, screenshots.
 */

const CHARTS = ['chart-self-service', 'chart-visits', 'chart-outcomes', 'chart-waiting', 'chart-capacity'];

/** What Chart.js drew on a canvas: the chart's datasets, and how many pixels are not blank. */
async function drawn(page: Page, id: string): Promise<{ datasets: number; inked: number } | null> {
  return page.evaluate((canvasId) => {
    type Canvas = {
      width: number;
      height: number;
      getContext: (kind: '2d') => {
        getImageData: (x: number, y: number, w: number, h: number) => { data: ArrayLike<number> };
      };
    };
    const scope = globalThis as unknown as {
      document: { getElementById: (id: string) => Canvas | null };
      Chart?: { getChart: (canvas: Canvas) => { data: { datasets: unknown[] } } | undefined };
    };
    const canvas = scope.document.getElementById(canvasId);
    const chart = canvas && scope.Chart?.getChart(canvas);
    if (!canvas || !chart) return null;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    return { datasets: chart.data.datasets.length, inked };
  }, id);
}

async function signIn(page: Page, account: GivenAccount): Promise<void> {
  await page.goto('/staff/log-ind');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Adgangskode').fill(account.password);
  await clickAway(page, () => page.getByRole('button', { name: 'Log ind' }).click());
}

describe('the statistics page in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let account: GivenAccount;

  beforeAll(async () => {
    t = await createTestApp({ now: BEFORE_WEEK });
    await givenStatsWeek(t);
    t.clock.set(AFTER_WEEK);
    account = await givenAccount(t, 'stats', { name: 'Stine Statistik' });
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('draws the charts beside tables with the same numbers, and shows the target', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    const problems: string[] = [];
    // Script errors, and any asset that failed (the browser's own favicon request aside).
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.status() >= 400 && url.pathname !== '/favicon.ico')
        problems.push(`${response.status()} ${url.pathname}`);
    });
    await signIn(page, account);
    await page.waitForURL('**/staff/statistik');
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();

    await page.getByLabel('Fra dato').fill('2026-12-01');
    await page.getByLabel('Til og med dato').fill('2026-12-07');
    await page.getByLabel('Vis selvbetjening pr.').selectOption({ label: 'Kanal' });
    await clickAway(page, () => page.getByRole('button', { name: 'Vis', exact: true }).click());
    expect(new URL(page.url()).search).toBe('?fra=2026-12-01&til=2026-12-07&vis=kanal');

    await expect(page.locator('.stats-rate').innerText()).resolves.toMatch(/54,2 %\s*– mål 50 %/);
    await expect(page.getByText('Målet er nået').isVisible()).resolves.toBe(true);
    const chart = page.getByRole('img', { name: /^Andel selvbetjening pr\. kanal med målet som linje/ });
    await chart.waitFor();
    await expect(chart.getAttribute('aria-label')).resolves.toContain('Tallene står i tabellen nedenfor.');
    const table = page.getByRole('table', { name: 'Selvbetjening pr. kanal' });
    await expect(table.locator('tbody tr').first().innerText()).resolves.toMatch(/^Online\s+18\s+9\s+7/);

    for (const id of CHARTS) {
      const result = await drawn(page, id);
      expect({ id, drawn: result !== null }).toEqual({ id, drawn: true });
      expect(result!.inked).toBeGreaterThan(1000);
    }
    // The rate and the target line: two datasets on the first chart.
    await expect(drawn(page, 'chart-self-service')).resolves.toMatchObject({ datasets: 2 });
    expect(problems).toEqual([]);
    await inspect(page, 'stats-week-by-channel');
    await context.close();
  });

  it('lists a reversed period in the error summary, linked to the field', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, account);
    await page.getByLabel('Fra dato').fill('2026-12-07');
    await page.getByLabel('Til og med dato').fill('2026-12-01');
    await clickAway(page, () => page.getByRole('button', { name: 'Vis', exact: true }).click());
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await expect(page.title()).resolves.toBe('Fejl: Statistik – Medarbejdere – Borgerservice');
    await page.getByRole('link', { name: 'Til-datoen må ikke ligge før fra-datoen' }).click();
    await expect(
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).resolves.toBe('til');
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    await inspect(page, 'stats-errors');
    await context.close();
  });

  it('shows the tables without JavaScript, and keeps the charts out of the way', async () => {
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    await signIn(page, account);
    await page.goto('/staff/statistik?fra=2026-12-01&til=2026-12-07&lang=en');
    await page.getByRole('heading', { name: 'Statistics', level: 1 }).waitFor();
    await expect(page.getByRole('table', { name: 'Self-service by errand' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', { name: 'Visits by errand' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('figure.stats-figure:visible').count()).resolves.toBe(0);
    await inspect(page, 'stats-no-javascript-en');
    await context.close();
  });
});
