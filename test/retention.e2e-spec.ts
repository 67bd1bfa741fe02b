import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { RetentionSweep } from '../src/bookings/retention.sweep.js';
import { givenOffice } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('personal data retention', () => {
  let t: TestApp;
  let office: string;
  beforeAll(async () => {
    t = await createTestApp();
    office = (await givenOffice(t)).code;
  });
  afterAll(() => t.close());

  it('erases name and contact 30 days after the visit and drops day-old replays, keeping the visit itself', async () => {
    const triage = await visitTriage(t.http, 'PAS_VOKSEN');
    const [day] = await freeSlots(t.http, { triage, from: '2026-11-26', to: '2026-11-26', location: office });
    const booked = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .send({
        triage,
        start: day.slots[0].start,
        location: office,
        citizen: { name: 'Karen', email: 'karen@example.dk' },
      })
      .expect(201);
    const sweep = t.app.get(RetentionSweep);
    const row = async () =>
      (
        await t.dataSource.query<
          { citizen_name: string | null; citizen_email: string | null; errand_id: string }[]
        >('SELECT citizen_name, citizen_email, errand_id FROM bookings WHERE reference = $1', [
          booked.body.reference.replace('-', ''),
        ])
      )[0];
    const replays = async () =>
      (
        await t.dataSource.query<{ count: number }[]>(
          'SELECT count(*)::int AS count FROM idempotency_records',
        )
      )[0].count;

    t.clock.set('2026-12-20T12:00:00+01:00');
    await sweep.run();
    expect(await row()).toMatchObject({ citizen_name: 'Karen', citizen_email: 'karen@example.dk' });
    expect(await replays()).toBe(0);

    t.clock.set('2026-12-27T12:00:00+01:00');
    const second = await sweep.run();
    expect(second.anonymised).toBeGreaterThanOrEqual(1);
    expect(await row()).toMatchObject({
      citizen_name: null,
      citizen_email: null,
      errand_id: expect.any(String),
    });
    expect((await sweep.run()).anonymised).toBe(0);
  });
});
