import request from 'supertest';
import { FirstFreeSnapshotJob } from '../src/availability/first-free-snapshot.job.js';
import { givenAdviser, givenLocation, givenStaff, type GivenLocation } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * Visits, waits and capacity against visits stored here with every status and time, each number
 * worked out by hand below (the comments show the sums).
 */

type Place = 'A' | 'B';

interface VisitSpec {
  errand: 'PAS_VOKSEN' | 'FLYT';
  at: Place;
  /** Local start (+01:00), 20 minutes long. */
  start: string;
  source?: 'online' | 'walk_in';
  status: 'booked' | 'checked_in' | 'called' | 'completed' | 'no_show' | 'cancelled';
  cancelledBy?: 'citizen' | 'municipality';
  checkedIn?: string;
  called?: string;
  started?: string;
  outcome?: 'self_served_with_help' | 'done_by_adviser' | 'not_resolved';
  canDoAlone?: boolean;
}

const NOW = '2026-11-25T09:00:00+01:00';
const at = (day: string, time: string) => `2026-11-${day}T${time}:00+01:00`;

const VISITS: VisitSpec[] = [
  // Monday 16 November at A: waits 7, 12 and 33 minutes (the last started without a call).
  {
    errand: 'PAS_VOKSEN',
    at: 'A',
    start: at('16', '10:00'),
    status: 'completed',
    checkedIn: at('16', '09:55'),
    called: at('16', '10:02'),
    started: at('16', '10:03'),
    outcome: 'done_by_adviser',
    canDoAlone: true,
  },
  {
    errand: 'PAS_VOKSEN',
    at: 'A',
    start: at('16', '10:30'),
    status: 'completed',
    checkedIn: at('16', '10:20'),
    called: at('16', '10:32'),
    started: at('16', '10:33'),
    outcome: 'self_served_with_help',
    canDoAlone: true,
  },
  { errand: 'PAS_VOKSEN', at: 'A', start: at('16', '11:00'), status: 'no_show' },
  {
    errand: 'PAS_VOKSEN',
    at: 'A',
    start: at('16', '11:30'),
    source: 'walk_in',
    status: 'completed',
    checkedIn: at('16', '11:00'),
    started: at('16', '11:33'),
    outcome: 'not_resolved',
    canDoAlone: false,
  },
  // Tuesday 17 November.
  { errand: 'FLYT', at: 'A', start: at('17', '10:00'), status: 'cancelled', cancelledBy: 'citizen' },
  { errand: 'FLYT', at: 'A', start: at('17', '10:30'), status: 'cancelled', cancelledBy: 'municipality' },
  {
    errand: 'FLYT',
    at: 'A',
    start: at('17', '11:00'),
    status: 'called',
    checkedIn: at('17', '10:50'),
    called: at('17', '11:10'),
  },
  {
    errand: 'PAS_VOKSEN',
    at: 'B',
    start: at('17', '09:30'),
    status: 'completed',
    checkedIn: at('17', '09:20'),
    called: at('17', '09:50'),
    started: at('17', '09:51'),
    outcome: 'done_by_adviser',
    canDoAlone: false,
  },
  // Thursday 26 November: still to come.
  { errand: 'FLYT', at: 'A', start: at('26', '10:00'), status: 'booked' },
];

const PERIOD = { from: '2026-11-16', to: '2026-11-27' };

