import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOW = '2026-11-25T09:00:00+01:00';

describe('triage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
  });
  afterAll(() => t.close());

  const triage = (body: object, language?: string) => {
    const req = request(t.http).post('/triage');
    if (language) void req.set('Accept-Language', language);
    return req.send(body);
  };

  describe('POST /triage', () => {
    it('sends a change of address with MitID to borger.dk (self-service)', async () => {
      const res = await triage({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } }).expect(
        201,
      );
      expect(res.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
        errand: { code: 'FLYT', name: expect.any(String) as string },
        outcome: 'self_service',
        reason: expect.any(String) as string,
        visit: null,
        answers: { has_mitid: true, moving_abroad: false },
        createdAt: '2026-11-25T08:00:00.000Z',
        expiresAt: '2026-11-26T08:00:00.000Z',
        expired: false,
      });
      expect(res.body.selfService).toEqual([
        expect.objectContaining({
          key: 'borger-dk',
          channel: 'online',
          url: expect.stringMatching(/borger\.dk/) as string,
        }),
      ]);
    });

    it('sends a change of address without MitID to a visit, with what to bring', async () => {
      const res = await triage({
        errand: 'FLYT',
        answers: { has_mitid: false, moving_abroad: false },
      }).expect(201);
      expect(res.body.outcome).toBe('visit');
      expect(res.body.visit).toEqual({
        minutes: 20,
        documents: expect.arrayContaining([expect.any(String)]) as string[],
        fee: expect.any(String) as string,
      });
    });

    it('sends a citizen who cannot use the digital solution to a visit (co-service)', async () => {
      const res = await triage({
        errand: 'FLYT',
        answers: { has_mitid: true, moving_abroad: false, needs_help: true },
      }).expect(201);
      expect(res.body.outcome).toBe('visit');
    });

    it.each([
      { has_mitid: true, has_old_passport: true },
      { has_mitid: false, has_old_passport: false },
    ])('always sends a passport to a visit (%j)', async (answers) => {
      const res = await triage({ errand: 'PAS_VOKSEN', answers }).expect(201);
      expect(res.body.outcome).toBe('visit');
      expect(res.body.visit.minutes).toBe(15);
    });

    it('answers in English on request', async () => {
      const da = await triage({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } }).expect(
        201,
      );
      const en = await triage(
        { errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } },
        'en',
      ).expect(201);
      expect(en.body.reason).not.toBe(da.body.reason);
      expect(en.body.errand.name).toBe('Report change of address');
    });

    it('accepts the errand code in lower case', async () => {
      const res = await triage({ errand: 'flyt', answers: { has_mitid: true, moving_abroad: false } }).expect(
        201,
      );
      expect(res.body.errand.code).toBe('FLYT');
    });

    it('stores the decision without personal data', async () => {
      const res = await triage({
        errand: 'FLYT',
        answers: { has_mitid: false, moving_abroad: false },
      }).expect(201);
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(
        'SELECT * FROM triage_sessions WHERE id = $1',
        [res.body.id],
      );
      expect(row).toMatchObject({ outcome: 'visit', rule_key: 'no-mitid', source: 'online', language: 'da' });
      expect(Object.keys(row).sort()).toEqual(
        [
          'answers',
          'counted_at',
          'created_at',
          'errand_id',
          'errand_version',
          'expires_at',
          'id',
          'language',
          'location_id',
          'option_keys',
          'outcome',
          'reason_da',
          'reason_en',
          'rule_key',
          'self_service_tried_at',
          'source',
        ].sort(),
      );
    });

    it('answers an unknown errand with 404 ERRAND_NOT_FOUND and stores nothing', async () => {
      const before = await countSessions(t);
      const res = await triage({ errand: 'NO_SUCH', answers: {} }).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'ERRAND_NOT_FOUND' });
      expect(await countSessions(t)).toBe(before);
    });

    it('names unknown, missing and non-boolean answers with 400 INVALID_ANSWERS and stores nothing', async () => {
      const before = await countSessions(t);
      const res = await triage({ errand: 'FLYT', answers: { colour: true, moving_abroad: 'no' } }).expect(
        400,
      );
      expect(res.body).toEqual({
        statusCode: 400,
        code: 'INVALID_ANSWERS',
        message: expect.stringContaining('colour') as string,
        details: {
          errand: 'FLYT',
          unknown: ['colour'],
          missing: ['has_mitid'],
          notBoolean: ['moving_abroad'],
        },
      });
      expect(await countSessions(t)).toBe(before);
    });

    it('requires the required questions when no answers are given', async () => {
      const res = await triage({ errand: 'FLYT' }).expect(400);
      expect(res.body.details.missing).toEqual(expect.arrayContaining(['has_mitid', 'moving_abroad']));
    });

    it.each([
      [{}, 'errand'],
      [{ errand: 42 }, 'errand'],
      [{ errand: 'FLYT; DROP TABLE errands' }, 'errand'],
      [{ errand: 'FLYT', answers: [true] }, 'answers'],
      [{ errand: 'FLYT', answers: 'yes' }, 'answers'],
      [{ errand: 'FLYT', answers: {}, extra: 1 }, 'extra'],
    ])('refuses %j with 400 VALIDATION_FAILED naming %s', async (body, field) => {
      const res = await triage(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    });

    it('refuses a JSON array body', async () => {
      const res = await request(t.http).post('/triage').set('Content-Type', 'application/json').send('[1,2]');
      expect(res.status).toBe(400);
      expect(res.body.statusCode).toBe(400);
    });
  });

  describe('outcomes that book nothing', () => {
    it('tells a driver renewing more than three months early to wait (not_yet), with no visit to book', async () => {
      const res = await triage({
        errand: 'KK_FORNY',
        answers: { expires_within_3_months: false, health_or_heavy_vehicle: false },
      }).expect(201);
      expect(res.body).toMatchObject({ outcome: 'not_yet', visit: null, selfService: [] });
      expect(res.body.reason).toMatch(/for tidligt/);
      const slots = await request(t.http).get('/availability').query({ triage: res.body.id }).expect(422);
      expect(slots.body).toMatchObject({
        code: 'TRIAGE_NOT_VISIT',
        details: { triage: res.body.id, outcome: 'not_yet' },
        message: expect.stringMatching(/for tidligt/) as string,
      });
    });

    it('sends a citizen whom another authority must assess there (elsewhere), with where to turn', async () => {
      const res = await triage(
        { errand: 'EHIC', answers: { has_mitid: true, eu_citizen_resident: false } },
        'en',
      ).expect(201);
      expect(res.body).toMatchObject({ outcome: 'elsewhere', visit: null });
      expect(res.body.selfService).toEqual([expect.objectContaining({ key: 'udbetaling-danmark' })]);
      const slots = await request(t.http)
        .get('/availability')
        .set('Accept-Language', 'en')
        .query({ triage: res.body.id })
        .expect(422);
      expect(slots.body).toMatchObject({ code: 'TRIAGE_NOT_VISIT', details: { outcome: 'elsewhere' } });
      expect(slots.body.message).toMatch(/Another authority/);
    });

    it('still books a visit when the renewal is due', async () => {
      const res = await triage({
        errand: 'KK_FORNY',
        answers: { expires_within_3_months: true, health_or_heavy_vehicle: false },
      }).expect(201);
      expect(res.body.outcome).toBe('visit');
    });
  });

  describe('GET /triage/:id', () => {
    it('returns a stored triage, in the language asked for now', async () => {
      const created = await triage({
        errand: 'SUNDHEDSKORT',
        answers: { has_mitid: true, needs_proof_today: false },
      }).expect(201);
      const res = await request(t.http)
        .get(`/triage/${created.body.id}`)
        .set('Accept-Language', 'en')
        .expect(200);
      expect(res.body).toMatchObject({ id: created.body.id, outcome: created.body.outcome, expired: false });
      expect(res.body.errand.name).toBe('New health insurance card');
      expect(res.body.selfService.map((o: { key: string }) => o.key)).toEqual(
        created.body.selfService.map((o: { key: string }) => o.key),
      );
    });

    it('says when a triage has expired', async () => {
      const created = await triage({
        errand: 'PAS_VOKSEN',
        answers: { has_mitid: true, has_old_passport: true },
      }).expect(201);
      t.clock.set('2026-11-26T09:00:00+01:00');
      try {
        const res = await request(t.http).get(`/triage/${created.body.id}`).expect(200);
        expect(res.body.expired).toBe(true);
      } finally {
        t.clock.set(NOW);
      }
    });

    it('answers an unknown id with 404 TRIAGE_NOT_FOUND', async () => {
      const res = await request(t.http).get('/triage/8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f').expect(404);
      expect(res.body.code).toBe('TRIAGE_NOT_FOUND');
    });

    it('answers a malformed id with 400 VALIDATION_FAILED', async () => {
      const res = await request(t.http).get('/triage/not-a-uuid').expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'id' }] } });
    });
  });
});

async function countSessions(t: TestApp): Promise<number> {
  const [{ count }] = await t.dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM triage_sessions',
  );
  return count;
}
