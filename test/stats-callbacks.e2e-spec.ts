import request from 'supertest';
import { TriageRetentionSweep } from '../src/errands/triage-retention.sweep.js';
import { givenAdviser, givenLocation, givenStaff, type GivenLocation } from './support/factories.js';
import { open, staffBrowser } from './support/staff-pages.js';
import { type CallbackOutcome, insertBooking, insertTriage, tableRows } from './support/stats-data.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The hotline's callbacks in the statistics, over a data set made here: triages that booked a
 * callback (offered next to a visit, or decided by the rules), each callback outcome, an open call,
 * a second try, a cancelled call, a call after the period and one whose triage is from before it,
 * and the phone triage a "needs a visit" call made. Every number is recounted by hand from the
 * lists below (plain filters, not the report's SQL), by the definitions in README "Statistics".
 */

type Errand = 'MITID_NY' | 'FLYT';
type Where = 'hotline' | 'station';

interface Call {
  start: string;
  status: 'booked' | 'in_progress' | 'completed' | 'cancelled';
  outcome?: CallbackOutcome;
  attempts?: number;
}

interface TriageSpec {
  at: string;
  errand: Errand;
  outcome: 'self_service' | 'visit' | 'callback';
  source: 'online' | 'phone';
  /** The callback booked with it (no station, at the hotline). */
  call?: Call;
  /** The visit booked with it (at the station place). */
  visit?: { start: string };
  /** By hand: the triage's Danish day and ISO week. */
  day: string;
  week: string;
}

const NOW = '2026-11-25T12:00:00+01:00';
const PERIOD = { from: '2026-11-16', to: '2026-11-25' };

const TRIAGES: TriageSpec[] = [
  // Before the period: only its call (solved, 16 November) is in it.
  {
    at: '2026-11-13T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'visit',
    source: 'online',
    call: { start: '2026-11-16T10:00:00+01:00', status: 'completed', outcome: 'solved_on_phone' },
    day: '2026-11-13',
    week: '2026-W46',
  },
  // Offered a callback next to the visit, booked it: the call decides.
  {
    at: '2026-11-16T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'visit',
    source: 'online',
    call: { start: '2026-11-17T10:00:00+01:00', status: 'completed', outcome: 'solved_on_phone' },
    day: '2026-11-16',
    week: '2026-W47',
  },
  {
    at: '2026-11-16T09:10:00+01:00',
    errand: 'MITID_NY',
    outcome: 'visit',
    source: 'online',
    call: { start: '2026-11-17T10:30:00+01:00', status: 'completed', outcome: 'sent_to_self_service' },
    day: '2026-11-16',
    week: '2026-W47',
  },
  {
    at: '2026-11-17T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'visit',
    source: 'online',
    call: { start: '2026-11-18T10:00:00+01:00', status: 'completed', outcome: 'needs_visit' },
    day: '2026-11-17',
    week: '2026-W47',
  },
  // The phone triage that call made, with the visit booked from it: the visit counts here.
  {
    at: '2026-11-18T10:10:00+01:00',
    errand: 'MITID_NY',
    outcome: 'visit',
    source: 'phone',
    visit: { start: '2026-11-20T10:00:00+01:00' },
    day: '2026-11-18',
    week: '2026-W47',
  },
  // The rules decided a callback: not reached twice; one tried once and offered a second try.
  {
    at: '2026-11-18T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'callback',
    source: 'online',
    call: { start: '2026-11-19T10:00:00+01:00', status: 'completed', outcome: 'no_answer', attempts: 2 },
    day: '2026-11-18',
    week: '2026-W47',
  },
  {
    at: '2026-11-24T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'callback',
    source: 'online',
    call: { start: '2026-11-24T13:00:00+01:00', status: 'booked', attempts: 1 },
    day: '2026-11-24',
    week: '2026-W48',
  },
  // Its callback cancelled, nothing else booked: it needed a visit.
  {
    at: '2026-11-19T09:00:00+01:00',
    errand: 'FLYT',
    outcome: 'visit',
    source: 'online',
    call: { start: '2026-11-20T10:00:00+01:00', status: 'cancelled' },
    day: '2026-11-19',
    week: '2026-W47',
  },
  {
    at: '2026-11-20T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'visit',
    source: 'online',
    visit: { start: '2026-11-23T10:00:00+01:00' },
    day: '2026-11-20',
    week: '2026-W47',
  },
  {
    at: '2026-11-20T09:30:00+01:00',
    errand: 'MITID_NY',
    outcome: 'self_service',
    source: 'online',
    day: '2026-11-20',
    week: '2026-W47',
  },
  // A callback decided, never booked.
  {
    at: '2026-11-23T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'callback',
    source: 'online',
    day: '2026-11-23',
    week: '2026-W48',
  },
  // Today's, not expired (read live): a call going on now, one after the period, one later today.
  {
    at: '2026-11-25T08:00:00+01:00',
    errand: 'FLYT',
    outcome: 'visit',
    source: 'online',
    call: { start: '2026-11-25T11:30:00+01:00', status: 'in_progress' },
    day: '2026-11-25',
    week: '2026-W48',
  },
  {
    at: '2026-11-25T08:30:00+01:00',
    errand: 'MITID_NY',
    outcome: 'visit',
    source: 'online',
    call: { start: '2026-11-27T10:00:00+01:00', status: 'booked' },
    day: '2026-11-25',
    week: '2026-W48',
  },
  {
    at: '2026-11-25T09:00:00+01:00',
    errand: 'MITID_NY',
    outcome: 'callback',
    source: 'online',
    call: { start: '2026-11-25T14:00:00+01:00', status: 'booked' },
    day: '2026-11-25',
    week: '2026-W48',
  },
];

const callDay = (call: Call) => call.start.slice(0, 10);
const weekOf: Record<string, string> = Object.fromEntries(
  ['16', '17', '18', '19', '20', '22']
    .map((d) => [`2026-11-${d}`, '2026-W47'])
    .concat(['23', '24', '25', '27'].map((d) => [`2026-11-${d}`, '2026-W48'])),
);
const inPeriod = (day: string) => day >= PERIOD.from && day <= PERIOD.to;
const triagesInPeriod = TRIAGES.filter((r) => inPeriod(r.day));
const callsInPeriod = TRIAGES.flatMap((r) =>
  r.call && inPeriod(callDay(r.call)) ? [{ ...r.call, errand: r.errand }] : [],
);
/** A visit triage that booked a callback which is not cancelled: the call decides, not the triage. */
const callDecides = (r: TriageSpec) => r.outcome === 'visit' && !!r.call && r.call.status !== 'cancelled';

/** The counts of a group of triages and of calls, by the definitions in README "Statistics". */
function counted(triages: TriageSpec[], calls: (Call & { errand: Errand })[]) {
  const ended = (outcome: CallbackOutcome) =>
    calls.filter((c) => c.status === 'completed' && c.outcome === outcome).length;
  const callbacks = {
    booked: calls.filter((c) => c.status !== 'cancelled').length,
    solvedOnPhone: ended('solved_on_phone'),
    sentToSelfService: ended('sent_to_self_service'),
    needsVisit: ended('needs_visit'),
    noAnswer: ended('no_answer'),
    open: calls.filter((c) => c.status === 'booked' || c.status === 'in_progress').length,
  };
  const selfService = triages.filter((r) => r.outcome === 'self_service').length;
  const visit = triages.filter((r) => r.outcome === 'visit' && !callDecides(r)).length;
  const withoutVisit = selfService + callbacks.solvedOnPhone + callbacks.sentToSelfService;
  return {
    triages: triages.length,
    selfService,
    visit,
    notYet: 0,
    elsewhere: 0,
    triedThenBooked: 0,
    callback: triages.filter((r) => r.outcome === 'callback').length,
    callbackInsteadOfVisit: triages.filter(callDecides).length,
    callbacks,
    withoutVisit,
    selfServiceRate:
      withoutVisit + visit === 0 ? null : Math.round((1000 * withoutVisit) / (withoutVisit + visit)) / 10,
  };
}

describe('statistics: the hotline callbacks', () => {
  let t: TestApp;
  let places: Record<Where, GivenLocation>;
  let advisers: Record<Where, string>;
  let statsAuth: string;

  const get = (path: string, query: Record<string, string> = {}) =>
    request(t.http).get(path).query(query).set('Authorization', statsAuth).expect(200);
  const report = async (by: string) => (await get('/stats/self-service', { ...PERIOD, by })).body;
  const withoutLabels = (rows: { key: string; label: string }[]) =>
    rows.map(({ label: _label, ...rest }) => rest);
  const byKey = <T extends { key: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.key.localeCompare(b.key));

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const errands = ['MITID_NY', 'FLYT'];
    places = {
      hotline: await givenLocation(t, {
        code: 'CB_HOT',
        name: 'Hotline',
        kind: 'hotline',
        stations: [],
        hours: [{ from: '08:00', to: '16:00' }],
      }),
      station: await givenLocation(t, { code: 'CB_MAIN', name: 'Hovedkontor', errands }),
    };
    advisers = {
      hotline: await givenAdviser(t, {
        errands,
        works: [{ at: places.hotline, hours: [{ from: '08:00', to: '16:00' }] }],
      }),
      station: await givenAdviser(t, {
        errands,
        works: [{ at: places.station, hours: [{ from: '09:00', to: '16:00' }] }],
      }),
    };
    for (const spec of TRIAGES) {
      const triageId = await insertTriage(t, spec);
      const booking = { triageId, errand: spec.errand };
      if (spec.call)
        await insertBooking(t, {
          ...booking,
          ...spec.call,
          locationId: places.hotline.id,
          stationId: null,
          adviserId: advisers.hotline,
        });
      if (spec.visit)
        await insertBooking(t, {
          ...booking,
          start: spec.visit.start,
          status: 'completed',
          outcome: 'done_by_adviser',
          locationId: places.station.id,
          stationId: places.station.stationIds[0],
          adviserId: advisers.station,
        });
    }
    statsAuth = await givenStaff(t, 'stats');
  });
  afterAll(() => t?.close());

  it('counts each callback outcome once, per errand, and the rate counts calls handled on the phone', async () => {
    const body = await report('errand');
    const expected = (['FLYT', 'MITID_NY'] as const).map((errand) => ({
      key: errand,
      ...counted(
        triagesInPeriod.filter((r) => r.errand === errand),
        callsInPeriod.filter((c) => c.errand === errand),
      ),
    }));
    expect(byKey(withoutLabels(body.rows))).toEqual(expected);
    expect(body.total).toEqual({ key: 'total', label: 'I alt', ...counted(triagesInPeriod, callsInPeriod) });
    // The hand count itself: 13 triages = 1 self-served + 3 visits (the phone triage of the call
    // that needed a visit, the visit booked at the desk's place, the cancelled callback) + 4
    // callbacks decided + 5 visit triages whose booked callback decides. Calls in the period: 8
    // not cancelled (the one on 27 November is after it); solved 2 (one of a triage from before
    // the period), sent to self-service 1, needs a visit 1, no answer 1, open 3 (a second try
    // booked, one going on, one later today). Without a visit: 1 + 2 + 1 = 4 → 4 / (4 + 3).
    expect(counted(triagesInPeriod, callsInPeriod)).toEqual({
      triages: 13,
      selfService: 1,
      visit: 3,
      notYet: 0,
      elsewhere: 0,
      triedThenBooked: 0,
      callback: 4,
      callbackInsteadOfVisit: 5,
      callbacks: { booked: 8, solvedOnPhone: 2, sentToSelfService: 1, needsVisit: 1, noAnswer: 1, open: 3 },
      withoutVisit: 4,
      selfServiceRate: 57.1,
    });
    // MitID: 4 / (4 + 2) = 66,7 %; moving: its only visit → 0 %.
    expect(
      body.rows.map((r: { key: string; selfServiceRate: number }) => [r.key, r.selfServiceRate]),
    ).toEqual([
      ['MITID_NY', 66.7],
      ['FLYT', 0],
    ]);
  });

  it('puts the calls under the channel phone, at the hotline place, in the week of the call', async () => {
    const channels = await report('channel');
    expect(withoutLabels(channels.rows)).toEqual([
      {
        key: 'online',
        ...counted(
          triagesInPeriod.filter((r) => r.source === 'online'),
          [],
        ),
      },
      { key: 'reception', ...counted([], []) },
      {
        key: 'phone',
        ...counted(
          triagesInPeriod.filter((r) => r.source === 'phone'),
          callsInPeriod,
        ),
      },
    ]);

    // A triage's place: its booking not cancelled (a callback's is the hotline), else none.
    const placeOf = (r: TriageSpec) =>
      r.call && r.call.status !== 'cancelled' ? 'CB_HOT' : r.visit ? 'CB_MAIN' : 'none';
    const locations = await report('location');
    expect(byKey(withoutLabels(locations.rows))).toEqual([
      {
        key: 'CB_HOT',
        ...counted(
          triagesInPeriod.filter((r) => placeOf(r) === 'CB_HOT'),
          callsInPeriod,
        ),
      },
      {
        key: 'CB_MAIN',
        ...counted(
          triagesInPeriod.filter((r) => placeOf(r) === 'CB_MAIN'),
          [],
        ),
      },
      {
        key: 'none',
        ...counted(
          triagesInPeriod.filter((r) => placeOf(r) === 'none'),
          [],
        ),
      },
    ]);

    const weeks = await report('week');
    expect(withoutLabels(weeks.rows)).toEqual(
      ['2026-W47', '2026-W48'].map((week) => ({
        key: week,
        ...counted(
          triagesInPeriod.filter((r) => r.week === week),
          callsInPeriod.filter((c) => weekOf[callDay(c)] === week),
        ),
      })),
    );
    const months = await report('month');
    expect(withoutLabels(months.rows)).toEqual([
      { key: '2026-11', ...counted(triagesInPeriod, callsInPeriod) },
    ]);
  });

  it('counts the same after the sweep counted the triages, with the callbacks booked in the day counts', async () => {
    const dimensions = ['errand', 'location', 'channel', 'week', 'month'];
    const before = await Promise.all(dimensions.map(report));
    const sweep = t.app.get(TriageRetentionSweep);
    // Expired by 11:50: all but today's three.
    expect(await sweep.run()).toEqual({ counted: TRIAGES.length - 3, deleted: 0 });
    expect(await Promise.all(dimensions.map(report))).toEqual(before);
    t.clock.set('2026-11-27T12:00:00+01:00');
    try {
      expect(await sweep.run()).toEqual({ counted: 3, deleted: 0 });
      expect(await Promise.all(dimensions.map(report))).toEqual(before);
    } finally {
      t.clock.set(NOW);
    }
    const days = await t.dataSource.query<{ outcome: string; booked: number; callback_booked: number }[]>(
      `SELECT outcome, sum(booked)::int AS booked, sum(callback_booked)::int AS callback_booked
       FROM triage_days WHERE day BETWEEN $1 AND $2 GROUP BY outcome ORDER BY outcome`,
      [PERIOD.from, PERIOD.to],
    );
    const booked = (outcome: string, callback: boolean) =>
      triagesInPeriod.filter(
        (r) =>
          r.outcome === outcome &&
          (callback ? !!r.call && r.call.status !== 'cancelled' : !!r.call || !!r.visit),
      ).length;
    expect(days).toEqual(
      ['callback', 'self_service', 'visit'].map((outcome) => ({
        outcome,
        booked: booked(outcome, false),
        callback_booked: booked(outcome, true),
      })),
    );
    expect(days.find((d) => d.outcome === 'visit')).toEqual({
      outcome: 'visit',
      booked: 8,
      callback_booked: 5,
    });
  });

  it('answers the same numbers as CSV, the callback columns after the older ones', async () => {
    const json = await report('errand');
    const res = await get('/stats/self-service.csv', { ...PERIOD, by: 'errand' });
    const [header, ...lines] = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const columns = header.split(',');
    expect(columns.slice(-9)).toEqual([
      'callback',
      'callbackInsteadOfVisit',
      'callbacksBooked',
      'callbacksSolvedOnPhone',
      'callbacksSentToSelfService',
      'callbacksNeedsVisit',
      'callbacksNoAnswer',
      'callbacksOpen',
      'withoutVisit',
    ]);
    type Row = ReturnType<typeof counted> & { key: string; label: string };
    const value = (row: Row, column: string): unknown => {
      if (column === 'targetPercent') return 50;
      if (column.startsWith('callbacks')) {
        const field = column.slice('callbacks'.length);
        return row.callbacks[(field[0].toLowerCase() + field.slice(1)) as keyof Row['callbacks']];
      }
      const cell = row[column as keyof Row] ?? '';
      return typeof cell === 'string' && cell.includes(',') ? `"${cell}"` : cell;
    };
    expect(lines).toEqual(
      [...json.rows, json.total].map((row: Row) => columns.map((c) => value(row, c)).join(',')),
    );
  });

  it('leaves callbacks out of the visits and the waits, and shows the hotline as calls in the capacity', async () => {
    const visits = (await get('/stats/visits', PERIOD)).body;
    // Only the two visits at the station place; none of the nine calls.
    expect(
      visits.rows.map((r: { key: string; booked: number; completed: number }) => [
        r.key,
        r.booked,
        r.completed,
      ]),
    ).toEqual([['MITID_NY', 2, 2]]);
    const waiting = (await get('/stats/waiting', PERIOD)).body;
    expect(waiting.rows).toEqual([]);

    const capacity = (await get('/stats/capacity', { from: '2026-11-17', to: '2026-11-20' })).body;
    const hotline = (day: string, calls: number) => ({
      location: 'CB_HOT',
      label: 'Hotline',
      hotline: true,
      day: `2026-11-${day}`,
      stationMinutes: 0,
      bookedMinutes: 15 * calls,
      stationUse: null,
      adviserMinutes: 480,
      adviserUse: Math.round((1000 * 15 * calls) / 480) / 10,
    });
    const station = (day: string, booked: number) => ({
      location: 'CB_MAIN',
      label: 'Hovedkontor',
      hotline: false,
      day: `2026-11-${day}`,
      stationMinutes: 420,
      bookedMinutes: booked,
      stationUse: Math.round((1000 * booked) / 420) / 10,
      adviserMinutes: 420,
      adviserUse: Math.round((1000 * booked) / 420) / 10,
    });
    expect(capacity.rows).toEqual([
      hotline('17', 2),
      station('17', 0),
      hotline('18', 1),
      station('18', 0),
      hotline('19', 1),
      station('19', 0),
      // The cancelled call holds no time; the visit booked from the call that needed one does.
      hotline('20', 0),
      station('20', 20),
    ]);
  });

  it('shows how the calls ended per errand on the statistics page', async () => {
    const { agent } = await staffBrowser(t, 'stats');
    const page = await open(agent, `/staff/statistik?fra=${PERIOD.from}&til=${PERIOD.to}`).expect(200);
    const [{ name }] = await t.dataSource.query<{ name: string }[]>(
      `SELECT name_da AS name FROM errands WHERE code = 'MITID_NY'`,
    );
    // Triages, self-served, visit, not yet, elsewhere, tried then booked, solved on the phone,
    // sent to self-service, needs a visit, no answer, rate.
    expect(tableRows(page.text, 'table-self-service')).toEqual([
      [name, '11', '1', '2', '0', '0', '0', '2', '1', '1', '1', '66,7 %'],
      ['Meld flytning', '2', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0,0 %'],
      ['I alt', '13', '1', '3', '0', '0', '0', '2', '1', '1', '1', '57,1 %'],
    ]);
    expect(page.text).toContain('Opkald fra hotlinen i perioden: 8, heraf 3 endnu ikke afsluttet');
    expect(page.text).toContain('løst i telefonen eller sendt til selvbetjening');
    expect(tableRows(page.text, 'table-capacity').map((row) => row[0])).toContain('Hotline (opkald)');
  });
});
