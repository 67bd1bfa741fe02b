import { jest } from '@jest/globals';
import request from 'supertest';
import { BROWSER_ACCEPT, errorSummary, formOf, submit } from './support/booking-pages.js';
import type { Booked } from './support/bookings.js';
import {
  auditRows,
  bookAt,
  DESK_NOW,
  type Desks,
  givenDesks,
  mainText,
  postWithoutToken,
  stored,
  TODAY,
} from './support/reception.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import type { Agent } from './support/booking-pages.js';

/*
 * The reception pages as a browser uses them (forms, redirects, error summaries), on two offices
 * of this file's own: RPA (two passport desks) where the receptionist works, and RPB where she
 * does not. The clock is set per test; bookings are made through the citizen API.
 */

jest.setTimeout(60_000);

describe('reception pages', () => {
  let t: TestApp;
  let desks: Desks;
  let desk: Agent;
  let deskId: string;
  let karen: Booked;
  let ole: Booked;
  let elsewhere: Booked;

  beforeAll(async () => {
    // A working day without signing in again: the clock moves hours between tests.
    t = await createTestApp({ now: DESK_NOW, env: { STAFF_SESSION_IDLE_MINUTES: '480' } });
    desks = await givenDesks(t, ['RPA', 'RPB']);
    karen = await bookAt(t, 'RPA', TODAY, '10:00', { name: 'Karen Jensen', phone: '12 34 56 78' });
    ole = await bookAt(t, 'RPA', TODAY, '11:00', { name: 'Ole Hansen' });
    elsewhere = await bookAt(t, 'RPB', TODAY, '10:00', { name: 'Bo Nielsen' });
    const browser = await staffBrowser(t, 'reception', { locations: [desks.main] });
    desk = browser.agent;
    deskId = browser.account.id;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(DESK_NOW));

  describe('access', () => {
    it('sends a page without a session to the sign-in page (303)', async () => {
      const away = await open(request.agent(t.http), '/staff/reception/RPA').expect(303);
      expect(away.headers.location).toBe('/staff/log-ind?next=%2Fstaff%2Freception%2FRPA');
    });

    it('leads a receptionist of one place straight to its arrivals', async () => {
      const home = await open(desk, '/staff/reception').expect(303);
      expect(home.headers.location).toBe('/staff/reception/RPA');
    });

    it('lists the places of a receptionist who works at several', async () => {
      const { agent } = await staffBrowser(t, 'reception', { locations: [desks.main, desks.other] });
      const home = await open(agent, '/staff/reception').expect(200);
      expect(mainText(home.text)).toContain(desks.main.name);
      expect(mainText(home.text)).toContain(desks.other.name);
    });

    it('refuses another place’s arrivals and bookings (403)', async () => {
      const refused = await open(desk, '/staff/reception/RPB').expect(403);
      expect(mainText(refused.text)).toContain('Du arbejder ikke på RPB.');
      await open(desk, `/staff/reception/RPB/booking/${elsewhere.reference}`).expect(403);
      await open(desk, '/staff/reception/RPB/walk-in').expect(403);
    });

    it('refuses an adviser (403 ROLE_REQUIRED) and lets an admin in anywhere', async () => {
      const { agent: adviser } = await staffBrowser(t, 'adviser');
      expect(mainText((await open(adviser, '/staff/reception/RPA').expect(403)).text)).toContain(
        'Kræver rollen reception eller admin.',
      );
      const { agent: admin } = await staffBrowser(t, 'admin');
      await open(admin, '/staff/reception/RPB').expect(200);
    });

    it('refuses a form without its CSRF token (403)', async () => {
      const refused = await postWithoutToken(desk, '/staff/reception/RPA/tjek-ind', {
        reference: karen.reference,
      });
      expect(refused.status).toBe(403);
      expect((await stored(t, karen)).status).toBe('booked');
    });
  });

  describe('arrivals', () => {
    it('lists today’s bookings in time order with their status, and the forms', async () => {
      const page = await open(desk, '/staff/reception/RPA').expect(200);
      const text = mainText(page.text);
      expect(text.indexOf('Karen Jensen')).toBeLessThan(text.indexOf('Ole Hansen'));
      expect(text).toContain('10.00 Karen Jensen');
      expect(text).not.toContain('Bo Nielsen');
      expect(text).toContain('2 mangler at komme, 0 venter.');
      expect(formOf(page.text, 'check-in-form').action).toBe('/staff/reception/RPA/tjek-ind');
      expect(page.text).toContain('id="search-form"');
      expect(page.text).toContain('href="/staff/reception/RPA/walk-in"');
      expect((await auditRows(t, deskId, 'arrivals.read'))[0]).toEqual({
        bookings: expect.arrayContaining([karen.reference, ole.reference]) as string[],
        objects: ['RPA'],
      });
    });

    it('speaks English with ?lang=en, and the search form keeps the language', async () => {
      const page = await open(desk, '/staff/reception/RPA?lang=en').expect(200);
      expect(page.text).toContain('<title>Today’s arrivals – Staff – Citizen Service</title>');
      expect(mainText(page.text)).toContain('Booked');
      expect(page.text).toContain('<input type="hidden" name="lang" value="en">');
      expect(formOf(page.text, 'check-in-form').action).toBe('/staff/reception/RPA/tjek-ind?lang=en');
    });

    it('gives the list alone for the page’s script, without extending the session', async () => {
      const [before] = await t.dataSource.query<{ last_seen_at: Date }[]>(
        'SELECT last_seen_at FROM staff_sessions WHERE account_id = $1',
        [deskId],
      );
      t.clock.set('2026-11-25T07:35:00+01:00');
      const list = await open(desk, '/staff/reception/RPA/ankomster').expect(200);
      expect(list.text).not.toContain('<html');
      expect(list.text).toContain('Karen Jensen');
      const [after] = await t.dataSource.query<{ last_seen_at: Date }[]>(
        'SELECT last_seen_at FROM staff_sessions WHERE account_id = $1',
        [deskId],
      );
      expect(after.last_seen_at).toEqual(before.last_seen_at);
    });
  });

  describe('check-in', () => {
    it('shows a missing reference in the error summary (400)', async () => {
      const page = await open(desk, '/staff/reception/RPA').expect(200);
      const answer = await submit(desk, page.text, { reference: '  ' }, 'check-in-form').expect(400);
      expect(errorSummary(answer.text)).toEqual(['reference: Skriv bookingnummeret, eller scan QR-koden']);
    });

    it.each([
      ['an unknown reference', () => 'KKKK-KKKK', 404, 'Bookingen findes ikke'],
      ['another place’s booking', () => elsewhere.reference, 422, 'Bookingen er til'],
      ['a time too far ahead', () => ole.reference, 422, 'for tidligt'],
    ])('shows %s at the field', async (_case, reference, status, message) => {
      t.clock.set('2026-11-25T09:45:00+01:00');
      const page = await open(desk, '/staff/reception/RPA').expect(200);
      const answer = await submit(desk, page.text, { reference: reference() }, 'check-in-form').expect(
        status,
      );
      expect(errorSummary(answer.text).join()).toContain(message);
      expect(answer.text).toContain('aria-invalid="true"');
    });

    it('checks in by the typed reference, any case without the dash, and shows the queue number', async () => {
      t.clock.set('2026-11-25T09:45:00+01:00');
      const page = await open(desk, '/staff/reception/RPA').expect(200);
      const typed = karen.reference.replace('-', '').toLowerCase();
      const answer = await submit(desk, page.text, { reference: typed }, 'check-in-form').expect(303);
      expect(answer.headers.location).toBe(`/staff/reception/RPA?tjekket-ind=${karen.reference}`);
      const after = await open(desk, answer.headers.location as string).expect(200);
      expect(mainText(after.text)).toContain('Karen Jensen er tjekket ind: nr. 1');
      expect(mainText(after.text)).toContain('Tjekket ind · nr. 1');
      expect(await stored(t, karen)).toMatchObject({ status: 'checked_in', queue_number: 1 });
      expect((await auditRows(t, deskId, 'visit.check-in'))[0].bookings).toEqual([karen.reference]);
    });
  });

  describe('check-in by the receipt’s QR code', () => {
    it('puts a QR code with the reference alone on the receipt, and checks in what a scanner types from it', async () => {
      const receipt = await request(t.http)
        .get(`/kvittering/${ole.reference}`)
        .query({ token: ole.manageToken })
        .set('Accept', BROWSER_ACCEPT)
        .expect(200);
      const svg = /<svg class="receipt-qr"[\s\S]*?<\/svg>/.exec(receipt.text)?.[0] ?? '';
      expect(svg).toContain(`aria-label="QR-kode med referencenummer ${ole.reference}"`);
      expect(svg).not.toMatch(/style/i);
      const QRCode = (await import('qrcode')).default;
      const modules = (markup: string) => /<path stroke="#000000" d="([^"]+)"/.exec(markup)?.[1];
      const ofReference = await QRCode.toString(ole.reference, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 4,
      });
      expect(modules(svg)).toBe(modules(ofReference));

      t.clock.set('2026-11-25T10:50:00+01:00');
      const page = await open(desk, '/staff/reception/RPA').expect(200);
      // A scanner on a Danish keyboard layout types the QR code's dash as "+", then Enter.
      const scanned = `${ole.reference.replace('-', '+')}\n`;
      const answer = await submit(desk, page.text, { reference: scanned }, 'check-in-form').expect(303);
      expect(answer.headers.location).toBe(`/staff/reception/RPA?tjekket-ind=${ole.reference}`);
      expect((await stored(t, ole)).status).toBe('checked_in');
    });
  });
});
