import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import request, { type Response } from 'supertest';
import { INPUT_LIMITS } from '../src/http/hostile-input.js';
import { expectError } from './support/admin.js';
import { visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** `[[[…]]]` nested `depth` levels deep: 4 KB of it overflowed class-transformer's stack (500). */
const nested = (depth: number, inner = '') => '['.repeat(depth) + inner + ']'.repeat(depth);

/** The one error shape, with the request id every answer carries. */
function expectShape(res: Response, status: number, code: string): void {
  expectError(res, status, code);
  expect(res.body.message).toEqual(expect.any(String));
  expect(res.headers['x-request-id']).toMatch(/\S/);
}

function postJson(t: TestApp, path: string, body: string) {
  return request(t.http)
    .post(path)
    .set('Content-Type', 'application/json')
    .set('Idempotency-Key', randomUUID())
    .send(body);
}

describe('hostile input: shapes no endpoint needs answer 4xx, never 5xx', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('JSON bodies', () => {
    it.each(['/triage', '/bookings', '/auth/login'])(
      'refuses 4 KB of nested arrays on POST %s with 400 MALFORMED_REQUEST',
      async (path) => {
        const res = await postJson(t, path, nested(2000));
        expectShape(res, 400, 'MALFORMED_REQUEST');
        expect(res.body.details).toEqual({ exceeds: 'depth', limit: INPUT_LIMITS.jsonDepth });
        expect(res.body.message).toMatch(/dybere end 32/);
      },
    );

    it('refuses deep nesting inside a field, in the language asked for', async () => {
      const res = await postJson(t, '/triage', `{"errand":"FLYT","answers":{"a":${nested(500)}}}`).set(
        'Accept-Language',
        'en',
      );
      expectShape(res, 400, 'MALFORMED_REQUEST');
      expect(res.body.message).toBe(
        'The request could not be read: the JSON is nested deeper than 32 levels.',
      );
    });

    it('counts brackets inside strings as text, not nesting', async () => {
      const res = await postJson(t, '/triage', JSON.stringify({ errand: nested(100, '\\"'), answers: {} }));
      expectShape(res, 400, 'VALIDATION_FAILED');
    });

    it('lets nesting up to the limit through to validation', async () => {
      const body = `{"errand":"FLYT","answers":{},"extra":${nested(INPUT_LIMITS.jsonDepth - 1)}}`;
      const res = await postJson(t, '/triage', body);
      expectShape(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['extra']);
    });

    it('refuses a body with more values than any endpoint takes', async () => {
      const answers = Object.fromEntries(
        Array.from({ length: INPUT_LIMITS.bodyValues }, (_, i) => [`q${i}`, true]),
      );
      const res = await postJson(t, '/triage', JSON.stringify({ errand: 'FLYT', answers }));
      expectShape(res, 400, 'MALFORMED_REQUEST');
      expect(res.body.details).toEqual({ exceeds: 'values', limit: INPUT_LIMITS.bodyValues });
    });

    it('refuses a form body with more fields than any endpoint takes', async () => {
      const form = Array.from({ length: INPUT_LIMITS.bodyValues + 1 }, (_, i) => `f${i}=1`).join('&');
      const res = await request(t.http)
        .post('/triage')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(form);
      expectShape(res, 400, 'MALFORMED_REQUEST');
      expect(res.body.details).toEqual({ exceeds: 'values', limit: INPUT_LIMITS.bodyValues });
    });

    it('still refuses prototype poisoning and answers a sound triage', async () => {
      const poisoned = await postJson(t, '/triage', '{"errand":"FLYT","__proto__":{"x":1}}');
      expectShape(poisoned, 400, 'MALFORMED_REQUEST');
      await expect(visitTriage(t.http, 'PAS_VOKSEN')).resolves.toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('paths', () => {
    const long = (n: number) => 'A'.repeat(n);

    it.each([
      ['an errand code', `/errands/${long(101)}`],
      ['a triage id', `/triage/${long(101)}`],
      ['a booking reference', `/bookings/${long(101)}?token=${long(30)}`],
      ['a location', `/locations/${long(5000)}/queue`],
    ])('answers %s longer than 100 characters with 414 URI_TOO_LONG', async (_what, path) => {
      const res = await request(t.http).get(path);
      expectShape(res, 414, 'URI_TOO_LONG');
    });

    it('lets a 100-character parameter through to the endpoint', async () => {
      expectShape(await request(t.http).get(`/errands/${long(100)}`), 404, 'ERRAND_NOT_FOUND');
    });

    it('answers a path parameter that is not valid percent-encoding with 400', async () => {
      expectShape(await request(t.http).get('/errands/%zz'), 400, 'MALFORMED_REQUEST');
    });
  });

  describe('query strings', () => {
    it('refuses a repeated parameter, which would arrive as an array, with 400', async () => {
      const triage = await visitTriage(t.http);
      const res = await request(t.http).get(`/availability?triage=${triage}&from=2026-12-01&from=2026-12-02`);
      expectShape(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details.fields).toEqual([
        { field: 'from', problems: ['from must be given only once'] },
      ]);
    });

    it('refuses a repeated parameter on a route that reads no query at all', async () => {
      const res = await request(t.http).get('/errands/FLYT?x=1&x=2');
      expectShape(res, 400, 'VALIDATION_FAILED');
    });

    it('refuses thousands of parameters with 400 before validating them', async () => {
      const query = Array.from({ length: 2000 }, (_, i) => `p${i}=1`).join('&');
      const res = await request(t.http).get(`/errands?${query}`);
      expectShape(res, 400, 'MALFORMED_REQUEST');
      expect(res.body.details).toEqual({ exceeds: 'queryParameters', limit: INPUT_LIMITS.queryParameters });
    });
  });

  describe('under load', () => {
    /** 20 connections posting the nested body for `seconds` from another process, as attackers would. */
    function hostileSenders(base: string, seconds: number): Promise<Record<string, number>> {
      const script = `
        const body = '['.repeat(2000) + ']'.repeat(2000);
        const until = Date.now() + ${seconds * 1000};
        const statuses = {};
        const sender = async () => {
          while (Date.now() < until) {
            const res = await fetch('${base}/triage', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
            await res.arrayBuffer();
            statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          }
        };
        Promise.all(Array.from({ length: 20 }, sender)).then(() => console.log(JSON.stringify(statuses)));`;
      return new Promise((resolve, reject) => {
        execFile(process.execPath, ['-e', script], (error, stdout) =>
          error ? reject(error) : resolve(JSON.parse(stdout) as Record<string, number>),
        );
      });
    }

    // How much this load slows other requests is measured by the benchmark (`npm run bench`, phase
    // "hostile"): on two shared cores a timing assertion here would be noise.
    it('answers 20 concurrent senders of the nested body with 400 only, /health 200 meanwhile', async () => {
      await t.app.listen(0, '127.0.0.1');
      const base = await t.app.getUrl();
      const attack = hostileSenders(base, 2);
      const health: number[] = [];
      for (let i = 0; i < 20; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        health.push((await fetch(`${base}/health`)).status);
      }
      const statuses = await attack;

      expect(Object.keys(statuses)).toEqual(['400']);
      expect(statuses['400']).toBeGreaterThan(20);
      expect(new Set(health)).toEqual(new Set([200]));
    }, 30_000);
  });

  describe('headers', () => {
    it('answers headers over 16 KB with 431 in the error shape', async () => {
      const res = await request(t.http).get('/health').set('X-Padding', 'x'.repeat(20_000));
      expectShape(res, 431, 'HEADERS_TOO_LARGE');
    });

    it('answers a huge Authorization header like any wrong token', async () => {
      const res = await request(t.http)
        .get('/auth/me')
        .set('Authorization', `Bearer ${'x'.repeat(12_000)}`);
      expect(res.status).toBe(401);
    });
  });
});
