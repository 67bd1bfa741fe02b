import { jest } from '@jest/globals';
import request from 'supertest';
import { DateTime } from 'luxon';
import { adminApi, expectError } from './support/admin.js';
import { givenAdviser, givenLocation, givenStaff, type GivenLocation } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { givenBookedOffice } from './support/places.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Setting up the app and its offices takes a while on a loaded machine.
jest.setTimeout(60_000);

/*
 * The admin API's reads of places (GET /admin/locations, …/{location}, …/stations, /admin/closures):
 * what the admin writes can be read back, opening hours in exactly the shape PUT takes.
 * Today is Wednesday 25 November 2026.
 */

const NOW = '2026-11-25T09:00:00+01:00';
const NOBODY = '8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f';

describe('admin API: reading places back', () => {
  let t: TestApp;
  let auth: string;
  let api: ReturnType<typeof adminApi>;
  let north: GivenLocation;
  let south: GivenLocation;
  const get = (path: string, language = 'da') =>
    request(t.http).get(path).set('Authorization', auth).set('Accept-Language', language);

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    north = await givenLocation(t, {
      code: 'NORD',
      name: 'Borgerservice Nord',
      hours: [
        { days: [1, 2, 3], from: '09:00', to: '12:00' },
        { days: [1], from: '13:00', to: '17:30' },
        { days: [5], from: '10:00', to: '14:00', validFrom: '2027-07-01', validTo: '2027-08-14' },
      ],
      stations: [
        { name: 'Skranke 2', errands: ['PAS_VOKSEN', 'KK_FORNY'] },
        { name: 'Skranke 1', errands: [] },
      ],
      closures: [
        { startsOn: '2026-11-20', endsOn: '2026-11-20', reason: 'Forbi' },
        { startsOn: '2026-12-09', endsOn: '2026-12-10', reason: 'Personaledage' },
      ],
    });
    south = await givenLocation(t, { code: 'SYD', name: 'Borgerservice Syd' });
    auth = await givenStaff(t, 'admin');
    api = adminApi(t.http, auth);
    await api
      .post('/admin/closures', { startsOn: '2027-01-02', endsOn: '2027-01-02', reason: 'IT-nedbrud' })
      .expect(201);
    await api
      .post('/admin/closures', {
        location: 'SYD',
        startsOn: '2026-12-15',
        endsOn: '2026-12-15',
        reason: 'Maling',
      })
      .expect(201);
    await api.patch(`/admin/stations/${north.stationIds[1]}`, { active: false }).expect(200);
  });
  afterAll(() => t.close());

  describe('access', () => {
    const PATHS = [
      '/admin/locations',
      '/admin/locations/NORD',
      '/admin/locations/NORD/stations',
      '/admin/closures',
    ];

    it.each(PATHS)('%s: 401 without a sign-in, 403 for reception and advisers', async (path) => {
      expectError(await request(t.http).get(path), 401, 'AUTHENTICATION_REQUIRED');
      const reception = await givenStaff(t, 'reception', { locations: [north] });
      expectError(await request(t.http).get(path).set('Authorization', reception), 403, 'ROLE_REQUIRED');
      const adviserId = await givenAdviser(t);
      const adviser = await givenStaff(t, 'adviser', { adviserId, locations: [north] });
      expectError(await request(t.http).get(path).set('Authorization', adviser), 403, 'ROLE_REQUIRED');
    });
  });

  describe('GET /admin/locations', () => {
    it('lists every location by name with its stations and coming closures counted', async () => {
      const res = await get('/admin/locations').expect(200);
      const mine = (res.body as { code: string }[]).filter((l) => ['NORD', 'SYD'].includes(l.code));
      expect(mine).toEqual([
        {
          id: north.id,
          code: 'NORD',
          name: 'Borgerservice Nord',
          kind: 'citizen_service',
          address: 'Testvej 1, 8400 Ebeltoft',
          active: true,
          timeZone: 'Europe/Copenhagen',
          slotMinutes: 15,
          stations: 2,
          activeStations: 1,
          // Its own coming closure and the one of every location; not the past one.
          upcomingClosures: 2,
        },
        expect.objectContaining({
          id: south.id,
          code: 'SYD',
          stations: 1,
          activeStations: 1,
          upcomingClosures: 2,
        }),
      ]);
    });

    it('lists a location taken out of use, so that it can be put back', async () => {
      const spare = await givenLocation(t, { name: 'Aaa reserve' });
      await api.patch(`/admin/locations/${spare.code}`, { active: false }).expect(200);
      const res = await get('/admin/locations').expect(200);
      expect(res.body).toContainEqual(expect.objectContaining({ code: spare.code, active: false }));
    });
  });

  describe('GET /admin/locations/{location}', () => {
    it('answers the location with stations, their errands and its opening hours', async () => {
      const res = await get('/admin/locations/nord', 'en').expect(200);
      expect(res.body).toMatchObject({ id: north.id, code: 'NORD', directions: { da: null, en: null } });
      expect(res.body.stations).toEqual([
        { id: north.stationIds[1], name: 'Skranke 1', active: false, errands: [] },
        {
          id: north.stationIds[0],
          name: 'Skranke 2',
          active: true,
          errands: [
            { code: 'KK_FORNY', name: 'Renew driving licence' },
            { code: 'PAS_VOKSEN', name: 'New or renewed passport (adult)' },
          ],
        },
      ]);
      expect(res.body.openingHours).toEqual({
        hours: [
          { weekday: 1, opens: '09:00', closes: '12:00' },
          { weekday: 1, opens: '13:00', closes: '17:30' },
          { weekday: 2, opens: '09:00', closes: '12:00' },
          { weekday: 3, opens: '09:00', closes: '12:00' },
          { weekday: 5, opens: '10:00', closes: '14:00', validFrom: '2027-07-01', validTo: '2027-08-14' },
        ],
      });
    });

    it('finds a location by id too; an unknown one is 404', async () => {
      expect((await get(`/admin/locations/${north.id}`).expect(200)).body.code).toBe('NORD');
      expectError(await get('/admin/locations/INGEN'), 404, 'LOCATION_NOT_FOUND');
      expectError(await get(`/admin/locations/${NOBODY}`), 404, 'LOCATION_NOT_FOUND');
      expectError(await get('/admin/locations/INGEN/stations'), 404, 'LOCATION_NOT_FOUND');
    });

    it('round-trips opening hours: what GET answers, PUT takes back unchanged', async () => {
      const before = (await get('/admin/locations/NORD').expect(200)).body.openingHours;
      await api.put('/admin/locations/NORD/opening-hours', before).expect(200);
      expect((await get('/admin/locations/NORD').expect(200)).body.openingHours).toEqual(before);

      const edited = {
        hours: [...before.hours, { weekday: 6, opens: '10:00', closes: '13:00' }].filter(
          (row: { weekday: number }) => row.weekday !== 3,
        ),
      };
      await api.put('/admin/locations/NORD/opening-hours', edited).expect(200);
      const after = (await get('/admin/locations/NORD').expect(200)).body.openingHours;
      expect(after.hours).toContainEqual({ weekday: 6, opens: '10:00', closes: '13:00' });
      expect(after.hours.some((row: { weekday: number }) => row.weekday === 3)).toBe(false);
      expect(after.hours).toHaveLength(edited.hours.length);
      await api.put('/admin/locations/NORD/opening-hours', before).expect(200);
    });

    it('round-trips directions: none reads as null, and null written back stays none', async () => {
      await api.patch('/admin/locations/SYD', { directions: { da: 'Indgang fra torvet.' } }).expect(200);
      const read = (await get('/admin/locations/SYD').expect(200)).body.directions;
      expect(read).toEqual({ da: 'Indgang fra torvet.', en: null });
      await api.patch('/admin/locations/SYD', { directions: { ...read, da: null } }).expect(200);
      expect((await get('/admin/locations/SYD').expect(200)).body.directions).toEqual({ da: null, en: null });
    });
  });

  describe('GET /admin/locations/{location}/stations', () => {
    it('answers the stations with their errands in the language asked for', async () => {
      const res = await get('/admin/locations/NORD/stations').expect(200);
      expect(res.body.location).toBe('NORD');
      expect(res.body.stations.map((s: { name: string }) => s.name)).toEqual(['Skranke 1', 'Skranke 2']);
      expect(res.body.stations[1].errands).toContainEqual({ code: 'KK_FORNY', name: 'Forny kørekort' });
    });

    it('refuses a station at a hotline: its calls need an adviser, never a station', async () => {
      await givenLocation(t, { code: 'TLF', name: 'Hotline', kind: 'hotline', stations: [] });
      const res = await api.post('/admin/locations/TLF/stations', {
        name: 'Skranke X',
        errands: ['MITID_NY'],
      });
      expectError(res, 422, 'HOTLINE_HAS_NO_STATIONS');
      expect((await get('/admin/locations/TLF/stations').expect(200)).body.stations).toEqual([]);
    });
  });

  describe('GET /admin/closures', () => {
    const reasons = (res: request.Response) => (res.body as { reason: string }[]).map((c) => c.reason);

    it('by default lists the closures that end today or later, earliest first', async () => {
      const res = await get('/admin/closures').expect(200);
      expect(reasons(res)).toEqual(['Personaledage', 'Maling', 'IT-nedbrud']);
      expect(res.body[0]).toEqual({
        id: expect.any(String) as string,
        location: 'NORD',
        locationName: 'Borgerservice Nord',
        startsOn: '2026-12-09',
        endsOn: '2026-12-10',
        reason: 'Personaledage',
        closedFrom: null,
        closedTo: null,
      });
      expect(res.body[2]).toMatchObject({ location: null, locationName: null, reason: 'IT-nedbrud' });
    });

    it('filters by location (its own and every location’s) and by dates that overlap', async () => {
      expect(reasons(await get('/admin/closures?location=syd').expect(200))).toEqual([
        'Maling',
        'IT-nedbrud',
      ]);
      expect(reasons(await get('/admin/closures?from=2026-11-01&location=NORD').expect(200))).toEqual([
        'Forbi',
        'Personaledage',
        'IT-nedbrud',
      ]);
      // A span that overlaps the dates counts: 10 December is inside 9–10 December.
      expect(reasons(await get('/admin/closures?from=2026-12-10&to=2026-12-15').expect(200))).toEqual([
        'Personaledage',
        'Maling',
      ]);
      expect(reasons(await get('/admin/closures?from=2027-02-01').expect(200))).toEqual([]);
    });

    it('refuses bad filters with 400, an unknown location with 404', async () => {
      expectError(await get('/admin/closures?from=2026-12-10&to=2026-12-01'), 400, 'VALIDATION_FAILED', {
        fields: ['to'],
      });
      expectError(await get('/admin/closures?from=2026-02-30'), 400, 'VALIDATION_FAILED', {
        fields: ['from'],
      });
      expectError(await get('/admin/closures?sted=NORD'), 400, 'VALIDATION_FAILED');
      expectError(await get('/admin/closures?location=INGEN'), 404, 'LOCATION_NOT_FOUND');
    });
  });

  describe('closures for some hours of the day', () => {
    const closure = { startsOn: '2026-12-01', endsOn: '2026-12-01', reason: 'Personalemøde' };

    it('refuses one time without the other, and hours that end before they begin', async () => {
      expectError(
        await api.post('/admin/closures', { ...closure, closedFrom: '12:00' }),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['closedTo'],
        },
      );
      expectError(
        await api.post('/admin/closures', { ...closure, closedFrom: '13:00', closedTo: '12:00' }),
        400,
        'VALIDATION_FAILED',
        { fields: ['closedTo'] },
      );
      expectError(
        await api.post('/admin/closures', { ...closure, closedTo: '25:00' }),
        400,
        'VALIDATION_FAILED',
        {
          fields: ['closedFrom', 'closedTo'],
        },
      );
    });

    it('refuses hours that hit a booked visit, takes hours that do not, and reads them back', async () => {
      const { office, booked } = await givenBookedOffice(t, 'TIMER');
      const start = DateTime.fromISO(booked.start, { zone: 'Europe/Copenhagen' });
      const during = {
        closedFrom: start.toFormat('HH:mm'),
        closedTo: start.plus({ minutes: 30 }).toFormat('HH:mm'),
      };
      const res = await api.post('/admin/closures', { ...closure, location: office.code, ...during });
      expectError(res, 409, 'CHANGE_AFFECTS_BOOKINGS');
      expect(res.body.details.bookings.map((b: { reference: string }) => b.reference)).toEqual([
        booked.reference,
      ]);

      const later = {
        closedFrom: start.plus({ hours: 2 }).toFormat('HH:mm'),
        closedTo: start.plus({ hours: 3 }).toFormat('HH:mm'),
      };
      await api.post('/admin/closures', { ...closure, location: office.code, ...later }).expect(201);
      const [read] = (
        await get(`/admin/closures?location=${office.code}&from=2026-12-01&to=2026-12-01`).expect(200)
      ).body;
      expect(read).toMatchObject({ location: office.code, reason: 'Personalemøde', ...later });

      // No free time starts in those hours that day, and the public hours leave them out.
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const [day] = await freeSlots(t.http, {
        triage,
        from: '2026-12-01',
        to: '2026-12-01',
        location: office.code,
      });
      const starts = day.slots.map((slot) =>
        DateTime.fromISO(slot.start, { zone: 'Europe/Copenhagen' }).toFormat('HH:mm'),
      );
      expect(starts.filter((time) => time >= later.closedFrom && time < later.closedTo)).toEqual([]);
      expect(starts).toContain(later.closedTo);
      const { locations: places } = (await request(t.http).get('/locations').expect(200)).body as {
        locations: {
          code: string;
          openingHours: { date: string; hours: { opens: string; closes: string }[] }[];
        }[];
      };
      const tuesday = places
        .find((place) => place.code === office.code)!
        .openingHours.find((d) => d.date === '2026-12-01');
      expect(tuesday!.hours).toEqual([
        { opens: '09:00', closes: later.closedFrom },
        { opens: later.closedTo, closes: '16:00' },
      ]);
    });
  });
});
