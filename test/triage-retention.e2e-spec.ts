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
  /** The roll-up's rows on a Danish day, with codes instead of ids. */
  const dayCounts = (day: string) =>
    t.dataSource.query<Record<string, unknown>[]>(
      `SELECT e.code AS errand, d.source, l.code AS place, d.outcome, d.triages, d.self_service_tried AS tried,
         d.booked
       FROM triage_days d JOIN errands e ON e.id = d.errand_id LEFT JOIN locations l ON l.id = d.location_id
       WHERE d.day = $1 ORDER BY e.code, d.source, d.outcome, l.code`,
      [day],
    );
  const triageOf = async (bookingId: string) =>
    (
      await t.dataSource.query<{ triage_id: string }[]>('SELECT triage_id FROM bookings WHERE id = $1', [
        bookingId,
      ])
    )[0].triage_id;

  const uncounted = async (ids: string[]) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM triage_sessions WHERE id = ANY($1) AND counted_at IS NULL',
        [ids],
      )
    )[0].n;

  it('counts every triage once it has expired, booked or not; deletes unbooked ones after TRIAGE_RETENTION_DAYS (30)', async () => {
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
    const all = [selfService, unbooked, booked, cancelled];
    const sweep = t.app.get(TriageRetentionSweep);

    // Expired at 09:00 (TRIAGE_TTL_HOURS 24); counted 10 minutes later, when nothing can still be committing.
    t.clock.set('2026-11-26T09:05:00+01:00');
    expect(await sweep.run()).toEqual({ counted: 0, deleted: 0 });
    t.clock.set('2026-11-26T09:11:00+01:00');
    expect(await sweep.run()).toEqual({ counted: 4, deleted: 0 });
    expect(await uncounted(all)).toBe(0);
    // On the day it was made; a booked one at its booking's place, one whose booking was cancelled at none.
    const dayOf25November = [
      {
        errand: 'FLYT',
        source: 'online',
        place: null,
        outcome: 'self_service',
        triages: 1,
        tried: 0,
        booked: 0,
      },
      {
        errand: 'PAS_VOKSEN',
        source: 'online',
        place: office.code,
        outcome: 'visit',
        triages: 1,
        tried: 0,
        booked: 1,
      },
      {
        errand: 'PAS_VOKSEN',
        source: 'online',
        place: null,
        outcome: 'visit',
        triages: 2,
        tried: 0,
        booked: 1,
      },
    ];
    expect(await dayCounts('2026-11-25')).toEqual(dayOf25November);
    expect(await sweep.run()).toEqual({ counted: 0, deleted: 0 });

    t.clock.set('2026-12-24T12:00:00+01:00');
    expect(await sweep.run()).toEqual({ counted: 0, deleted: 0 });

    t.clock.set('2026-12-26T10:00:00+01:00');
    const recent = await visitTriage(t.http);
    expect(await sweep.run()).toEqual({ counted: 0, deleted: 2 });
    expect({
      selfService: await exists(selfService),
      unbooked: await exists(unbooked),
      booked: await exists(booked),
      cancelled: await exists(cancelled),
      recent: await exists(recent),
    }).toEqual({ selfService: false, unbooked: false, booked: true, cancelled: true, recent: true });
    // Deleting counts nothing again.
    expect(await dayCounts('2026-11-25')).toEqual(dayOf25November);
    expect(await uncounted([recent])).toBe(1);
    expect(await sweep.run()).toEqual({ counted: 0, deleted: 0 });
  });

  it('works through a backlog in batches, two instances at once counting each triage once', async () => {
    await t.dataSource.query(
      `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en, option_keys, language, created_at, expires_at)
       SELECT e.id, e.version, '{}', 'self_service', 'x', 'x', 'x', '{}', 'da', $1, $2
       FROM errands e, generate_series(1, 1100) WHERE e.code = 'FLYT'`,
      ['2026-10-01T09:00:00+02:00', '2026-10-02T09:00:00+02:00'],
    );
    const sweep = t.app.get(TriageRetentionSweep);
    // Counted in batches of 500, deleted in batches of 200, the two runs taking turns at the rows.
    const runs = await Promise.all([sweep.run(), sweep.run()]);
    expect({
      counted: runs[0].counted + runs[1].counted,
      deleted: runs[0].deleted + runs[1].deleted,
    }).toEqual({ counted: 1100, deleted: 1100 });
    expect(await dayCounts('2026-10-01')).toEqual([
      {
        errand: 'FLYT',
        source: 'online',
        place: null,
        outcome: 'self_service',
        triages: 1100,
        tried: 0,
        booked: 0,
      },
    ]);
    expect(await sweep.run()).toEqual({ counted: 0, deleted: 0 });
  });

  it('counts by Danish day, errand, channel, place and outcome, adding to what is there', async () => {
    const insert = (
      at: string,
      errand: string,
      outcome: string,
      source: string,
      place: string | null,
      tried = false,
    ) =>
      t.dataSource.query(
        `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
           option_keys, source, location_id, language, created_at, expires_at, self_service_tried_at)
         SELECT e.id, e.version, '{}', $2, 'x', 'x', 'x', '{}', $3, $4, 'da', $1::timestamptz,
           $1::timestamptz + interval '1 day', CASE WHEN $5 THEN $1::timestamptz + interval '1 hour' END
         FROM errands e WHERE e.code = $6`,
        [at, outcome, source, place, tried, errand],
      );
    const sweep = t.app.get(TriageRetentionSweep);
    // 00:30 on 4 October in Copenhagen (summer time) is 3 October in UTC.
    await insert('2026-10-03T22:30:00Z', 'FLYT', 'self_service', 'online', null);
    await insert('2026-10-04T09:00:00+02:00', 'FLYT', 'self_service', 'online', null, true);
    await insert('2026-10-04T10:00:00+02:00', 'PAS_VOKSEN', 'visit', 'reception', office.id);
    await insert('2026-10-04T11:00:00+02:00', 'PAS_VOKSEN', 'not_yet', 'phone', null);
    // The last minute of 3 October in Copenhagen.
    await insert('2026-10-03T21:59:00Z', 'FLYT', 'self_service', 'online', null);
    expect(await sweep.run()).toEqual({ counted: 5, deleted: 5 });
    const dayOf4October = [
      {
        errand: 'FLYT',
        source: 'online',
        place: null,
        outcome: 'self_service',
        triages: 2,
        tried: 1,
        booked: 0,
      },
      {
        errand: 'PAS_VOKSEN',
        source: 'phone',
        place: null,
        outcome: 'not_yet',
        triages: 1,
        tried: 0,
        booked: 0,
      },
      {
        errand: 'PAS_VOKSEN',
        source: 'reception',
        place: office.code,
        outcome: 'visit',
        triages: 1,
        tried: 0,
        booked: 0,
      },
    ];
    expect(await dayCounts('2026-10-04')).toEqual(dayOf4October);
    expect(await dayCounts('2026-10-03')).toEqual([
      {
        errand: 'FLYT',
        source: 'online',
        place: null,
        outcome: 'self_service',
        triages: 1,
        tried: 0,
        booked: 0,
      },
    ]);

    // Later sweeps add to the same rows, with a place and without.
    await insert('2026-10-04T12:00:00+02:00', 'FLYT', 'self_service', 'online', null, true);
    await insert('2026-10-04T13:00:00+02:00', 'PAS_VOKSEN', 'visit', 'reception', office.id);
    expect(await sweep.run()).toEqual({ counted: 2, deleted: 2 });
    expect(await dayCounts('2026-10-04')).toEqual([
      { ...dayOf4October[0], triages: 3, tried: 2 },
      dayOf4October[1],
      { ...dayOf4October[2], triages: 2 },
    ]);
  });
});
