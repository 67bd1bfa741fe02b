import { randomInt, randomUUID } from 'node:crypto';
import { createConnection } from 'node:net';
import request from 'supertest';
import { givenAccount, type GivenAccount } from './support/factories.js';
import { VISIT_ANSWERS } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * Rate limits per client address on the public endpoints (src/http/rate-limits.ts). The suite
 * raises every limit (RATE_LIMIT_FACTOR in test/support/env.ts); these apps set small ones.
 */

const SMALL_LIMITS = {
  RATE_LIMIT_FACTOR: '1',
  RATE_LIMIT_TRIAGE: '3/1m',
  RATE_LIMIT_AVAILABILITY: '2/1m',
  RATE_LIMIT_BOOKINGS: '2/1d',
  RATE_LIMIT_SIGN_IN: '2/1m',
};

const triage = (t: TestApp, headers: Record<string, string> = {}) =>
  request(t.http)
    .post('/triage')
    .set(headers)
    .send({ errand: 'PAS_VOKSEN', answers: VISIT_ANSWERS.PAS_VOKSEN });

/** A documentation address (RFC 5737) of its own per call. */
const someAddress = () => `203.0.113.${randomInt(1, 255)}`;

describe('rate limits', () => {
  let t: TestApp;
  let staff: GivenAccount;
  beforeAll(async () => {
    t = await createTestApp({ env: SMALL_LIMITS });
    staff = await givenAccount(t, 'reception');
  });
  afterAll(() => t.close());

  it('answers 429 TOO_MANY_REQUESTS in the error shape with Retry-After once an address used its share', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await triage(t).expect(201);
      expect(ok.headers['x-ratelimit-limit']).toBe('3');
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    const res = await triage(t).set('Accept-Language', 'en').expect(429);
    expect(res.body).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many requests; try again shortly.',
      details: { retryAfterSeconds: expect.any(Number) as number, limit: 3 },
    });
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBe(res.body.details.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  /** Triages until the address has used its share (the tests of a block share one app). */
  async function useUpTriage(headers: () => Record<string, string> = () => ({})): Promise<number[]> {
    const statuses: number[] = [];
    while (statuses.at(-1) !== 429 && statuses.length < 10)
      statuses.push((await triage(t, headers())).status);
    return statuses;
  }

  it('does not believe X-Forwarded-For from a client that is no trusted proxy', async () => {
    const statuses = await useUpTriage(() => ({
      'X-Forwarded-For': `${someAddress()}, ${someAddress()}`,
      'X-Real-IP': someAddress(),
    }));
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(3);
    const res = await triage(t, { 'X-Forwarded-For': someAddress() }).expect(429);
    expect(res.body.code).toBe('TOO_MANY_REQUESTS');
  });

  it('counts the routes of one limit together (GET /triage/{id} with POST /triage), others apart', async () => {
    await useUpTriage();
    await request(t.http).get(`/triage/${randomUUID()}`).expect(429);
    await request(t.http).get('/errands').expect(200);
    await request(t.http).get('/errands').query({ q: 'pas' }).expect(200);
  });

  it('counts HEAD as GET', async () => {
    const query = { triage: randomUUID() };
    await request(t.http).head('/availability').query(query).expect(404);
    await request(t.http).get('/availability').query(query).expect(404);
    const res = await request(t.http).get('/availability').query(query).expect(429);
    expect(res.body.details.limit).toBe(2);
  });

  it('counts every booking attempt, also refused ones, per day', async () => {
    const post = () => request(t.http).post('/bookings').set('Idempotency-Key', randomUUID()).send({});
    await post().expect(400);
    await post().expect(400);
    const res = await post().expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(23 * 3600);
  });

  it('limits sign-in attempts per address, right password or not, but not what staff do once signed in', async () => {
    const login = (password: string) =>
      request(t.http).post('/auth/login').send({ email: staff.email, password });
    await login('wrong-password').expect(401);
    const res = await login(staff.password).expect(200);
    await login(staff.password).expect(429);
    for (let i = 0; i < 10; i++)
      await request(t.http)
        .get('/auth/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
  });
});

describe('rate limits behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The test client connects over loopback: it plays the proxy here.
    t = await createTestApp({
      env: { ...SMALL_LIMITS, TRUST_PROXY: 'loopback', RATE_LIMIT_ALLOWLIST: '198.51.100.0/24' },
    });
  });
  afterAll(() => t.close());

  it('counts per client address as the proxy forwards it', async () => {
    const karen = someAddress();
    const ole = `${karen.replace(/\d+$/, '')}${(Number(karen.split('.')[3]) % 254) + 1}`;
    for (let i = 0; i < 3; i++) await triage(t, { 'X-Forwarded-For': karen }).expect(201);
    await triage(t, { 'X-Forwarded-For': karen }).expect(429);
    await triage(t, { 'X-Forwarded-For': ole }).expect(201);
    // What the client itself claims before the proxy's entry does not change who it is.
    await triage(t, { 'X-Forwarded-For': `${someAddress()}, ${karen}` }).expect(429);
  });

  it('counts IPv6 clients per /64', async () => {
    for (let i = 0; i < 3; i++) await triage(t, { 'X-Forwarded-For': `2001:db8:1:2::${i + 1}` }).expect(201);
    await triage(t, { 'X-Forwarded-For': '2001:db8:1:2:ffff::9' }).expect(429);
    await triage(t, { 'X-Forwarded-For': '2001:db8:1:3::1' }).expect(201);
  });

  it('never limits the addresses of RATE_LIMIT_ALLOWLIST', async () => {
    for (let i = 0; i < 6; i++) await triage(t, { 'X-Forwarded-For': '198.51.100.20' }).expect(201);
  });
});

