import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { inspect, launchBrowser, newContext, PHONE, servePages, tabTo } from '../support/browser.js';
import { givenAdviser, givenLocation } from '../support/factories.js';
import { visitTriage } from '../support/flows.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(90_000);

/*
 * Choosing a place and a time as a citizen does it: by keyboard alone (Tab, Space, Enter), with
 * JavaScript on and off, in Danish and English, on a phone's width; the error states, a full day
 * and the first-free-time shortcut; axe and screenshots on every state.
 */

/** Monday 21 December 2026: MAIN is closed on Tuesday for a staff day. */
const NOW = '2026-12-21T09:00:00+01:00';
const FIRST_FREE = '2026-12-21T11:00:00+01:00';

async function givenPlaces(t: TestApp): Promise<void> {
  const main = await givenLocation(t, {
    code: 'MAIN',
    name: 'Borgerservice Ebeltoft',
    address: 'Torvegade 8, 8400 Ebeltoft',
    hours: [{ from: '09:00', to: '16:00' }],
    closures: [{ startsOn: '2026-12-22', endsOn: '2026-12-22', reason: 'Personaledag' }],
  });
  const small = await givenLocation(t, {
    code: 'SMALL',
    name: 'Borgerservice Hornslet',
    address: 'Hovedgaden 37, 8543 Hornslet',
    hours: [{ days: [2, 4], from: '10:00', to: '14:00' }],
  });
  await givenAdviser(t, { works: [{ at: main, hours: [{ from: '09:00', to: '16:00' }] }] });
  await givenAdviser(t, { works: [{ at: small, hours: [{ days: [2, 4], from: '10:00', to: '14:00' }] }] });
}

/** A page in a context of its own, with or without JavaScript. */
async function openPage(browser: Browser, baseUrl: string, options: Parameters<typeof newContext>[2]) {
  const context = await newContext(browser, baseUrl, options);
  const page = await context.newPage();
  return { context, page };
}

const texts = {
  da: {
    placeTitle: 'Vælg sted – Book tid – Borgerservice',
    timeTitle: 'Vælg tid – Book tid – Borgerservice',
    continue: 'Fortsæt',
    main: 'Borgerservice Ebeltoft',
    choosePlace: 'Vælg et sted',
    chooseTime: 'Vælg en tid',
    firstFree: 'Vælg første ledige tid',
    monday: 'Ledige tider mandag 21. december',
    full: 'Der er ingen ledige tider tirsdag 22. december.',
    next: 'Se tider onsdag 23. december',
    wednesday: 'Ledige tider onsdag 23. december',
    day23: /onsdag\s+23\. december/,
    lang: '',
  },
  en: {
    placeTitle: 'Choose a place – Book an appointment – Citizen Service',
    timeTitle: 'Choose a time – Book an appointment – Citizen Service',
    continue: 'Continue',
    main: 'Borgerservice Ebeltoft',
    choosePlace: 'Choose a place',
    chooseTime: 'Choose a time',
    firstFree: 'Choose the first free time',
    monday: 'Free times on Monday 21 December',
    full: 'There are no free times on Tuesday 22 December.',
    next: 'See times on Wednesday 23 December',
    wednesday: 'Free times on Wednesday 23 December',
    day23: /Wednesday\s+23 December/,
    lang: '&lang=en',
  },
};

