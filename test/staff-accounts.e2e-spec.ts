import request from 'supertest';
import { expectError } from './support/admin.js';
import { book } from './support/bookings.js';
import {
  givenAccount,
  givenAdviser,
  givenLocation,
  givenStaff,
  type GivenAccount,
  type GivenLocation,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { at } from './support/visits.js';

/** A Wednesday; both offices are open 09:00-16:00. */
const NOW = '2026-11-25T08:00:00+01:00';
const ONE_TIME_PASSWORD = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe('staff accounts', () => {
  let t: TestApp;
  let admin: GivenAccount;
  let adminAuth: string;
  let main: GivenLocation;
  let small: GivenLocation;
  let adviserId: string;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    main = await givenLocation(t, { code: 'MAIN' });
    small = await givenLocation(t, { code: 'SMALL' });
    adviserId = await givenAdviser(t, {
      name: 'Jesper Møller',
      works: [{ at: main, hours: [{ from: '09:00', to: '16:00' }] }],
    });
    await givenAdviser(t, { works: [{ at: small, hours: [{ from: '09:00', to: '16:00' }] }] });
    admin = await givenAccount(t, 'admin');
    adminAuth = await admin.signIn();
  });
  afterEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  const api = (auth = adminAuth) => ({
    post: (path: string, body: object = {}) =>
      request(t.http).post(path).set('Authorization', auth).send(body),
    patch: (path: string, body: object) => request(t.http).patch(path).set('Authorization', auth).send(body),
    get: (path: string) => request(t.http).get(path).set('Authorization', auth),
  });
  const login = (email: string, password: string) =>
    request(t.http).post('/auth/login').send({ email, password });
  const bearer = (res: { body: { accessToken: string } }) => `Bearer ${res.body.accessToken}`;

  async function created(body: object) {
    const res = await api().post('/admin/staff', body).expect(201);
    return res.body as { id: string; email: string; oneTimePassword: string };
  }

  describe('create, list, change', () => {
    it('creates an account with a one-time password, and lists it without one', async () => {
      const res = await api()
        .post('/admin/staff', {
          email: ' Karen.Jensen@Test.invalid ',
          name: 'Karen Jensen',
          roles: ['reception'],
          locations: ['main', small.id],
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String) as string,
        email: 'karen.jensen@test.invalid',
        name: 'Karen Jensen',
        roles: ['reception'],
        adviserId: null,
        locations: ['MAIN', 'SMALL'],
        active: true,
        mustChangePassword: true,
        createdAt: expect.any(String) as string,
        oneTimePassword: expect.stringMatching(ONE_TIME_PASSWORD) as string,
      });
      const { oneTimePassword, ...account } = res.body as Record<string, unknown>;
      const list = await api().get('/admin/staff').expect(200);
      expect(list.body).toContainEqual(account);
      expect(JSON.stringify(list.body)).not.toMatch(/oneTimePassword|passwordHash|argon2/);
      expect(
        (
          await api()
            .get(`/admin/staff/${account.id as string}`)
            .expect(200)
        ).body,
      ).toEqual(account);
      const [{ password_hash }] = await t.dataSource.query<{ password_hash: string }[]>(
        'SELECT password_hash FROM staff_accounts WHERE id = $1',
        [account.id],
      );
      expect(password_hash).toMatch(/^\$argon2id\$/);
      expect(password_hash).not.toContain(oneTimePassword);
    });

    it('links an adviser account to its adviser record, and changes roles, name, locations and link', async () => {
      const account = await created({
        email: 'jesper@test.invalid',
        name: 'Jesper',
        roles: ['adviser'],
        adviserId,
        locations: ['MAIN'],
      });
      const changed = await api()
        .patch(`/admin/staff/${account.id}`, {
          name: 'Jesper Møller',
          roles: ['adviser', 'reception'],
          locations: [],
        })
        .expect(200);
      expect(changed.body).toMatchObject({
        name: 'Jesper Møller',
        roles: ['adviser', 'reception'],
        adviserId,
        locations: [],
      });
      const unlinked = await api().patch(`/admin/staff/${account.id}`, { adviserId: null }).expect(200);
      expect(unlinked.body.adviserId).toBeNull();
    });

    it('deactivates and reactivates an account', async () => {
      const account = await created({ email: 'vikar@test.invalid', name: 'Vikar', roles: ['reception'] });
      expect(
        (await api().patch(`/admin/staff/${account.id}`, { active: false }).expect(200)).body.active,
      ).toBe(false);
      expectError(await login(account.email, account.oneTimePassword), 401, 'INVALID_CREDENTIALS');
      await api().patch(`/admin/staff/${account.id}`, { active: true }).expect(200);
      await login(account.email, account.oneTimePassword).expect(200);
    });

    it('refuses invalid accounts with 400 VALIDATION_FAILED naming the fields', async () => {
      const res = await api()
        .post('/admin/staff', { email: 'not-an-email', name: '', roles: ['root'], adviserId: 'x', extra: 1 })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'adviserId',
        'email',
        'extra',
        'name',
        'roles',
      ]);
      expectError(
        await api().post('/admin/staff', { email: 'a@test.invalid', name: 'A', roles: [] }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await api().patch(`/admin/staff/${admin.id}`, { active: 'no' }), 400, 'VALIDATION_FAILED');
      expectError(await api().get('/admin/staff/not-a-uuid'), 400, 'VALIDATION_FAILED');
    });

    it('answers 404 for an unknown account, location or adviser, and 409 for an e-mail in use', async () => {
      const nobody = '00000000-0000-4000-8000-000000000000';
      expectError(await api().get(`/admin/staff/${nobody}`), 404, 'STAFF_ACCOUNT_NOT_FOUND');
      expectError(await api().patch(`/admin/staff/${nobody}`, { name: 'X' }), 404, 'STAFF_ACCOUNT_NOT_FOUND');
      expectError(await api().post(`/admin/staff/${nobody}/password-reset`), 404, 'STAFF_ACCOUNT_NOT_FOUND');
      const body = { email: 'ny@test.invalid', name: 'Ny', roles: ['reception'] };
      expectError(
        await api().post('/admin/staff', { ...body, locations: ['NOWHERE'] }),
        404,
        'LOCATION_NOT_FOUND',
      );
      expectError(await api().post('/admin/staff', { ...body, adviserId: nobody }), 404, 'NOT_FOUND');
      const count = async () =>
        (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM staff_accounts'))[0].n;
      const before = await count();
      const taken = await api()
        .post('/admin/staff', { ...body, email: admin.email.toUpperCase() })
        .expect(409);
      expect(taken.body).toMatchObject({
        code: 'CONFLICT',
        details: { constraint: 'uq_staff_accounts_email' },
      });
      expect(await count()).toBe(before);
    });

    it('does not let an admin take away their own admin role or deactivate themselves', async () => {
      expectError(await api().patch(`/admin/staff/${admin.id}`, { active: false }), 409, 'OWN_ADMIN_ACCESS');
      expectError(
        await api().patch(`/admin/staff/${admin.id}`, { roles: ['reception'] }),
        409,
        'OWN_ADMIN_ACCESS',
      );
      await request(t.http).get('/auth/me').set('Authorization', adminAuth).expect(200);
    });

    it('is for admins only', async () => {
      const reception = await givenStaff(t, 'reception');
      const adviser = await givenStaff(t, 'adviser');
      for (const auth of [reception, adviser]) {
        expectError(await api(auth).get('/admin/staff'), 403, 'ROLE_REQUIRED');
        expectError(
          await api(auth).post('/admin/staff', { email: 'x@test.invalid', name: 'X', roles: ['admin'] }),
          403,
          'ROLE_REQUIRED',
        );
        expectError(await api(auth).patch(`/admin/staff/${admin.id}`, { name: 'X' }), 403, 'ROLE_REQUIRED');
        expectError(await api(auth).post(`/admin/staff/${admin.id}/password-reset`), 403, 'ROLE_REQUIRED');
      }
      expectError(await request(t.http).get('/admin/staff'), 401, 'AUTHENTICATION_REQUIRED');
    });
  });

  describe('one-time passwords', () => {
    it('must be changed at the first sign-in: until then everything but the change answers 403', async () => {
      const account = await created({
        email: 'mette@test.invalid',
        name: 'Mette',
        roles: ['reception'],
        locations: ['MAIN'],
      });
      const first = await login(account.email, account.oneTimePassword).expect(200);
      expect(first.body.mustChangePassword).toBe(true);
      const auth = bearer(first);
      expectError(await api(auth).get('/auth/me'), 403, 'PASSWORD_CHANGE_REQUIRED');
      expectError(await api(auth).get('/reception/MAIN/arrivals'), 403, 'PASSWORD_CHANGE_REQUIRED');

      const change = (currentPassword: string, newPassword: string) =>
        api(auth).post('/auth/password', { currentPassword, newPassword });
      const tooShort = await change(account.oneTimePassword, 'kort-kode').expect(422);
      expect(tooShort.body).toMatchObject({
        code: 'PASSWORD_NOT_ALLOWED',
        details: { problems: ['too_short'] },
      });
      const email = await change(account.oneTimePassword, 'Mette@Test.invalid').expect(422);
      expect(email.body.details.problems).toEqual(['same_as_email']);
      const same = await change(account.oneTimePassword, account.oneTimePassword).expect(422);
      expect(same.body.details.problems).toEqual(['same_as_current']);
      expectError(await change('not-the-password', 'en god ny adgangskode'), 403, 'CURRENT_PASSWORD_WRONG');
      expectError(await change(account.oneTimePassword, ''), 400, 'VALIDATION_FAILED');

      const changed = await change(account.oneTimePassword, 'en god ny adgangskode').expect(200);
      expect(changed.body.mustChangePassword).toBe(false);
      await api(bearer(changed)).get('/reception/MAIN/arrivals').expect(200);
      expectError(await api(auth).get('/auth/me'), 401, 'INVALID_TOKEN');
      expectError(await login(account.email, account.oneTimePassword), 401, 'INVALID_CREDENTIALS');
      const again = await login(account.email, 'en god ny adgangskode').expect(200);
      expect(again.body.mustChangePassword).toBe(false);
    });

    it('lets an admin reset a password: the old one and every token end, the failures are forgotten', async () => {
      const person = await givenAccount(t, 'reception');
      const token = await person.signIn();
      for (let i = 0; i < 6; i++) await login(person.email, 'forkert');
      expectError(await login(person.email, person.password), 429, 'TOO_MANY_LOGIN_ATTEMPTS');

      const reset = await api().post(`/admin/staff/${person.id}/password-reset`).expect(200);
      expect(reset.body).toMatchObject({ id: person.id, mustChangePassword: true });
      expect(reset.body.oneTimePassword).toMatch(ONE_TIME_PASSWORD);
      expectError(await api(token).get('/auth/me'), 401, 'INVALID_TOKEN');
      expectError(await login(person.email, person.password), 401, 'INVALID_CREDENTIALS');
      const signedIn = await login(person.email, reset.body.oneTimePassword as string).expect(200);
      expect(signedIn.body.mustChangePassword).toBe(true);
    });
  });

  describe('reception works at its own locations', () => {
    let receptionist: GivenAccount;
    let auth: string;
    beforeAll(async () => {
      receptionist = await givenAccount(t, 'reception', { locations: [main] });
      auth = await receptionist.signIn();
    });

    it('lists arrivals at its location, and answers 403 LOCATION_NOT_ALLOWED at another', async () => {
      await api(auth).get('/reception/MAIN/arrivals?date=2026-11-25').expect(200);
      const refused = await api(auth).get('/reception/SMALL/arrivals?date=2026-11-25').expect(403);
      expect(refused.body).toMatchObject({ code: 'LOCATION_NOT_ALLOWED', details: { location: 'SMALL' } });
      expectError(await api(auth).get('/reception/NOWHERE/arrivals'), 404, 'LOCATION_NOT_FOUND');
      await api(adminAuth).get('/reception/SMALL/arrivals?date=2026-11-25').expect(200);
    });

    it('checks in and takes walk-ins only at its location, and changes nothing elsewhere', async () => {
      const visit = await book(t, { location: 'SMALL', start: '2026-11-25T10:00:00+01:00' });
      const refused = await at(t, '2026-11-25T09:55:00+01:00', () =>
        api(auth).post('/reception/check-ins', { reference: visit.reference, location: 'SMALL' }),
      );
      expectError(refused, 403, 'LOCATION_NOT_ALLOWED');
      const [{ status }] = await t.dataSource.query<{ status: string }[]>(
        'SELECT status FROM bookings WHERE id = $1',
        [visit.id],
      );
      expect(status).toBe('booked');
      const walkIn = { errand: 'PAS_VOKSEN', answers: { has_mitid: true, has_old_passport: true } };
      expectError(
        await api(auth).post('/reception/walk-ins', { ...walkIn, location: 'SMALL' }),
        403,
        'LOCATION_NOT_ALLOWED',
      );
      await api(auth)
        .post('/reception/walk-ins', { ...walkIn, location: 'MAIN' })
        .expect(200);
    });

    it('works at a location an admin adds, from the next request on', async () => {
      const other = await givenAccount(t, 'reception', { locations: [main] });
      const otherAuth = await other.signIn();
      expectError(await api(otherAuth).get('/reception/SMALL/arrivals'), 403, 'LOCATION_NOT_ALLOWED');
      await api()
        .patch(`/admin/staff/${other.id}`, { locations: ['MAIN', 'SMALL'] })
        .expect(200);
      await api(otherAuth).get('/reception/SMALL/arrivals').expect(200);
    });
  });
});
