import { book, type Booked } from './support/bookings.js';
import request from 'supertest';
import { givenAccount, givenAdviser, givenLocation, type GivenAccount } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { at, bookingRow, checkInBefore } from './support/visits.js';

/** A Wednesday: the office is open 10-14 and Mette Sørensen works there 09:30-14:30. */
const NOW = '2026-11-25T08:00:00+01:00';
const ROLES = ['admin', 'reception', 'adviser'] as const;
type Role = (typeof ROLES)[number];
/** Shaped like a reference; the guard answers before anything looks it up. */
const SOME_REFERENCE = 'ACEF-HJKM';

interface Call {
  path: string;
  body?: object;
  /** The clock while the request is made (default NOW). */
  at?: string;
}

interface Endpoint {
  method: 'get' | 'post';
  /** The path as documented, for the test names and for refused requests. */
  route: string;
  roles: Role[];
  /** Sets up a request that the allowed roles can make successfully. */
  prepare: () => Promise<Call>;
  /** What the allowed role gets. */
  status: number;
  /** Part of the answer that shows the endpoint did its work (for the role that asked). */
  shows: object | ((role: Role) => object);
}

describe('staff roles on every staff endpoint', () => {
  let t: TestApp;
  let accounts: Record<Role, GivenAccount>;
  let tokens: Record<Role, string>;
  let mette: string;
  /** The office's location code and id. */
  let office: string;
  let locationId: string;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const location = await givenLocation(t, {
      name: 'Borgerservice Ebeltoft',
      hours: [{ from: '10:00', to: '14:00' }],
      errands: ['PAS_VOKSEN', 'FLYT'],
    });
    ({ code: office, id: locationId } = location);
    mette = await givenAdviser(t, {
      name: 'Mette Sørensen',
      errands: ['PAS_VOKSEN', 'FLYT'],
      works: [{ at: location, hours: [{ from: '09:30', to: '14:30' }] }],
    });
    accounts = {
      admin: await givenAccount(t, 'admin'),
      reception: await givenAccount(t, 'reception'),
      adviser: await givenAccount(t, 'adviser', { adviserId: mette, name: 'Mette Sørensen' }),
    };
    tokens = {
      admin: await accounts.admin.signIn(),
      reception: await accounts.reception.signIn(),
      adviser: await accounts.adviser.signIn(),
    };
  });
  afterEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  /** A visit of Mette's today, checked in at reception (ten minutes before its start). */
  async function checkedInVisit(start: string) {
    const visit = await book(t, { location: office, adviser: mette, start: start });
    await checkInBefore(t, tokens.reception, visit, office);
    return visit;
  }

  let arrival: Booked | undefined;
  const ENDPOINTS: Endpoint[] = [
    {
      method: 'get',
      route: '/auth/me',
      roles: ['admin', 'reception', 'adviser'],
      prepare: async () => ({ path: '/auth/me' }),
      status: 200,
      shows: (role) => ({ email: accounts[role].email, roles: [role] }),
    },
    {
      method: 'get',
      route: '/reception/{location}/arrivals',
      roles: ['reception', 'admin'],
      prepare: async () => {
        arrival ??= await book(t, { location: office, start: '2026-12-02T10:00:00+01:00' });
        return { path: `/reception/${office}/arrivals?date=2026-12-02` };
      },
      status: 200,
      shows: [{ start: '2026-12-02T10:00:00+01:00', status: 'booked', citizenName: 'Karen Jensen' }],
    },
    {
      method: 'post',
      route: '/reception/check-ins',
      roles: ['reception'],
      prepare: async () => {
        const visit = await book(t, { location: office, start: '2026-11-25T10:00:00+01:00' });
        return {
          path: '/reception/check-ins',
          body: { reference: visit.reference, location: office },
          at: '2026-11-25T09:50:00+01:00',
        };
      },
      status: 200,
      shows: { status: 'checked_in', queueNumber: 1 },
    },
    {
      method: 'post',
      route: '/reception/walk-ins',
      roles: ['reception'],
      prepare: async () => ({
        path: '/reception/walk-ins',
        body: { location: office, errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } },
      }),
      status: 200,
      shows: { triage: { outcome: 'self_service' }, visit: null },
    },
    {
      method: 'get',
      route: '/advisers/me/day',
      roles: ['adviser'],
      prepare: async () => ({ path: '/advisers/me/day?date=2026-11-25' }),
      status: 200,
      shows: { date: '2026-11-25' },
    },
    {
      method: 'post',
      route: '/advisers/me/call-next',
      roles: ['adviser'],
      prepare: async () => {
        await checkedInVisit('2026-11-25T10:15:00+01:00');
        return { path: '/advisers/me/call-next' };
      },
      status: 200,
      shows: { status: 'called', checkedIn: true },
    },
    {
      method: 'post',
      route: '/visits/{reference}/call',
      roles: ['adviser'],
      prepare: async () => {
        const visit = await checkedInVisit('2026-11-25T10:30:00+01:00');
        return { path: `/visits/${visit.reference}/call` };
      },
      status: 200,
      shows: { status: 'called' },
    },
    {
      method: 'post',
      route: '/visits/{reference}/start',
      roles: ['adviser'],
      prepare: async () => {
        const visit = await checkedInVisit('2026-11-25T10:45:00+01:00');
        return { path: `/visits/${visit.reference}/start` };
      },
      status: 200,
      shows: { status: 'in_progress' },
    },
    {
      method: 'post',
      route: '/visits/{reference}/complete',
      roles: ['adviser'],
      prepare: async () => {
        const visit = await checkedInVisit('2026-11-25T11:00:00+01:00');
        await request(t.http)
          .post(`/visits/${visit.reference}/start`)
          .set('Authorization', tokens.adviser)
          .expect(200);
        return {
          path: `/visits/${visit.reference}/complete`,
          body: { outcome: 'done_by_adviser', canDoAloneNextTime: false },
        };
      },
      status: 200,
      shows: { status: 'completed', outcome: 'done_by_adviser' },
    },
    {
      method: 'post',
      route: '/visits/{reference}/no-show',
      roles: ['adviser'],
      prepare: async () => {
        const visit = await book(t, { location: office, adviser: mette, start: '2026-11-25T11:15:00+01:00' });
        return { path: `/visits/${visit.reference}/no-show`, at: '2026-11-25T11:31:00+01:00' };
      },
      status: 200,
      shows: { status: 'no_show' },
    },
    {
      method: 'post',
      route: '/advisers/me/calendar-token',
      roles: ['adviser'],
      prepare: async () => ({ path: '/advisers/me/calendar-token' }),
      status: 200,
      shows: () => ({ url: expect.stringContaining(`/calendars/advisers/${mette}.ics?token=`) as string }),
    },
    {
      method: 'post',
      route: '/locations/{location}/calendar-token',
      roles: ['admin'],
      prepare: async () => ({ path: `/locations/${office}/calendar-token` }),
      status: 200,
      shows: () => ({
        url: expect.stringContaining(`/calendars/locations/${locationId}.ics?token=`) as string,
      }),
    },
  ];

  const refusedPath = (endpoint: Endpoint) =>
    endpoint.route.replace('{location}', office).replace('{reference}', SOME_REFERENCE);
  const send = (endpoint: Endpoint, path: string, auth?: string, body?: object) => {
    const req = request(t.http)[endpoint.method](path);
    if (auth) void req.set('Authorization', auth);
    return endpoint.method === 'post' ? req.send(body ?? {}) : req;
  };
  const named = (endpoint: Endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.route}`;

  it.each(ENDPOINTS.map((e) => [named(e), e] as const))(
    '%s without a token → 401 AUTHENTICATION_REQUIRED',
    async (_name, endpoint) => {
      const res = await send(endpoint, refusedPath(endpoint)).expect(401);
      expect(res.body).toEqual({
        statusCode: 401,
        code: 'AUTHENTICATION_REQUIRED',
        message: expect.any(String) as string,
      });
    },
  );

  it.each(ENDPOINTS.map((e) => [named(e), e] as const))(
    '%s with a token that is not ours, or not a bearer token → 401',
    async (_name, endpoint) => {
      const forged = await send(endpoint, refusedPath(endpoint), 'Bearer not.a-real.token').expect(401);
      expect(forged.body).toMatchObject({ statusCode: 401, code: 'INVALID_TOKEN' });
      const basic = await send(endpoint, refusedPath(endpoint), `Basic ${tokens.admin.slice(7)}`).expect(401);
      expect(basic.body).toMatchObject({ statusCode: 401, code: 'AUTHENTICATION_REQUIRED' });
    },
  );

  const wrongRoles = ENDPOINTS.flatMap((endpoint) =>
    ROLES.filter((role) => !endpoint.roles.includes(role)).map(
      (role) => [named(endpoint), role, endpoint] as const,
    ),
  );

  it('refuses at least one role on every endpoint but /auth/me', () => {
    expect(new Set(wrongRoles.map(([name]) => name)).size).toBe(ENDPOINTS.length - 1);
  });

  it.each(wrongRoles)('%s as %s → 403 ROLE_REQUIRED', async (_name, role, endpoint) => {
    const res = await send(endpoint, refusedPath(endpoint), tokens[role]).expect(403);
    expect(res.body).toEqual({
      statusCode: 403,
      code: 'ROLE_REQUIRED',
      message: expect.any(String) as string,
      details: { roles: endpoint.roles },
    });
  });

  const rightRoles = ENDPOINTS.flatMap((endpoint) =>
    endpoint.roles.map((role) => [named(endpoint), role, endpoint] as const),
  );

  it.each(rightRoles)('%s as %s → 2xx', async (_name, role, endpoint) => {
    const call = await endpoint.prepare();
    const res = await at(t, call.at ?? NOW, () => send(endpoint, call.path, tokens[role], call.body));
    expect(res.status).toBe(endpoint.status);
    const shows = typeof endpoint.shows === 'function' ? endpoint.shows(role) : endpoint.shows;
    expect(res.body).toMatchObject(shows);
  });

  it('does not let a refused role change anything', async () => {
    const visit = await book(t, { location: office, start: '2026-11-25T11:30:00+01:00' });
    await at(t, '2026-11-25T11:25:00+01:00', async () => {
      for (const role of ['admin', 'adviser'] as const) {
        await send(ENDPOINTS[2], '/reception/check-ins', tokens[role], {
          reference: visit.reference,
          location: office,
        }).expect(403);
      }
    });
    expect(await bookingRow(t, visit)).toMatchObject({ status: 'booked', checked_in_at: null });
    const visits = await t.dataSource.query<unknown[]>('SELECT 1 FROM bookings WHERE source = $1', [
      'walk_in',
    ]);
    await send(ENDPOINTS[3], '/reception/walk-ins', tokens.admin, {
      location: office,
      errand: 'PAS_VOKSEN',
      answers: { has_mitid: true, has_old_passport: true },
    }).expect(403);
    expect(
      await t.dataSource.query<unknown[]>('SELECT 1 FROM bookings WHERE source = $1', ['walk_in']),
    ).toEqual(visits);
  });

  it('keeps the waiting-room queue and the calendar feeds public', async () => {
    const queue = await request(t.http).get(`/locations/${office}/queue`).expect(200);
    expect(queue.body.location).toBe(office);
    const feed = await request(t.http).get(`/calendars/advisers/${mette}.ics`).expect(404);
    expect(feed.body).toMatchObject({ statusCode: 404, code: 'FEED_NOT_FOUND' });
  });
});