describe('choosing a place and a time in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await givenPlaces(t);
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  describe.each([
    ['da', true],
    ['en', false],
  ] as const)('in %s, JavaScript %s', (language, javaScript) => {
    const tx = texts[language];
    const name = `${language}-${javaScript ? 'js' : 'nojs'}`;
    const query = language === 'en' ? '?lang=en' : '';

    it('chooses a place, then a day and a time, by keyboard alone', async () => {
      const triage = await visitTriage(t.http);
      const { context, page } = await openPage(browser, baseUrl, { javaScript });
      await page.goto(`/book/${triage}/sted${query}`);
      await expect(page.title()).resolves.toBe(tx.placeTitle);
      await inspect(page, `place-${name}`);

      // Continue without a choice: the error summary, linking to the question.
      await tabTo(page, page.getByRole('button', { name: tx.continue }));
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: tx.choosePlace }).waitFor();
      await expect(page.title()).resolves.toMatch(/^(Fejl|Error): /);
      await inspect(page, `place-error-${name}`);

      await tabTo(page, page.getByRole('radio', { name: tx.main }));
      await page.keyboard.press('Space');
      await expect(page.getByRole('radio', { name: tx.main }).isChecked()).resolves.toBe(true);
      await tabTo(page, page.getByRole('button', { name: tx.continue }));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/tid\?sted=MAIN/);
      await expect(page.title()).resolves.toBe(tx.timeTitle);
      await page.getByRole('group', { name: tx.monday }).waitFor();
      await inspect(page, `time-${name}`);

      // Continue without a time: the error at the field.
      await tabTo(page, page.getByRole('button', { name: tx.continue }));
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: tx.chooseTime }).waitFor();
      await inspect(page, `time-error-${name}`);

      // Another day through its link, then its first time.
      await tabTo(page, page.getByRole('link', { name: tx.day23 }));
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: tx.wednesday }).waitFor();
      const first = page.getByRole('group', { name: tx.wednesday }).getByRole('radio').first();
      await tabTo(page, first);
      await page.keyboard.press('Space');
      const chosen = await first.getAttribute('value');
      expect(chosen).toMatch(/^2026-12-23T09:00:00\+01:00$/);
      await tabTo(page, page.getByRole('button', { name: tx.continue }));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/kontakt\?/);
      const url = new URL(page.url());
      expect(url.searchParams.get('sted')).toBe('MAIN');
      expect(url.searchParams.get('tid')).toBe(chosen);
      expect(url.searchParams.get('lang')).toBe(language === 'en' ? 'en' : null);
      await context.close();
    });

    it('says when a day is full and offers the next day with times', async () => {
      const triage = await visitTriage(t.http);
      const { context, page } = await openPage(browser, baseUrl, { javaScript, viewport: PHONE });
      await page.goto(`/book/${triage}/tid?sted=MAIN&dag=2026-12-22${tx.lang}`);
      await page.getByText(tx.full).waitFor();
      await expect(page.getByRole('radio').count()).resolves.toBe(0);
      await inspect(page, `time-full-day-${name}`);
      await tabTo(page, page.getByRole('link', { name: tx.next }));
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: tx.wednesday }).waitFor();
      await context.close();
    });

    it('takes the first free time in one step', async () => {
      const triage = await visitTriage(t.http);
      const { context, page } = await openPage(browser, baseUrl, { javaScript });
      await page.goto(`/book/${triage}/tid?sted=MAIN${tx.lang}`);
      await tabTo(page, page.getByRole('link', { name: tx.firstFree }));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/kontakt\?/);
      expect(new URL(page.url()).searchParams.get('tid')).toBe(FIRST_FREE);
      await context.close();
    });
  });

  it('explains a triage that cannot book, and shows the places page', async () => {
    const selfService = await request(t.http)
      .post('/triage')
      .send({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } })
      .expect(201);
    const { context, page } = await openPage(browser, baseUrl, { javaScript: false });
    await page.goto(`/book/${selfService.body.id}/sted`);
    await page.getByRole('heading', { name: 'Du kan ikke booke en tid her' }).waitFor();
    await inspect(page, 'not-bookable-da');
    await page.getByRole('link', { name: 'Gå til forsiden' }).waitFor();

    await page.goto('/steder');
    await page.getByRole('heading', { name: 'Borgerservice Ebeltoft' }).waitFor();
    await inspect(page, 'places-da');
    await page.goto('/steder?lang=en');
    await page.getByRole('heading', { name: 'Places and opening hours' }).waitFor();
    await inspect(page, 'places-en');
    await context.close();
  });
});