describe('statistics: visits, waiting and capacity', () => {
  let t: TestApp;
  let places: Record<Place, GivenLocation>;
  let advisers: Record<Place, string>;
  let auth: string;

  const get = (path: string, query: Record<string, string> = PERIOD) =>
    request(t.http).get(path).query(query).set('Authorization', auth).expect(200);

  async function insertVisit(spec: VisitSpec, index: number): Promise<void> {
    const place = places[spec.at];
    await t.dataSource.query(
      `WITH triage AS (
         INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
           option_keys, language, created_at, expires_at)
         SELECT e.id, e.version, '{}', 'visit', 'test', 'x', 'x', '{}', 'da', '2026-09-01T10:00:00Z', '2026-09-02T10:00:00Z'
         FROM errands e WHERE e.code = $1 RETURNING id, errand_id)
       INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
         starts_at, ends_at, status, source, citizen_name, language, created_at, cancelled_at, cancelled_by,
         checked_in_at, called_at, started_at, completed_at, outcome, can_do_alone_next_time)
       SELECT $2, '\\x00', triage.id, triage.errand_id, $3, $4, $5, $6::timestamptz, $6::timestamptz + interval '20 minutes',
         $7::text, $8, 'Test', 'da', '2026-11-01T10:00:00Z', CASE WHEN $9::text IS NOT NULL THEN '2026-11-02T10:00:00Z'::timestamptz END,
         $9, $10, $11, $12, CASE WHEN $7 = 'completed' THEN $6::timestamptz + interval '20 minutes' END, $13, $14
       FROM triage`,
      [
        spec.errand,
        `VISIT${index}`,
        place.id,
        place.stationIds[0],
        advisers[spec.at],
        spec.start,
        spec.status,
        spec.source ?? 'online',
        spec.cancelledBy ?? null,
        spec.checkedIn ?? null,
        spec.called ?? null,
        spec.started ?? null,
        spec.outcome ?? null,
        spec.canDoAlone ?? null,
      ],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const errands = ['PAS_VOKSEN', 'FLYT'];
    places = {
      // Two stations; closed all Wednesday 18 November and 12-13 on Thursday 19 November.
      A: await givenLocation(t, {
        code: 'CAP_A',
        name: 'Sted A',
        stations: [
          { name: 'Skranke 1', errands },
          { name: 'Skranke 2', errands },
        ],
        closures: [{ startsOn: '2026-11-18', endsOn: '2026-11-18', reason: 'Kursus' }],
      }),
      // One station; closed 25-27 November, so its first free time is Monday 30 November.
      B: await givenLocation(t, {
        code: 'CAP_B',
        name: 'Sted B',
        errands,
        closures: [{ startsOn: '2026-11-25', endsOn: '2026-11-27', reason: 'Flytter' }],
      }),
    };
    await t.dataSource.query(
      `INSERT INTO closures (location_id, starts_on, ends_on, reason, closed_from, closed_to)
       VALUES ($1, '2026-11-19', '2026-11-19', 'Personalemøde', '12:00', '13:00')`,
      [places.A.id],
    );
    const hours = [{ from: '09:00', to: '16:00' }];
    advisers = {
      A: await givenAdviser(t, {
        errands,
        works: [{ at: places.A, hours }],
        absences: [{ startsAt: at('20', '09:00'), endsAt: at('20', '12:00'), reason: 'Læge' }],
      }),
      B: await givenAdviser(t, { errands, works: [{ at: places.B, hours }] }),
    };
    for (const [index, spec] of VISITS.entries()) await insertVisit(spec, index);
    auth = await givenStaff(t, 'stats');
  });
  afterAll(() => t.close());

  it('counts visits per errand and in total', async () => {
    const body = (await get('/stats/visits')).body;
    const zero = { cancelledByCitizen: 0, cancelledByMunicipality: 0 };
    // PAS_VOKSEN: 4 booked + 1 walk-in; 5 due, 1 no-show; 4 completed, 2 can do it alone.
    const pas = {
      key: 'PAS_VOKSEN',
      booked: 4,
      walkIns: 1,
      checkedIn: 4,
      ...zero,
      noShows: 1,
      noShowRate: 20,
      completed: 4,
      outcomes: { selfServedWithHelp: 1, doneByAdviser: 2, notResolved: 1 },
      canDoAlone: 2,
      canDoAloneRate: 50,
    };
    // FLYT: 4 booked; 2 cancelled; due: only the called one (the booked one is still to come).
    const flyt = {
      key: 'FLYT',
      booked: 4,
      walkIns: 0,
      checkedIn: 1,
      cancelledByCitizen: 1,
      cancelledByMunicipality: 1,
      noShows: 0,
      noShowRate: 0,
      completed: 0,
      outcomes: { selfServedWithHelp: 0, doneByAdviser: 0, notResolved: 0 },
      canDoAlone: 0,
      canDoAloneRate: null,
    };
    expect(body.rows).toEqual([
      { ...flyt, label: 'Meld flytning' },
      { ...pas, label: expect.any(String) as string },
    ]);
    // Total: 6 due, 1 no-show = 16.7 %.
    expect(body.total).toEqual({
      key: 'total',
      label: 'I alt',
      booked: 8,
      walkIns: 1,
      checkedIn: 5,
      cancelledByCitizen: 1,
      cancelledByMunicipality: 1,
      noShows: 1,
      noShowRate: 16.7,
      completed: 4,
      outcomes: { selfServedWithHelp: 1, doneByAdviser: 2, notResolved: 1 },
      canDoAlone: 2,
      canDoAloneRate: 50,
    });
  });

  it('gives check-in to call as median and 90th percentile per place and day', async () => {
    const body = (await get('/stats/waiting')).body;
    // A on Monday: 7, 12, 33 → median 12; p90 at rank 0.9 × 2 = 1.8: 12 + 0.8 × (33 − 12) = 28.8.
    expect(body.rows).toEqual([
      {
        location: 'CAP_A',
        label: 'Sted A',
        day: '2026-11-16',
        calls: 3,
        medianMinutes: 12,
        p90Minutes: 28.8,
      },
      { location: 'CAP_A', label: 'Sted A', day: '2026-11-17', calls: 1, medianMinutes: 20, p90Minutes: 20 },
      { location: 'CAP_B', label: 'Sted B', day: '2026-11-17', calls: 1, medianMinutes: 30, p90Minutes: 30 },
    ]);
    const csv = await get('/stats/waiting.csv');
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 2),
    ).toEqual(['day,location,label,calls,medianMinutes,p90Minutes', '2026-11-16,CAP_A,Sted A,3,12,28.8']);
  });

  it('measures the days to the first free time once a day, per errand and place', async () => {
    const job = t.app.get(FirstFreeSnapshotJob);
    // Wednesday 09:00 with two hours' notice: A has 11:00 today; B is closed until Monday.
    expect(await job.run()).toEqual({ day: '2026-11-25', written: 4 });
    t.clock.set('2026-11-25T15:00:00+01:00');
    expect(await job.run()).toEqual({ day: '2026-11-25', written: 0 });
    t.clock.set(NOW);
    const body = (await get('/stats/waiting')).body;
    const row = (errand: string, errandLabel: string, location: Place, days: number) => ({
      errand,
      errandLabel,
      location: places[location].code,
      locationLabel: `Sted ${location}`,
      day: '2026-11-25',
      days,
    });
    expect(body.firstFree).toEqual([
      row('FLYT', 'Meld flytning', 'A', 0),
      row('FLYT', 'Meld flytning', 'B', 5),
      row('PAS_VOKSEN', expect.any(String) as unknown as string, 'A', 0),
      row('PAS_VOKSEN', expect.any(String) as unknown as string, 'B', 5),
    ]);
    const summary = (name: string, label: string, location: Place, days: number) => ({
      errand: name,
      errandLabel: label,
      location: places[location].code,
      locationLabel: `Sted ${location}`,
      measurements: 1,
      latestDay: '2026-11-25',
      latestDays: days,
      averageDays: days,
      maxDays: days,
      nothingFree: 0,
    });
    expect(body.firstFreeSummary).toEqual([
      summary('FLYT', 'Meld flytning', 'A', 0),
      summary('FLYT', 'Meld flytning', 'B', 5),
      summary('PAS_VOKSEN', expect.any(String) as unknown as string, 'A', 0),
      summary('PAS_VOKSEN', expect.any(String) as unknown as string, 'B', 5),
    ]);
    // Over 31 days, every day's rows are left to the CSV; the summary stays.
    const long = (await get('/stats/waiting', { from: '2026-10-01', to: '2026-11-30' })).body;
    expect([long.firstFree, long.firstFreeSummary.length]).toEqual([[], 4]);
    const csv = await get('/stats/waiting.csv', {
      from: '2026-10-01',
      to: '2026-11-30',
      table: 'first-free',
    });
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe(
      '2026-11-25,FLYT,Meld flytning,CAP_A,Sted A,0',
    );
  });

  it('gives open, staffed and booked minutes per place and day', async () => {
    const body = (await get('/stats/capacity', { from: '2026-11-16', to: '2026-11-22' })).body;
    const row = (place: Place, day: string, station: number, booked: number, adviser: number) => ({
      location: places[place].code,
      label: `Sted ${place}`,
      hotline: false,
      day: `2026-11-${day}`,
      stationMinutes: station,
      bookedMinutes: booked,
      stationUse: station === 0 ? null : Math.round((1000 * booked) / station) / 10,
      adviserMinutes: adviser,
      adviserUse: adviser === 0 ? null : Math.round((1000 * booked) / adviser) / 10,
    });
    expect(body.rows).toEqual([
      // A: 7 hours × 2 stations = 840; Monday's four visits (the no-show too) 80 minutes.
      row('A', '16', 840, 80, 420),
      row('B', '16', 420, 0, 420),
      // Tuesday: the two cancelled visits hold no time.
      row('A', '17', 840, 20, 420),
      row('B', '17', 420, 20, 420),
      // Wednesday A is closed: no row.
      row('B', '18', 420, 0, 420),
      // Thursday A closed 12-13: 6 hours.
      row('A', '19', 720, 0, 360),
      row('B', '19', 420, 0, 420),
      // Friday the adviser at A is away 9-12.
      row('A', '20', 840, 0, 240),
      row('B', '20', 420, 0, 420),
    ]);
    const csv = await get('/stats/capacity.csv', { from: '2026-11-16', to: '2026-11-22' });
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 2),
    ).toEqual([
      'day,location,label,stationMinutes,bookedMinutes,stationUse,adviserMinutes,adviserUse,hotline',
      '2026-11-16,CAP_A,Sted A,840,80,9.5,420,19,false',
    ]);
  });

  it('answers the visits as CSV with the same numbers', async () => {
    const json = (await get('/stats/visits')).body;
    const res = await get('/stats/visits.csv');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="besoeg-${PERIOD.from}-${PERIOD.to}.csv"`,
    );
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + json.rows.length + 1);
    expect(lines.at(-1)).toBe('total,I alt,8,1,5,1,1,1,16.7,4,1,2,1,2,50');
  });
});
