import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { StaffingWriter } from '../src/staffing/staffing.writer.js';
import { givenOffice, type Office } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Inputs found in review to crash the API or answer 5xx; each must be a clear 4xx now. */
describe('hostile and odd input', () => {
  let t: TestApp;
  let office: Office;
  beforeAll(async () => {
    t = await createTestApp();
    office = await givenOffice(t, { advisers: 2 });
  });
  afterAll(() => t.close());

  it('refuses dates outside this century in availability instead of looping forever', async () => {
    const triage = await visitTriage(t.http, 'PAS_VOKSEN');
    const res = await request(t.http)
      .get('/availability')
      .query({ triage, from: '9999-12-20', to: '9999-12-31' })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it.each(['2026-02-30T10:00:00+01:00', '2026-13-01T10:00:00+01:00', '2026-12-01T25:00:00+01:00'])(
    'refuses the impossible start %s with 400 and books nothing',
    async (start) => {
      const triage = await visitTriage(t.http, 'PAS_VOKSEN');
      const res = await request(t.http)
        .post('/bookings')
        .set('Idempotency-Key', randomUUID())
        .send({ triage, start, location: office.code, citizen: { name: 'Karen', email: 'karen@example.dk' } })
        .expect(400);
      expect(res.body.details.fields).toEqual([
        { field: 'start', problems: [expect.stringMatching(/ISO 8601/)] },
      ]);
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM bookings WHERE triage_id = $1',
        [triage],
      );
      expect(count).toBe(0);
    },
  );

  it('answers text PostgreSQL cannot store (a NUL byte) with 400, not 500', async () => {
    const triage = await visitTriage(t.http, 'PAS_VOKSEN');
    const [day] = await freeSlots(t.http, {
      triage,
      from: '2026-11-26',
      to: '2026-11-26',
      location: office.code,
    });
    const res = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .send({
        triage,
        start: day.slots[0].start,
        location: office.code,
        citizen: { name: 'Ka\u0000ren', email: 'karen@example.dk' },
      });
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('replays an idempotent booking whose body has its keys in another order', async () => {
    const triage = await visitTriage(t.http, 'PAS_VOKSEN');
    const [day] = await freeSlots(t.http, {
      triage,
      from: '2026-11-26',
      to: '2026-11-26',
      location: office.code,
    });
    const key = randomUUID();
    const start = day.slots[1].start;
    const first = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', key)
      .send({ triage, start, location: office.code, citizen: { name: 'Karen', email: 'karen@example.dk' } })
      .expect(201);
    const again = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', key)
      .send({ citizen: { email: 'karen@example.dk', name: 'Karen' }, location: office.code, start, triage })
      .expect(201);
    expect(again.body).toEqual(first.body);
  });

  it('says SLOT_NOT_OFFERED, not SLOT_TAKEN, when nobody who handles the errand works then', async () => {
    // Every adviser is away all day; the office is open, but no visit can be offered.
    const staffing = t.app.get(StaffingWriter);
    const course = {
      startsAt: '2026-12-01T00:00:00+01:00',
      endsAt: '2026-12-02T00:00:00+01:00',
      reason: 'Kursus',
    };
    for (const adviser of office.adviserIds)
      await t.dataSource.transaction((manager) => staffing.createAbsence(manager, adviser, course));
    const triage = await visitTriage(t.http, 'PAS_VOKSEN');
    const res = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .send({
        triage,
        start: '2026-12-01T10:00:00+01:00',
        location: office.code,
        citizen: { name: 'Karen', email: 'karen@example.dk' },
      })
      .expect(422);
    expect(res.body).toMatchObject({
      code: 'SLOT_NOT_OFFERED',
      details: { reason: 'no adviser for this errand works then' },
    });
  });
});
