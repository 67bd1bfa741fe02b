import request, { type Response } from 'supertest';
import { API_CSP, DOCS_CSP } from '../src/http/security.js';
import { book, type Booked } from './support/bookings.js';
import { givenAccount, givenOffice, givenStaff, type Office } from './support/factories.js';
import { visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ORIGIN = 'https://borger.kommune.example';
const NO_STORE = 'no-store';

describe('security headers and caching (default settings)', () => {
  let t: TestApp;
  let office: Office;
  let booked: Booked;
  beforeAll(async () => {
    t = await createTestApp();
    office = await givenOffice(t);
    booked = await book(t, {
      date: '2026-11-26',
      location: office.code,
      citizen: { name: 'Karen Jensen', email: 'karen@example.dk' },
    });
  });
  afterAll(() => t.close());

  const manage = (path = '') =>
    request(t.http).get(`/bookings/${booked.reference}${path}`).query({ token: booked.manageToken });

  it('sends the hardening headers on every answer, errors included', async () => {
    for (const res of [await request(t.http).get('/health'), await request(t.http).get('/nowhere')]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'content-security-policy': API_CSP,
      });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers).not.toHaveProperty('strict-transport-security');
    }
  });

  it('has CORS off: no Access-Control headers for another origin, and no preflight', async () => {
    const res = await request(t.http).get('/errands').set('Origin', ORIGIN).expect(200);
    expect(res.headers).not.toHaveProperty('access-control-allow-origin');
    const preflight = await request(t.http)
      .options('/bookings')
      .set('Origin', ORIGIN)
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers).not.toHaveProperty('access-control-allow-origin');
    expect(preflight.status).toBeGreaterThanOrEqual(400);
  });

  it('lets the public catalog, free times and health keep their caching', async () => {
    const triage = await visitTriage(t.http);
    for (const path of ['/health', '/errands', '/errands/PAS_VOKSEN', `/availability?triage=${triage}`]) {
      const res = await request(t.http).get(path).expect(200);
      expect({ path, cacheControl: res.headers['cache-control'] }).toEqual({ path, cacheControl: undefined });
    }
  });

  it('answers with citizens’ data, tokens or their own search text are never stored', async () => {
    const answers: [string, Response][] = [
      ['search', await request(t.http).get('/errands').query({ q: 'mistet mit pas' }).expect(200)],
      ['booking', await manage().expect(200)],
      ['.ics of a booking', await manage('/calendar.ics').expect(200)],
      [
        'an error',
        await request(t.http)
          .get('/bookings/K7NP-A4TX')
          .query({ token: 'x'.repeat(43) }),
      ],
      [
        'cancel',
        await request(t.http)
          .post(`/bookings/${booked.reference}/cancel`)
          .query({ token: booked.manageToken })
          .send({})
          .expect(200),
      ],
    ];
    const reception = await givenStaff(t, 'reception');
    answers.push([
      'arrivals',
      await request(t.http)
        .get(`/reception/${office.code}/arrivals`)
        .query({ date: '2026-11-26' })
        .set('Authorization', reception)
        .expect(200),
    ]);
    const adviser = await givenStaff(t, 'adviser', { adviserId: office.adviserIds[0] });
    const feedLink = await request(t.http)
      .post('/advisers/me/calendar-token')
      .set('Authorization', adviser)
      .expect(200);
    answers.push(['feed link', feedLink]);
    for (const [what, res] of answers)
      expect({ what, cacheControl: res.headers['cache-control'] }).toEqual({ what, cacheControl: NO_STORE });

    const triage = await visitTriage(t.http);
    const created = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', `privacy-${triage}`)
      .send({
        triage,
        start: '2026-11-26T13:00:00+01:00',
        location: office.code,
        citizen: { name: 'Ole Hansen', email: 'ole@example.dk' },
      });
    expect(created.status).toBe(201);
    expect(created.body.manageToken).toEqual(expect.any(String));
    expect(created.headers['cache-control']).toBe(NO_STORE);

    // The feed itself keeps its revalidation: calendar clients poll it with If-None-Match.
    const feed = await request(t.http)
      .get(feedLink.body.url as string)
      .expect(200);
    expect(feed.headers['cache-control']).toBe('private, max-age=0, must-revalidate');
  });

  it('sign-in answers with a token are never stored', async () => {
    const { email, password } = await givenAccount(t, 'reception');
    const res = await request(t.http).post('/auth/login').send({ email, password }).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.headers['cache-control']).toBe(NO_STORE);
  });

  it('serves the OpenAPI UI under its own policy, never framed', async () => {
    const ui = await request(t.http).get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
    expect(ui.headers['content-security-policy']).toBe(DOCS_CSP);
    expect(DOCS_CSP).toContain("frame-ancestors 'none'");
    expect(DOCS_CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
    const document = await request(t.http).get('/docs/json').expect(200);
    expect(document.body.openapi).toEqual(expect.any(String));
  });
});

describe('security headers with CORS_ORIGINS, BEHIND_HTTPS and DOCS_ENABLED=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { CORS_ORIGINS: `${ORIGIN},https://other.example`, BEHIND_HTTPS: 'true', DOCS_ENABLED: 'false' },
    });
  });
  afterAll(() => t.close());

  it('allows the listed origins only', async () => {
    const allowed = await request(t.http).get('/errands').set('Origin', ORIGIN).expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(allowed.headers.vary).toMatch(/Origin/i);
    expect(allowed.headers).not.toHaveProperty('access-control-allow-credentials');
    const other = await request(t.http).get('/errands').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('answers a preflight for a booking from a listed origin', async () => {
    const res = await request(t.http)
      .options('/bookings')
      .set('Origin', ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,idempotency-key')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/i);
    expect(res.headers['access-control-allow-headers']).toMatch(/Altcha/i);
  });

  it('sends Strict-Transport-Security', async () => {
    const res = await request(t.http).get('/health').expect(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('has no OpenAPI UI or document: 404 in the error shape', async () => {
    for (const path of ['/docs', '/docs/json', '/docs/swagger-ui.css']) {
      const res = await request(t.http).get(path).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
  });
});
