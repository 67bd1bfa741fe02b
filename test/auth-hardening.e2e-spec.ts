import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { LoginFailuresSweep } from '../src/auth/login-failures.sweep.js';
import { expectError } from './support/admin.js';
import { givenAccount, givenStaff, type GivenAccount } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';

const NOW = '2026-11-25T09:00:00+01:00';

interface Answer {
  status: number;
  body: { code?: string; accessToken?: string; details?: { retryAfterSeconds?: number } };
  headers: Record<string, string | string[] | undefined>;
}

describe('sign-in and tokens, hardened', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    // A real server: concurrent requests arrive as they would in production.
    await t.app.listen(0, '127.0.0.1');
  });
  afterEach(async () => {
    t.clock.set(NOW);
    // Every request of this file comes from 127.0.0.1: each test starts with a clean slate.
    await t.dataSource.query('DELETE FROM login_failures_by_ip');
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    request(t.http).post('/auth/login').send({ email, password });

  /**
   * A sign-in from another client address: every 127.x.y.z is this machine, so binding the
   * connection's local end to one makes the API see that address (request.ip).
   */
  function loginFrom(ip: string, email: string, password: string): Promise<Answer> {
    const { port } = (t.app.getHttpServer() as Server).address() as AddressInfo;
    const body = JSON.stringify({ email, password });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          localAddress: ip,
          method: 'POST',
          path: '/auth/login',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(text) as Answer['body'],
              headers: res.headers,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  const later = (seconds: number) => t.clock.set(new Date(t.clock.now().getTime() + seconds * 1000));

  describe('the throttle under concurrency', () => {
    let account: GivenAccount;
    beforeEach(async () => {
      account = await givenAccount(t, 'reception');
    });

    it('checks one password of 60 concurrent guesses once a wait applies, and refuses the right one', async () => {
      for (let i = 0; i < 3; i++) await login(account.email, `guess-${i}`).expect(401);
      later(2);
      const wrong = Array.from({ length: 59 }, (_, i) => login(account.email, `concurrent-${i}`));
      // Sent after the 59 guesses: it must not slip in while their failures are still uncounted.
      const right = login(account.email, account.password);
      const answers = await Promise.all([...wrong, right]);
      const statuses = answers.map((res) => res.status);

      const checked = statuses.filter((status) => status !== 429);
      expect(checked.length).toBeLessThanOrEqual(10);
      expect(checked).toEqual([401]);
      expect(statuses.at(-1)).toBe(429);
      expect(new Set(statuses)).toEqual(new Set([401, 429]));
      // The one failure checked raised the wait to 4 seconds; the right password waits too.
      const [streak] = await t.dataSource.query<{ failures: number }[]>(
        'SELECT failures FROM login_failures WHERE email = $1',
        [account.email],
      );
      expect(streak.failures).toBe(4);
      const slowed = await login(account.email, account.password).expect(429);
      expect(slowed.headers['retry-after']).toBe('4');
      later(4);
      await login(account.email, account.password).expect(200);
    });

    it('lets at most the free attempts through when 60 guesses arrive at once on a fresh account', async () => {
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => login(account.email, `fresh-${i}`)),
      );
      const statuses = answers.map((res) => res.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(3);
      expect(statuses.filter((status) => status === 429)).toHaveLength(57);
    });

    it('counts guesses for an e-mail without an account alike, so the answers tell nothing', async () => {
      const email = 'nobody.here@test.invalid';
      for (let i = 0; i < 3; i++) expectError(await login(email, 'guess'), 401, 'INVALID_CREDENTIALS');
      const slowed = await login(email, 'guess').expect(429);
      expect(slowed.body).toMatchObject({
        code: 'TOO_MANY_LOGIN_ATTEMPTS',
        details: { retryAfterSeconds: 2 },
      });
    });

    it('keeps the wait capped at 15 minutes however many failures there were', async () => {
      await t.dataSource.query(
        'INSERT INTO login_failures (email, failures, last_failure_at) VALUES ($1, 5000, $2)',
        [account.email, t.clock.now()],
      );
      const slowed = await login(account.email, account.password).expect(429);
      expect(slowed.headers['retry-after']).toBe('900');
      later(900);
      await login(account.email, account.password).expect(200);
    });
  });

  describe('per client address', () => {
    it('slows down one password sprayed over many e-mail addresses from one address, not others', async () => {
      const victim = await givenAccount(t, 'admin');
      for (let i = 0; i < 20; i++) {
        const res = await loginFrom('127.0.7.7', `person${i}@test.invalid`, 'Sommer2026!');
        expect(res.status).toBe(401);
      }
      const sprayed = await loginFrom('127.0.7.7', 'person20@test.invalid', 'Sommer2026!');
      expect(sprayed.status).toBe(429);
      expect(sprayed.body).toMatchObject({
        code: 'TOO_MANY_LOGIN_ATTEMPTS',
        details: { retryAfterSeconds: 2 },
      });
      expect(sprayed.headers['retry-after']).toBe('2');
      // Even the right password waits from that address; from another it goes through.
      expect((await loginFrom('127.0.7.7', victim.email, victim.password)).status).toBe(429);
      expect((await loginFrom('127.0.8.8', victim.email, victim.password)).status).toBe(200);
      const [row] = await t.dataSource.query<{ failures: number }[]>(
        'SELECT failures FROM login_failures_by_ip WHERE ip = $1',
        ['127.0.7.7'],
      );
      expect(row.failures).toBe(20);
      // No e-mail address was tried more than once: only the address count could see this.
      const [{ most }] = await t.dataSource.query<{ most: number }[]>(
        "SELECT max(failures)::int AS most FROM login_failures WHERE email LIKE 'person%'",
      );
      expect(most).toBe(1);
    });

    it('does not count successful sign-ins against the address', async () => {
      const account = await givenAccount(t, 'reception');
      for (let i = 0; i < 30; i++)
        expect((await loginFrom('127.0.9.9', account.email, account.password)).status).toBe(200);
      for (let i = 0; i < 20; i++)
        expect((await loginFrom('127.0.9.9', `other${i}@test.invalid`, 'x')).status).toBe(401);
      expect((await loginFrom('127.0.9.9', account.email, account.password)).status).toBe(429);
    });
  });

  describe('tokens end with the account', () => {
    /**
     * An endpoint whose handler does not look at the account itself (unlike /auth/me): only the
     * guard can refuse a token there. The accounts below are admins, so it answers 200 otherwise.
     */
    const probe = (auth: string) => request(t.http).get('/admin/audit').set('Authorization', auth);
    const patch = (auth: string, id: string, body: object) =>
      request(t.http).patch(`/admin/staff/${id}`).set('Authorization', auth).send(body);

    it('ends tokens when an admin deactivates the account, and reactivating does not revive them', async () => {
      const admin = await givenStaff(t, 'admin');
      const colleague = await givenAccount(t, 'admin');
      const token = await colleague.signIn();
      await probe(token).expect(200);
      await patch(admin, colleague.id, { active: false }).expect(200);
      expectError(await probe(token), 401, 'INVALID_TOKEN');
      expectError(await login(colleague.email, colleague.password), 401, 'INVALID_CREDENTIALS');
      await patch(admin, colleague.id, { active: true }).expect(200);
      expectError(await probe(token), 401, 'INVALID_TOKEN');
      await probe(await colleague.signIn()).expect(200);
    });

    it('ends tokens of a deleted account', async () => {
      const colleague = await givenAccount(t, 'admin');
      const token = await colleague.signIn();
      await probe(token).expect(200);
      await t.dataSource.query('DELETE FROM staff_accounts WHERE id = $1', [colleague.id]);
      expectError(await probe(token), 401, 'INVALID_TOKEN');
    });

    it('ends every older token when the password changes, and the answer carries a working one', async () => {
      const colleague = await givenAccount(t, 'admin');
      const [first, second] = [await colleague.signIn(), await colleague.signIn()];
      const changed = await request(t.http)
        .post('/auth/password')
        .set('Authorization', first)
        .send({ currentPassword: colleague.password, newPassword: 'en helt ny adgangskode' })
        .expect(200);
      for (const old of [first, second]) expectError(await probe(old), 401, 'INVALID_TOKEN');
      await probe(`Bearer ${changed.body.accessToken as string}`).expect(200);
      expectError(await login(colleague.email, colleague.password), 401, 'INVALID_CREDENTIALS');
      await login(colleague.email, 'en helt ny adgangskode').expect(200);
    });

    it('ends every token when an admin resets the password', async () => {
      const admin = await givenStaff(t, 'admin');
      const colleague = await givenAccount(t, 'admin');
      const token = await colleague.signIn();
      await request(t.http)
        .post(`/admin/staff/${colleague.id}/password-reset`)
        .set('Authorization', admin)
        .expect(200);
      expectError(await probe(token), 401, 'INVALID_TOKEN');
    });

    it('takes roles from the account as it is now: a role taken away is gone at the next request', async () => {
      const admin = await givenStaff(t, 'admin');
      const colleague = await givenAccount(t, ['admin', 'reception']);
      const token = await colleague.signIn();
      await probe(token).expect(200);
      await patch(admin, colleague.id, { roles: ['reception'] }).expect(200);
      expectError(await probe(token), 403, 'ROLE_REQUIRED');
      const me = await request(t.http).get('/auth/me').set('Authorization', token).expect(200);
      expect(me.body.roles).toEqual(['reception']);
    });
  });

  describe('tokens this API did not issue', () => {
    let account: GivenAccount;
    let secret: string;
    beforeAll(async () => {
      account = await givenAccount(t, 'admin');
      secret = (t.app.get(JwtService) as unknown as { options: { secret: string } }).options.secret;
    });

    /** A token with these claims, signed with the API's own key (as if the key had signed it). */
    function signed(claims: Record<string, unknown>): string {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
      return `Bearer ${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    }

    const now = () => Math.floor(Date.now() / 1000);
    const good = () => ({
      sub: account.id,
      ver: 0,
      name: 'Test admin',
      roles: ['admin'],
      adviserId: null,
      iat: now(),
      exp: now() + 600,
    });

    it('accepts a well-formed token (the forging works)', async () => {
      await request(t.http).get('/auth/me').set('Authorization', signed(good())).expect(200);
    });

    it('issues every token with an expiry', async () => {
      const token = (await account.signIn()).slice('Bearer '.length);
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<
        string,
        number
      >;
      expect(claims.exp - claims.iat).toBe(30 * 60);
    });

    it.each([
      ['no expiry', { exp: undefined }],
      ['roles that are not a list', { roles: 'admin' }],
      ['an unknown role', { roles: ['root'] }],
      ['a sub that is not a uuid', { sub: 'admin' }],
      ['no token version', { ver: undefined }],
      ['an older token version', { ver: -1 }],
      ['the version of a later password', { ver: 1 }],
      ['a sub of no account', { sub: '00000000-0000-4000-8000-000000000000' }],
    ])('answers 401 INVALID_TOKEN, never 500, to a token with %s', async (_what, change) => {
      const res = await request(t.http)
        .get('/admin/staff')
        .set('Authorization', signed({ ...good(), ...change }));
      expectError(res, 401, 'INVALID_TOKEN');
    });
  });

  describe('retention', () => {
    it('deletes failed sign-ins whose last failure is more than a day old, per e-mail and per address', async () => {
      const sweep = t.app.get(LoginFailuresSweep);
      await t.dataSource.query('DELETE FROM login_failures');
      await login('old@test.invalid', 'guess').expect(401);
      later(12 * 3600);
      await login('recent@test.invalid', 'guess').expect(401);
      later(12 * 3600);
      expect(await sweep.run()).toEqual({ emails: 0, addresses: 0 });
      later(1);
      expect(await sweep.run()).toEqual({ emails: 1, addresses: 0 });
      const emails = await t.dataSource.query<{ email: string }[]>('SELECT email FROM login_failures');
      expect(emails).toEqual([{ email: 'recent@test.invalid' }]);
      later(12 * 3600);
      expect(await sweep.run()).toEqual({ emails: 1, addresses: 1 });
      expect(await t.dataSource.query('SELECT * FROM login_failures_by_ip')).toEqual([]);
    });
  });

  describe('production start-up', () => {
    /**
     * Runs src/main.ts in a child process, compiled on the fly by @swc/core through a Node module
     * hook (no build needed), in an empty directory (no .env), with only these settings.
     */
    let run: (env: Record<string, string>) => Promise<{ code: number | null; stderr: string }>;
    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'startup-'));
      const swc = join(process.cwd(), 'node_modules/@swc/core/index.js');
      writeFileSync(
        join(dir, 'loader.mjs'),
        `import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import swc from ${JSON.stringify(swc)};
export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); } catch (error) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
    throw error;
  }
}
export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = swc.transformSync(await readFile(filename, 'utf8'), { filename, module: { type: 'es6' },
    jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false } } });
  return { format: 'module', source: code, shortCircuit: true };
}
`,
      );
      writeFileSync(
        join(dir, 'register.mjs'),
        `import { register } from 'node:module';\nregister('./loader.mjs', import.meta.url);\n`,
      );
      const main = join(process.cwd(), 'src/main.ts');
      run = (env) =>
        new Promise((resolve) => {
          execFile(
            process.execPath,
            ['--import', join(dir, 'register.mjs'), main],
            { cwd: dir, env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
            (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
          );
        });
    });

    const SECRET = 'a-production-secret-of-at-least-32-characters';
    /** A child process compiles and loads the whole API: seconds, more on a busy machine. */
    const CHILD_TIMEOUT_MS = 60_000;

    it(
      'refuses NODE_ENV=production without JWT_SECRET in one line, exit code 1',
      async () => {
        const { code, stderr } = await run({ NODE_ENV: 'production' });
        expect(code).toBe(1);
        expect(stderr).toBe(
          'borgerservice: cannot start: NODE_ENV=production needs JWT_SECRET: set it to at least 32 random characters, the same on every instance.\n',
        );
      },
      CHILD_TIMEOUT_MS,
    );

    it(
      'refuses NODE_ENV=production with DEMO_DATA=true',
      async () => {
        const { code, stderr } = await run({ NODE_ENV: 'production', JWT_SECRET: SECRET, DEMO_DATA: 'true' });
        expect(code).toBe(1);
        expect(stderr).toMatch(
          /^borgerservice: cannot start: NODE_ENV=production with DEMO_DATA=true: .*\n$/,
        );
      },
      CHILD_TIMEOUT_MS,
    );

    it(
      'refuses NODE_ENV=production while a demo sign-in is active in the database',
      async () => {
        await givenAccount(t, 'admin', { email: 'admin@syddjurs-demo.dk' });
        const db = t.dataSource.options as PostgresDataSourceOptions;
        const auth = db.password
          ? `${db.username}:${encodeURIComponent(db.password as string)}`
          : db.username;
        const url = `postgres://${auth}@${db.host}:${db.port}/${db.database}`;
        const { code, stderr } = await run({ NODE_ENV: 'production', JWT_SECRET: SECRET, DATABASE_URL: url });
        expect(code).toBe(1);
        expect(stderr).toBe(
          'borgerservice: cannot start: NODE_ENV=production, but demo sign-ins are active (admin@syddjurs-demo.dk): ' +
            'start once without NODE_ENV=production, create your own admin and deactivate them (PATCH /admin/staff/{id} {"active": false}).\n',
        );
      },
      CHILD_TIMEOUT_MS,
    );
  });
});
