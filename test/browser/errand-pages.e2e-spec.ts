import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

/** A Wednesday morning. */
const NOW = '2026-11-25T09:00:00+01:00';
const FLYT_URL = 'https://www.borger.dk/bolig-og-flytning/flytning_oversigt';
const TRIAGE_PAGE = /\/vejledning\/([0-9a-f-]{36})/;

/**
 * Answers the browser's requests to another site from the test, and lists them. Through the
 * DevTools protocol rather than page.route(): Playwright routes no request that a redirect makes,
 * and the way out to a self-service site is our server's 303.
 */
async function answerFor(page: Page, urlPattern: string, html: string): Promise<string[]> {
  const requested: string[] = [];
  const devTools = await page.context().newCDPSession(page);
  devTools.on('Fetch.requestPaused', (event) => {
    // Pages only: the browser may also ask the other site for its favicon, in its own time.
    if (event.resourceType === 'Document') requested.push(event.request.url);
    // A request paused as the test closes the page (the external page's favicon, say) has nobody
    // left to answer; its failure is not the test's.
    devTools
      .send('Fetch.fulfillRequest', {
        requestId: event.requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'content-type', value: 'text/html; charset=utf-8' }],
        body: Buffer.from(html).toString('base64'),
      })
      .catch(() => undefined);
  });
  await devTools.send('Fetch.enable', { patterns: [{ urlPattern }] });
  return requested;
}

/** Answers the question on the page (found by its legend) and goes on. */
async function answer(page: Page, question: string, choice: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: question }).waitFor();
  await page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
  await clickAway(page, () =>
    page.getByRole('button', { name: /^(Fortsæt|Se resultatet|Continue|See the result)$/ }).click(),
  );
}

