import request from 'supertest';
import { TriageRetentionSweep } from '../src/errands/triage-retention.sweep.js';
import { book } from './support/bookings.js';
import { givenOffice, type Office } from './support/factories.js';
import { visitTriage } from './support/flows.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { cancelBooking } from './support/visits.js';

describe('triage retention (anonymous writes are bounded)', () => {
  let t: TestApp;
  let office: Office;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-25T09:00:00+01:00' });
    office = await givenOffice(t);
  });
  afterAll(() => t.close());

  const exists = async (id: string) =>
    (await t.dataSource.query<unknown[]>('SELECT 1 FROM triage_sessions WHERE id = $1', [id])).length === 1;
  const triageOf = async (bookingId: string) =>
    (
      await t.dataSource.query<{ triage_id: string }[]>('SELECT triage_id FROM bookings WHERE id = $1', [
        bookingId,
      ])
    )[0].triage_id;

  it('deletes triages without a booking after TRIAGE_RETENTION_DAYS (30), keeps booked ones', async () => {
    const selfService = (
      await request(t.http)
        .post('/triage')
        .send({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } })
        .expect(201)
    ).body.id as string;
    const unbooked = await visitTriage(t.http);
    const booked = await triageOf((await book(t, { date: '2026-11-26', location: office.code })).id);
    const cancelledBooking = await book(t, { date: '2026-11-27', location: office.code });
    await cancelBooking(t, cancelledBooking);
    const cancelled = await triageOf(cancelledBooking.id);
    const sweep = t.app.get(TriageRetentionSweep);

    t.clock.set('2026-12-24T12:00:00+01:00');
    expect(await sweep.run()).toEqual({ deleted: 0 });

    t.clock.set('2026-12-26T10:00:00+01:00');
    const recent = await visitTriage(t.http);
    expect(await sweep.run()).toEqual({ deleted: 2 });
    expect({
      selfService: await exists(selfService),
      unbooked: await exists(unbooked),
      booked: await exists(booked),
      cancelled: await exists(cancelled),
      recent: await exists(recent),
    }).toEqual({ selfService: false, unbooked: false, booked: true, cancelled: true, recent: true });
    expect(await sweep.run()).toEqual({ deleted: 0 });
  });

  it('works through a large backlog in batches', async () => {
    await t.dataSource.query(
      `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en, option_keys, language, created_at, expires_at)
       SELECT e.id, e.version, '{}', 'self_service', 'x', 'x', 'x', '{}', 'da', $1, $2
       FROM errands e, generate_series(1, 130) WHERE e.code = 'FLYT'`,
      ['2026-10-01T09:00:00+02:00', '2026-10-02T09:00:00+02:00'],
    );
    expect(await t.app.get(TriageRetentionSweep).run()).toEqual({ deleted: 130 });
  });
});
