import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { LocationsWriter } from '../src/locations/locations.writer.js';
import { givenAdviser, givenLocation, type GivenLocation, givenStaff } from './support/factories.js';
import { visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * GET /locations and the pages that choose a place and a time: /steder, /book/:triageId/sted and
 * /book/:triageId/tid. Four places, built here:
 * - MAIN takes passports and changes of address, opens weekdays 10-14, closed for a staff day on
 *   Tuesday 22 December, with directions in both languages;
 * - SMALL has a passport station but no adviser who handles passports: it cannot serve them;
 * - LATE takes passports, but its adviser starts in February: no free time in the next 14 days;
 * - LIBRARY takes changes of address only.
 */

/** Monday 21 December 2026, 09:00: with two hours' notice the first start is 11:00. */
const NOW = '2026-12-21T09:00:00+01:00';
const FIRST_FREE = '2026-12-21T11:00:00+01:00';
const MAIN_DIRECTIONS = {
  da: 'Indgang fra torvet, elevator til 1. sal.',
  en: 'Enter from the square, lift to the 1st floor.',
};

async function givenPlaces(t: TestApp): Promise<void> {
  const weekdays = [{ from: '10:00', to: '14:00' }];
  const main = await givenLocation(t, {
    code: 'MAIN',
    name: 'Borgerservice Ebeltoft',
    address: 'Torvegade 8, 8400 Ebeltoft',
    hours: weekdays,
    errands: ['PAS_VOKSEN', 'FLYT'],
    closures: [{ startsOn: '2026-12-22', endsOn: '2026-12-22', reason: 'Personaledag' }],
  });
  await t.dataSource.transaction((manager) =>
    t.app.get(LocationsWriter).updateLocation(manager, main.id, { directions: MAIN_DIRECTIONS }),
  );
  await givenLocation(t, { code: 'SMALL', name: 'Borgerservice Hornslet', hours: weekdays });
  const late = await givenLocation(t, { code: 'LATE', name: 'Borgerservice Rønde', hours: weekdays });
  const library = await givenLocation(t, {
    code: 'LIBRARY',
    name: 'Rønde Bibliotek',
    kind: 'library',
    hours: weekdays,
    errands: ['FLYT'],
  });
  const works = (at: GivenLocation, validFrom?: string) => [
    { at, hours: [{ from: '09:00', to: '16:00', validFrom }] },
  ];
  await givenAdviser(t, { errands: ['PAS_VOKSEN', 'FLYT'], works: works(main) });
  await givenAdviser(t, { errands: ['FLYT'], works: [...works(library)] });
  await givenAdviser(t, { errands: ['PAS_VOKSEN'], works: works(late, '2027-02-01') });
}

/** The CSRF token in a page's forms (the agent keeps the cookie it belongs to). */
function tokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no form token');
  return token;
}

const radios = (html: string, name: string) =>
  [
    ...html.matchAll(
      new RegExp(`type="radio" class="form-radio" id="[^"]+" name="${name}" value="([^"]+)"`, 'g'),
    ),
  ].map((match) => match[1]);

