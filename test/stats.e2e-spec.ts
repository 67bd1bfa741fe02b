import request from 'supertest';
import { TriageRetentionSweep } from '../src/errands/triage-retention.sweep.js';
import { givenAdviser, givenLocation, givenStaff, type GivenLocation } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The self-service report against a small data set made here, each number recounted by hand from
 * the list of triages below (plain filters over the list, not the report's SQL). Triages are stored
 * directly where the API cannot make them (in the past, from the phone, marked "tried").
 */

type Outcome = 'self_service' | 'visit' | 'not_yet' | 'elsewhere';
type Channel = 'online' | 'reception' | 'phone';
type Place = 'A' | 'B';

interface TriageSpec {
  /** When it was made, with its offset. */
  at: string;
  errand: 'FLYT' | 'PAS_VOKSEN';
  outcome: Outcome;
  source: Channel;
  /** Where a reception triage was made. */
  madeAt?: Place;
  tried?: boolean;
  /** Bookings made with it, oldest first. */
  bookings?: { at: Place; start: string; status: 'completed' | 'cancelled' | 'booked' }[];
  /** By hand: its Danish day, ISO week and the place the report should give it. */
  day: string;
  week: string;
  place: Place | 'none';
}

const NOW = '2026-11-25T09:00:00+01:00';
const PERIOD = { from: '2026-10-25', to: '2026-11-25' };

const TRIAGES: TriageSpec[] = [
  // 00:30 on 25 October in Copenhagen (summer time) is still 24 October in UTC.
  {
    at: '2026-10-24T22:30:00Z',
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'online',
    day: '2026-10-25',
    week: '2026-W43',
    place: 'none',
  },
  {
    at: '2026-10-24T21:30:00Z',
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'online',
    day: '2026-10-24',
    week: '2026-W43',
    place: 'none',
  },
  {
    at: '2026-10-25T10:00:00+01:00',
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'online',
    tried: true,
    day: '2026-10-25',
    week: '2026-W43',
    place: 'none',
  },
  {
    at: '2026-10-25T11:00:00+01:00',
    errand: 'PAS_VOKSEN',
    outcome: 'visit',
    source: 'reception',
    madeAt: 'A',
    day: '2026-10-25',
    week: '2026-W43',
    place: 'A',
  },
  {
    at: '2026-10-25T12:00:00+01:00',
    errand: 'PAS_VOKSEN',
    outcome: 'not_yet',
    source: 'phone',
    day: '2026-10-25',
    week: '2026-W43',
    place: 'none',
  },
  {
    at: '2026-10-25T13:00:00+01:00',
    errand: 'PAS_VOKSEN',
    outcome: 'visit',
    source: 'online',
    bookings: [{ at: 'B', start: '2026-10-27T10:00:00+01:00', status: 'completed' }],
    day: '2026-10-25',
    week: '2026-W43',
    place: 'B',
  },
  {
    at: '2026-10-25T14:00:00+01:00',
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'online',
    tried: true,
    bookings: [{ at: 'A', start: '2026-10-28T10:00:00+01:00', status: 'completed' }],
    day: '2026-10-25',
    week: '2026-W43',
    place: 'A',
  },
  // 00:30 on 1 November in Copenhagen is 31 October in UTC: November, week 44.
  {
    at: '2026-10-31T23:30:00Z',
    errand: 'FLYT',
    outcome: 'elsewhere',
    source: 'online',
    day: '2026-11-01',
    week: '2026-W44',
    place: 'none',
  },
  {
    at: '2026-11-10T10:00:00+01:00',
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'reception',
    madeAt: 'B',
    day: '2026-11-10',
    week: '2026-W46',
    place: 'B',
  },
  {
    at: '2026-11-10T10:05:00+01:00',
    errand: 'PAS_VOKSEN',
    outcome: 'visit',
    source: 'online',
    bookings: [
      { at: 'A', start: '2026-11-11T10:00:00+01:00', status: 'cancelled' },
      { at: 'B', start: '2026-11-11T11:00:00+01:00', status: 'booked' },
    ],
    day: '2026-11-10',
    week: '2026-W46',
    place: 'B',
  },
  // Its only visit was cancelled: no place.
  {
    at: '2026-11-12T10:00:00+01:00',
    errand: 'PAS_VOKSEN',
    outcome: 'visit',
    source: 'online',
    bookings: [{ at: 'A', start: '2026-11-13T10:00:00+01:00', status: 'cancelled' }],
    day: '2026-11-12',
    week: '2026-W46',
    place: 'none',
  },
  {
    at: '2026-11-20T09:00:00+01:00',
    errand: 'PAS_VOKSEN',
    outcome: 'visit',
    source: 'online',
    day: '2026-11-20',
    week: '2026-W47',
    place: 'none',
  },
  {
    at: '2026-11-25T08:00:00+01:00',
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'phone',
    day: '2026-11-25',
    week: '2026-W48',
    place: 'none',
  },
  // 00:10 on 26 November in Copenhagen: after the period.
  {
    at: '2026-11-25T23:10:00Z',
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'online',
    day: '2026-11-26',
    week: '2026-W48',
    place: 'none',
  },
];

/** The walk-in made through the API during the test: self-service at place A, now. */
const WALK_IN: TriageSpec = {
  at: NOW,
  errand: 'FLYT',
  outcome: 'self_service',
  source: 'reception',
  madeAt: 'A',
  day: '2026-11-25',
  week: '2026-W48',
  place: 'A',
};

/** The counts of a group of triages, by the definitions in README "Statistics". */
function counted(rows: TriageSpec[]) {
  const selfService = rows.filter((r) => r.outcome === 'self_service' && !r.tried).length;
  const visit = rows.filter((r) => r.outcome === 'visit' || r.tried).length;
  return {
    triages: rows.length,
    selfService,
    visit,
    notYet: rows.filter((r) => r.outcome === 'not_yet').length,
    elsewhere: rows.filter((r) => r.outcome === 'elsewhere').length,
    triedThenBooked: rows.filter((r) => r.tried && (r.bookings ?? []).length > 0).length,
    // No callbacks in this data set: test/stats-callbacks.e2e-spec.ts counts them.
    callback: 0,
    callbackInsteadOfVisit: 0,
    callbacks: { booked: 0, solvedOnPhone: 0, sentToSelfService: 0, needsVisit: 0, noAnswer: 0, open: 0 },
    withoutVisit: selfService,
    selfServiceRate:
      selfService + visit === 0 ? null : Math.round((1000 * selfService) / (selfService + visit)) / 10,
  };
}

describe('statistics: self-service (GET /stats/self-service)', () => {
  let t: TestApp;
  let places: Record<Place, GivenLocation>;
  let statsAuth: string;
  let inPeriod: TriageSpec[];

  const get = (path: string, query: Record<string, string> = {}, auth = statsAuth) =>
    request(t.http).get(path).query(query).set('Authorization', auth);

  async function insertTriage(spec: TriageSpec): Promise<string> {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
         option_keys, source, location_id, language, created_at, expires_at, self_service_tried_at)
       SELECT e.id, e.version, '{}', $2, 'test', 'x', 'x', '{}', $3, $4, 'da', $5::timestamptz,
         $5::timestamptz + interval '1 day', CASE WHEN $6 THEN $5::timestamptz + interval '1 hour' END
       FROM errands e WHERE e.code = $1 RETURNING id`,
      [
        spec.errand,
        spec.outcome,
        spec.source,
        spec.madeAt ? places[spec.madeAt].id : null,
        spec.at,
        !!spec.tried,
      ],
    );
    return id;
  }

  async function insertBooking(
    triageId: string,
    errand: string,
    booking: NonNullable<TriageSpec['bookings']>[number],
  ) {
    const place = places[booking.at];
    const [adviser] = await t.dataSource.query<{ id: string }[]>(
      `SELECT adviser_id AS id FROM working_times WHERE location_id = $1 LIMIT 1`,
      [place.id],
    );
    await t.dataSource.query(
      `INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
         starts_at, ends_at, status, citizen_name, language, created_at, cancelled_at, cancelled_by)
       SELECT $1, '\\x00', $2, e.id, $3, $4, $5, $6::timestamptz, $6::timestamptz + interval '20 minutes', $7::text,
         'Test', 'da', $6::timestamptz - interval '1 day',
         CASE WHEN $7 = 'cancelled' THEN $6::timestamptz - interval '2 hours' END,
         CASE WHEN $7 = 'cancelled' THEN 'citizen' END
       FROM errands e WHERE e.code = $8`,
      [
        `S${triageId.slice(0, 8)}${booking.start.slice(8, 10)}${booking.at}`,
        triageId,
        place.id,
        place.stationIds[0],
        adviser.id,
        booking.start,
        booking.status,
        errand,
      ],
    );
  }

  async function report(by: string) {
    return (await get('/stats/self-service', { ...PERIOD, by }).expect(200)).body;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const errands = ['PAS_VOKSEN', 'FLYT'];
    places = {
      A: await givenLocation(t, { code: 'STAT_A', name: 'Sted A', errands }),
      B: await givenLocation(t, { code: 'STAT_B', name: 'Sted B', errands }),
    };
    for (const place of Object.values(places))
      await givenAdviser(t, { errands, works: [{ at: place, hours: [{ from: '09:00', to: '16:00' }] }] });
    for (const spec of TRIAGES) {
      const id = await insertTriage(spec);
      for (const booking of spec.bookings ?? []) await insertBooking(id, spec.errand, booking);
    }
    statsAuth = await givenStaff(t, 'stats');
    const desk = await givenStaff(t, 'reception', { locations: [places.A] });
    const walkIn = await request(t.http)
      .post('/reception/walk-ins')
      .set('Authorization', desk)
      .send({ location: 'STAT_A', errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } })
      .expect(200);
    expect(walkIn.body.triage.outcome).toBe('self_service');
    inPeriod = [...TRIAGES, WALK_IN].filter((r) => r.day >= PERIOD.from && r.day <= PERIOD.to);
  });
  afterAll(() => t.close());

  it('stores where a reception triage was made', async () => {
    const rows = await t.dataSource.query<{ code: string }[]>(
      `SELECT l.code FROM triage_sessions s JOIN locations l ON l.id = s.location_id
       WHERE s.created_at = $1 AND s.source = 'reception'`,
      [NOW],
    );
    expect(rows).toEqual([{ code: 'STAT_A' }]);
  });

  const expectedBy = (key: (r: TriageSpec) => string, keys: string[]) =>
    keys.map((k) => ({ key: k, ...counted(inPeriod.filter((r) => key(r) === k)) }));
  const withoutLabels = (rows: { key: string; label: string }[]) =>
    rows.map(({ label: _label, ...rest }) => rest);
  const byKey = <T extends { key: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.key.localeCompare(b.key));

  it('counts per errand, with the total and the target', async () => {
    const body = await report('errand');
    expect(body.period).toEqual(PERIOD);
    expect(body.targetPercent).toBe(50);
    expect(byKey(withoutLabels(body.rows))).toEqual(expectedBy((r) => r.errand, ['FLYT', 'PAS_VOKSEN']));
    expect(body.rows.find((r: { key: string }) => r.key === 'FLYT').label).toBe('Meld flytning');
    expect(body.total).toEqual({ key: 'total', label: 'I alt', ...counted(inPeriod) });
    // The hand count itself, so a change of data or definitions shows here first.
    expect(counted(inPeriod)).toEqual({
      triages: 13,
      selfService: 4,
      visit: 7,
      notYet: 1,
      elsewhere: 1,
      triedThenBooked: 1,
      callback: 0,
      callbackInsteadOfVisit: 0,
      callbacks: { booked: 0, solvedOnPhone: 0, sentToSelfService: 0, needsVisit: 0, noAnswer: 0, open: 0 },
      withoutVisit: 4,
      selfServiceRate: 36.4,
    });
  });

  it('counts per place: made at, else where its visit is (not cancelled), else "none"', async () => {
    const body = await report('location');
    const expected = expectedBy((r) => r.place, ['A', 'B', 'none']).map((row) => ({
      ...row,
      key: row.key === 'none' ? 'none' : places[row.key as Place].code,
    }));
    expect(byKey(withoutLabels(body.rows))).toEqual(byKey(expected));
    const labels = Object.fromEntries(body.rows.map((r: { key: string; label: string }) => [r.key, r.label]));
    expect(labels).toEqual({ STAT_A: 'Sted A', STAT_B: 'Sted B', none: 'Online, intet sted endnu' });
  });

  it('lists all three channels, zeros included', async () => {
    const body = await report('channel');
    expect(withoutLabels(body.rows)).toEqual(expectedBy((r) => r.source, ['online', 'reception', 'phone']));
    // Outside the data set's channels and period: a one-day period with nothing in it.
    const empty = (
      await get('/stats/self-service', { from: '2026-11-03', to: '2026-11-03', by: 'channel' }).expect(200)
    ).body;
    expect(
      empty.rows.map((r: { key: string; triages: number; selfServiceRate: null }) => [
        r.key,
        r.triages,
        r.selfServiceRate,
      ]),
    ).toEqual([
      ['online', 0, null],
      ['reception', 0, null],
      ['phone', 0, null],
    ]);
  });

  it('keys weeks by ISO week and months by YYYY-MM of the Danish day, every one in the period', async () => {
    const weeks = await report('week');
    const weekKeys = ['2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48'];
    expect(withoutLabels(weeks.rows)).toEqual(expectedBy((r) => r.week, weekKeys));
    expect(weeks.rows[0].label).toBe('Uge 43, 2026');
    const months = await report('month');
    expect(withoutLabels(months.rows)).toEqual(expectedBy((r) => r.day.slice(0, 7), ['2026-10', '2026-11']));
    expect(months.rows.map((r: { label: string }) => r.label)).toEqual(['oktober 2026', 'november 2026']);
  });

  it('gives the self-service links followed in the period', async () => {
    await t.dataSource.query(
      `INSERT INTO self_service_clicks (day, errand_id, option_key, outcome, clicks)
       SELECT d::date, e.id, o.key, 'self_service', 2 FROM errands e
       JOIN self_service_options o ON o.errand_id = e.id AND o.position = (SELECT min(position) FROM self_service_options WHERE errand_id = e.id)
       CROSS JOIN (VALUES ('2026-10-24'), ('2026-10-25'), ('2026-11-25')) AS days(d)
       WHERE e.code = 'FLYT'`,
    );
    const body = await report('errand');
    // Two of the three days are in the period, 2 clicks each.
    expect(body.clicks).toEqual([
      {
        errand: 'FLYT',
        label: expect.stringMatching(/^Meld flytning: .+/) as string,
        option: expect.any(String) as string,
        clicks: 4,
      },
    ]);
  });

  const dimensions = ['errand', 'location', 'channel', 'week', 'month'];
  const uncountedInPeriod = async () =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM triage_sessions
         WHERE counted_at IS NULL AND created_at >= '2026-10-25T00:00:00+02:00' AND created_at < '2026-11-26T00:00:00+01:00'`,
      )
    )[0].n;

  it('counts the same after the sweep counted the expired triages into day counts and deleted old unbooked ones', async () => {
    const before = await Promise.all(dimensions.map(report));
    // Expired by 08:50 (TRIAGE_TTL_HOURS 24, counted 10 minutes after): all but the three of the last day.
    expect(await t.app.get(TriageRetentionSweep).run()).toEqual({ counted: 12, deleted: 5 });
    expect(await uncountedInPeriod()).toBe(2);
    const after = await Promise.all(dimensions.map(report));
    expect(after).toEqual(before);
    expect(after[0].total).toEqual({ key: 'total', label: 'I alt', ...counted(inPeriod) });
    const [{ stored }] = await t.dataSource.query<{ stored: number }[]>(
      `SELECT count(*)::int AS stored FROM triage_sessions WHERE created_at < '2026-10-26T00:00:00+01:00'`,
    );
    expect(stored).toBe(2);
    // The booked triages are in the day counts now: their places, and the one tried, then booked.
    const [days] = await t.dataSource.query<{ booked: number; tried_then_booked: number }[]>(
      `SELECT sum(booked)::int AS booked, sum(booked) FILTER (WHERE outcome = 'self_service')::int AS tried_then_booked
       FROM triage_days WHERE day BETWEEN $1 AND $2`,
      [PERIOD.from, PERIOD.to],
    );
    expect(days).toEqual({
      booked: inPeriod.filter((r) => (r.bookings ?? []).length > 0).length,
      tried_then_booked: 1,
    });
  });

  it('counts a triage once, when it has expired, and keeps the place it had then', async () => {
    const before = await Promise.all(dimensions.map(report));
    const sweep = t.app.get(TriageRetentionSweep);
    expect(await sweep.run()).toEqual({ counted: 0, deleted: 0 });
    t.clock.set('2026-11-27T09:00:00+01:00');
    try {
      // The last day's two, and the one made after the period (not in the report).
      expect(await sweep.run()).toEqual({ counted: 3, deleted: 0 });
      expect(await uncountedInPeriod()).toBe(0);
      expect(await sweep.run()).toEqual({ counted: 0, deleted: 0 });
      expect(await Promise.all(dimensions.map(report))).toEqual(before);
      // Cancelled after it was counted: the triage stays at the place of the visit it was booked for.
      const [, moved] = await t.dataSource.query<[unknown[], number]>(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = $1, cancelled_by = 'citizen'
         WHERE status = 'booked' AND starts_at = '2026-11-11T11:00:00+01:00' RETURNING id`,
        [NOW],
      );
      expect(moved).toBe(1);
      expect(await report('location')).toEqual(before[1]);
    } finally {
      t.clock.set(NOW);
    }
  });

  it('answers the same numbers as CSV, a header row first, formulas defused', async () => {
    const json = await report('location');
    const res = await get('/stats/self-service.csv', { ...PERIOD, by: 'location' }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="selvbetjening-location-${PERIOD.from}-${PERIOD.to}.csv"`,
    );
    const [header, ...lines] = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe(
      'key,label,triages,selfService,visit,notYet,elsewhere,triedThenBooked,selfServiceRate,targetPercent,' +
        'callback,callbackInsteadOfVisit,callbacksBooked,callbacksSolvedOnPhone,callbacksSentToSelfService,' +
        'callbacksNeedsVisit,callbacksNoAnswer,callbacksOpen,withoutVisit',
    );
    const cells = (row: {
      key: string;
      label: string;
      triages: number;
      selfService: number;
      visit: number;
      notYet: number;
      elsewhere: number;
      triedThenBooked: number;
      selfServiceRate: number | null;
    }) =>
      [
        row.key,
        row.label.includes(',') ? `"${row.label}"` : row.label,
        row.triages,
        row.selfService,
        row.visit,
        row.notYet,
        row.elsewhere,
        row.triedThenBooked,
        row.selfServiceRate ?? '',
        50,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        row.selfService,
      ].join(',');
    expect(lines).toEqual([...json.rows, json.total].map(cells));

    await t.dataSource.query(`UPDATE locations SET name = '=HYPERLINK("x")' WHERE code = 'STAT_A'`);
    const defused = await get('/stats/self-service.csv', { ...PERIOD, by: 'location' }).expect(200);
    expect(defused.text).toContain(`STAT_A,"'=HYPERLINK(""x"")",`);
  });

  it('defaults to the last 30 days and today', async () => {
    const body = (await get('/stats/self-service').expect(200)).body;
    expect([body.period, body.by]).toEqual([{ from: '2026-10-26', to: '2026-11-25' }, 'errand']);
  });

  it('refuses a reversed or too long period, and bad dates or dimensions, with 400', async () => {
    const reversed = await get('/stats/visits', { from: '2026-11-25', to: '2026-11-24' }).expect(400);
    expect(reversed.body).toMatchObject({ statusCode: 400, code: 'STATS_PERIOD_REVERSED' });
    const long = await get('/stats/capacity.csv', { from: '2025-10-20', to: '2026-11-24' }).expect(400);
    expect(long.body).toMatchObject({
      statusCode: 400,
      code: 'STATS_PERIOD_TOO_LONG',
      details: { days: 401, maxDays: 400 },
    });
    await get('/stats/waiting', { from: '2025-10-21', to: '2026-11-24' }).expect(200);
    const badDate = await get('/stats/waiting', { from: '2026-02-30' }).expect(400);
    expect(badDate.body.code).toBe('VALIDATION_FAILED');
    const badBy = await get('/stats/self-service', { by: 'citizen' }).expect(400);
    expect(badBy.body.code).toBe('VALIDATION_FAILED');
  });

  it('is for the stats role and admins: 401 without a token, 403 for reception and advisers', async () => {
    const paths = ['self-service', 'visits', 'waiting', 'capacity'].flatMap((p) => [
      `/stats/${p}`,
      `/stats/${p}.csv`,
    ]);
    const admin = await givenStaff(t, 'admin');
    const reception = await givenStaff(t, 'reception');
    const adviser = await givenStaff(t, 'adviser', { adviserId: await givenAdviser(t) });
    for (const path of paths) {
      const anonymous = await request(t.http).get(path).expect(401);
      expect(anonymous.body.code).toBe('AUTHENTICATION_REQUIRED');
      for (const auth of [reception, adviser])
        expect((await get(path, {}, auth).expect(403)).body.code).toBe('ROLE_REQUIRED');
      await get(path, {}, statsAuth).expect(200);
      await get(path, {}, admin).expect(200);
    }
  });
});
