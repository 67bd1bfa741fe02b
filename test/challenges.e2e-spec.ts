import { randomUUID } from 'node:crypto';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import request from 'supertest';
import { UsedChallengesSweep } from '../src/bookings/used-challenges.sweep.js';
import { solve, solvedChallenge, uniqueEmail } from './support/bookings.js';
import { givenOffice, type Office } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The proof of work a booking costs (ALTCHA): a challenge from GET /bookings/challenge, solved and
 * sent in the Altcha header of POST /bookings, books once. The rest of the suite runs with
 * ALTCHA_ENABLED=false; these apps turn it on (with little work per challenge, to stay fast).
 */

const HMAC_KEY = 'test-altcha-key-'.repeat(3);
const ALTCHA = { ALTCHA_ENABLED: 'true', ALTCHA_COMPLEXITY: '1000', ALTCHA_HMAC_KEY: HMAC_KEY };
/** A Thursday, a week after the clock's Wednesday. */
const DAY = '2026-12-03';

async function count(t: TestApp, table: string): Promise<number> {
  const [row] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

describe('booking challenges', () => {
  let t: TestApp;
  let office: Office;
  let starts: string[];
  let next = 0;
  beforeAll(async () => {
    t = await createTestApp({ env: ALTCHA });
    office = await givenOffice(t, { stations: 3, advisers: 3 });
    const [day] = await freeSlots(t.http, {
      triage: await visitTriage(t.http),
      from: DAY,
      to: DAY,
      location: office.code,
    });
    starts = day.slots.map((slot) => slot.start);
  });
  afterAll(() => t.close());

  /** A booking request for a free start of its own, with a fresh triage. */
  async function body(start = starts[next++]) {
    const triage = await visitTriage(t.http);
    return { triage, start, location: office.code, citizen: { name: 'Karen Jensen', email: uniqueEmail() } };
  }

  function post(payload: object, altcha?: string, key = randomUUID()) {
    const req = request(t.http).post('/bookings').set('Idempotency-Key', key);
    return (altcha === undefined ? req : req.set('Altcha', altcha)).send(payload);
  }

  it('hands out a signed challenge that expires in five minutes and is never cached', async () => {
    const before = Math.floor(Date.now() / 1000);
    const res = await request(t.http).get('/bookings/challenge').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      parameters: {
        algorithm: 'SHA-256',
        cost: 1,
        keyLength: 32,
        keyPrefix: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
        keySignature: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
        nonce: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
        salt: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
        expiresAt: expect.any(Number) as number,
      },
      signature: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
    expect(res.body.parameters.expiresAt - before).toBeGreaterThanOrEqual(299);
    expect(res.body.parameters.expiresAt - before).toBeLessThanOrEqual(301);
  });

  it('refuses a booking without a solution with 400 CHALLENGE_REQUIRED and writes nothing', async () => {
    const res = await post(await body()).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'CHALLENGE_REQUIRED',
      details: { header: 'Altcha', challenge: '/bookings/challenge' },
    });
    expect(await count(t, 'bookings')).toBe(0);
  });

  it('books with a solved challenge once; the second use answers 409 CHALLENGE_USED', async () => {
    const altcha = await solvedChallenge(t.http);
    await post(await body(), altcha).expect(201);
    const [used] = await t.dataSource.query<{ expires_at: Date }[]>('SELECT expires_at FROM used_challenges');
    expect(used.expires_at.getTime()).toBeGreaterThan(Date.now());

    const before = await count(t, 'bookings');
    const again = await post(await body(), altcha).expect(409);
    expect(again.body).toMatchObject({ statusCode: 409, code: 'CHALLENGE_USED' });
    expect(await count(t, 'bookings')).toBe(before);
  });

  it('replays a repeated request (same key and body) although its challenge is used', async () => {
    const altcha = await solvedChallenge(t.http);
    const payload = await body();
    const key = randomUUID();
    const first = await post(payload, altcha, key).expect(201);
    const repeated = await post(payload, altcha, key).expect(201);
    expect(repeated.body.reference).toBe(first.body.reference);
  });

  it('lets exactly one of several concurrent bookings with one solution through', async () => {
    const altcha = await solvedChallenge(t.http);
    const payloads = await Promise.all([body(), body(), body(), body()]);
    const before = await count(t, 'bookings');
    const answers = await Promise.all(payloads.map((payload) => post(payload, altcha)));
    expect(answers.map((a) => [a.status, a.body.code as unknown]).sort()).toEqual([
      [201, undefined],
      [409, 'CHALLENGE_USED'],
      [409, 'CHALLENGE_USED'],
      [409, 'CHALLENGE_USED'],
    ]);
    expect(await count(t, 'bookings')).toBe(before + 1);
  });

  it('keeps the challenge of a booking that failed, so the citizen can try another time with it', async () => {
    const altcha = await solvedChallenge(t.http);
    const closed = await post(await body(`${DAY}T18:00:00+01:00`), altcha).expect(422);
    expect(closed.body.code).toBe('SLOT_NOT_OFFERED');
    await post(await body(), altcha).expect(201);
  });

  it.each([
    ['not a payload at all', () => Promise.resolve('hello'), 'malformed'],
    [
      'a wrong solution',
      async () => {
        const payload = JSON.parse(Buffer.from(await solvedChallenge(t.http), 'base64').toString());
        payload.solution.derivedKey = '00'.repeat(32);
        return Buffer.from(JSON.stringify(payload)).toString('base64');
      },
      'solution',
    ],
    [
      'a challenge this API did not sign',
      async () =>
        solve(
          await createChallenge({
            algorithm: 'SHA-256',
            cost: 1,
            counter: 10,
            deriveKey,
            hmacSignatureSecret: 'somebody-else-'.repeat(3),
            expiresAt: new Date(Date.now() + 60_000),
          }),
        ),
      'signature',
    ],
  ])('refuses %s with 422 CHALLENGE_INVALID and writes nothing', async (_, payload, problem) => {
    const before = await count(t, 'bookings');
    const res = await post(await body(), await payload()).expect(422);
    expect(res.body).toMatchObject({ statusCode: 422, code: 'CHALLENGE_INVALID', details: { problem } });
    expect(await count(t, 'bookings')).toBe(before);
    expect(await count(t, 'used_challenges')).toBe(await count(t, 'bookings'));
  });

  it('forgets used challenges an hour after they expired', async () => {
    await post(await body(), await solvedChallenge(t.http)).expect(201);
    const used = await count(t, 'used_challenges');
    expect(used).toBeGreaterThan(0);
    const sweep = t.app.get(UsedChallengesSweep);
    t.clock.set(new Date(Date.now() + 30 * 60_000));
    expect(await sweep.run()).toBe(0);
    t.clock.set(new Date(Date.now() + 6 * 60_000 + 60 * 60_000));
    expect(await sweep.run()).toBe(used);
    expect(await count(t, 'used_challenges')).toBe(0);
    t.clock.set('2026-11-25T09:00:00+01:00');
  });

  it('documents the challenge and the Altcha header in OpenAPI', async () => {
    const doc = (await request(t.http).get('/docs/json').expect(200)).body;
    expect(doc.paths['/bookings/challenge'].get.responses['200']).toBeDefined();
    expect(doc.paths['/bookings'].post.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Altcha', in: 'header', required: false })]),
    );
  });
});

describe('an expired booking challenge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ...ALTCHA, ALTCHA_EXPIRES_SECONDS: '1' } });
  });
  afterAll(() => t.close());

  it('is refused with 422 CHALLENGE_INVALID (expired)', async () => {
    const office = await givenOffice(t);
    const triage = await visitTriage(t.http);
    const [day] = await freeSlots(t.http, { triage, from: DAY, to: DAY, location: office.code });
    const res0 = await request(t.http).get('/bookings/challenge').expect(200);
    const altcha = await solve(res0.body);
    // expiresAt is in whole seconds: past it, the challenge is refused.
    await new Promise((resolve) =>
      setTimeout(resolve, res0.body.parameters.expiresAt * 1000 - Date.now() + 1100),
    );
    const res = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .set('Altcha', altcha)
      .send({
        triage,
        start: day.slots[0].start,
        location: office.code,
        citizen: { email: uniqueEmail(), name: 'Karen' },
      })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'CHALLENGE_INVALID', details: { problem: 'expired' } });
  });
});
