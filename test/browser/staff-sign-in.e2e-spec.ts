import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { givenAccount } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(60_000);

describe('staff sign-in in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { STAFF_SESSION_IDLE_MINUTES: '5' } });
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in from a staff page, warns before the idle sign-out, and stays signed in on request', async () => {
    const account = await givenAccount(t, 'admin', { name: 'Anne Admin' });
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto('/staff/admin');
    await expect(page.title()).resolves.toBe('Log ind – Medarbejdere – Borgerservice');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await inspect(page, 'staff-sign-in-errors');

    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Adgangskode').fill(account.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL('**/staff/admin');
    await expect(page.getByText('Logget ind som Anne Admin').isVisible()).resolves.toBe(true);
    await inspect(page, 'staff-admin-home');

    // Five idle minutes: the warning comes two minutes before the end.
    const warning = page.getByRole('dialog', { name: 'Du bliver snart logget ud' });
    await expect(warning.isVisible()).resolves.toBe(false);
    await page.clock.fastForward('03:05');
    await warning.waitFor();
    await inspect(page, 'staff-idle-warning');
    await page.getByRole('button', { name: 'Forbliv logget ind' }).click();
    await warning.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(`${baseUrl}/staff/admin`);

    // Ignored, the warning ends in the sign-in page.
    await page.clock.fastForward('05:05');
    await page.waitForURL('**/staff/log-ind?udloebet=1');
    await expect(page.getByText('Du er blevet logget ud').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('signs in and out without JavaScript, in English', async () => {
    const account = await givenAccount(t, 'reception');
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    await page.goto('/staff/log-ind?lang=en');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/staff/reception?lang=en');
    await inspect(page, 'staff-reception-en-no-js');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/staff/log-ind?logget-ud=1&lang=en');
    await expect(page.getByText('You are signed out.').isVisible()).resolves.toBe(true);
    await page.goto('/staff/reception?lang=en');
    await expect(page.title()).resolves.toBe('Sign in – Staff – Citizen Service');
    await context.close();
  });
});