describe('places and choosing a place and a time', () => {
  let t: TestApp;
  let agent: TestAgent;
  let triage: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    agent = request.agent(t.http);
    await givenPlaces(t);
    triage = await visitTriage(t.http, 'PAS_VOKSEN');
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('GET /locations', () => {
    it('lists every place in use with address, directions and the week’s hours, holidays included', async () => {
      const res = await request(t.http).get('/locations').expect(200);
      expect(res.headers['cache-control']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Language/i);
      expect(res.body).not.toHaveProperty('errand');
      const codes = res.body.locations.map((l: { code: string }) => l.code);
      // Citizen service centres by name, then the library.
      expect(codes).toEqual(['MAIN', 'SMALL', 'LATE', 'LIBRARY']);
      const main = res.body.locations[0];
      expect(main).toMatchObject({
        code: 'MAIN',
        name: 'Borgerservice Ebeltoft',
        kind: 'citizen_service',
        address: 'Torvegade 8, 8400 Ebeltoft',
        directions: MAIN_DIRECTIONS.da,
        timeZone: 'Europe/Copenhagen',
      });
      expect(main).not.toHaveProperty('nextFreeTime');
      expect(main.openingHours).toEqual([
        {
          date: '2026-12-21',
          weekday: 'mandag',
          hours: [{ opens: '10:00', closes: '14:00' }],
          closed: null,
          text: '10.00–14.00',
        },
        {
          date: '2026-12-22',
          weekday: 'tirsdag',
          hours: [],
          closed: 'Personaledag',
          text: 'Lukket (Personaledag)',
        },
        {
          date: '2026-12-23',
          weekday: 'onsdag',
          hours: [{ opens: '10:00', closes: '14:00' }],
          closed: null,
          text: '10.00–14.00',
        },
        {
          date: '2026-12-24',
          weekday: 'torsdag',
          hours: [],
          closed: 'Kommunal lukkedag',
          text: 'Lukket (Kommunal lukkedag)',
        },
        { date: '2026-12-25', weekday: 'fredag', hours: [], closed: 'Juledag', text: 'Lukket (Juledag)' },
        { date: '2026-12-26', weekday: 'lørdag', hours: [], closed: null, text: 'Lukket' },
        { date: '2026-12-27', weekday: 'søndag', hours: [], closed: null, text: 'Lukket' },
      ]);
      expect(res.body.locations[1].directions).toBeNull();
    });

    it('answers in English', async () => {
      const res = await request(t.http).get('/locations').set('Accept-Language', 'en').expect(200);
      const main = res.body.locations[0];
      expect(main.directions).toBe(MAIN_DIRECTIONS.en);
      expect(main.openingHours[0]).toMatchObject({ weekday: 'Monday', text: '10:00–14:00' });
      expect(main.openingHours[4].text).toBe('Closed (Juledag)');
    });

    it('for an errand: only the places that can serve it, each with its next free time', async () => {
      const res = await request(t.http).get('/locations').query({ errand: 'pas_voksen' }).expect(200);
      expect(res.body.errand).toEqual({
        code: 'PAS_VOKSEN',
        name: expect.any(String),
        minutes: expect.any(Number),
      });
      expect(res.body.searchedDays).toBe(14);
      expect(
        res.body.locations.map((l: { code: string; nextFreeTime: string | null }) => [
          l.code,
          l.nextFreeTime,
        ]),
      ).toEqual([
        ['MAIN', FIRST_FREE],
        ['LATE', null],
      ]);
      const flyt = await request(t.http).get('/locations').query({ errand: 'FLYT' }).expect(200);
      expect(flyt.body.locations.map((l: { code: string }) => l.code)).toEqual(['MAIN', 'LIBRARY']);
    });

    it('the next free time agrees with GET /availability', async () => {
      const res = await request(t.http).get('/availability').query({ triage, location: 'MAIN' }).expect(200);
      const first = res.body.days.flatMap((day: { slots: { start: string }[] }) => day.slots)[0];
      expect(first.start).toBe(FIRST_FREE);
    });

    it('refuses an unknown errand (404) and a malformed one (400)', async () => {
      const unknown = await request(t.http).get('/locations').query({ errand: 'NO_SUCH_ERRAND' }).expect(404);
      expect(unknown.body.code).toBe('ERRAND_NOT_FOUND');
      const malformed = await request(t.http).get('/locations').query({ errand: 'not a code!' }).expect(400);
      expect(malformed.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('/steder', () => {
    it('shows the places, their hours and how to get there', async () => {
      const res = await request(t.http).get('/steder').expect(200);
      expect(res.text).toContain('<title>Steder og åbningstider – Book tid – Borgerservice</title>');
      expect(res.text).toContain('<h2 id="place-MAIN">Borgerservice Ebeltoft</h2>');
      expect(res.text).toContain('Sådan kommer du hertil');
      expect(res.text).toContain(MAIN_DIRECTIONS.da);
      expect(res.text).toContain('I dag, mandag 21. december');
      expect(res.text).toContain('Lukket (Juledag)');
      expect(res.text).toContain('Rønde Bibliotek');
    });

    it('in English', async () => {
      const res = await request(t.http).get('/steder?lang=en').expect(200);
      expect(res.text).toContain('<html lang="en">');
      expect(res.text).toContain('How to get there');
      expect(res.text).toContain(MAIN_DIRECTIONS.en);
      expect(res.text).toContain('Today, Monday 21 December');
    });
  });

  describe('/book/:triageId/sted', () => {
    it('offers the places that can serve the errand, with next free time', async () => {
      const res = await request(t.http).get(`/book/${triage}/sted`).expect(200);
      expect(res.text).toContain('<title>Vælg sted – Book tid – Borgerservice</title>');
      expect(radios(res.text, 'sted')).toEqual(['MAIN', 'LATE']);
      expect(res.text).toContain('Første ledige tid: mandag 21. december kl. 11.00');
      expect(res.text).toContain('Ingen ledige tider de næste 14 dage');
      expect(res.text).toContain('Åbent i dag: 10.00–14.00');
      expect(res.text).toContain(MAIN_DIRECTIONS.da);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('sends the chosen place on to the time picker, in the page’s language', async () => {
      const da = await request(t.http).get(`/book/${triage}/sted?valgt=1&sted=main`).expect(303);
      expect(da.headers.location).toBe(`/book/${triage}/tid?sted=MAIN`);
      const en = await request(t.http).get(`/book/${triage}/sted?lang=en&valgt=1&sted=MAIN`).expect(303);
      expect(en.headers.location).toBe(`/book/${triage}/tid?sted=MAIN&lang=en`);
    });

    it('asks again with an error summary when nothing, or a place that cannot serve it, is chosen', async () => {
      const none = await request(t.http).get(`/book/${triage}/sted?valgt=1`).expect(400);
      expect(none.text).toContain('<title>Fejl: Vælg sted – Book tid – Borgerservice</title>');
      expect(none.text).toContain('<a class="function-link" href="#sted">Vælg et sted</a>');
      expect(none.text).toContain('id="sted-error"');
      const wrong = await request(t.http).get(`/book/${triage}/sted?valgt=1&sted=SMALL`).expect(400);
      expect(wrong.text).toContain('Vælg et af stederne på listen');
      const en = await request(t.http).get(`/book/${triage}/sted?lang=en&valgt=1`).expect(400);
      expect(en.text).toContain(
        '<title>Error: Choose a place – Book an appointment – Citizen Service</title>',
      );
    });

    it('answers an unknown or malformed triage with the 404 page', async () => {
      const unknown = await request(t.http).get(`/book/${randomUUID()}/sted`).expect(404);
      expect(unknown.headers['content-type']).toMatch(/text\/html/);
      expect(unknown.text).toContain('Siden findes ikke');
      await request(t.http).get('/book/not-a-triage/sted').expect(404);
    });

    it('explains why a triage that says no visit cannot book', async () => {
      const res = await request(t.http)
        .post('/triage')
        .send({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } })
        .expect(201);
      const page = await request(t.http).get(`/book/${res.body.id}/sted`).expect(422);
      expect(page.text).toContain('Du kan ikke booke en tid her');
      expect(page.text).toContain('Dit ærinde kan klares uden et besøg');
      expect(page.text).toContain(`href="/vejledning/${res.body.id}"`);
      expect(page.text).toContain('href="/"');
      const time = await request(t.http).get(`/book/${res.body.id}/tid?sted=MAIN`).expect(422);
      expect(time.text).toContain('Du kan ikke booke en tid her');
    });

    it('explains that answers too old must be given again', async () => {
      const old = await visitTriage(t.http, 'PAS_VOKSEN');
      t.clock.set('2026-12-23T09:00:00+01:00');
      try {
        const page = await request(t.http).get(`/book/${old}/sted?lang=en`).expect(422);
        expect(page.text).toContain('Your answers are too old');
        expect(page.text).toContain('href="/aerinder/PAS_VOKSEN?lang=en"');
      } finally {
        t.clock.set(NOW);
      }
    });
  });

  describe('/book/:triageId/tid', () => {
    it('shows the days and the free times of the first day with times', async () => {
      const res = await request(t.http).get(`/book/${triage}/tid?sted=MAIN`).expect(200);
      expect(res.text).toContain('<title>Vælg tid – Book tid – Borgerservice</title>');
      expect(res.text).toContain('Borgerservice Ebeltoft, Torvegade 8, 8400 Ebeltoft');
      const times = radios(res.text, 'tid');
      expect(times[0]).toBe(FIRST_FREE);
      expect(times.every((time) => time.startsWith('2026-12-21T'))).toBe(true);
      expect(res.text).toContain(
        '<legend class="form-label picker-legend">Ledige tider mandag 21. december</legend>',
      );
      expect(res.text).toContain('Første ledige tid');
      expect(res.text).toContain(
        `href="/book/${triage}/kontakt?sted=MAIN&amp;tid=${encodeURIComponent(FIRST_FREE)}"`,
      );
      expect(res.text).toContain(`href="/book/${triage}/tid?sted=MAIN&amp;dag=2026-12-23"`);
    });

    it('says a full day is full and offers the next day with times', async () => {
      const res = await request(t.http).get(`/book/${triage}/tid?sted=MAIN&dag=2026-12-22`).expect(200);
      expect(res.text).toContain('Der er ingen ledige tider tirsdag 22. december.');
      expect(res.text).toContain(
        `<a id="tid" href="/book/${triage}/tid?sted=MAIN&amp;dag=2026-12-23">Se tider onsdag 23. december</a>`,
      );
      expect(radios(res.text, 'tid')).toEqual([]);
    });

    it('shows later days, two weeks at a time', async () => {
      const res = await request(t.http)
        .get(`/book/${triage}/tid?sted=MAIN&dag=2027-01-05&lang=en`)
        .expect(200);
      expect(res.text).toContain('Free times on Tuesday 5 January 2027');
      expect(res.text).toContain('Earlier days');
      expect(res.text).toContain('Later days');
    });

    it('sends a request without a place back to choosing one, and an unknown place to the 404 page', async () => {
      const res = await request(t.http).get(`/book/${triage}/tid`).expect(303);
      expect(res.headers.location).toBe(`/book/${triage}/sted`);
      const unknown = await request(t.http).get(`/book/${triage}/tid?sted=NOWHERE`).expect(404);
      expect(unknown.text).toContain('Siden findes ikke');
    });

    it('sends a place that cannot serve the errand back to choosing one, not to an empty picker', async () => {
      // The library only handles moving house; the triage is for a passport.
      const res = await request(t.http).get(`/book/${triage}/tid?sted=LIBRARY`).expect(303);
      expect(res.headers.location).toBe(`/book/${triage}/sted`);
    });

    it('refuses a form without its CSRF token', async () => {
      await request(t.http)
        .post(`/book/${triage}/tid`)
        .type('form')
        .send({ sted: 'MAIN', tid: FIRST_FREE })
        .expect(403);
    });

    it('asks again when no time is chosen, or one that is not free', async () => {
      const page = await agent.get(`/book/${triage}/tid?sted=MAIN`).expect(200);
      const none = await agent
        .post(`/book/${triage}/tid`)
        .type('form')
        .send({ sted: 'MAIN', _csrf: tokenIn(page.text) })
        .expect(400);
      expect(none.text).toContain('<title>Fejl: Vælg tid – Book tid – Borgerservice</title>');
      expect(none.text).toContain('<a class="function-link" href="#tid">Vælg en tid</a>');
      expect(none.text).toContain('<fieldset aria-describedby="tid-error">');
      const tooSoon = await agent
        .post(`/book/${triage}/tid`)
        .type('form')
        .send({ sted: 'MAIN', tid: '2026-12-21T10:00:00+01:00', _csrf: tokenIn(page.text) })
        .expect(400);
      expect(tooSoon.text).toContain('Tiden er ikke ledig længere. Vælg en anden tid.');
      const nonsense = await agent
        .post(`/book/${triage}/tid`)
        .type('form')
        .send({ sted: 'MAIN', tid: 'tomorrow', _csrf: tokenIn(page.text) })
        .expect(400);
      expect(nonsense.text).toContain('Vælg en af de ledige tider');
    });

    it('sends a free time on to the contact step', async () => {
      const page = await agent.get(`/book/${triage}/tid?sted=MAIN&lang=en`).expect(200);
      const res = await agent
        .post(`/book/${triage}/tid?lang=en`)
        .type('form')
        .send({ sted: 'MAIN', tid: FIRST_FREE, _csrf: tokenIn(page.text) })
        .expect(303);
      expect(res.headers.location).toBe(
        `/book/${triage}/kontakt?sted=MAIN&tid=${encodeURIComponent(FIRST_FREE)}&lang=en`,
      );
    });
  });
  describe('directions through the admin API', () => {
    it('are optional, set per language, and an empty text removes one', async () => {
      const admin = await givenStaff(t, 'admin');
      const api = (method: 'post' | 'patch', path: string, body: object) =>
        request(t.http)[method](path).set('Authorization', admin).send(body);
      const place = { code: 'KOLIND', name: 'Kolind Bibliotek', kind: 'library', address: 'Kolind' };
      await api('post', '/admin/locations', {
        ...place,
        directions: { da: 'Bag kirken', en: 'Behind the church' },
      }).expect(201);
      const stored = "SELECT directions_da, directions_en FROM locations WHERE code = 'KOLIND'";
      expect(await t.dataSource.query(stored)).toEqual([
        { directions_da: 'Bag kirken', directions_en: 'Behind the church' },
      ]);
      await api('patch', '/admin/locations/KOLIND', { directions: { en: '' } }).expect(200);
      expect(await t.dataSource.query(stored)).toEqual([
        { directions_da: 'Bag kirken', directions_en: null },
      ]);
      await api('patch', '/admin/locations/KOLIND', { name: 'Kolind Bibliotek og Borgerservice' }).expect(
        200,
      );
      expect(await t.dataSource.query(stored)).toEqual([
        { directions_da: 'Bag kirken', directions_en: null },
      ]);
      const tooLong = await api('patch', '/admin/locations/KOLIND', {
        directions: { da: 'x'.repeat(1001) },
      }).expect(400);
      expect(tooLong.body.code).toBe('VALIDATION_FAILED');
      await api('post', '/admin/locations', { ...place, code: 'PLAIN' }).expect(201);
      const plain = await request(t.http).get('/locations').expect(200);
      expect(plain.body.locations.find((l: { code: string }) => l.code === 'PLAIN').directions).toBeNull();
    });
  });
});
