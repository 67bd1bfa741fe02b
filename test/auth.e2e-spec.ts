import request from 'supertest';
import { expectError } from './support/admin.js';
import { givenAccount, givenAdviser, givenStaff, type GivenAccount } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const NOW = '2026-11-25T09:00:00+01:00';
const ROLES = ['admin', 'reception', 'adviser'] as const;
type Role = (typeof ROLES)[number];

describe('staff sign-in', () => {
  let t: TestApp;
  /** One account per role; the adviser's is linked to Mette Sørensen's adviser record. */
  let accounts: Record<Role, GivenAccount>;
  let mette: string;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    mette = await givenAdviser(t, { name: 'Mette Sørensen', email: 'mette.soerensen@test.invalid' });
    accounts = {
      admin: await givenAccount(t, 'admin', { name: 'Test Admin' }),
      reception: await givenAccount(t, 'reception', { name: 'Test Reception' }),
      adviser: await givenAccount(t, 'adviser', {
        adviserId: mette,
        email: 'mette.soerensen@test.invalid',
        name: 'Mette Sørensen',
      }),
    };
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    request(t.http).post('/auth/login').send({ email, password });

  it.each(ROLES)('signs in a %s and tells who it is', async (role) => {
    const account = accounts[role];
    const res = await login(account.email, account.password).expect(200);
    expect(res.body).toMatchObject({
      expiresIn: 1800,
      staff: { id: account.id, email: account.email, roles: [role] },
    });
    expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const me = await request(t.http)
      .get('/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(me.body).toEqual(res.body.staff);
  });

  it('links the adviser account to its adviser record', async () => {
    const res = await login(accounts.adviser.email, accounts.adviser.password).expect(200);
    const [adviser] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM advisers WHERE email = $1', [
      accounts.adviser.email,
    ]);
    expect(adviser.id).toBe(mette);
    expect(res.body.staff).toMatchObject({ name: 'Mette Sørensen', adviserId: mette });
    const admin = await login(accounts.admin.email, accounts.admin.password).expect(200);
    expect(admin.body.staff.adviserId).toBeNull();
  });

  it('accepts the e-mail in any case', async () => {
    await login(accounts.admin.email.toUpperCase(), accounts.admin.password).expect(200);
  });

  it('answers a wrong password and an unknown e-mail alike with 401 INVALID_CREDENTIALS', async () => {
    const wrong = await login(accounts.reception.email, 'not-the-password').expect(401);
    const unknown = await login('nobody@test.invalid', 'whatever').expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Forkert e-mail eller adgangskode.',
    });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('slows down repeated failures with 429 and Retry-After, and a success resets the count', async () => {
    // An account of its own, so the failures here slow down no other test's sign-in.
    const { email, password } = await givenAccount(t, 'admin');
    for (let i = 0; i < 3; i++) await login(email, 'guess').expect(401);
    const slowed = await login(email, password).expect(429);
    expect(slowed.body).toMatchObject({ code: 'TOO_MANY_LOGIN_ATTEMPTS', details: { retryAfterSeconds: 2 } });
    expect(slowed.headers['retry-after']).toBe('2');

    t.clock.set(new Date(t.clock.now().getTime() + 2000));
    await login(email, password).expect(200);
    const [row] = await t.dataSource.query<unknown[]>('SELECT 1 FROM login_failures WHERE email = $1', [
      email,
    ]);
    expect(row).toBeUndefined();
  });

  it('refuses malformed sign-ins with 400 VALIDATION_FAILED', async () => {
    const res = await request(t.http).post('/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'email',
      'password',
    ]);
  });

  it('needs a token for staff endpoints: 401 AUTHENTICATION_REQUIRED without, 401 INVALID_TOKEN with a bad one', async () => {
    const none = await request(t.http).get('/auth/me').expect(401);
    expect(none.body.code).toBe('AUTHENTICATION_REQUIRED');
    const forged = await request(t.http)
      .get('/auth/me')
      .set(
        'Authorization',
        'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0.c2lnbmF0dXJl',
      )
      .expect(401);
    expect(forged.body.code).toBe('INVALID_TOKEN');
    // A receptionist's token with the payload changed to claim the admin role.
    const [header, payload, signature] = (await accounts.reception.signIn())
      .slice('Bearer '.length)
      .split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { roles: string[] };
    expect(claims.roles).toEqual(['reception']);
    const escalated = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    const tampered = await request(t.http)
      .get('/auth/me')
      .set('Authorization', `Bearer ${header}.${escalated}.${signature}`)
      .expect(401);
    expect(tampered.body.code).toBe('INVALID_TOKEN');
  });

  it('answers 401 INVALID_TOKEN, not 500, to the token of an account deleted or deactivated since', async () => {
    const auth = await givenStaff(t, 'reception');
    const { body: me } = await request(t.http).get('/auth/me').set('Authorization', auth).expect(200);
    await t.dataSource.query('UPDATE staff_accounts SET active = false WHERE id = $1', [me.id]);
    expectError(await request(t.http).get('/auth/me').set('Authorization', auth), 401, 'INVALID_TOKEN');
    await t.dataSource.query('DELETE FROM staff_accounts WHERE id = $1', [me.id]);
    expectError(await request(t.http).get('/auth/me').set('Authorization', auth), 401, 'INVALID_TOKEN');
  });
});
