import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(60_000);

describe('start page in a browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    baseUrl = await servePages(testApp);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('asks what the errand is, finds it in the citizen’s words, in both languages', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.title()).resolves.toBe('Hvad skal du? – Book tid – Borgerservice');
    await inspect(page, 'start-da');

    await page.getByLabel('Skriv hvad du skal, med dine egne ord').fill('mistet mit pas');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('heading', { name: 'Det fandt vi' }).waitFor();
    await expect(page.getByRole('link', { name: /pas/i }).first().isVisible()).resolves.toBe(true);
    await inspect(page, 'start-results-da');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect(page.title()).resolves.toBe(
      'What do you need to do? – Book an appointment – Citizen Service',
    );
    await expect(page.getByLabel('Describe your errand in your own words').inputValue()).resolves.toBe(
      'mistet mit pas',
    );
    await inspect(page, 'start-results-en');
    await context.close();
  });
});
