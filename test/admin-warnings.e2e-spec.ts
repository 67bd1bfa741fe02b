import request from 'supertest';
import { expectError } from './support/admin.js';
import { givenAdviser, givenLocation, givenStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * What the admin API refuses or warns about beyond the shape of a body: opening hours or working
 * times that overlap, and an errand in use that no station or adviser can handle.
 */
describe('admin: overlaps and warnings', () => {
  let t: TestApp;
  let admin: string;
  let code: string;
  let locationId: string;
  let adviser: string;

  beforeAll(async () => {
    t = await createTestApp();
    const office = await givenLocation(t, { errands: ['FLYT'] });
    ({ code, id: locationId } = office);
    adviser = await givenAdviser(t, {
      errands: ['FLYT'],
      works: [{ at: office, hours: [{ from: '09:00', to: '12:00' }] }],
    });
    admin = await givenStaff(t, 'admin');
  });
  afterAll(() => t.close());

  const put = (path: string, body: object, language = 'en') =>
    request(t.http).put(path).set('Authorization', admin).set('Accept-Language', language).send(body);
  const rows = async (table: string, where: string, id: string) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${where} = $1`,
        [id],
      )
    )[0].n;

  it('refuses opening hours whose rows overlap on one weekday, and keeps the old ones', async () => {
    const before = await rows('opening_hours', 'location_id', locationId);
    const res = await put(`/admin/locations/${code}/opening-hours`, {
      hours: [
        { weekday: 1, opens: '10:00', closes: '14:00' },
        { weekday: 1, opens: '13:00', closes: '17:00' },
        { weekday: 1, opens: '10:00', closes: '12:00', validFrom: '2027-07-01', validTo: '2027-08-14' },
      ],
    });
    expectError(res, 422, 'OVERLAPPING_OPENING_HOURS', { rows: [['hours.0', 'hours.1']] });
    const after = await rows('opening_hours', 'location_id', locationId);
    expect(after).toBe(before);
  });

  it('refuses an adviser working at two places at once', async () => {
    const other = await givenLocation(t, { errands: ['FLYT'] });
    const before = await rows('working_times', 'adviser_id', adviser);
    const res = await put(
      `/admin/advisers/${adviser}/working-times`,
      {
        times: [
          { location: code, weekday: 2, starts: '09:00', ends: '12:00' },
          { location: other.code, weekday: 2, starts: '11:30', ends: '15:00' },
        ],
      },
      'da',
    );
    expectError(res, 422, 'OVERLAPPING_WORKING_TIMES', { rows: [['times.0', 'times.1']] });
    expect(res.body.message).toMatch(/to steder på én gang/);
    expect(await rows('working_times', 'adviser_id', adviser)).toBe(before);
  });

  it('accepts rows that only touch, and summer rows beside the open-ended ones', async () => {
    await put(`/admin/locations/${code}/opening-hours`, {
      hours: [
        { weekday: 1, opens: '10:00', closes: '12:00' },
        { weekday: 1, opens: '12:00', closes: '14:00' },
        { weekday: 1, opens: '10:00', closes: '13:00', validFrom: '2027-07-01', validTo: '2027-08-14' },
      ],
    }).expect(200);
  });

  it('warns when an errand in use has no station or adviser that can handle it, and not when it has', async () => {
    const definition = (
      await t.dataSource.query<{ id: string }[]>(`SELECT id FROM errands WHERE code = 'LAEGE_SKIFT'`)
    )[0];
    const body = await errandBody('LAEGE_SKIFT');
    const res = await put('/admin/errands/LAEGE_SKIFT', body).expect(200);
    expect(res.body).toEqual({
      id: definition.id,
      cancelledBookings: [],
      warnings: [
        { code: 'NO_ACTIVE_STATION', message: expect.stringMatching(/No station/) as string },
        { code: 'NO_ACTIVE_ADVISER', message: expect.stringMatching(/No adviser/) as string },
      ],
    });
    const handled = await put('/admin/errands/FLYT', await errandBody('FLYT')).expect(200);
    expect(handled.body.warnings).toBeUndefined();
  });

  /** An errand's definition as the admin API takes it, from the catalog files. */
  async function errandBody(errandCode: string) {
    const { readErrandFiles } = await import('../src/demo/catalog-files.js');
    const { code: _code, ...definition } = readErrandFiles().find((e) => e.code === errandCode)!;
    return definition;
  }
});