describe('errand pages in a browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    testApp = await createTestApp({ now: NOW });
    baseUrl = await servePages(testApp);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  beforeEach(() => testApp.clock.set(NOW));

  const triageId = (page: Page) => TRIAGE_PAGE.exec(page.url())![1];

  it('finds "mistet mit pas", asks the questions one per page, and sends a new passport to booking', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    const search = page.getByLabel('Skriv hvad du skal, med dine egne ord');
    await search.fill('qwxzy vbnmk');
    await clickAway(page, () => page.getByRole('button', { name: 'Søg' }).click());
    await page.getByRole('heading', { name: 'Vi fandt ikke noget, der passer til »qwxzy vbnmk«' }).waitFor();
    await page.getByRole('link', { name: 'Se adresser og åbningstider' }).waitFor();
    await inspect(page, 'start-nothing-found-da');

    await search.fill('mistet mit pas');
    await clickAway(page, () => page.getByRole('button', { name: 'Søg' }).click());
    await clickAway(page, () => page.getByRole('link', { name: 'Mistet eller stjålet pas' }).first().click());
    await expect(page.title()).resolves.toBe('Mistet eller stjålet pas – Book tid – Borgerservice');
    await page.getByRole('heading', { name: 'Pris' }).waitFor();
    await inspect(page, 'errand-da');

    await clickAway(page, () => page.getByRole('link', { name: 'Start', exact: true }).click());
    await expect(page.title()).resolves.toBe('Er passet blevet stjålet? – Book tid – Borgerservice');
    await inspect(page, 'question-da');

    // Nothing chosen: the error summary at the top links to the field, which says the same.
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await expect(page.title()).resolves.toBe('Fejl: Er passet blevet stjålet? – Book tid – Borgerservice');
    await page.getByRole('link', { name: 'Vælg ja eller nej' }).click();
    // The summary's link lands on the first choice.
    await expect(page.locator('#svar:focus').count()).resolves.toBe(1);
    await inspect(page, 'question-error-da');

    await answer(page, 'Er passet blevet stjålet?', 'Nej');
    // Back to the first question, which shows the answer given; then on again.
    await clickAway(page, () => page.getByRole('link', { name: 'Tilbage' }).click());
    await expect(page.getByLabel('Nej', { exact: true }).isChecked()).resolves.toBe(true);
    await answer(page, 'Er passet blevet stjålet?', 'Nej');
    await answer(page, 'Er du i udlandet lige nu?', 'Nej');
    await answer(page, 'Skal du have et nyt pas?', 'Ja');
    await answer(
      page,
      'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
      'Ved ikke / spring over',
    );

    await page.getByRole('heading', { level: 1, name: 'Du skal møde op i Borgerservice' }).waitFor();
    const book = page.getByRole('link', { name: 'Book tid', exact: true });
    await expect(book.getAttribute('href')).resolves.toBe(`/book/${triageId(page)}/sted`);
    await inspect(page, 'outcome-visit-da');
    await context.close();
  });

  it('goes the same way in English without JavaScript, and "I could not do it myself" leads to booking', async () => {
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/?lang=en');
    await page.getByLabel('Describe your errand in your own words').fill('mistet mit pas');
    await clickAway(page, () => page.getByRole('button', { name: 'Search' }).click());
    await clickAway(page, () => page.getByRole('link', { name: 'Lost or stolen passport' }).first().click());
    await inspect(page, 'errand-en');
    await clickAway(page, () => page.getByRole('link', { name: 'Start', exact: true }).click());

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await inspect(page, 'question-error-en');

    await answer(page, 'Was the passport stolen?', 'Yes');
    await answer(page, 'Are you abroad right now?', 'No');
    await answer(page, 'Do you need a new passport?', 'No');
    await answer(page, 'Do you need help because you cannot use the digital solution?', 'No');

    await page.getByRole('heading', { level: 1, name: 'You can do it yourself' }).waitFor();
    await page.getByRole('heading', { name: 'Report the theft to the police' }).waitFor();
    await inspect(page, 'outcome-self-service-en');

    const id = triageId(page);
    await clickAway(page, () => page.getByRole('button', { name: 'I could not do it myself' }).click());
    expect(new URL(page.url()).pathname).toBe(`/book/${id}/sted`);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    const [row] = await testApp.dataSource.query<{ tried: Date | null }[]>(
      'SELECT self_service_tried_at AS tried FROM triage_sessions WHERE id = $1',
      [id],
    );
    expect(row.tried).not.toBeNull();
    await context.close();
  });

  it('ends a self-service path at the link, counting the click on the way out', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    // No network here: borger.dk answers from the test, which sees that it was asked.
    const external = await answerFor(
      page,
      'https://www.borger.dk/*',
      '<title>borger.dk</title><h1>Flytning</h1>',
    );
    await page.goto('/aerinder/FLYT');
    await clickAway(page, () => page.getByRole('link', { name: 'Start', exact: true }).click());
    await answer(page, 'Har du MitID?', 'Ja');
    await answer(page, 'Flytter du til eller fra udlandet?', 'Nej');
    await answer(page, 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?', 'Nej');
    await page.getByRole('heading', { level: 1, name: 'Du kan klare det selv' }).waitFor();
    await page.getByRole('button', { name: 'Jeg kunne ikke klare det selv' }).waitFor();
    await inspect(page, 'outcome-self-service-da');

    await clickAway(page, () => page.getByRole('link', { name: 'Gå til borger.dk' }).click());
    expect(page.url()).toBe(FLYT_URL);
    expect(external).toEqual([FLYT_URL]);
    const [count] = await testApp.dataSource.query<{ clicks: number }[]>(
      `SELECT c.clicks FROM self_service_clicks c JOIN errands e ON e.id = c.errand_id
       WHERE e.code = 'FLYT' AND c.option_key = 'borger-dk' AND c.day = '2026-11-25'`,
    );
    expect(count).toEqual({ clicks: 1 });
    await context.close();
  });

  it('tells "not yet", "elsewhere" and an expired triage apart, each without a booking button', async () => {
    const triage = async (errand: string, answers: Record<string, boolean>) =>
      (await request(testApp.http).post('/triage').send({ errand, answers }).expect(201)).body.id as string;
    const notYet = await triage('KK_FORNY', {
      expires_within_3_months: false,
      health_or_heavy_vehicle: false,
    });
    const elsewhere = await triage('EHIC', { has_mitid: true, eu_citizen_resident: false });
    const expired = await triage('FLYT', { has_mitid: false, moving_abroad: false });
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();

    await page.goto(`/vejledning/${notYet}`);
    await page.getByRole('heading', { level: 1, name: 'Det er for tidligt' }).waitFor();
    await inspect(page, 'outcome-not-yet-da');

    await page.goto(`/vejledning/${elsewhere}?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Another authority can help you' }).waitFor();
    await page.getByRole('heading', { name: 'Call Udbetaling Danmark' }).waitFor();
    await inspect(page, 'outcome-elsewhere-en');

    testApp.clock.set('2026-11-26T10:00:00+01:00');
    await page.goto(`/vejledning/${expired}`);
    await page.getByRole('heading', { level: 1, name: 'Dine svar er udløbet' }).waitFor();
    await expect(page.getByRole('link', { name: 'Book tid', exact: true }).count()).resolves.toBe(0);
    await inspect(page, 'outcome-expired-da');
    await clickAway(page, () => page.getByRole('link', { name: 'Besvar spørgsmålene igen' }).click());
    expect(new URL(page.url()).pathname).toBe('/aerinder/FLYT');
    await context.close();
  });
});
