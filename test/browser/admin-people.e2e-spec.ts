import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Booked, book } from '../support/bookings.js';
import { clickAway, inspect, launchBrowser, newContext, servePages } from '../support/browser.js';
import { givenAccount, givenOffice, type GivenAccount, type Office } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(180_000);

/*
 * An adviser calls in sick on Tuesday morning. The admin signs in, records the sick day, and sees
 * one visit moved to a colleague and one that nobody could take, which she cancels with a reason.
 * Then the colleague signs in and finds the moved visit in their day. Every page state is checked
 * with axe and at 320 px; the admin's part runs without JavaScript.
 */

const TUESDAY = '2026-12-01';

async function signIn(page: Page, account: GivenAccount): Promise<void> {
  await page.goto('/staff/log-ind');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Adgangskode').fill(account.password);
  await clickAway(page, () => page.getByRole('button', { name: 'Log ind' }).click());
}

/** The text of a table's rows, cell by cell, to find a visit by what a person reads. */
async function rowsOf(page: Page, caption: string): Promise<string[]> {
  const table = page.getByRole('table', { name: caption });
  return table.locator('tbody tr').allInnerTexts();
}

describe('admin people pages in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let office: Office;
  let moved: Booked;
  let stuck: Booked;
  let colleague: GivenAccount;
  let admin: GivenAccount;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-25T09:00:00+01:00' });
    office = await givenOffice(t, {
      name: 'Borgerservice Ebeltoft',
      advisers: ['Mette Sørensen', 'Bo Holm', 'Ane Berg'],
      stations: 3,
    });
    const [mette, bo, ane] = office.adviserIds;
    const visit = (adviser: string, time: string, name: string) =>
      book(t, {
        location: office.code,
        start: `${TUESDAY}T${time}:00+01:00`,
        adviser,
        citizen: { name, email: `${name.split(' ')[0].toLowerCase()}@example.dk` },
      });
    moved = await visit(mette, '10:00', 'Karen Jensen');
    stuck = await visit(mette, '11:00', 'Lars Nielsen');
    // At 11:00 both colleagues have visits of their own: nobody can take Lars's.
    await visit(bo, '11:00', 'Olga Dam');
    await visit(ane, '11:00', 'Per Lund');
    admin = await givenAccount(t, 'admin', { name: 'Anne Admin' });
    colleague = await givenAccount(t, 'adviser', { name: 'Bo Holm', adviserId: bo, locations: [office] });
    // Tuesday morning: Mette calls in sick.
    t.clock.set(`${TUESDAY}T07:45:00+01:00`);
    baseUrl = await servePages(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('records a sick day without JavaScript, moves a visit to a colleague, cancels the one left', async () => {
    const context: BrowserContext = await newContext(browser, baseUrl, { javaScript: false });
    const page = await context.newPage();
    await signIn(page, admin);
    await clickAway(page, () => page.getByRole('link', { name: 'Rådgivere' }).first().click());
    await page.getByRole('heading', { name: 'Rådgivere', level: 1 }).waitFor();
    await inspect(page, 'admin-advisers');

    await clickAway(page, () => page.getByRole('link', { name: 'Mette Sørensen' }).click());
    await page.getByRole('heading', { name: 'Arbejdstid' }).waitFor();
    await inspect(page, 'admin-adviser');

    await clickAway(page, () => page.getByRole('link', { name: 'Registrer fravær' }).click());
    await expect(page.getByLabel('Fra dato').inputValue()).resolves.toBe(TUESDAY);
    await inspect(page, 'admin-absence-form');
    const record = page.getByRole('button', { name: 'Registrer fravær og flyt besøg' });
    await clickAway(page, () => record.click());
    await page.getByRole('heading', { name: 'Der er et problem' }).waitFor();
    await expect(page.getByRole('link', { name: 'Skriv en årsag til fraværet' }).isVisible()).resolves.toBe(
      true,
    );
    await inspect(page, 'admin-absence-form-errors');

    await page.getByLabel('Årsag').fill('Sygdom');
    await clickAway(page, () => record.click());
    await page.getByRole('heading', { name: 'Mette Sørensens fravær' }).waitFor();
    await expect(
      page.getByText('1 besøg er flyttet til en kollega. 1 besøg kunne ikke flyttes.').isVisible(),
    ).resolves.toBe(true);
    const movedRows = await rowsOf(page, 'Flyttet til en kollega');
    expect(movedRows).toHaveLength(1);
    expect(movedRows[0]).toContain(moved.reference);
    expect(movedRows[0]).toContain('kl. 10.00');
    expect(movedRows[0]).toMatch(/Bo Holm|Ane Berg/);
    const left = await rowsOf(page, 'Kunne ikke flyttes');
    expect(left).toHaveLength(1);
    expect(left[0]).toContain(stuck.reference);
    await inspect(page, 'admin-absence-result');

    const cancel = page.getByRole('button', { name: 'Aflys besøget' });
    await clickAway(page, () => cancel.click());
    await page.getByRole('link', { name: 'Skriv en begrundelse for aflysningen' }).waitFor();
    await inspect(page, 'admin-absence-cancel-errors');
    await page.getByLabel('Begrundelse for aflysningen').fill('Rådgiveren er syg. Ring og få en ny tid.');
    await clickAway(page, () => cancel.click());
    await page.getByText('1 besøg er aflyst.').waitFor();
    await expect(
      page.getByText('Der er ingen besøg tilbage hos rådgiveren i perioden.').isVisible(),
    ).resolves.toBe(true);
    await inspect(page, 'admin-absence-cancelled');
    await context.close();
  });

  it('shows the moved visit in the colleague’s day', async () => {
    const [, bo] = office.adviserIds;
    const [{ adviser_id: holder }] = await t.dataSource.query<{ adviser_id: string }[]>(
      'SELECT adviser_id FROM bookings WHERE id = $1',
      [moved.id],
    );
    // The visit went to the least busy free colleague; make sure the one signing in is that one.
    const account =
      holder === bo
        ? colleague
        : await givenAccount(t, 'adviser', { adviserId: holder, locations: [office] });
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, account);
    await page.waitForURL('**/staff/raadgiver');
    const card = page.locator('.visit-card', { hasText: moved.reference });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('Karen Jensen');
    await expect(card.innerText()).resolves.toContain('10.00');
    await inspect(page, 'adviser-day-moved-visit');
    await context.close();
  });

  it('edits working time, creates a staff account and reads the log, every state checked', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, admin);
    const [, , ane] = office.adviserIds;

    await page.goto(`/staff/admin/raadgivere/${ane}/arbejdstid`);
    await inspect(page, 'admin-working-times');
    await page
      .getByRole('group', { name: 'Arbejdstid 6' })
      .getByLabel('Ugedag')
      .selectOption({ label: 'lørdag' });
    await clickAway(page, () => page.getByRole('button', { name: 'Gem arbejdstid' }).click());
    await page.getByRole('link', { name: 'Vælg et sted' }).waitFor();
    await inspect(page, 'admin-working-times-errors');

    await page.goto('/staff/admin/medarbejdere');
    await inspect(page, 'admin-staff');
    await clickAway(page, () => page.getByRole('link', { name: 'Opret medarbejder' }).click());
    await clickAway(page, () => page.getByRole('button', { name: 'Opret konto' }).click());
    await page.getByRole('link', { name: 'Vælg mindst én rolle' }).waitFor();
    await inspect(page, 'admin-staff-new-errors');
    await page.getByLabel('E-mail').fill('sofie.skov@test.invalid');
    await page.getByLabel('Navn').fill('Sofie Skov');
    await page.getByRole('checkbox', { name: 'Reception' }).check();
    await page.getByRole('checkbox', { name: 'Borgerservice Ebeltoft' }).check();
    await clickAway(page, () => page.getByRole('button', { name: 'Opret konto' }).click());
    await page.getByRole('heading', { name: 'Engangsadgangskode' }).waitFor();
    await inspect(page, 'admin-staff-one-time-password');
    await clickAway(page, () => page.getByRole('link', { name: 'Gå til kontoen' }).click());
    await page.getByRole('heading', { name: 'Sofie Skov' }).waitFor();
    await inspect(page, 'admin-staff-account');

    await page.goto('/staff/admin/log');
    await page.getByLabel('Handling').selectOption('absence.visit-moved');
    await clickAway(page, () => page.getByRole('button', { name: 'Vis' }).click());
    await page.getByText('1 hændelse').waitFor();
    await expect(page.getByRole('table').innerText()).resolves.toContain(moved.reference);
    await inspect(page, 'admin-audit-log');
    await page.goto('/staff/admin/log?fra=2026-02-30');
    await inspect(page, 'admin-audit-log-errors');
    await context.close();
  });
});
