import request, { type Response } from 'supertest';
import { problemInDanish } from '../src/common/i18n/problems-da.js';
import { adminApi, count, expectError } from './support/admin.js';
import { visitTriage } from './support/flows.js';
import { givenOffice, givenStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const CALENDAR = (field: string) => `${field} must be a date YYYY-MM-DD that exists in the calendar`;
const INSTANT = (field: string) =>
  `${field} must be an ISO 8601 time with an offset, e.g. 2026-12-01T10:00:00+01:00`;

/**
 * 400 VALIDATION_FAILED naming exactly this field, with exactly these problems (written in
 * English, answered in Danish: these requests send no Accept-Language).
 */
function expectInvalid(res: Response, field: string, problems: string[]): void {
  expectError(res, 400, 'VALIDATION_FAILED', { fields: [field] });
  const danish = problems.map(problemInDanish);
  for (const [i, problem] of danish.entries()) expect(problem).not.toBe(problems[i]);
  expect(res.body.details.fields).toEqual([{ field, problems: danish }]);
}

/**
 * Dates and times that match the pattern but do not exist in the calendar used to reach
 * PostgreSQL, which refused them: a 500. Every such value is now the caller's mistake (400) and
 * nothing is written.
 */
describe('impossible dates and times', () => {
  let t: TestApp;
  let api: ReturnType<typeof adminApi>;
  let adviser: string;
  const TABLES = [
    'closures',
    'opening_hours',
    'working_times',
    'absences',
    'bookings',
    'locations',
    'stations',
    'advisers',
  ];
  const stored = () => Promise.all(TABLES.map((table) => count(t, table)));
  let before: number[];

  beforeAll(async () => {
    t = await createTestApp();
    ({
      adviserIds: [adviser],
    } = await givenOffice(t, { code: 'MAIN', errands: ['PAS_VOKSEN', 'FLYT'] }));
    api = adminApi(t.http, await givenStaff(t, 'admin'));
  });
  beforeEach(async () => {
    before = await stored();
  });
  afterAll(() => t.close());

  describe('refused with 400, nothing stored', () => {
    afterEach(async () => {
      expect(await stored()).toEqual(before);
    });

    it('POST /admin/closures with 30 February', async () => {
      const res = await api.post('/admin/closures', {
        startsOn: '2026-02-30',
        endsOn: '2026-03-01',
        reason: 'x',
      });
      expectInvalid(res, 'startsOn', [CALENDAR('startsOn')]);
    });

    it('POST /admin/closures with 29 February of a common year as the end', async () => {
      const res = await api.post('/admin/closures', {
        location: 'MAIN',
        startsOn: '2025-02-28',
        endsOn: '2025-02-29',
        reason: 'x',
      });
      expectInvalid(res, 'endsOn', [CALENDAR('endsOn')]);
    });

    it('PUT /admin/locations/MAIN/opening-hours with a row valid from 31 February', async () => {
      const hours = [{ weekday: 1, opens: '10:00', closes: '14:00', validFrom: '2027-02-31' }];
      const res = await api.put('/admin/locations/MAIN/opening-hours', { hours });
      expectInvalid(res, 'hours.0.validFrom', [CALENDAR('validFrom')]);
    });

    it('PUT /admin/locations/MAIN/opening-hours with 24:00', async () => {
      const hours = [{ weekday: 1, opens: '10:00', closes: '24:00' }];
      const res = await api.put('/admin/locations/MAIN/opening-hours', { hours });
      expectInvalid(res, 'hours.0.closes', ['closes must be a time HH:mm from 00:00 to 23:59']);
    });

    it.each([
      ['validFrom', { validFrom: '2027-02-31' }],
      ['validTo', { validFrom: '2027-01-01', validTo: '2027-04-31' }],
    ])('PUT /admin/advisers/{id}/working-times with an impossible %s', async (field, validity) => {
      const times = [{ location: 'MAIN', weekday: 2, starts: '09:30', ends: '14:30', ...validity }];
      const res = await api.put(`/admin/advisers/${adviser}/working-times`, { times });
      expectInvalid(res, `times.0.${field}`, [CALENDAR(field)]);
    });

    it.each([
      ['startsAt', { startsAt: '2026-02-30T08:00:00+01:00', endsAt: '2026-03-01T16:00:00+01:00' }],
      ['endsAt', { startsAt: '2026-12-03T08:00:00+01:00', endsAt: '2026-12-03T25:00:00+01:00' }],
      ['startsAt', { startsAt: '2026-12-03T08:00:00', endsAt: '2026-12-03T16:00:00+01:00' }],
    ])('POST /admin/advisers/{id}/absences with an impossible %s', async (field, span) => {
      const res = await api.post(`/admin/advisers/${adviser}/absences`, { ...span, reason: 'Kursus' });
      expectInvalid(res, field, [INSTANT(field)]);
    });

    // A required field in a subclass did not undo its parent's IsOptional: these reached the database.
    it.each([
      ['/admin/locations/MAIN/stations', { errands: ['FLYT'] }, 'name'],
      ['/admin/advisers', { email: 'ny.raadgiver@test.invalid' }, 'name'],
      ['/admin/advisers', { name: 'Ny Rådgiver' }, 'email'],
    ])('POST %s without a required field', async (path, body, field) => {
      const res = await api.post(path, body);
      expectError(res, 400, 'VALIDATION_FAILED', { fields: [field] });
    });

    it('keeps a reversed span a 400 with its own message', async () => {
      const res = await api.post('/admin/closures', {
        startsOn: '2026-12-22',
        endsOn: '2026-12-21',
        reason: 'x',
      });
      expectInvalid(res, 'endsOn', ['endsOn must be on or after startsOn']);
    });

    it.each(['from', 'to'])('GET /availability with %s=2026-02-30', async (field) => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      before = await stored();
      const res = await request(t.http)
        .get('/availability')
        .query({ triage, from: '2026-02-01', to: '2026-02-10', [field]: '2026-02-30' });
      expectInvalid(res, field, [CALENDAR(field)]);
    });

    it('GET /reception/{location}/arrivals with 29 February of a common year', async () => {
      const res = await request(t.http)
        .get('/reception/MAIN/arrivals')
        .query({ date: '2027-02-29' })
        .set('Authorization', await givenStaff(t, 'reception'));
      expectInvalid(res, 'date', [CALENDAR('date')]);
    });
  });

  it('accepts 29 February of a leap year', async () => {
    const res = await api.post('/admin/closures', {
      location: 'MAIN',
      startsOn: '2028-02-29',
      endsOn: '2028-02-29',
      reason: 'Skuddag',
    });
    expect(res.status).toBe(201);
    expect(await count(t, `closures WHERE reason = 'Skuddag' AND starts_on = '2028-02-29'`)).toBe(1);
  });
});
