import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { ErrandsService } from '../src/errands/errands.service.js';
import { uniqueEmail } from './support/bookings.js';
import { givenOffice } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The citizen's pages from "Hvad skal du?" to the outcome: the start page's search, the errand
 * page, its questions one per page (answers carried in the URL), the outcome per triage result,
 * the counted self-service links and "Jeg kunne ikke klare det selv" — which makes a self-service
 * triage bookable, while a plain one stays refused.
 *
 * Demo catalog outcomes used here: FLYT with MitID, not abroad → self_service (borger.dk, with a
 * link); FLYT without MitID → visit; PAS_MISTET not stolen, not abroad, no new passport →
 * self_service with an option without a link; KK_FORNY not within 3 months → not_yet; EHIC not an
 * EU citizen resident → elsewhere.
 */

/** A Wednesday morning. */
const NOW = '2026-11-25T09:00:00+01:00';
const THURSDAY = '2026-12-03';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const FLYT_URL = 'https://www.borger.dk/bolig-og-flytning/flytning_oversigt';

/** The CSRF token in a page's forms (the agent keeps the cookie it belongs to). */
function tokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no form token');
  return token;
}

/** Answers every question of an errand through its pages; returns the outcome page's path. */
async function answerAll(agent: TestAgent, code: string, answers: string[], lang = ''): Promise<string> {
  let path = `/aerinder/${code}/spoergsmaal/1${lang ? `?lang=${lang}` : ''}`;
  for (const answer of answers) {
    const page = await agent.get(path).expect(200);
    const res = await agent
      .post(path)
      .type('form')
      .send({ svar: answer, _csrf: tokenIn(page.text) })
      .expect(303);
    path = res.headers.location as string;
  }
  expect(path).toMatch(new RegExp(`^/vejledning/${UUID.source}`));
  return path;
}

const triageIdOf = (path: string) => UUID.exec(path)![0];

