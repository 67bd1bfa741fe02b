import request from 'supertest';
import { expectError } from './support/admin.js';
import { book } from './support/bookings.js';
import { givenAccount, givenOffice, type GivenAccount, type Office } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { at } from './support/visits.js';

/** A Wednesday morning; the office is open 09:00-16:00. */
const NOW = '2026-11-25T08:00:00+01:00';

interface Row {
  actor_id: string;
  action: string;
  bookings: string[];
  objects: string[];
  occurred_at: Date;
}

describe('audit trail', () => {
  let t: TestApp;
  let office: Office;
  let admin: GivenAccount;
  let reception: GivenAccount;
  let adviser: GivenAccount;
  const auth: Record<'admin' | 'reception' | 'adviser', string> = { admin: '', reception: '', adviser: '' };
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    office = await givenOffice(t, { code: 'MAIN', stations: 2, advisers: ['Mette Sørensen'] });
    admin = await givenAccount(t, 'admin');
    reception = await givenAccount(t, 'reception');
    adviser = await givenAccount(t, 'adviser', { adviserId: office.adviserIds[0] });
    auth.admin = await admin.signIn();
    auth.reception = await reception.signIn();
    auth.adviser = await adviser.signIn();
  });
  beforeEach(() => t.dataSource.query('DELETE FROM audit_events'));
  afterEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  const rows = () =>
    t.dataSource.query<Row[]>(
      'SELECT actor_id, action, bookings, objects, occurred_at FROM audit_events ORDER BY occurred_at, action',
    );
  const as = (who: keyof typeof auth) => ({
    get: (path: string) => request(t.http).get(path).set('Authorization', auth[who]),
    post: (path: string, body: object = {}) =>
      request(t.http).post(path).set('Authorization', auth[who]).send(body),
    patch: (path: string, body: object) =>
      request(t.http).patch(path).set('Authorization', auth[who]).send(body),
  });

  it('records each read of citizens’ data by reception and advisers: who, what, when, which bookings', async () => {
    const visit = await book(t, {
      start: '2026-11-25T10:00:00+01:00',
      citizen: { name: 'Karen Jensen', email: 'karen@example.dk' },
    });
    await as('reception').get('/reception/MAIN/arrivals?date=2026-11-25').expect(200);
    await at(t, '2026-11-25T09:50:00+01:00', () =>
      as('reception')
        .post('/reception/check-ins', { reference: visit.reference, location: 'MAIN' })
        .expect(200),
    );
    await as('adviser').get('/advisers/me/day?date=2026-11-25').expect(200);
    await at(t, '2026-11-25T09:55:00+01:00', () => as('adviser').post('/advisers/me/call-next').expect(200));
    await at(t, '2026-11-25T09:56:00+01:00', async () => {
      await as('adviser').post(`/visits/${visit.reference}/start`).expect(200);
    });
    await at(t, '2026-11-25T10:10:00+01:00', () =>
      as('adviser')
        .post(`/visits/${visit.reference}/complete`, { outcome: 'done_by_adviser', canDoAloneNextTime: true })
        .expect(200),
    );
    const walkIn = await as('reception')
      .post('/reception/walk-ins', {
        location: 'MAIN',
        errand: 'PAS_VOKSEN',
        answers: { has_mitid: true, has_old_passport: true },
        name: 'Ole Hansen',
      })
      .expect(200);

    const at0800 = new Date(NOW);
    expect(await rows()).toEqual([
      {
        actor_id: adviser.id,
        action: 'adviser-day.read',
        bookings: [visit.reference],
        objects: [],
        occurred_at: at0800,
      },
      {
        actor_id: reception.id,
        action: 'arrivals.read',
        bookings: [visit.reference],
        objects: ['MAIN'],
        occurred_at: at0800,
      },
      {
        actor_id: reception.id,
        action: 'visit.walk-in',
        bookings: [walkIn.body.visit.reference],
        objects: [],
        occurred_at: at0800,
      },
      {
        actor_id: reception.id,
        action: 'visit.check-in',
        bookings: [visit.reference],
        objects: [],
        occurred_at: new Date('2026-11-25T09:50:00+01:00'),
      },
      {
        actor_id: adviser.id,
        action: 'visit.call-next',
        bookings: [visit.reference],
        objects: [],
        occurred_at: new Date('2026-11-25T09:55:00+01:00'),
      },
      {
        actor_id: adviser.id,
        action: 'visit.start',
        bookings: [visit.reference],
        objects: [visit.reference],
        occurred_at: new Date('2026-11-25T09:56:00+01:00'),
      },
      {
        actor_id: adviser.id,
        action: 'visit.complete',
        bookings: [visit.reference],
        objects: [visit.reference],
        occurred_at: new Date('2026-11-25T10:10:00+01:00'),
      },
    ]);
    // Identifiers only: no names, in no column.
    const all = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'));
    expect(all).not.toMatch(/Karen|Jensen|karen@|Ole|Hansen|Mette/);
  });

  it('records nothing for a refused or failed request', async () => {
    expectError(await as('reception').get('/reception/NOWHERE/arrivals'), 404, 'LOCATION_NOT_FOUND');
    expectError(await as('adviser').get('/reception/MAIN/arrivals'), 403, 'ROLE_REQUIRED');
    expectError(
      await as('reception').post('/reception/check-ins', { reference: 'ACEF-HJKM', location: 'MAIN' }),
      404,
      'BOOKING_NOT_FOUND',
    );
    expect(await rows()).toEqual([]);
  });

  it('records every admin change with the object it changed', async () => {
    const location = await as('admin')
      .post('/admin/locations', {
        code: 'BUS',
        name: 'Borgerbussen',
        kind: 'mobile',
        address: 'Torvet 1, 8400 Ebeltoft',
      })
      .expect(201);
    const closure = await as('admin')
      .post('/admin/closures', {
        location: 'BUS',
        startsOn: '2026-12-28',
        endsOn: '2026-12-30',
        reason: 'Juleferie',
      })
      .expect(201);
    await as('admin').patch(`/admin/staff/${reception.id}`, { name: 'Receptionen' }).expect(200);
    const forgetful = await givenAccount(t, 'reception');
    await as('admin').post(`/admin/staff/${forgetful.id}/password-reset`).expect(200);
    await request(t.http)
      .delete(`/admin/closures/${closure.body.id as string}`)
      .set('Authorization', auth.admin)
      .expect(204);
    const created = await as('admin').post('/admin/staff', {
      email: 'ny@test.invalid',
      name: 'Ny',
      roles: ['reception'],
    });

    expect((await rows()).map(({ actor_id, action, objects }) => ({ actor_id, action, objects }))).toEqual(
      expect.arrayContaining([
        { actor_id: admin.id, action: 'location.create', objects: [location.body.id] },
        { actor_id: admin.id, action: 'closure.create', objects: [closure.body.id] },
        { actor_id: admin.id, action: 'staff.update', objects: [reception.id] },
        { actor_id: admin.id, action: 'staff.password-reset', objects: [forgetful.id] },
        { actor_id: admin.id, action: 'closure.delete', objects: [closure.body.id] },
        { actor_id: admin.id, action: 'staff.create', objects: [created.body.id] },
      ]),
    );
    expect(await rows()).toHaveLength(6);
    // The one-time password never reaches the trail.
    expect(JSON.stringify(await rows())).not.toContain(created.body.oneTimePassword);
  });

  describe('GET /admin/audit', () => {
    beforeEach(async () => {
      const event = (actor: string, action: string, at: string) =>
        t.dataSource.query(
          `INSERT INTO audit_events (occurred_at, actor_id, action, bookings, objects) VALUES ($1, $2, $3, '{}', '{}')`,
          [at, actor, action],
        );
      await event(reception.id, 'arrivals.read', '2026-11-24T09:00:00+01:00');
      await event(reception.id, 'visit.check-in', '2026-11-24T10:00:00+01:00');
      await event(admin.id, 'location.create', '2026-11-25T08:00:00+01:00');
      await event(reception.id, 'arrivals.read', '2026-11-25T09:00:00+01:00');
    });

    it('lists the trail newest first, filtered by time, actor and action', async () => {
      const all = await as('admin').get('/admin/audit').expect(200);
      expect(all.body).toMatchObject({ page: 1, pageSize: 50, total: 4 });
      expect(all.body.items.map((e: { at: string }) => e.at)).toEqual([
        '2026-11-25T08:00:00.000Z',
        '2026-11-25T07:00:00.000Z',
        '2026-11-24T09:00:00.000Z',
        '2026-11-24T08:00:00.000Z',
      ]);
      expect(all.body.items[0]).toEqual({
        id: expect.any(String) as string,
        at: '2026-11-25T08:00:00.000Z',
        actor: reception.id,
        action: 'arrivals.read',
        bookings: [],
        objects: [],
      });
      const filtered = await as('admin')
        .get('/admin/audit')
        .query({
          actor: reception.id,
          action: 'arrivals.read',
          from: '2026-11-24T00:00:00+01:00',
          to: '2026-11-25T00:00:00+01:00',
        })
        .expect(200);
      expect(filtered.body.items.map((e: { at: string }) => e.at)).toEqual(['2026-11-24T08:00:00.000Z']);
      expect(filtered.body.total).toBe(1);
      const byActor = await as('admin').get('/admin/audit').query({ actor: admin.id }).expect(200);
      expect(byActor.body.items.map((e: { action: string }) => e.action)).toEqual(['location.create']);
    });

    it('pages', async () => {
      const first = await as('admin').get('/admin/audit?pageSize=3').expect(200);
      const second = await as('admin').get('/admin/audit?pageSize=3&page=2').expect(200);
      expect(first.body.items).toHaveLength(3);
      expect(second.body).toMatchObject({ page: 2, pageSize: 3, total: 4 });
      expect(second.body.items.map((e: { at: string }) => e.at)).toEqual(['2026-11-24T08:00:00.000Z']);
    });

    it('refuses bad filters with 400 and everybody but admins', async () => {
      expectError(await as('admin').get('/admin/audit?from=yesterday'), 400, 'VALIDATION_FAILED', {
        fields: ['from'],
      });
      expectError(await as('admin').get('/admin/audit?actor=someone'), 400, 'VALIDATION_FAILED', {
        fields: ['actor'],
      });
      expectError(await as('admin').get('/admin/audit?pageSize=500'), 400, 'VALIDATION_FAILED', {
        fields: ['pageSize'],
      });
      expectError(
        await as('admin')
          .get('/admin/audit')
          .query({ from: '2026-11-25T00:00:00Z', to: '2026-11-24T00:00:00Z' }),
        400,
        'VALIDATION_FAILED',
        { fields: ['to'] },
      );
      expectError(await as('reception').get('/admin/audit'), 403, 'ROLE_REQUIRED');
      expectError(await request(t.http).get('/admin/audit'), 401, 'AUTHENTICATION_REQUIRED');
    });
  });
});
