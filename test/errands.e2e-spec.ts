import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('errand catalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('GET /errands', () => {
    it('lists all 21 demo errands in Danish by default', async () => {
      const res = await request(t.http).get('/errands').expect(200);
      expect(res.body).toHaveLength(21);
      const flyt = res.body.find((e: { code: string }) => e.code === 'FLYT');
      expect(flyt).toEqual({
        code: 'FLYT',
        name: expect.stringMatching(/flytning/i) as string,
        description: expect.any(String) as string,
        visitMinutes: 20,
        selfServiceChannels: ['online'],
        visitAlwaysRequired: false,
      });
      expect(flyt).not.toHaveProperty('score');
    });

    it('marks errands that always need a visit', async () => {
      const res = await request(t.http).get('/errands').expect(200);
      const always = res.body
        .filter((e: { visitAlwaysRequired: boolean }) => e.visitAlwaysRequired)
        .map((e: { code: string }) => e.code);
      expect(always).toEqual(
        expect.arrayContaining([
          'PAS_VOKSEN',
          'PAS_BARN',
          'KK_FORNY',
          'KK_DUPLIKAT',
          'DIGPOST_FRITAG',
          'LEGITIMATIONSKORT',
        ]),
      );
      expect(always).not.toContain('FLYT');
    });

    it('answers in English on request', async () => {
      const res = await request(t.http).get('/errands').set('Accept-Language', 'en').expect(200);
      expect(res.body.find((e: { code: string }) => e.code === 'EHIC').name).toBe(
        'European Health Insurance Card',
      );
    });

    it.each([['q='], ['q=%20%20'], [`q=${'a'.repeat(201)}`], ['q=pas&q=kort'], ['limit=5']])(
      'refuses ?%s with 400 VALIDATION_FAILED',
      async (query) => {
        const res = await request(t.http).get(`/errands?${query}`).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.details.fields[0].field).toMatch(/^(q|limit)$/);
      },
    );
  });

  describe('GET /errands?q= (free-text search)', () => {
    const topHit = async (q: string, language = 'da') => {
      const res = await request(t.http)
        .get('/errands')
        .query({ q })
        .set('Accept-Language', language)
        .expect(200);
      return res.body as { code: string; score: number }[];
    };

    it.each([
      ['mistet mit pas', 'PAS_MISTET'],
      ['nyt pas til min datter', 'PAS_BARN'],
      ['jeg er flyttet', 'FLYT'],
      ['ny adresse', 'FLYT'],
      ['sygesikringsbevis', 'SUNDHEDSKORT'],
      ['lost passport', 'PAS_MISTET'],
      ['Mistet mit PAS!', 'PAS_MISTET'],
      ['health insurance card for travelling in europe', 'EHIC'],
      ['jeg skal have mitid', 'MITID_NY'],
      ['folkepension', 'FOLKEPENSION'],
      ['hente mit pas', 'PAS_AFHENT'],
      ['skifte læge', 'LAEGE_SKIFT'],
      ['change my doctor', 'LAEGE_SKIFT'],
      ['boligstøtte', 'BOLIGSTOETTE'],
      ['boligstotte', 'BOLIGSTOETTE'],
      ['jeg har mistet mit sygesikringsbevis', 'SUNDHEDSKORT'],
      ['mistet kørekort', 'KK_DUPLIKAT'],
      ['pas til barn', 'PAS_BARN'],
    ])('"%s" ranks %s first', async (q, expected) => {
      const hits = await topHit(q);
      expect(hits[0]?.code).toBe(expected);
    });

    it.each(['korekort', 'kørekort', 'KØREKORT', 'driving licence'])(
      '"%s" ranks a driving-licence errand first',
      async (q) => {
        const hits = await topHit(q);
        expect(hits[0]?.code).toMatch(/^KK_/);
      },
    );

    it('gives every hit a score between 0 and 1, best first', async () => {
      const hits = await topHit('mistet mit pas');
      expect(hits.length).toBeGreaterThan(1);
      for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
      expect(hits[0].score).toBeLessThanOrEqual(1);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('ranks the exact match above an errand that shares a common word', async () => {
      const hits = await topHit('mistet mit pas');
      const lost = hits.find((h) => h.code === 'PAS_MISTET')!;
      const adult = hits.find((h) => h.code === 'PAS_VOKSEN');
      expect(adult).toBeDefined();
      expect(lost.score).toBeGreaterThan(adult!.score);
    });

    it.each(['xyzzy qwerty', 'jeg er', '!!!', 'the and of'])('returns an empty list for "%s"', async (q) => {
      expect(await topHit(q)).toEqual([]);
    });

    it('names the hits in the requested language', async () => {
      const hits = await request(t.http)
        .get('/errands')
        .query({ q: 'lost passport' })
        .set('Accept-Language', 'en')
        .expect(200);
      expect(hits.body[0]).toMatchObject({ code: 'PAS_MISTET', name: 'Lost or stolen passport' });
    });
  });

  describe('GET /errands/:code', () => {
    it('returns the errand with its options and questions', async () => {
      const res = await request(t.http).get('/errands/FLYT').expect(200);
      expect(res.body).toMatchObject({ code: 'FLYT', visitMinutes: 20, visitAlwaysRequired: false });
      expect(res.body.documents.length).toBeGreaterThan(0);
      expect(res.body.fee).toEqual(expect.any(String));
      expect(res.body.selfService[0]).toMatchObject({
        key: 'borger-dk',
        channel: 'online',
        url: expect.stringMatching(/^https:\/\/www\.borger\.dk/) as string,
      });
      const keys = res.body.questions.map((q: { key: string }) => q.key);
      expect(keys).toEqual(expect.arrayContaining(['has_mitid', 'needs_help']));
      for (const question of res.body.questions)
        expect(question).toMatchObject({ type: 'boolean', text: expect.any(String) });
      expect(res.body).not.toHaveProperty('rules');
    });

    it('accepts the code in lower case', async () => {
      const res = await request(t.http).get('/errands/flyt').expect(200);
      expect(res.body.code).toBe('FLYT');
    });

    it('answers an unknown code with 404 ERRAND_NOT_FOUND', async () => {
      const res = await request(t.http).get('/errands/NO_SUCH_ERRAND').expect(404);
      expect(res.body).toMatchObject({
        statusCode: 404,
        code: 'ERRAND_NOT_FOUND',
        details: { errand: 'NO_SUCH_ERRAND' },
      });
    });
  });
});