describe('errand pages', () => {
  let t: TestApp;
  let agent: TestAgent;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    agent = request.agent(t.http);
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(NOW));

  describe('GET / (start)', () => {
    it('shows no results block before anyone searched, and the errands by topic to browse', async () => {
      const res = await request(t.http).get('/').expect(200);
      expect(res.text).not.toContain('Det fandt vi');
      expect(res.text).toContain('Se alle ærinder efter emne');
      expect(res.text).toContain('Pas og legitimation');
    });

    it('finds the errand in the citizen’s words, with a line on what each errand is', async () => {
      const res = await request(t.http).get('/').query({ q: 'mistet mit pas' }).expect(200);
      expect(res.text).toContain('Det fandt vi');
      expect(res.text).toContain('href="/aerinder/PAS_MISTET"');
      expect(res.text).toMatch(/Mistet eller stjålet pas<\/a><br>[^<]*pas/i);
    });

    it('helps on when nothing is found: topics, phone, places and what to search for on borger.dk', async () => {
      const res = await request(t.http).get('/').query({ q: 'qwxzy vbnmk', lang: 'en' }).expect(200);
      expect(res.text).toContain('We found nothing matching »qwxzy vbnmk«');
      expect(res.text).toContain('Errands by topic');
      expect(res.text).toContain('Passports and ID');
      expect(res.text).toContain('href="tel:+4570102030"');
      expect(res.text).toContain('href="/steder?lang=en"');
      expect(res.text).toContain('href="https://www.borger.dk/"');
      expect(res.text).toContain('<strong>»qwxzy vbnmk«</strong>');
    });
  });

  describe('GET /aerinder/:code', () => {
    it('says what the errand is, its fee and what to bring, and starts its questions', async () => {
      const res = await request(t.http).get('/aerinder/PAS_MISTET').expect(200);
      expect(res.text).toContain('<title>Mistet eller stjålet pas – Book tid – Borgerservice</title>');
      expect(res.text).toContain('<h2>Pris</h2>');
      expect(res.text).toContain('Det skal du have med');
      expect(res.text).toContain('href="/aerinder/PAS_MISTET/spoergsmaal/1"');
    });

    it('answers an unknown errand with a 404 page', async () => {
      const res = await request(t.http).get('/aerinder/NO_SUCH_ERRAND').expect(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('Siden findes ikke');
    });
  });

  describe('the questions', () => {
    it('asks one question per page: the question is the legend and heading, its help the hint', async () => {
      const res = await request(t.http).get('/aerinder/PAS_MISTET/spoergsmaal/1').expect(200);
      expect(res.text).toMatch(
        /<legend class="form-label"><h1[^>]*>Er passet blevet stjålet\?<\/h1><\/legend>/,
      );
      expect(res.text).toMatch(/<span class="form-hint" id="svar-hint">/);
      expect(res.text).toContain('Spørgsmål 1 af 4');
      expect(res.text).toContain('<a href="/aerinder/PAS_MISTET" class="back-link">');
      expect(res.text).toContain('name="_csrf"');
    });

    it('carries the answers in the URL, and back links keep them', async () => {
      const first = await agent.get('/aerinder/FLYT/spoergsmaal/1').expect(200);
      const res = await agent
        .post('/aerinder/FLYT/spoergsmaal/1')
        .type('form')
        .send({ svar: 'ja', _csrf: tokenIn(first.text) })
        .expect(303);
      expect(res.headers.location).toBe('/aerinder/FLYT/spoergsmaal/2?has_mitid=ja');
      const second = await agent
        .get('/aerinder/FLYT/spoergsmaal/2?has_mitid=ja&moving_abroad=nej')
        .expect(200);
      expect(second.text).toContain(
        'href="/aerinder/FLYT/spoergsmaal/1?has_mitid=ja&amp;moving_abroad=nej" class="back-link"',
      );
      expect(second.text).toMatch(/id="svar-nej" name="svar" value="nej" checked>/);
    });

    it('sends a URL that skipped a question back to it', async () => {
      const res = await request(t.http).get('/aerinder/FLYT/spoergsmaal/3?has_mitid=ja&lang=en').expect(303);
      expect(res.headers.location).toBe('/aerinder/FLYT/spoergsmaal/2?has_mitid=ja&lang=en');
    });

    it('answers 400 with an error summary and a message at the field when nothing is chosen', async () => {
      const page = await agent.get('/aerinder/FLYT/spoergsmaal/1?lang=en').expect(200);
      const res = await agent
        .post('/aerinder/FLYT/spoergsmaal/1?lang=en')
        .type('form')
        .send({ _csrf: tokenIn(page.text) })
        .expect(400);
      expect(res.text).toContain(
        '<title>Error: Do you have MitID? – Book an appointment – Citizen Service</title>',
      );
      expect(res.text).toContain('<a class="function-link" href="#svar">Select yes or no</a>');
      expect(res.text).toContain('<div class="form-group form-error">');
      expect(res.text).toMatch(/<span class="form-error-message" id="svar-error">.*Select yes or no<\/span>/);
      expect(res.text).toContain('aria-describedby="svar-error"');
    });

    it('refuses "don’t know" on a question that must be answered', async () => {
      const page = await agent.get('/aerinder/FLYT/spoergsmaal/1').expect(200);
      await agent
        .post('/aerinder/FLYT/spoergsmaal/1')
        .type('form')
        .send({ svar: 'ved-ikke', _csrf: tokenIn(page.text) })
        .expect(400);
    });

    it('refuses an answer without the form’s token (403 page) and stores nothing', async () => {
      const before = await triageCount(t);
      const res = await request(t.http)
        .post('/aerinder/FLYT/spoergsmaal/3?has_mitid=ja&moving_abroad=nej')
        .type('form')
        .send({ svar: 'nej' })
        .expect(403);
      expect(res.text).toContain('Formularen er udløbet');
      expect(await triageCount(t)).toBe(before);
    });

    it('makes the triage after the last answer and shows its outcome', async () => {
      const path = await answerAll(agent, 'FLYT', ['ja', 'nej', 'ved-ikke']);
      const [row] = await t.dataSource.query<{ answers: object; outcome: string; source: string }[]>(
        'SELECT answers, outcome, source FROM triage_sessions WHERE id = $1',
        [triageIdOf(path)],
      );
      // "Don't know" is no answer: the triage gets only the yes/no answers.
      expect(row).toEqual({
        answers: { has_mitid: true, moving_abroad: false },
        outcome: 'self_service',
        source: 'online',
      });
    });

    it('sends an errand without questions straight to its triage', async () => {
      await t.app.get(ErrandsService).save({
        code: 'UDEN_SPOERGSMAAL',
        name: { da: 'Ærinde uden spørgsmål', en: 'Errand without questions' },
        description: { da: 'Kræver altid et besøg.', en: 'Always needs a visit.' },
        visitMinutes: 10,
        documents: { da: [], en: [] },
        fee: { da: 'Gratis', en: 'Free' },
        keywords: { da: [], en: [] },
        selfService: [],
        questions: [],
        rules: [{ key: 'visit', when: [], outcome: 'visit', reason: { da: 'Mød op.', en: 'Come in.' } }],
      });
      const page = await agent.get('/aerinder/UDEN_SPOERGSMAAL').expect(200);
      expect(page.text).toMatch(/<form method="post" action="\/aerinder\/UDEN_SPOERGSMAAL"/);
      const res = await agent
        .post('/aerinder/UDEN_SPOERGSMAAL')
        .type('form')
        .send({ _csrf: tokenIn(page.text) })
        .expect(303);
      expect(res.headers.location).toMatch(new RegExp(`^/vejledning/${UUID.source}$`));
    });
  });

  describe('GET /vejledning/:triageId', () => {
    it('shows self-service: the options with counted links, steps and "I could not do it myself"', async () => {
      const path = await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']);
      const id = triageIdOf(path);
      const res = await agent.get(path).expect(200);
      expect(res.text).toContain('<h1>Du kan klare det selv</h1>');
      expect(res.text).toContain(`href="/ud/${id}/borger-dk"`);
      expect(res.text).toContain('Sådan gør du');
      expect(res.text).toContain(`action="/vejledning/${id}/proevet-selv"`);
      expect(res.text).toContain('Jeg kunne ikke klare det selv');
      expect(res.text).not.toContain(`/book/${id}/sted`);
    });

    it('always offers the visit for a passport errand that ends in self-service (never only a link)', async () => {
      const path = await answerAll(agent, 'PAS_MISTET', ['nej', 'nej', 'nej', 'nej']);
      const res = await agent.get(path).expect(200);
      expect(res.text).toContain('Du kan klare det selv');
      expect(res.text).toContain('Jeg kunne ikke klare det selv');
    });

    it('shows a visit with its reason and a "Book tid" button, in English on request', async () => {
      const path = await answerAll(agent, 'FLYT', ['nej', 'nej', 'nej'], 'en');
      const id = triageIdOf(path);
      const res = await agent.get(path).expect(200);
      expect(res.text).toContain('<h1>You need to come to Citizen Service</h1>');
      expect(res.text).toContain(`href="/book/${id}/sted?lang=en"`);
      expect(res.text).toContain('What to bring');
      expect(res.text).not.toContain('I could not do it myself');
    });

    it.each([
      ['KK_FORNY', ['nej', 'nej', 'nej'], 'Det er for tidligt'],
      ['EHIC', ['ja', 'nej', 'nej'], 'En anden myndighed hjælper dig'],
    ])('shows %s with its reason and where to go, without booking', async (code, answers, heading) => {
      const path = await answerAll(agent, code, answers);
      const id = triageIdOf(path);
      const [{ reason_da: reason }] = await t.dataSource.query<{ reason_da: string }[]>(
        'SELECT reason_da FROM triage_sessions WHERE id = $1',
        [id],
      );
      const res = await agent.get(path).expect(200);
      expect(res.text).toContain(`<h1>${heading}</h1>`);
      expect(res.text).toContain(escapeHtml(reason));
      expect(res.text).not.toContain(`/book/${id}`);
      expect(res.text).not.toContain('Jeg kunne ikke klare det selv');
    });

    it('tells an expired triage so, with a way to start the errand again and no booking', async () => {
      const path = await answerAll(agent, 'FLYT', ['nej', 'nej', 'nej']);
      t.clock.set('2026-11-26T09:00:01+01:00');
      const res = await agent.get(path).expect(200);
      expect(res.text).toContain('<h1>Dine svar er udløbet</h1>');
      expect(res.text).toContain('href="/aerinder/FLYT"');
      expect(res.text).not.toContain('/book/');
    });

    it.each([randomUUID(), 'not-a-uuid'])('answers an unknown triage (%s) with a 404 page', async (id) => {
      const res = await request(t.http).get(`/vejledning/${id}`).expect(404);
      expect(res.text).toContain('Siden findes ikke');
    });
  });

  describe('GET /ud/:triageId/:optionKey', () => {
    it('counts the click per day, errand and option, and redirects to the catalog’s address', async () => {
      const id = triageIdOf(await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']));
      const before = await clicks(t, 'borger-dk');
      const res = await request(t.http).get(`/ud/${id}/borger-dk`).expect(303);
      expect(res.headers.location).toBe(FLYT_URL);
      await request(t.http).get(`/ud/${id}/borger-dk?lang=en`).expect(303);
      expect(await clicks(t, 'borger-dk')).toBe(before + 2);
      // A counter and nothing else: no triage, no address, no time of day.
      const columns = await t.dataSource.query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'self_service_clicks' ORDER BY ordinal_position`,
      );
      expect(columns.map((column) => column.column_name)).toEqual([
        'day',
        'errand_id',
        'option_key',
        'outcome',
        'clicks',
      ]);
    });

    it('answers HEAD with the same redirect but does not count it as a click', async () => {
      const id = triageIdOf(await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']));
      const before = await clicks(t, 'borger-dk');
      // Link checkers and previews ask with HEAD; nobody followed the link.
      const head = await request(t.http).head(`/ud/${id}/borger-dk`).expect(303);
      expect(head.headers.location).toBe(FLYT_URL);
      await request(t.http).head(`/ud/${id}/borger-dk?lang=en`).expect(303);
      expect(await clicks(t, 'borger-dk')).toBe(before);
      // Not a way round the checks either.
      await request(t.http).head(`/ud/${id}/police`).expect(404);
      await request(t.http).get(`/ud/${id}/borger-dk`).expect(303);
      expect(await clicks(t, 'borger-dk')).toBe(before + 1);
    });

    it('follows only options the triage showed that have a link: anything else is a 404', async () => {
      const selfService = triageIdOf(await answerAll(agent, 'PAS_MISTET', ['nej', 'nej', 'nej', 'nej']));
      const moving = triageIdOf(await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']));
      // An option without a link, one the triage did not show, a made-up one, an unknown triage.
      for (const path of [
        `/ud/${selfService}/municipal-form`,
        `/ud/${selfService}/police`,
        `/ud/${moving}/https%3A%2F%2Fevil.example`,
        `/ud/${randomUUID()}/borger-dk`,
        '/ud/not-a-uuid/borger-dk',
      ])
        await request(t.http).get(path).expect(404);
    });
  });

  describe('"Jeg kunne ikke klare det selv"', () => {
    beforeAll(async () => {
      await givenOffice(t, { code: 'MAIN', errands: ['FLYT'], stations: 2, advisers: 2 });
    });

    it('records that self-service was tried and makes the triage bookable; a plain one stays refused', async () => {
      const plain = triageIdOf(await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']));
      const tried = triageIdOf(await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']));
      const page = await agent.get(`/vejledning/${tried}`).expect(200);
      const res = await agent
        .post(`/vejledning/${tried}/proevet-selv`)
        .type('form')
        .send({ _csrf: tokenIn(page.text) })
        .expect(303);
      expect(res.headers.location).toBe(`/book/${tried}/sted`);
      const [row] = await t.dataSource.query<{ tried: Date }[]>(
        'SELECT self_service_tried_at AS tried FROM triage_sessions WHERE id = $1',
        [tried],
      );
      expect(row.tried.toISOString()).toBe('2026-11-25T08:00:00.000Z');

      const after = await agent.get(`/vejledning/${tried}`).expect(200);
      expect(after.text).toContain(`href="/book/${tried}/sted"`);
      expect(after.text).not.toContain('Jeg kunne ikke klare det selv');

      await expect(bookWith(t, plain)).resolves.toMatchObject({
        status: 422,
        body: { code: 'TRIAGE_NOT_VISIT' },
      });
      await expect(bookWith(t, tried)).resolves.toMatchObject({ status: 201 });
    });

    it('refuses the press without the form’s token (403) and records nothing', async () => {
      const id = triageIdOf(await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']));
      await request(t.http).post(`/vejledning/${id}/proevet-selv`).type('form').send({}).expect(403);
      const [row] = await t.dataSource.query<{ tried: Date | null }[]>(
        'SELECT self_service_tried_at AS tried FROM triage_sessions WHERE id = $1',
        [id],
      );
      expect(row.tried).toBeNull();
    });

    it('sends an expired triage back to its outcome page, which says it expired', async () => {
      const id = triageIdOf(await answerAll(agent, 'FLYT', ['ja', 'nej', 'nej']));
      const page = await agent.get(`/vejledning/${id}`).expect(200);
      t.clock.set('2026-11-27T09:00:00+01:00');
      const res = await agent
        .post(`/vejledning/${id}/proevet-selv?lang=en`)
        .type('form')
        .send({ _csrf: tokenIn(page.text) })
        .expect(303);
      expect(res.headers.location).toBe(`/vejledning/${id}?lang=en`);
    });

    it('answers an unknown triage with a 404 page', async () => {
      const page = await agent.get('/aerinder/FLYT/spoergsmaal/1').expect(200);
      await agent
        .post(`/vejledning/${randomUUID()}/proevet-selv`)
        .type('form')
        .send({ _csrf: tokenIn(page.text) })
        .expect(404);
    });
  });

  describe('POST /triage/:id/self-service-tried (API)', () => {
    const createTriage = async (errand: string, answers: Record<string, boolean>) =>
      (await request(t.http).post('/triage').send({ errand, answers }).expect(201)).body.id as string;

    it('records the attempt once, shows it in GET /triage/:id, with the visit information', async () => {
      const id = await createTriage('FLYT', { has_mitid: true, moving_abroad: false });
      const fresh = await request(t.http).get(`/triage/${id}`).expect(200);
      expect(fresh.body).toMatchObject({ selfServiceTriedAt: null, visit: null });

      const res = await request(t.http).post(`/triage/${id}/self-service-tried`).expect(200);
      expect(res.body).toMatchObject({
        id,
        outcome: 'self_service',
        selfServiceTriedAt: '2026-11-25T08:00:00.000Z',
        visit: { minutes: 20 },
      });
      t.clock.set('2026-11-25T10:00:00+01:00');
      const again = await request(t.http).post(`/triage/${id}/self-service-tried`).expect(200);
      expect(again.body.selfServiceTriedAt).toBe('2026-11-25T08:00:00.000Z');
      const shown = await request(t.http).get(`/triage/${id}`).expect(200);
      expect(shown.body.selfServiceTriedAt).toBe('2026-11-25T08:00:00.000Z');
    });

    it('refuses a triage that did not say self-service (422 TRIAGE_NOT_SELF_SERVICE)', async () => {
      const id = await createTriage('FLYT', { has_mitid: false, moving_abroad: false });
      const res = await request(t.http).post(`/triage/${id}/self-service-tried`).expect(422);
      expect(res.body).toMatchObject({ code: 'TRIAGE_NOT_SELF_SERVICE', details: { outcome: 'visit' } });
    });

    it('refuses an expired triage (422 TRIAGE_EXPIRED)', async () => {
      const id = await createTriage('FLYT', { has_mitid: true, moving_abroad: false });
      t.clock.set('2026-11-26T09:00:00+01:00');
      const res = await request(t.http).post(`/triage/${id}/self-service-tried`).expect(422);
      expect(res.body.code).toBe('TRIAGE_EXPIRED');
    });

    it('answers an unknown triage with 404 and a malformed id with 400', async () => {
      const unknown = await request(t.http).post(`/triage/${randomUUID()}/self-service-tried`).expect(404);
      expect(unknown.body.code).toBe('TRIAGE_NOT_FOUND');
      const malformed = await request(t.http).post('/triage/nope/self-service-tried').expect(400);
      expect(malformed.body.code).toBe('VALIDATION_FAILED');
    });
  });
});

function triageCount(t: TestApp): Promise<number> {
  return t.dataSource
    .query<{ count: number }[]>('SELECT count(*)::int AS count FROM triage_sessions')
    .then(([row]) => row.count);
}

async function clicks(t: TestApp, option: string): Promise<number> {
  const [row] = await t.dataSource.query<{ clicks: number }[]>(
    `SELECT coalesce(sum(c.clicks), 0)::int AS clicks FROM self_service_clicks c
     JOIN errands e ON e.id = c.errand_id
     WHERE e.code = 'FLYT' AND c.option_key = $1 AND c.day = '2026-11-25' AND c.outcome = 'self_service'`,
    [option],
  );
  return row.clicks;
}

/** POST /bookings with the triage at the first free time on Thursday at MAIN. */
async function bookWith(t: TestApp, triage: string): Promise<{ status: number; body: { code?: string } }> {
  // Free times through a visit triage: availability refuses a plain self-service one too.
  const visit = await visitTriage(t.http, 'FLYT');
  const [day] = await freeSlots(t.http, { triage: visit, from: THURSDAY, to: THURSDAY, location: 'MAIN' });
  const res = await request(t.http)
    .post('/bookings')
    .set('Idempotency-Key', randomUUID())
    .send({
      triage,
      start: day.slots[0].start,
      location: 'MAIN',
      citizen: { name: 'Karen Jensen', email: uniqueEmail() },
    });
  return { status: res.status, body: res.body as { code?: string } };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
