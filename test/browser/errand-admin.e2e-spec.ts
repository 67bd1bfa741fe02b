import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { errandFile } from '../support/errand-admin.js';
import { givenAccount, type GivenAccount } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

async function signIn(page: Page, account: GivenAccount, english = false): Promise<void> {
  await page.goto(english ? '/staff/log-ind?lang=en' : '/staff/log-ind');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel(english ? 'Password' : 'Adgangskode').fill(account.password);
  await clickAway(page, () => page.getByRole('button', { name: english ? 'Sign in' : 'Log ind' }).click());
}

describe('the admin edits an errand’s rules in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('edits a rule, sees version 2 and what changed in the history, and tries the rules', async () => {
    const account = await givenAccount(t, 'admin', { name: 'Anne Admin' });
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, account);

    await page.goto('/staff/admin/aerinder');
    await expect(page.title()).resolves.toBe('Ærinder – Medarbejdere – Borgerservice');
    await inspect(page, 'errand-admin-list');
    await clickAway(page, () => page.getByRole('link', { name: 'Meld flytning' }).click());
    await page.getByRole('heading', { level: 1, name: 'Meld flytning' }).waitFor();
    await inspect(page, 'errand-admin-errand');

    await clickAway(page, () => page.getByRole('link', { name: 'Ret regler' }).click());
    const json = page.getByLabel('Ret regler (JSON)');
    await inspect(page, 'errand-admin-rules-form');
    const rules = errandFile('FLYT').rules;
    await json.fill(
      JSON.stringify(
        [
          ...rules.slice(0, 2),
          { ...rules[2], when: [{ question: 'lost', equals: true }] },
          ...rules.slice(3),
        ],
        null,
        2,
      ),
    );
    await clickAway(page, () => page.getByRole('button', { name: 'Gem ny version' }).click());
    const problem =
      'rules[2].when[0].question: reglen "abroad" henviser til spørgsmålet "lost", som ikke findes';
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await expect(page.getByRole('link', { name: problem }).isVisible()).resolves.toBe(true);
    await inspect(page, 'errand-admin-rules-errors');
    await page.getByRole('link', { name: problem }).click();
    await expect(json.evaluate((element) => element === element.ownerDocument.activeElement)).resolves.toBe(
      true,
    );

    await json.fill(
      JSON.stringify(
        [...rules.slice(0, 2), { ...rules[2], outcome: 'elsewhere' }, ...rules.slice(3)],
        null,
        2,
      ),
    );
    await clickAway(page, () => page.getByRole('button', { name: 'Gem ny version' }).click());
    await page.getByText('Gemt som version 2.').waitFor();
    await inspect(page, 'errand-admin-saved');

    await clickAway(page, () => page.getByRole('link', { name: 'Historik' }).click());
    await page.getByRole('heading', { name: 'Version 2 (nuværende)' }).waitFor();
    await expect(page.getByText('Regler: ændret abroad (outcome)').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/af Anne Admin/).isVisible()).resolves.toBe(true);
    await inspect(page, 'errand-admin-history');
    await clickAway(page, () => page.getByRole('link', { name: 'Version 2' }).click());
    await expect(
      page
        .getByText(/→ Anden myndighed/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await inspect(page, 'errand-admin-version');

    await page.goto('/staff/admin/aerinder/FLYT');
    await clickAway(page, () => page.getByRole('link', { name: 'Prøv reglerne' }).click());
    await inspect(page, 'errand-admin-preview');
    await page.getByRole('group', { name: 'Har du MitID?' }).getByLabel('Ja', { exact: true }).check();
    await clickAway(page, () => page.getByRole('button', { name: 'Vis udfald' }).click());
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await inspect(page, 'errand-admin-preview-errors');
    await page
      .getByRole('group', { name: 'Flytter du til eller fra udlandet?' })
      .getByLabel('Ja', { exact: true })
      .check();
    await clickAway(page, () => page.getByRole('button', { name: 'Vis udfald' }).click());
    await page.getByRole('heading', { name: 'Udfald: Anden myndighed' }).waitFor();
    await inspect(page, 'errand-admin-preview-result');
    await context.close();
  });

  it('tries the rules without JavaScript, in English', async () => {
    const account = await givenAccount(t, 'admin');
    const context = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    await signIn(page, account, true);
    await page.goto('/staff/admin/aerinder/FLYT/proev?lang=en');
    await page.getByRole('group', { name: 'Do you have MitID?' }).getByLabel('Yes', { exact: true }).check();
    await page
      .getByRole('group', { name: 'Are you moving to or from another country?' })
      .getByLabel('No', { exact: true })
      .check();
    await clickAway(page, () => page.getByRole('button', { name: 'Show outcome' }).click());
    await page.getByRole('heading', { name: 'Outcome: Self-service' }).waitFor();
    await expect(page.getByText('Decided by the rule online.').isVisible()).resolves.toBe(true);
    await inspect(page, 'errand-admin-preview-en-no-js');
    await context.close();
  });
});
