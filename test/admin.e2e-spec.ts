import { book } from './support/bookings.js';
import request from 'supertest';
import { readErrandFiles } from '../src/demo/catalog-files.js';
import { adminApi, count, expectCancelled, expectError, expectRefused, PARKING } from './support/admin.js';
import { givenAdviser, givenLocation, givenOffice, givenStaff } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * This file builds its own data: a location MAIN with one adviser, Mette, for
 * the admin calls that need something to exist; sign-ins of its own; and, for each change that
 * affects bookings, an office of its own (open on weekdays 09:00-16:00).
 */

const NOW = '2026-11-25T09:00:00+01:00';
const METTE_EMAIL = 'mette.soerensen@test.invalid';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOBODY = '8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f';
const CHANGED_NOTHING = { id: expect.stringMatching(UUID) as string, cancelledBookings: [] };
/** PUT /admin/errands answers these when no station or adviser in use handles the errand. */
const NOBODY_HANDLES_IT = [
  { code: 'NO_ACTIVE_STATION', message: expect.any(String) as string },
  { code: 'NO_ACTIVE_ADVISER', message: expect.any(String) as string },
];

describe('admin API', () => {
  let t: TestApp;
  let api: ReturnType<typeof adminApi>;
  /** Signed-in staff without the admin role. */
  let staff: Record<'reception' | 'adviser', string>;
  let mette: string;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const main = await givenLocation(t, { code: 'MAIN', name: 'Borgerservice Ebeltoft' });
    mette = await givenAdviser(t, {
      name: 'Mette Sørensen',
      email: METTE_EMAIL,
      works: [{ at: main, hours: [{ from: '09:30', to: '14:30' }] }],
    });
    api = adminApi(t.http, await givenStaff(t, 'admin'));
    staff = {
      reception: await givenStaff(t, 'reception'),
      adviser: await givenStaff(t, 'adviser', { adviserId: mette }),
    };
  });
  afterAll(() => t.close());

  describe('access', () => {
    const CLOSURE = { location: 'MAIN', startsOn: '2026-12-14', endsOn: '2026-12-14', reason: 'Kursus' };
    const SAMPLE = [
      ['put', '/admin/errands/PARKERING', PARKING],
      ['post', '/admin/closures', CLOSURE],
      ['patch', `/admin/stations/${NOBODY}`, { active: false }],
      ['put', `/admin/advisers/${NOBODY}/working-times`, { times: [] }],
      ['delete', `/admin/absences/${NOBODY}`, undefined],
    ] as const;
    type Method = (typeof SAMPLE)[number][0];
    const send = (method: Method, path: string, body?: object, auth?: string) => {
      const req = request(t.http)[method](path);
      if (auth) void req.set('Authorization', auth);
      return body ? req.send(body) : req;
    };

    it.each(SAMPLE)('%s %s without a token → 401 AUTHENTICATION_REQUIRED', async (method, path, body) => {
      expectError(await send(method, path, body), 401, 'AUTHENTICATION_REQUIRED');
    });

    const asStaff = SAMPLE.flatMap(([method, path, body]) =>
      (['reception', 'adviser'] as const).map((role) => [method, path, role, body] as const),
    );
    it.each(asStaff)('%s %s as %s → 403 ROLE_REQUIRED', async (method, path, role, body) => {
      expectError(await send(method, path, body, staff[role]), 403, 'ROLE_REQUIRED');
    });

    it('changes nothing for a refused caller', async () => {
      await send('post', '/admin/closures', CLOSURE, staff.reception).expect(403);
      await send('put', '/admin/errands/PARKERING', PARKING, staff.adviser).expect(403);
      expect(await count(t, `closures WHERE reason = 'Kursus'`)).toBe(0);
      expect(await count(t, `errands WHERE code = 'PARKERING'`)).toBe(0);
    });
  });

  describe('PUT /admin/errands/{code}', () => {
    const triage = (errand: string, answers: Record<string, boolean>) =>
      request(t.http).post('/triage').send({ errand, answers });
    const errandId = async (code: string) =>
      (await t.dataSource.query<{ id: string }[]>('SELECT id FROM errands WHERE code = $1', [code]))[0]?.id;

    it('creates an errand that the catalog and triage use at once', async () => {
      await request(t.http).get('/errands/PARKERING').expect(404);
      const res = await api.put('/admin/errands/parkering', PARKING).expect(200);
      // New, so no station or adviser handles it yet: saved, with warnings.
      expect(res.body).toEqual({ ...CHANGED_NOTHING, warnings: NOBODY_HANDLES_IT });
      expect(await errandId('PARKERING')).toBe(res.body.id);

      const shown = await request(t.http).get('/errands/PARKERING').set('Accept-Language', 'en').expect(200);
      expect(shown.body).toMatchObject({
        code: 'PARKERING',
        name: 'Resident parking permit',
        visitMinutes: 10,
        selfServiceChannels: ['online'],
        visitAlwaysRequired: false,
        questions: [
          { key: 'has_mitid', required: true },
          { key: 'needs_help', required: false },
        ],
      });
      const all = await request(t.http).get('/errands').expect(200);
      expect(all.body.map((e: { code: string }) => e.code)).toContain('PARKERING');

      const online = await triage('PARKERING', { has_mitid: true }).expect(201);
      expect(online.body).toMatchObject({ outcome: 'self_service', reason: 'Søg selv online.' });
      expect(online.body.selfService.map((o: { key: string }) => o.key)).toEqual(['selvbetjening']);
      const visit = await triage('PARKERING', { has_mitid: false }).expect(201);
      expect(visit.body).toMatchObject({ outcome: 'visit', visit: { minutes: 10 } });
    });

    it('replaces a demo errand in place: same id, old triages readable, new rules at once', async () => {
      const id = await errandId('FLYT');
      const before = await triage('FLYT', { has_mitid: true, moving_abroad: false }).expect(201);
      expect(before.body.outcome).toBe('self_service');

      const { code: _code, ...flyt } = readErrandFiles().find((errand) => errand.code === 'FLYT')!;
      const always = { ...PARKING.rules[2], key: 'always', reason: { da: 'Kom ind.', en: 'Come in.' } };
      const body = { ...flyt, visitMinutes: 30, rules: [always] };
      const res = await api.put('/admin/errands/FLYT', body).expect(200);
      expect(res.body).toEqual({ id, cancelledBookings: [], warnings: NOBODY_HANDLES_IT });

      const after = await triage('FLYT', { has_mitid: true, moving_abroad: false }).expect(201);
      expect(after.body).toMatchObject({ outcome: 'visit', reason: 'Kom ind.', visit: { minutes: 30 } });
      const old = await request(t.http).get(`/triage/${before.body.id}`).expect(200);
      expect(old.body).toMatchObject({
        errand: { code: 'FLYT' },
        outcome: 'self_service',
        reason: before.body.reason,
      });
      expect(old.body.selfService.map((o: { key: string }) => o.key)).toEqual(['borger-dk']);
      const shown = await request(t.http).get('/errands/FLYT').expect(200);
      expect(shown.body).toMatchObject({ visitMinutes: 30, visitAlwaysRequired: true });
      expect(await count(t, 'triage_rules WHERE errand_id = $1', [id])).toBe(1);
    });

    it('refuses rules that do not hold together with 422 INVALID_ERRAND_DEFINITION, changing nothing', async () => {
      const before = await request(t.http).get('/errands/PAS_VOKSEN').expect(200);
      const rules = `SELECT r.key FROM triage_rules r JOIN errands e ON e.id = r.errand_id
                     WHERE e.code = 'PAS_VOKSEN' ORDER BY r.position`;
      const rulesBefore = await t.dataSource.query(rules);
      const broken = [
        { ...PARKING.rules[1], options: ['app'] },
        { ...PARKING.rules[2], key: 'adult', when: [{ question: 'is_adult', equals: true }] },
      ];

      const res = await api.put('/admin/errands/PAS_VOKSEN', { ...PARKING, rules: broken }).expect(422);
      expect(res.body).toEqual({
        statusCode: 422,
        code: 'INVALID_ERRAND_DEFINITION',
        message: expect.any(String) as string,
        details: {
          errand: 'PAS_VOKSEN',
          problems: [
            'rule "online" refers to the unknown option "app"',
            'rule "adult" refers to the unknown question "is_adult"',
            'the last rule must have no conditions (the fallback)',
            'self-service is possible, so the first rule must send "needs_help: true" to a visit',
          ],
        },
      });
      expect((await request(t.http).get('/errands/PAS_VOKSEN').expect(200)).body).toEqual(before.body);
      expect(await t.dataSource.query(rules)).toEqual(rulesBefore);
      await api.put('/admin/errands/NY_KODE', { ...PARKING, rules: broken }).expect(422);
      expect(await errandId('NY_KODE')).toBeUndefined();
    });

    it('refuses a wrong shape, also a missing text, with 400 VALIDATION_FAILED', async () => {
      const { name: _name, ...nameless } = PARKING;
      const body = { ...nameless, visitMinutes: 0, questions: [{ key: 'x', required: 'ja' }] };
      expectError(await api.put('/admin/errands/FORKERT', body), 400, 'VALIDATION_FAILED', {
        fields: ['name', 'visitMinutes', 'questions.0.text', 'questions.0.required'],
      });
      const rules = PARKING.rules.map(({ reason: _reason, ...rule }) => rule);
      expectError(await api.put('/admin/errands/FORKERT', { ...PARKING, rules }), 400, 'VALIDATION_FAILED', {
        fields: ['rules.0.reason', 'rules.1.reason', 'rules.2.reason'],
      });
      expect(await errandId('FORKERT')).toBeUndefined();
    });

    it('takes an errand out of the catalog with active: false, and back in when saved again', async () => {
      const old = await triage('PARKERING', { has_mitid: false }).expect(201);
      await api.put('/admin/errands/PARKERING', { ...PARKING, active: false }).expect(200);

      const all = await request(t.http).get('/errands').expect(200);
      expect(all.body.map((e: { code: string }) => e.code)).not.toContain('PARKERING');
      expectError(await request(t.http).get('/errands/PARKERING'), 404, 'ERRAND_NOT_FOUND');
      expectError(await triage('PARKERING', { has_mitid: false }), 404, 'ERRAND_NOT_FOUND');
      const kept = await request(t.http).get(`/triage/${old.body.id}`).expect(200);
      expect(kept.body.errand.code).toBe('PARKERING');

      await api.put('/admin/errands/PARKERING', PARKING).expect(200);
      await request(t.http).get('/errands/PARKERING').expect(200);
    });
  });

  describe('changes that affect bookings (each on its own day, its booking cancelled in the end)', () => {
    const query = <T>(sql: string, params: unknown[] = []) => t.dataSource.query<T[]>(sql, params);
    /**
     * An office with a spare station and adviser: a change to the booked one is refused although the
     * other could take the visit (a booking is never moved silently).
     */
    const SPARE = { stations: 2, advisers: 2 };

    it('a closure of the location on a booked day', async () => {
      const office = await givenOffice(t);
      const booked = await book(t, { location: office.code, date: '2026-12-03' });
      const closure = {
        location: office.code,
        startsOn: '2026-12-03',
        endsOn: '2026-12-03',
        reason: 'Vandskade',
      };
      await expectRefused(t, await api.post('/admin/closures', closure), booked);
      expect(await count(t, `closures WHERE reason = 'Vandskade'`)).toBe(0);

      const res = await api.post('/admin/closures', { ...closure, cancelBookings: true });
      const id = await expectCancelled(t, res, 201, booked);
      const where = `closures c JOIN locations l ON l.id = c.location_id WHERE c.id = $1 AND l.code = $2`;
      expect(await count(t, where, [id, office.code])).toBe(1);
    });

    it('a closure of every location on a booked day', async () => {
      const office = await givenOffice(t);
      const booked = await book(t, { location: office.code, date: '2026-12-01' });
      const closure = { startsOn: '2026-12-01', endsOn: '2026-12-01', reason: 'Strømsvigt' };
      await expectRefused(t, await api.post('/admin/closures', closure), booked);
      expect(await count(t, `closures WHERE reason = 'Strømsvigt'`)).toBe(0);

      const res = await api.post('/admin/closures', { ...closure, cancelBookings: true });
      const id = await expectCancelled(t, res, 201, booked);
      expect(await count(t, 'closures WHERE id = $1 AND location_id IS NULL', [id])).toBe(1);
    });

    it('opening hours replaced so that a booked time falls outside', async () => {
      const office = await givenOffice(t, { hours: ['10:00', '13:00'] });
      const booked = await book(t, {
        location: office.code,
        date: '2026-12-04',
        pick: (slots) => slots.at(-1),
      });
      expect(booked.start).toBe('2026-12-04T12:45:00+01:00');
      const friday = `SELECT o.closes::text FROM opening_hours o JOIN locations l ON l.id = o.location_id
                      WHERE l.code = $1 AND o.weekday = 5 AND o.valid_from IS NULL`;
      const fridayCloses = () => query(friday, [office.code]);
      // The same hours, except that Friday now closes at 12:00.
      const hours = [
        ...[1, 2, 3, 4].map((weekday) => ({ weekday, opens: '10:00', closes: '13:00' })),
        { weekday: 5, opens: '10:00', closes: '12:00' },
      ];
      const path = `/admin/locations/${office.code}/opening-hours`;
      await expectRefused(t, await api.put(path, { hours }), booked);
      expect(await fridayCloses()).toEqual([{ closes: '13:00:00' }]);

      const res = await api.put(path.toLowerCase(), { hours, cancelBookings: true });
      await expectCancelled(t, res, 200, booked);
      expect(await fridayCloses()).toEqual([{ closes: '12:00:00' }]);
    });

    it('a station taken out of use', async () => {
      const office = await givenOffice(t, SPARE);
      const booked = await book(t, { location: office.code, date: '2026-12-14' });
      const active = () => count(t, 'stations WHERE id = $1 AND active', [booked.stationId]);
      const path = `/admin/stations/${booked.stationId}`;
      await expectRefused(t, await api.patch(path, { active: false }), booked);
      expect(await active()).toBe(1);

      await expectCancelled(t, await api.patch(path, { active: false, cancelBookings: true }), 200, booked);
      expect(await active()).toBe(0);
    });

    it('a station whose errands no longer include the booked one', async () => {
      const office = await givenOffice(t, { ...SPARE, errands: ['FLYT', 'PAS_VOKSEN'] });
      const booked = await book(t, { location: office.code, date: '2026-12-15' });
      const errands = () =>
        query(
          `SELECT e.code FROM station_errands se JOIN errands e ON e.id = se.errand_id
           WHERE se.station_id = $1 ORDER BY e.code`,
          [booked.stationId],
        );
      const before = await errands();
      expect(before).toContainEqual({ code: 'PAS_VOKSEN' });
      const path = `/admin/stations/${booked.stationId}`;
      await expectRefused(t, await api.patch(path, { errands: ['FLYT'] }), booked);
      expect(await errands()).toEqual(before);

      await expectCancelled(
        t,
        await api.patch(path, { errands: ['FLYT'], cancelBookings: true }),
        200,
        booked,
      );
      expect(await errands()).toEqual([{ code: 'FLYT' }]);
    });

    it('working time replaced so that the booked adviser no longer works that day', async () => {
      const office = await givenOffice(t, SPARE);
      const booked = await book(t, { location: office.code, date: '2026-12-16' });
      const weekdays = () =>
        query('SELECT weekday FROM working_times WHERE adviser_id = $1 ORDER BY weekday', [booked.adviserId]);
      const before = await weekdays();
      expect(before).toContainEqual({ weekday: 3 });
      const times = [{ location: office.code, weekday: 4, starts: '09:30', ends: '17:15' }];
      const path = `/admin/advisers/${booked.adviserId}/working-times`;
      await expectRefused(t, await api.put(path, { times }), booked);
      expect(await weekdays()).toEqual(before);

      await expectCancelled(t, await api.put(path, { times, cancelBookings: true }), 200, booked);
      expect(await weekdays()).toEqual([{ weekday: 4 }]);
    });

    it('an absence of the booked adviser; removing it answers 204, then 404', async () => {
      const office = await givenOffice(t, SPARE);
      const booked = await book(t, { location: office.code, date: '2026-12-17' });
      const path = `/admin/advisers/${booked.adviserId}/absences`;
      const absence = {
        startsAt: '2026-12-17T00:00:00+01:00',
        endsAt: '2026-12-18T00:00:00+01:00',
        reason: 'Kursus',
      };
      const courses = `absences WHERE adviser_id = $1 AND reason = 'Kursus'`;
      await expectRefused(t, await api.post(path, absence), booked);
      expect(await count(t, courses, [booked.adviserId])).toBe(0);

      const id = await expectCancelled(
        t,
        await api.post(path, { ...absence, cancelBookings: true }),
        201,
        booked,
      );
      expect(await count(t, `${courses} AND id = $2`, [booked.adviserId, id])).toBe(1);

      await api.delete(`/admin/absences/${id}`).expect(204);
      expect(await count(t, 'absences WHERE id = $1', [id])).toBe(0);
      expectError(await api.delete(`/admin/absences/${id}`), 404, 'NOT_FOUND');
      expectError(await api.delete('/admin/absences/x'), 400, 'VALIDATION_FAILED', { fields: ['id'] });
    });

    it('an adviser taken out of use', async () => {
      const office = await givenOffice(t, SPARE);
      const booked = await book(t, { location: office.code, date: '2026-12-18' });
      const active = () => count(t, 'advisers WHERE id = $1 AND active', [booked.adviserId]);
      const path = `/admin/advisers/${booked.adviserId}`;
      await expectRefused(t, await api.patch(path, { active: false }), booked);
      expect(await active()).toBe(1);

      await expectCancelled(t, await api.patch(path, { active: false, cancelBookings: true }), 200, booked);
      expect(await active()).toBe(0);
    });

    it('a location taken out of use (a change of name alone, or of nothing, affects no booking)', async () => {
      const office = await givenOffice(t, { name: 'Borgerservice Hornslet' });
      const booked = await book(t, { location: office.code, date: '2026-12-08' });
      const path = `/admin/locations/${office.code}`;
      const renamed = await api.patch(path, { name: 'Borgerservice Hornslet (Rådhuset)' });
      expect(renamed.body).toEqual({ id: office.id, cancelledBookings: [] });
      expect(await count(t, `locations WHERE name = 'Borgerservice Hornslet (Rådhuset)'`)).toBe(1);
      await api.patch(path, {}).expect(200);
      await api.patch(path, { cancelBookings: true }).expect(200);

      const active = () => count(t, 'locations WHERE code = $1 AND active', [office.code]);
      await expectRefused(t, await api.patch(path, { active: false }), booked);
      expect(await active()).toBe(1);

      const res = await api.patch(path, { active: false, cancelBookings: true });
      await expectCancelled(t, res, 200, booked);
      expect(await active()).toBe(0);
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const gone = await request(t.http).get('/availability').query({ triage, location: office.code });
      expectError(gone, 404, 'LOCATION_NOT_FOUND');
    });

    it('a closure on a day without bookings goes through, and removing it opens the day again', async () => {
      const office = await givenOffice(t);
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const range = { triage, location: office.code, from: '2026-12-21', to: '2026-12-21' };
      const slots = async () => (await freeSlots(t.http, range))[0].slots;
      const open = await slots();
      expect(open.length).toBeGreaterThan(0);
      const closure = {
        location: office.code,
        startsOn: '2026-12-21',
        endsOn: '2026-12-22',
        reason: 'Flytning',
      };
      const res = await api.post('/admin/closures', closure).expect(201);
      expect(res.body).toEqual(CHANGED_NOTHING);
      expect(await slots()).toEqual([]);

      await api.delete(`/admin/closures/${res.body.id}`).expect(204);
      expect(await slots()).toEqual(open);
      expectError(await api.delete(`/admin/closures/${res.body.id}`), 404, 'NOT_FOUND');
      expectError(await api.delete('/admin/closures/42'), 400, 'VALIDATION_FAILED', { fields: ['id'] });
    });
  });

  describe('creating locations, stations and advisers', () => {
    const RONDE = { code: 'ronde', name: 'Rønde', kind: 'citizen_service', address: 'Torvet 1, 8410 Rønde' };

    it('feeds availability: a new location with hours, a station and an adviser offers bookable slots', async () => {
      const triage = await visitTriage(t.http, 'FLYT');
      const range = { triage, location: 'RONDE', from: '2026-11-30', to: '2026-11-30' };
      const monday = async () => (await freeSlots(t.http, range))[0].slots;
      const created = await api.post('/admin/locations', RONDE).expect(201);
      expect(created.body).toEqual(CHANGED_NOTHING);
      const stored = 'SELECT code, time_zone, slot_minutes, active FROM locations WHERE id = $1';
      expect(await t.dataSource.query(stored, [created.body.id])).toEqual([
        { code: 'RONDE', time_zone: 'Europe/Copenhagen', slot_minutes: 15, active: true },
      ]);
      const hours = { hours: [{ weekday: 1, opens: '10:00', closes: '14:00' }] };
      const opened = await api.put('/admin/locations/RONDE/opening-hours', hours).expect(200);
      expect(opened.body).toEqual({ id: created.body.id, cancelledBookings: [] });

      const desk = { name: 'Skranke 1', errands: ['FLYT'] };
      const station = await api.post('/admin/locations/RONDE/stations', desk);
      expect(station.status).toBe(201);
      expect(station.body).toEqual(CHANGED_NOTHING);
      expect(await monday()).toEqual([]);

      const jonas = { name: 'Jonas Holm', email: 'Jonas.Holm@test.invalid', errands: ['FLYT'] };
      const adviser = await api.post('/admin/advisers', jonas).expect(201);
      expect(await count(t, `advisers WHERE email = 'jonas.holm@test.invalid'`)).toBe(1);
      const times = { times: [{ location: 'RONDE', weekday: 1, starts: '09:30', ends: '14:30' }] };
      const working = await api.put(`/admin/advisers/${adviser.body.id}/working-times`, times).expect(200);
      expect(working.body).toEqual({ id: adviser.body.id, cancelledBookings: [] });

      const slots = await monday();
      expect(slots).toHaveLength(15); // 10:00, 10:15, …, 13:30
      expect(slots[0]).toMatchObject({
        start: '2026-11-30T10:00:00+01:00',
        location: { code: 'RONDE' },
        capacity: 1,
      });
      expect(slots.at(-1)!.start).toBe('2026-11-30T13:30:00+01:00');
      const booked = await book(t, { location: 'RONDE', date: '2026-11-30', errand: 'FLYT' });
      expect(booked).toMatchObject({ stationId: station.body.id, adviserId: adviser.body.id });
    });

    it('validates a location and refuses a duplicate code with 409 CONFLICT', async () => {
      const kolind = { ...RONDE, code: 'KOLIND' };
      const kind = await api.post('/admin/locations', { ...kolind, kind: 'kiosk' });
      expectError(kind, 400, 'VALIDATION_FAILED', { fields: ['kind'] });
      const zone = await api.post('/admin/locations', { ...kolind, timeZone: 'Europe/Ebeltoft' });
      expectError(zone, 400, 'VALIDATION_FAILED', { fields: ['timeZone'] });
      expect(await count(t, `locations WHERE code = 'KOLIND'`)).toBe(0);

      const duplicate = await api.post('/admin/locations', { ...RONDE, code: 'main' });
      expectError(duplicate, 409, 'CONFLICT', { constraint: 'uq_locations_code' });
      expect(await count(t, `locations WHERE code = 'MAIN'`)).toBe(1);
    });

    it('refuses a station with an unknown errand (404 NOT_FOUND) or at an unknown location', async () => {
      const station = { name: 'Skranke 9', errands: ['FLYT', 'HUNDESKAT'] };
      expectError(await api.post('/admin/locations/MAIN/stations', station), 404, 'NOT_FOUND');
      expect(await count(t, `stations WHERE name = 'Skranke 9'`)).toBe(0);
      const nowhere = await api.post('/admin/locations/NOWHERE/stations', { name: 'Skranke 9' });
      expectError(nowhere, 404, 'LOCATION_NOT_FOUND');
      const lower = await api.post('/admin/locations/MAIN/stations', { ...station, errands: ['flyt'] });
      expectError(lower, 400, 'VALIDATION_FAILED', { fields: ['errands'] });
    });

    it('refuses a duplicate adviser e-mail with 409 and working time at an unknown location with 404', async () => {
      // METTE_EMAIL with capitals: one address, whatever the case.
      const again = { name: 'Mette S.', email: 'Mette.Soerensen@test.invalid' };
      const duplicate = await api.post('/admin/advisers', again);
      expectError(duplicate, 409, 'CONFLICT', { constraint: 'uq_advisers_email' });
      expect(await count(t, 'advisers WHERE lower(email) = $1', [METTE_EMAIL])).toBe(1);
      const invalid = await api.post('/admin/advisers', { ...again, email: 'mette' });
      expectError(invalid, 400, 'VALIDATION_FAILED', { fields: ['email'] });

      const ida = await api.post('/admin/advisers', { name: 'Ida Lund', email: 'ida.lund@test.invalid' });
      expect(ida.status).toBe(201);
      const times = [{ location: 'NOWHERE', weekday: 1, starts: '09:30', ends: '14:30' }];
      const nowhere = await api.put(`/admin/advisers/${ida.body.id}/working-times`, { times });
      expectError(nowhere, 404, 'LOCATION_NOT_FOUND');
      expect(await count(t, 'working_times WHERE adviser_id = $1', [ida.body.id])).toBe(0);
      expectError(await api.put(`/admin/advisers/${NOBODY}/working-times`, { times: [] }), 404, 'NOT_FOUND');
      const malformed = await api.put('/admin/advisers/ida/working-times', { times: [] });
      expectError(malformed, 400, 'VALIDATION_FAILED', { fields: ['id'] });
    });

    const HOURS = '/admin/locations/MAIN/opening-hours';
    const TIMES = '/admin/advisers/{mette}/working-times';
    const week = { weekday: 1, opens: '10:00', closes: '14:00' };
    const shift = { location: 'MAIN', weekday: 1, starts: '09:30', ends: '14:30' };
    const absence = { startsAt: '2026-12-22T12:00:00+01:00', reason: 'Kursus' };
    const backwards = { validFrom: '2027-01-10', validTo: '2027-01-09' };
    it.each([
      ['put', HOURS, { hours: [{ ...week, opens: '14:00' }] }, 'hours.0.closes'],
      ['put', HOURS, { hours: [{ ...week, ...backwards }] }, 'hours.0.validTo'],
      ['put', TIMES, { times: [{ ...shift, ends: '09:30' }] }, 'times.0.ends'],
      ['post', '/admin/closures', { startsOn: '2026-12-22', endsOn: '2026-12-21', reason: 'x' }, 'endsOn'],
      ['post', '/admin/advisers/{mette}/absences', { ...absence, endsAt: '2026-12-22T11:00:00Z' }, 'endsAt'],
    ] as const)('%s %s: a reversed span → 400, nothing stored', async (method, path, body, field) => {
      const tables = ['opening_hours', 'working_times', 'closures', 'absences'];
      const stored = () => Promise.all(tables.map((table) => count(t, table)));
      const before = await stored();
      const res = await api[method](path.replace('{mette}', mette), body);
      expectError(res, 400, 'VALIDATION_FAILED', { fields: [field] });
      expect(await stored()).toEqual(before);
    });
  });
});

describe('admin: taking a location out of use and back', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    await givenLocation(t, { code: 'LIBRARY', kind: 'library', errands: ['FLYT'] });
    admin = await givenStaff(t, 'admin');
  });
  afterAll(() => t.close());

  it('finds an inactive location again to put it back into use', async () => {
    await request(t.http)
      .patch('/admin/locations/LIBRARY')
      .set('Authorization', admin)
      .send({ active: false })
      .expect(200);
    await request(t.http).get('/locations/LIBRARY/queue').expect(404);
    await request(t.http)
      .patch('/admin/locations/LIBRARY')
      .set('Authorization', admin)
      .send({ active: true })
      .expect(200);
    await request(t.http).get('/locations/LIBRARY/queue').expect(200);
  });
});
