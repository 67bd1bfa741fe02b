import { jest } from '@jest/globals';
import { decodeHtml, errorSummary, NOW, submit } from './support/booking-pages.js';
import type { Agent } from './support/booking-pages.js';
import { givenLocation } from './support/factories.js';
import { bookingState, givenBookedOffice, PLACES_PATH, submitFilled } from './support/places.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Setting up the app and its offices takes a while on a loaded machine.
jest.setTimeout(60_000);

/*
 * The places pages' forms for opening hours and stations (closures: admin-places-pages.e2e-spec.ts),
 * with supertest. Today is Wednesday 25 November 2026; booked offices have one visit on Tuesday
 * 1 December.
 */

describe('admin places pages: opening hours and stations', () => {
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

  describe('opening hours', () => {
    it('shows the week as it is, and saves it back as it was', async () => {
      const office = await givenLocation(t, {
        hours: [
          { days: [1], from: '09:00', to: '12:00' },
          { days: [1], from: '13:00', to: '17:30' },
          { days: [5], from: '10:00', to: '14:00', validFrom: '2027-07-01', validTo: '2027-08-14' },
        ],
      });
      const read = () =>
        t.dataSource.query(
          `SELECT weekday, opens::text, closes::text, valid_from::text, valid_to::text FROM opening_hours
         WHERE location_id = $1 ORDER BY valid_from NULLS FIRST, weekday, opens`,
          [office.id],
        );
      const before = await read();
      const form = await page(`${PLACES_PATH}/${office.code}/aabningstider`).expect(200);
      expect(form.text).toContain('name="d1-0-opens" type="text" value="09:00"');
      expect(form.text).toContain('name="d1-1-closes" type="text" value="17:30"');
      expect(form.text).toContain('name="d1-2-opens" type="text" value=""');
      const saved = await submitFilled(admin, form.text, 'opening-hours-form').expect(303);
      expect(saved.headers.location).toBe(`${PLACES_PATH}/${office.code}?besked=aabningstider-gemt`);
      expect(await read()).toEqual(before);

      await submitFilled(admin, form.text, 'opening-hours-form', {
        'd1-1-opens': '',
        'd1-1-closes': '',
        'd6-0-opens': '9.30',
        'd6-0-closes': '12',
      }).expect(303);
      expect(await read()).toEqual([
        { weekday: 1, opens: '09:00:00', closes: '12:00:00', valid_from: null, valid_to: null },
        { weekday: 6, opens: '09:30:00', closes: '12:00:00', valid_from: null, valid_to: null },
        {
          weekday: 5,
          opens: '10:00:00',
          closes: '14:00:00',
          valid_from: '2027-07-01',
          valid_to: '2027-08-14',
        },
      ]);
    });

    it('refuses half-filled, reversed and overlapping periods at their fields', async () => {
      const office = await givenLocation(t);
      const form = await page(`${PLACES_PATH}/${office.code}/aabningstider`).expect(200);
      const bad = await submitFilled(admin, form.text, 'opening-hours-form', {
        'd1-1-opens': '13',
        'd2-0-opens': '15',
        'd2-0-closes': '9',
        'd3-0-opens': '25:00',
      }).expect(400);
      expect(errorSummary(bad.text)).toEqual([
        'd1-1-closes: Skriv både hvornår stedet åbner og lukker, eller lad begge felter stå tomme',
        'd2-0-closes: Stedet skal lukke senere, end det åbner',
        'd3-0-opens: Skriv tiden som 09:00, fra 00:00 til 23:59',
      ]);
      const overlap = await submitFilled(admin, form.text, 'opening-hours-form', {
        'd4-1-opens': '15:00',
        'd4-1-closes': '17:00',
      }).expect(400);
      expect(errorSummary(overlap.text)).toEqual([
        'd4-1-opens: Perioden overlapper en anden periode samme dag',
      ]);
    });

    it('lists the visits that new hours would leave outside them', async () => {
      const { office, booked } = await givenBookedOffice(t, 'TIMENORD');
      const form = await page(`${PLACES_PATH}/${office.code}/aabningstider`).expect(200);
      const res = await submitFilled(admin, form.text, 'opening-hours-form', {
        'd2-0-opens': '',
        'd2-0-closes': '',
      }).expect(409);
      expect(texts(res.text, 'th')).toContain(booked.reference);
      expect(await bookingState(t, booked)).toEqual({ status: 'booked', reason: null });
    });
  });

  describe('stations', () => {
    it('adds a station with its errands; a name taken at the place is refused at the field', async () => {
      const office = await givenLocation(t);
      const form = await page(`${PLACES_PATH}/${office.code}/stationer/ny`).expect(200);
      await submitFilled(admin, form.text, 'station-form', {
        name: 'Skranke 7',
        errands: ['PAS_VOKSEN', 'EHIC'],
      }).expect(303);
      const shown = await page(`${PLACES_PATH}/${office.code}`).expect(200);
      expect(texts(shown.text, 'tr')).toContain(
        'Skranke 7 Blåt EU-sygesikringskort, Nyt eller fornyet pas (voksen) I brug Ret Skranke 7',
      );
      const again = await submit(admin, form.text, { name: 'Skranke 7' }, 'station-form').expect(400);
      expect(errorSummary(again.text)).toEqual(['name: Der er allerede en station med det navn på stedet']);
      const empty = await submit(admin, form.text, { name: ' ' }, 'station-form').expect(400);
      expect(errorSummary(empty.text)).toEqual(['name: Skriv stationens navn']);
    });

    it('takes a booked station out of use only after listing its visits', async () => {
      const { office, booked } = await givenBookedOffice(t, 'STATNORD');
      const edit = await page(`${PLACES_PATH}/${office.code}/stationer/${booked.stationId}`).expect(200);
      expect(edit.text).toMatch(/name="errands" value="PAS_VOKSEN" checked>/);
      const hit = await submitFilled(admin, edit.text, 'station-form', { active: 'nej' }).expect(409);
      expect(texts(hit.text, 'th')).toContain(booked.reference);
      const done = await submitFilled(admin, hit.text, 'station-form', {
        active: 'nej',
        step: 'aflys',
        cancelReason: 'Skranken er i stykker',
        cancelConfirm: 'ja',
      }).expect(303);
      expect(done.headers.location).toBe(`${PLACES_PATH}/${office.code}?besked=station-gemt&aflyst=1`);
      expect(await bookingState(t, booked)).toEqual({ status: 'cancelled', reason: 'Skranken er i stykker' });
    });
  });
});
