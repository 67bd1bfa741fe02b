import { jest } from '@jest/globals';
import request from 'supertest';
import { expectError } from './support/admin.js';
import { givenAdviser, givenLocation, givenOffice, givenStaff, type Office } from './support/factories.js';
import { visitTriage } from './support/flows.js';
import {
  auditRows,
  citizenBooks,
  dayAway,
  pause,
  peopleApi,
  visitNow,
  visitsOfAt,
  visitWith,
} from './support/people.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Building the app and its database takes seconds on a busy machine.
jest.setTimeout(30_000);

/*
 * The admin API around advisers: reading them back (working time in the shape it is written),
 * absences, and an absence that hands its visits to free colleagues at the same time — the
 * exclusion constraints judging every race. Each test builds its own office (weekdays 09:00-16:00).
 */

const NOW = '2026-11-25T09:00:00+01:00';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOBODY = '8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f';

describe('admin people API', () => {
  let t: TestApp;
  let api: ReturnType<typeof peopleApi>;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const auth = await givenStaff(t, 'admin');
    api = peopleApi(t, auth);
    adminId = (await request(t.http).get('/auth/me').set('Authorization', auth).expect(200)).body.id;
  });
  afterAll(() => t.close());

  /** An office whose advisers are named; stations as asked. */
  const office = (advisers: string[], stations = 2) => givenOffice(t, { advisers, stations });
  const absencePath = (adviser: string) => `/admin/advisers/${adviser}/absences`;

  describe('access', () => {
    const READS = [
      '/admin/advisers',
      `/admin/advisers/${NOBODY}`,
      '/admin/absences',
      `/admin/absences/${NOBODY}`,
    ];

    it.each(READS)('GET %s without a token → 401, as reception or adviser → 403', async (path) => {
      expectError(await request(t.http).get(path), 401, 'AUTHENTICATION_REQUIRED');
      for (const role of ['reception', 'adviser'] as const) {
        const auth = await givenStaff(t, role);
        expectError(await request(t.http).get(path).set('Authorization', auth), 403, 'ROLE_REQUIRED');
      }
    });

    it('moving or cancelling an absence’s visits is for admins only', async () => {
      const auth = await givenStaff(t, 'reception');
      for (const action of ['move-visits', 'cancel-visits'])
        expectError(
          await request(t.http)
            .post(`/admin/absences/${NOBODY}/${action}`)
            .set('Authorization', auth)
            .send({ reason: 'x' }),
          403,
          'ROLE_REQUIRED',
        );
    });
  });

  describe('reading advisers', () => {
    it('lists every adviser with e-mail, errands and places', async () => {
      const place = await office(['Aase Lund']);
      const [aase] = place.adviserIds;
      const res = await api.get('/admin/advisers').expect(200);
      expect(res.body).toContainEqual({
        id: aase,
        name: 'Aase Lund',
        email: expect.stringMatching(/@test\.invalid$/) as string,
        active: true,
        errands: ['PAS_VOKSEN'],
        locations: [place.code],
      });
    });

    it('answers the working time in the shape PUT takes: read → edit → write round-trips', async () => {
      const main = await givenLocation(t);
      const bus = await givenLocation(t);
      const adviser = await givenAdviser(t, { errands: ['PAS_VOKSEN', 'FLYT'] });
      const times = [
        { weekday: 1, location: main.code, starts: '09:30', ends: '14:30' },
        { weekday: 3, location: bus.code, starts: '10:00', ends: '12:00' },
        {
          weekday: 2,
          location: main.code,
          starts: '08:00',
          ends: '12:15',
          validFrom: '2027-07-01',
          validTo: '2027-08-14',
        },
      ];
      await api.put(`/admin/advisers/${adviser}/working-times`, { times }).expect(200);

      const read = await api.get(`/admin/advisers/${adviser}`).expect(200);
      expect(read.body).toMatchObject({
        id: adviser,
        errands: ['FLYT', 'PAS_VOKSEN'],
        locations: [main.code, bus.code].sort(),
        workingTimes: { times: [times[0], times[1], times[2]] },
        absences: [],
      });
      const edited = { times: [...read.body.workingTimes.times, { ...times[0], weekday: 5 }] };
      await api.put(`/admin/advisers/${adviser}/working-times`, edited).expect(200);
      const again = await api.get(`/admin/advisers/${adviser}`).expect(200);
      expect(again.body.workingTimes.times).toHaveLength(4);
      expect(again.body.workingTimes.times).toEqual(expect.arrayContaining(edited.times));
      await api.put(`/admin/advisers/${adviser}/working-times`, again.body.workingTimes).expect(200);
      expect((await api.get(`/admin/advisers/${adviser}`).expect(200)).body).toEqual(again.body);
    });

    it('shows only absences that have not ended, and audits reading them', async () => {
      const adviser = await givenAdviser(t, {
        absences: [dayAway('2026-11-20', 'Kursus'), dayAway('2026-12-03', 'Ferie')],
      });
      const res = await api.get(`/admin/advisers/${adviser}`).expect(200);
      expect(res.body.absences).toEqual([
        {
          id: expect.stringMatching(UUID) as string,
          adviserId: adviser,
          adviserName: expect.any(String) as string,
          startsAt: '2026-12-03T00:00:00+01:00',
          endsAt: '2026-12-04T00:00:00+01:00',
          reason: 'Ferie',
        },
      ]);
      expect(await auditRows(t, 'adviser.read')).toContainEqual({
        actor_id: adminId,
        bookings: [],
        objects: [adviser],
      });
    });

    it('404 for an unknown adviser, 400 for an id that is none', async () => {
      expectError(await api.get(`/admin/advisers/${NOBODY}`), 404, 'NOT_FOUND');
      expectError(await api.get('/admin/advisers/nobody'), 400, 'VALIDATION_FAILED', { fields: ['id'] });
    });

    it('lists absences by adviser and days', async () => {
      const one = await givenAdviser(t, {
        name: 'Anders Et',
        absences: [dayAway('2026-12-07'), dayAway('2026-12-14')],
      });
      // Same start: by name.
      const other = await givenAdviser(t, { name: 'Bodil Anden', absences: [dayAway('2026-12-07')] });
      const days = async (query: Record<string, string>) =>
        (await api.get('/admin/absences', query).expect(200)).body
          .filter((a: { adviserId: string }) => [one, other].includes(a.adviserId))
          .map((a: { adviserId: string; startsAt: string }) => [
            a.adviserId === one ? 'one' : 'other',
            a.startsAt,
          ]);

      expect(await days({ adviser: one })).toEqual([
        ['one', '2026-12-07T00:00:00+01:00'],
        ['one', '2026-12-14T00:00:00+01:00'],
      ]);
      expect(await days({ from: '2026-12-07', to: '2026-12-07' })).toEqual([
        ['one', '2026-12-07T00:00:00+01:00'],
        ['other', '2026-12-07T00:00:00+01:00'],
      ]);
      expect(await days({ from: '2026-12-08' })).toEqual([['one', '2026-12-14T00:00:00+01:00']]);
      expectError(
        await api.get('/admin/absences', { from: '2026-12-08', to: '2026-12-07' }),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['to'],
        },
      );
      expectError(
        await api.get('/admin/absences', { from: '7/12', adviser: 'x' }),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['adviser', 'from'],
        },
      );
    });
  });

  describe('an absence moves the visits', () => {
    it('hands a visit to a free colleague at the same time and station, audited; the citizen’s time stays', async () => {
      const place = await office(['Anna Absent', 'Bo Colleague']);
      const [anna, bo] = place.adviserIds;
      const visit = await visitWith(t, place, anna, '2026-12-01T10:00:00+01:00');
      const before = await visitNow(t, visit);

      const res = await api
        .post(absencePath(anna), { ...dayAway('2026-12-01'), moveVisits: true })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID) as string,
        cancelledBookings: [],
        moved: [
          {
            reference: visit.reference,
            start: '2026-12-01T10:00:00+01:00',
            end: visit.end,
            location: place.code,
            errand: 'PAS_VOKSEN',
            status: 'booked',
            adviser: { id: bo, name: 'Bo Colleague' },
            station: { id: visit.stationId, name: expect.any(String) as string },
          },
        ],
        notMoved: [],
      });
      expect(await visitNow(t, visit)).toEqual({
        ...before,
        adviserId: bo,
        sequence: before.sequence + 1,
      });
      expect(await auditRows(t, 'absence.visit-moved')).toContainEqual({
        actor_id: adminId,
        bookings: [visit.reference],
        objects: [res.body.id, anna, bo],
      });
      const overview = await api.get(`/admin/absences/${res.body.id as string}`).expect(200);
      expect(overview.body).toMatchObject({
        absence: { id: res.body.id, adviserId: anna, reason: 'Sygdom' },
        moved: [{ reference: visit.reference, adviser: { id: bo } }],
        notMoved: [],
        cancelled: [],
      });
    });

    it('without moveVisits an absence that hits visits is still refused (409)', async () => {
      const place = await office(['Ane', 'Bent']);
      const visit = await visitWith(t, place, place.adviserIds[0], '2026-12-02T10:00:00+01:00');
      expectError(
        await api.post(absencePath(place.adviserIds[0]), dayAway('2026-12-02')),
        409,
        'CHANGE_AFFECTS_BOOKINGS',
      );
      expect((await visitNow(t, visit)).adviserId).toBe(place.adviserIds[0]);
    });

    it('refuses a moveVisits that is no boolean (400) and an unknown adviser (404), recording nothing', async () => {
      const place = await office(['Agnes']);
      const [agnes] = place.adviserIds;
      expectError(
        await api.post(absencePath(agnes), { ...dayAway('2026-12-02'), moveVisits: 'ja' }),
        400,
        'VALIDATION_FAILED',
        { fields: ['moveVisits'] },
      );
      expectError(
        await api.post(absencePath(NOBODY), { ...dayAway('2026-12-02'), moveVisits: true }),
        404,
        'NOT_FOUND',
      );
      const rows = await t.dataSource.query('SELECT id FROM absences WHERE adviser_id = ANY($1)', [
        [agnes, NOBODY],
      ]);
      expect(rows).toEqual([]);
    });

    it('passes over colleagues who do not handle the errand, work elsewhere or are away; lists the visit', async () => {
      const place = await office(['Alma'], 2);
      const [alma] = place.adviserIds;
      const elsewhere = await givenLocation(t);
      const hours = [{ from: '09:00', to: '16:00' }];
      await givenAdviser(t, { errands: ['FLYT'], works: [{ at: place, hours }] });
      await givenAdviser(t, { works: [{ at: elsewhere, hours }] });
      await givenAdviser(t, { works: [{ at: place, hours }], absences: [dayAway('2026-12-03', 'Ferie')] });
      const visit = await visitWith(t, place, alma, '2026-12-03T11:00:00+01:00');

      const res = await api
        .post(absencePath(alma), { ...dayAway('2026-12-03'), moveVisits: true })
        .expect(201);
      expect(res.body.moved).toEqual([]);
      expect(res.body.notMoved).toEqual([
        expect.objectContaining({
          reference: visit.reference,
          status: 'booked',
          adviser: { id: alma, name: 'Alma' },
        }),
      ]);
      expect(await visitNow(t, visit)).toMatchObject({ adviserId: alma, status: 'booked' });

      // A colleague's time added later: moving again finds them.
      const later = await givenAdviser(t, { name: 'Lars Later', works: [{ at: place, hours }] });
      const again = await api.post(`/admin/absences/${res.body.id as string}/move-visits`).expect(200);
      expect(again.body.moved).toEqual([
        expect.objectContaining({ reference: visit.reference, adviser: { id: later, name: 'Lars Later' } }),
      ]);
      expect(again.body.notMoved).toEqual([]);
    });

    it('lists a visit nobody is free for; cancelling it needs a reason, then tells the citizen', async () => {
      const place = await office(['Asta', 'Bjarne']);
      const [asta, bjarne] = place.adviserIds;
      const start = '2026-12-04T10:00:00+01:00';
      const stuck = await visitWith(t, place, asta, start);
      const colleagues = await visitWith(t, place, bjarne, start);
      const res = await api
        .post(absencePath(asta), { ...dayAway('2026-12-04'), moveVisits: true })
        .expect(201);
      expect(res.body.notMoved.map((v: { reference: string }) => v.reference)).toEqual([stuck.reference]);
      const cancel = `/admin/absences/${res.body.id as string}/cancel-visits`;

      expectError(await api.post(cancel, { reason: '' }), 400, 'VALIDATION_FAILED', { fields: ['reason'] });
      expectError(await api.post(cancel, {}), 400, 'VALIDATION_FAILED', { fields: ['reason'] });
      expect((await visitNow(t, stuck)).status).toBe('booked');

      const reason = 'Rådgiveren er syg. Ring til os for en ny tid.';
      const done = await api.post(cancel, { reason }).expect(200);
      expect(done.body).toMatchObject({
        cancelled: [{ reference: stuck.reference, status: 'cancelled' }],
        notMoved: [],
      });
      const citizen = await request(t.http)
        .get(`/bookings/${stuck.reference}`)
        .query({ token: stuck.manageToken })
        .expect(200);
      expect(citizen.body.status).toBe('cancelled');
      const [row] = await t.dataSource.query<{ cancel_reason: string }[]>(
        'SELECT cancel_reason FROM bookings WHERE id = $1',
        [stuck.id],
      );
      expect(row.cancel_reason).toBe(reason);
      expect((await visitNow(t, colleagues)).status).toBe('booked');
      expectError(await api.post(`/admin/absences/${NOBODY}/cancel-visits`, { reason }), 404, 'NOT_FOUND');
    });

    it('with cancelBookings the visits nobody can take are cancelled at once', async () => {
      const place = await office(['Arne', 'Birgit']);
      const [arne, birgit] = place.adviserIds;
      const start = '2026-12-07T13:00:00+01:00';
      const stuck = await visitWith(t, place, arne, start);
      await visitWith(t, place, birgit, start);
      const res = await api
        .post(absencePath(arne), { ...dayAway('2026-12-07'), moveVisits: true, cancelBookings: true })
        .expect(201);
      expect(res.body).toMatchObject({
        moved: [],
        notMoved: [],
        cancelledBookings: [{ reference: stuck.reference, start, status: 'cancelled' }],
      });
    });
  });

  describe('races: the exclusion constraints judge, nobody is double-booked', () => {
    /** Dates for repeated rounds, each a weekday of its own. */
    const DAYS = ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-14'];

    it('a move racing a citizen who books the free colleague: exactly one of them gets the colleague', async () => {
      for (const [round, day] of DAYS.entries()) {
        const place: Office = await office(['Asger', 'Bodil']);
        const [asger, bodil] = place.adviserIds;
        const start = `${day}T10:00:00+01:00`;
        const visit = await visitWith(t, place, asger, start);
        const triage = await visitTriage(t.http);
        // The citizen sets off a little later in each round, so that both orders happen.
        const [absence, citizen] = await Promise.all([
          api.post(absencePath(asger), { ...dayAway(day), moveVisits: true }),
          pause(round * 8).then(() => citizenBooks(t, triage, place.code, start)),
        ]);
        expect(absence.status).toBe(201);
        expect(await visitsOfAt(t, bodil, start)).toBe(1);
        if (citizen.status === 201) {
          expect(absence.body.notMoved.map((v: { reference: string }) => v.reference)).toEqual([
            visit.reference,
          ]);
          expect((await visitNow(t, visit)).adviserId).toBe(asger);
        } else {
          expectError(citizen, 409, 'SLOT_TAKEN');
          expect(absence.body.moved.map((v: { reference: string }) => v.reference)).toEqual([
            visit.reference,
          ]);
          expect((await visitNow(t, visit)).adviserId).toBe(bodil);
        }
      }
    });

    it('two absences moving to the one free colleague at once: one visit moves, the other is listed', async () => {
      for (const day of DAYS) {
        const place = await office(['Aksel', 'Cecilie', 'Bertha'], 3);
        const [aksel, cecilie, bertha] = place.adviserIds;
        const start = `${day}T14:00:00+01:00`;
        const first = await visitWith(t, place, aksel, start);
        const second = await visitWith(t, place, cecilie, start);
        const answers = await Promise.all([
          api.post(absencePath(aksel), { ...dayAway(day), moveVisits: true }),
          api.post(absencePath(cecilie), { ...dayAway(day), moveVisits: true }),
        ]);
        expect(answers.map((res) => res.status)).toEqual([201, 201]);
        const moved = answers.flatMap((res) => res.body.moved as { reference: string }[]);
        const notMoved = answers.flatMap((res) => res.body.notMoved as { reference: string }[]);
        expect(moved).toHaveLength(1);
        expect(notMoved).toHaveLength(1);
        expect([...moved, ...notMoved].map((v) => v.reference).sort()).toEqual(
          [first.reference, second.reference].sort(),
        );
        expect(await visitsOfAt(t, bertha, start)).toBe(1);
      }
    });

    it('never hands a visit to a colleague who is recorded absent at the same moment', async () => {
      for (const day of DAYS) {
        const place = await office(['Aase', 'Bent'], 2);
        const [aase, bent] = place.adviserIds;
        const start = `${day}T14:00:00+01:00`;
        const visit = await visitWith(t, place, aase, start);
        const answers = await Promise.all([
          api.post(absencePath(aase), { ...dayAway(day), moveVisits: true }),
          api.post(absencePath(bent), { ...dayAway(day), moveVisits: true }),
        ]);
        expect(answers.map((res) => res.status)).toEqual([201, 201]);
        // Both are away all day. Whoever holds the visit in the end, that absence lists it as not
        // moved: it never lands unseen with a colleague whose own absence was already dealt with.
        const notMoved = answers.flatMap((res) => res.body.notMoved as { reference: string }[]);
        expect(notMoved.map((v) => v.reference)).toContain(visit.reference);
      }
    });
  });
});
