import { jest } from '@jest/globals';
import { DateTime } from 'luxon';
import request from 'supertest';
import { momentForPeople } from '../src/web/page/people-time.js';
import { BROWSER_ACCEPT, decodeHtml, errorSummary, formOf, NOW, submit } from './support/booking-pages.js';
import type { Booked } from './support/bookings.js';
import { givenLocation, type Office } from './support/factories.js';
import {
  bookingState,
  closuresWith,
  givenBookedOffice,
  PLACES_PATH,
  submitFilled,
} from './support/places.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import type { Agent } from './support/booking-pages.js';

// Setting up the app and its offices takes a while on a loaded machine.
jest.setTimeout(60_000);

/*
 * The admin's places pages (/staff/admin/steder) with supertest: each office is the test's own,
 * open weekdays 09:00-16:00 with one visit booked on Tuesday 1 December 2026; today is Wednesday
 * 25 November 2026.
 */

const ZONE = 'Europe/Copenhagen';

describe('admin places pages', () => {
  let t: TestApp;
  let admin: Agent;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    ({ agent: admin } = await staffBrowser(t, 'admin'));
  });
  afterAll(() => t.close());

  const page = (path: string) => open(admin, path);
  const texts = (html: string, tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner]) =>
      decodeHtml(
        inner
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );

  describe('who may use them', () => {
    it('sends someone not signed in to the sign-in page', async () => {
      const res = await open(request.agent(t.http), PLACES_PATH).expect(303);
      expect(res.headers.location).toBe('/staff/log-ind?next=%2Fstaff%2Fadmin%2Fsteder');
    });

    it('refuses reception and advisers with 403, pages and forms alike', async () => {
      const office = await givenLocation(t);
      const { agent: reception } = await staffBrowser(t, 'reception', { locations: [office] });
      await open(reception, PLACES_PATH).expect(403);
      await open(reception, `${PLACES_PATH}/${office.code}/lukninger/ny`).expect(403);
      // The form as an admin got it, posted by reception: refused before anything is read.
      const form = await page(`${PLACES_PATH}/${office.code}/lukninger/ny`).expect(200);
      const { action } = formOf(form.text, 'closure-form');
      const own = await open(reception, '/staff/adgangskode').expect(200);
      const csrf = formOf(own.text, 'sign-out-form').fields._csrf;
      await reception
        .post(action)
        .type('form')
        .set('Accept', BROWSER_ACCEPT)
        .send({ _csrf: csrf, startsOn: '2.12.2026', reason: 'Kursus' })
        .expect(403);
      expect(await closuresWith(t, 'Kursus')).toEqual([]);
    });

    it('refuses a form without its CSRF token with 403, and saves nothing', async () => {
      const office = await givenLocation(t);
      const form = await page(`${PLACES_PATH}/${office.code}/lukninger/ny`).expect(200);
      const { action } = formOf(form.text, 'closure-form');
      const res = await admin
        .post(action)
        .type('form')
        .set('Accept', BROWSER_ACCEPT)
        .send({ startsOn: '2.12.2026', reason: 'Uden token' })
        .expect(403);
      expect(res.text).toContain('Formularen er udløbet');
      expect(await closuresWith(t, 'Uden token')).toEqual([]);
    });
  });

  describe('the list and a place', () => {
    it('lists the places, and shows one with its stations, hours and closures', async () => {
      const office = await givenLocation(t, {
        name: 'Aabenraa prøve',
        hours: [{ days: [1, 2], from: '09:00', to: '12:00' }],
        stations: [{ name: 'Skranke 9', errands: ['PAS_VOKSEN'] }],
        closures: [{ startsOn: '2026-12-09', endsOn: '2026-12-10', reason: 'Personaledage' }],
      });
      const list = await page(PLACES_PATH).expect(200);
      expect(list.text).toContain(`<a href="${PLACES_PATH}/${office.code}">Aabenraa prøve</a>`);

      const res = await page(`${PLACES_PATH}/${office.code}`).expect(200);
      expect(res.text).toContain('<title>Aabenraa prøve – ');
      const rows = texts(res.text, 'tr');
      expect(rows).toContain('Skranke 9 Nyt eller fornyet pas (voksen) I brug Ret Skranke 9');
      expect(rows).toContain('Mandag 09.00–12.00');
      expect(rows).toContain('Onsdag Lukket');
      expect(rows).toContain(
        'onsdag 9. december – torsdag 10. december Dette sted Personaledage Slet lukningen onsdag 9. december – torsdag 10. december',
      );
    });

    it('answers an unknown place with a 404 page', async () => {
      const res = await page(`${PLACES_PATH}/FINDES_IKKE`).expect(404);
      expect(res.text).toContain('Stedet &quot;FINDES_IKKE&quot; findes ikke.');
    });
  });

  describe('adding a closure', () => {
    let office: Office;
    let booked: Booked;
    beforeAll(async () => {
      ({ office, booked } = await givenBookedOffice(t, 'LUKNORD'));
    });
    const formPath = () => `${PLACES_PATH}/${office.code}/lukninger/ny`;

    it('refuses dates that do not exist or are reversed, with the problems in the error summary', async () => {
      const form = await page(formPath()).expect(200);
      const bad = await submit(
        admin,
        form.text,
        { startsOn: '31.02.2026', reason: '' },
        'closure-form',
      ).expect(400);
      expect(bad.text).toContain('<title>Fejl: Tilføj lukning');
      expect(errorSummary(bad.text)).toEqual([
        'startsOn: Skriv den første lukkedag som en dato, der findes, fx 24.12.2026',
        'reason: Skriv en begrundelse, fx Personaledag',
      ]);
      expect(bad.text).toContain('value="31.02.2026"');
      const reversed = await submit(
        admin,
        form.text,
        { startsOn: '10.12.2026', endsOn: '9.12.2026', reason: 'Kursus' },
        'closure-form',
      ).expect(400);
      expect(errorSummary(reversed.text)).toEqual([
        'endsOn: Den sidste lukkedag kan ikke ligge før den første',
      ]);
    });

    it('closes for some hours: refuses missing times, lists a visit in those hours, saves hours beside it', async () => {
      const form = await page(formPath()).expect(200);
      const some = { startsOn: '1.12.2026', hours: 'some', reason: 'Personalemøde' };
      const missing = await submit(admin, form.text, some, 'closure-form').expect(400);
      expect(errorSummary(missing.text)).toEqual([
        'closedFrom: Skriv hvornår stedet lukker',
        'closedTo: Skriv hvornår stedet åbner igen',
      ]);
      const start = DateTime.fromISO(booked.start, { zone: ZONE });
      const during = {
        closedFrom: start.toFormat('H.mm'),
        closedTo: start.plus({ minutes: 30 }).toFormat('HH:mm'),
      };
      const hit = await submit(admin, form.text, { ...some, ...during }, 'closure-form').expect(409);
      expect(texts(hit.text, 'th')).toContain(booked.reference);
      expect(await closuresWith(t, 'Personalemøde')).toEqual([]);

      const beside = { closedFrom: '14', closedTo: '15.30' };
      const saved = await submit(admin, form.text, { ...some, ...beside }, 'closure-form').expect(303);
      const shown = await page(saved.headers.location as string).expect(200);
      expect(texts(shown.text, 'tr')).toContainEqual(
        expect.stringContaining('tirsdag 1. december, kl. 14.00–15.30 Dette sted Personalemøde') as string,
      );
      expect(await bookingState(t, booked)).toEqual({ status: 'booked', reason: null });
    });

    it('lists the visits a closure hits, saves nothing, and cancels them only with a reason and the tick', async () => {
      const form = await page(formPath()).expect(200);
      const hit = await submit(
        admin,
        form.text,
        { startsOn: '1.12.2026', reason: 'Vandskade' },
        'closure-form',
      ).expect(409);
      const time = momentForPeople(booked.start, ZONE, 'da');
      expect(texts(hit.text, 'h2')).toContain('Ændringen rammer 1 booket besøg');
      expect(texts(hit.text, 'tr')).toContain(
        `${booked.reference} ${time} Borgerservice ${office.code} Nyt eller fornyet pas (voksen)`,
      );
      expect(await closuresWith(t, 'Vandskade')).toEqual([]);
      expect(await bookingState(t, booked)).toEqual({ status: 'booked', reason: null });

      // Without the reason and the tick: still nothing saved, the problems at the fields.
      const missing = await submitFilled(admin, hit.text, 'closure-form', { step: 'aflys' }).expect(400);
      expect(errorSummary(missing.text)).toEqual([
        'cancelReason: Skriv en begrundelse for aflysningen',
        'cancelConfirm: Sæt kryds ved »Aflys dette besøg« for at aflyse',
      ]);
      expect(await closuresWith(t, 'Vandskade')).toEqual([]);

      expect(missing.text).toContain('value="1.12.2026"');
      const done = await submitFilled(admin, missing.text, 'closure-form', {
        step: 'aflys',
        cancelReason: 'Vandskade i lokalerne',
        cancelConfirm: 'ja',
      }).expect(303);
      expect(done.headers.location).toBe(`${PLACES_PATH}/${office.code}?besked=lukning-oprettet&aflyst=1`);
      expect(await bookingState(t, booked)).toEqual({ status: 'cancelled', reason: 'Vandskade i lokalerne' });
      expect(await closuresWith(t, 'Vandskade')).toEqual([
        { starts_on: '2026-12-01', ends_on: '2026-12-01', location_id: office.id },
      ]);
      const shown = await page(done.headers.location as string).expect(200);
      expect(shown.text).toContain('1 besøg er aflyst. Borgerne får ikke besked automatisk');
      const [audit] = await t.dataSource.query<{ bookings: string[]; objects: string[] }[]>(
        `SELECT bookings, objects FROM audit_events WHERE action = 'closure.create' AND $1 = ANY(bookings)`,
        [booked.reference],
      );
      expect(audit.objects[0]).toBe(office.code);
    });

    it('closes every place when asked, and a closure that hits nothing is saved at once', async () => {
      const form = await page(formPath()).expect(200);
      const res = await submit(
        admin,
        form.text,
        { startsOn: '2027-01-04', endsOn: '5.1.2027', scope: 'all', reason: 'Nytårsoprydning' },
        'closure-form',
      ).expect(303);
      expect(res.headers.location).toBe(`${PLACES_PATH}/${office.code}?besked=lukning-oprettet`);
      expect(await closuresWith(t, 'Nytårsoprydning')).toEqual([
        { starts_on: '2027-01-04', ends_on: '2027-01-05', location_id: null },
      ]);
    });

    it('removes a closure from the place’s page', async () => {
      const before = await page(`${PLACES_PATH}/${office.code}`).expect(200);
      const [id] = (
        await t.dataSource.query<{ id: string }[]>(`SELECT id FROM closures WHERE reason = 'Nytårsoprydning'`)
      ).map((row) => row.id);
      const res = await submit(admin, before.text, {}, `delete-closure-${id}`).expect(303);
      expect(res.headers.location).toBe(`${PLACES_PATH}/${office.code}?besked=lukning-slettet`);
      expect(await closuresWith(t, 'Nytårsoprydning')).toEqual([]);
      // Once more: it is gone, and says so.
      await submit(admin, before.text, {}, `delete-closure-${id}`).expect(404);
    });
  });
});