/** Redis on this machine, or at TEST_REDIS_URL; without one, the shared-counter tests are skipped. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisAnswers = await new Promise<boolean>((resolve) => {
  const url = new URL(REDIS_URL);
  const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
  const answer = (yes: boolean) => {
    socket.destroy();
    resolve(yes);
  };
  socket.setTimeout(500);
  socket.once('connect', () => answer(true));
  socket.once('error', () => answer(false));
  socket.once('timeout', () => answer(false));
});

(redisAnswers ? describe : describe.skip)('rate limits shared by several API instances (Redis)', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const env = { ...SMALL_LIMITS, REDIS_URL, TRUST_PROXY: 'loopback' };
    first = await createTestApp({ env });
    second = await createTestApp({ env });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('hold across instances: what one counted, the other sees', async () => {
    // An address of this run's own, so that counters of earlier runs (kept in Redis) do not count.
    const client = `2001:db8:${randomInt(0xffff).toString(16)}:${randomInt(0xffff).toString(16)}::1`;
    await triage(first, { 'X-Forwarded-For': client }).expect(201);
    await triage(second, { 'X-Forwarded-For': client }).expect(201);
    await triage(first, { 'X-Forwarded-For': client }).expect(201);
    await triage(second, { 'X-Forwarded-For': client }).expect(429);
    await triage(first, { 'X-Forwarded-For': client }).expect(429);
  });

  it('hold for a route with two limits: the booking page without JavaScript spends the shared budget', async () => {
    const client = `2001:db8:${randomInt(0xffff).toString(16)}:${randomInt(0xffff).toString(16)}::1`;
    const api = (app: TestApp) =>
      request(app.http)
        .post('/bookings')
        .set('X-Forwarded-For', client)
        .set('Idempotency-Key', randomUUID())
        .send({});
    // Counted before the form is looked at (this one has no CSRF token: 403).
    const withoutProof = (app: TestApp) =>
      request(app.http)
        .post(`/book/${randomUUID()}/bekraeft-uden-js`)
        .set('X-Forwarded-For', client)
        .send({});
    await api(first).expect(400);
    await withoutProof(second).expect(403);
    // RATE_LIMIT_BOOKINGS (2 a day) is used up, on both instances and both routes.
    const refused = await api(first).expect(429);
    expect(refused.body.details.limit).toBe(2);
    const page = await withoutProof(second).expect(429);
    expect(Number(page.headers['retry-after'])).toBeGreaterThan(23 * 3600);
  });
});

describe('rate limits when Redis does not answer', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: every counter update fails at once.
    t = await createTestApp({ env: { ...SMALL_LIMITS, REDIS_URL: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => t.close());

  it('let requests through rather than close the citizen service', async () => {
    for (let i = 0; i < 5; i++) await triage(t).expect(201);
  });
});
