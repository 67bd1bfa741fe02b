import { type Booked, book } from './bookings.js';
import { decodeHtml } from './booking-pages.js';
import { givenOffice, type Office } from './factories.js';
import type { TestApp } from './test-app.js';

/*
 * A known week for the statistics page: Tuesday 1 to Monday 7 December 2026 (Danish days). Triages
 * are written as rows directly (as the triage API and the retention sweep leave them), some just
 * inside and some just outside the week, so the page's numbers can be recomputed by hand.
 */
export const STATS_WEEK = { from: '2026-12-01', to: '2026-12-07' };
/** The set-up books from here (a week before); the page is read the day after the week. */
export const BEFORE_WEEK = '2026-11-25T09:00:00+01:00';
export const AFTER_WEEK = '2026-12-08T10:00:00+01:00';

interface TriageRows {
  errand: 'PAS_VOKSEN' | 'FLYT';
  outcome: 'self_service' | 'visit' | 'not_yet' | 'elsewhere';
  source?: 'online' | 'reception' | 'phone';
  count: number;
  at: string;
  /** Told to do it themselves, came back "I could not" (only self_service). */
  tried?: boolean;
}

async function triages(t: TestApp, rows: TriageRows): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
       option_keys, source, language, created_at, expires_at, self_service_tried_at)
     SELECT e.id, e.version, '{}', $2, 'test', 'x', 'x', '{}', $3, 'da', $4::timestamptz,
       $4::timestamptz + interval '1 day', CASE WHEN $5 THEN $4::timestamptz + interval '30 minutes' END
     FROM errands e, generate_series(1, $6::int) WHERE e.code = $1`,
    [rows.errand, rows.outcome, rows.source ?? 'online', rows.at, rows.tried ?? false, rows.count],
  );
}

async function triageDay(
  t: TestApp,
  row: { day: string; errand: string; source: string; location: string | null; outcome: string },
  counts: { triages: number; tried: number },
): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO triage_days (day, errand_id, source, location_id, outcome, triages, self_service_tried)
     SELECT $1, e.id, $3, $4, $5, $6, $7 FROM errands e WHERE e.code = $2`,
    [row.day, row.errand, row.source, row.location, row.outcome, counts.triages, counts.tried],
  );
}

async function clicks(t: TestApp, day: string, outcome: string, count: number): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO self_service_clicks (day, errand_id, option_key, outcome, clicks)
     SELECT $1, e.id, 'borger-dk', $2, $3 FROM errands e WHERE e.code = 'FLYT'`,
    [day, outcome, count],
  );
}

export interface StatsData {
  office: Office;
  bookings: Booked[];
}

/** Writes the week (see the expectations in test/stats-pages.e2e-spec.ts); the clock at BEFORE_WEEK. */
export async function givenStatsWeek(t: TestApp): Promise<StatsData> {
  const office = await givenOffice(t, {
    code: 'STATSHUS',
    name: 'Borgerservice Statistik',
    errands: ['PAS_VOKSEN', 'FLYT'],
    stations: 2,
    advisers: 2,
  });
  await triages(t, {
    errand: 'PAS_VOKSEN',
    outcome: 'self_service',
    count: 3,
    at: '2026-12-01T00:05:00+01:00',
  });
  await triages(t, {
    errand: 'PAS_VOKSEN',
    outcome: 'self_service',
    count: 1,
    at: '2026-12-02T12:00:00+01:00',
    tried: true,
  });
  await triages(t, { errand: 'PAS_VOKSEN', outcome: 'visit', count: 4, at: '2026-12-03T09:00:00+01:00' });
  await triages(t, { errand: 'PAS_VOKSEN', outcome: 'not_yet', count: 1, at: '2026-12-03T09:00:00+01:00' });
  await triages(t, { errand: 'FLYT', outcome: 'self_service', count: 6, at: '2026-12-07T23:55:00+01:00' });
  await triages(t, { errand: 'FLYT', outcome: 'visit', count: 2, at: '2026-12-04T10:00:00+01:00' });
  await triages(t, { errand: 'FLYT', outcome: 'elsewhere', count: 1, at: '2026-12-04T10:00:00+01:00' });
  await triages(t, {
    errand: 'FLYT',
    outcome: 'self_service',
    source: 'phone',
    count: 1,
    at: '2026-12-05T10:00:00+01:00',
  });
  await triages(t, {
    errand: 'FLYT',
    outcome: 'visit',
    source: 'phone',
    count: 1,
    at: '2026-12-05T10:00:00+01:00',
  });
  // Just outside the week: Monday 30 November 23:55 and Tuesday 8 December 00:05, Danish time.
  await triages(t, {
    errand: 'PAS_VOKSEN',
    outcome: 'self_service',
    count: 5,
    at: '2026-11-30T23:55:00+01:00',
  });
  await triages(t, { errand: 'FLYT', outcome: 'visit', count: 3, at: '2026-12-08T00:05:00+01:00' });
  // What the retention sweep kept of deleted desk triages, and a day after the week.
  const desk = { day: '2026-12-02', errand: 'FLYT', source: 'reception', location: office.id };
  await triageDay(t, { ...desk, outcome: 'self_service' }, { triages: 4, tried: 1 });
  await triageDay(t, { ...desk, outcome: 'visit' }, { triages: 2, tried: 0 });
  await triageDay(
    t,
    { day: '2026-12-08', errand: 'FLYT', source: 'online', location: null, outcome: 'self_service' },
    { triages: 10, tried: 0 },
  );
  await clicks(t, '2026-12-03', 'self_service', 7);
  await clicks(t, '2026-12-04', 'visit', 2);
  await clicks(t, '2026-11-30', 'self_service', 5);
  const bookings: Booked[] = [];
  for (const start of ['2026-12-02T10:00:00+01:00', '2026-12-02T11:00:00+01:00', '2026-12-03T10:00:00+01:00'])
    bookings.push(await book(t, { location: office.code, errand: 'PAS_VOKSEN', start }));
  await visitsHappened(t, bookings);
  await firstFree(t, office.id);
  return { office, bookings };
}

/**
 * As the desk and the adviser leave the rows (set-up only, as SQL): the first visit checked in at
 * 09:52, called 10:04 (a 12-minute wait) and completed "done by adviser, can do it alone next
 * time"; the second never came; the citizen cancelled the third.
 */
async function visitsHappened(t: TestApp, [done, missed, cancelled]: Booked[]): Promise<void> {
  await t.dataSource.query(
    `UPDATE bookings SET status = 'completed', checked_in_at = '2026-12-02T09:52:00+01:00',
       called_at = '2026-12-02T10:04:00+01:00', started_at = '2026-12-02T10:05:00+01:00',
       completed_at = '2026-12-02T10:25:00+01:00', outcome = 'done_by_adviser', can_do_alone_next_time = true
     WHERE id = $1`,
    [done.id],
  );
  await t.dataSource.query(`UPDATE bookings SET status = 'no_show' WHERE id = $1`, [missed.id]);
  await t.dataSource.query(
    `UPDATE bookings SET status = 'cancelled', cancelled_by = 'citizen', cancelled_at = '2026-11-26T08:00:00+01:00'
     WHERE id = $1`,
    [cancelled.id],
  );
}

/** The availability module's morning measurements: 3 days ahead on 1 December, 5 on the 2nd. */
async function firstFree(t: TestApp, location: string): Promise<void> {
  for (const [day, days] of [
    ['2026-12-01', 3],
    ['2026-12-02', 5],
  ] as const)
    await t.dataSource.query(
      `INSERT INTO first_free_days (day, errand_id, location_id, days, measured_at)
       SELECT $1, e.id, $2, $3, $1::date + time '06:00' FROM errands e WHERE e.code = 'PAS_VOKSEN'`,
      [day, location, days],
    );
}

/** A table's body rows as the texts of their cells (row heading first). */
export function tableRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table[^>]*id="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (table === undefined) throw new Error(`no table #${id} on the page`);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) =>
      decodeHtml(cell.replace(/<[^>]+>/g, '')).trim(),
    ),
  );
}

/** A triage row as the triage API leaves it (made at `at`, expiring a day later); returns its id. */
export async function insertTriage(
  t: TestApp,
  row: { errand: string; outcome: string; source: string; at: string; locationId?: string | null },
): Promise<string> {
  const [{ id }] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
       option_keys, source, location_id, language, created_at, expires_at)
     SELECT e.id, e.version, '{}', $2, 'test', 'x', 'x', '{}', $3, $4, 'da', $5::timestamptz,
       $5::timestamptz + interval '1 day'
     FROM errands e WHERE e.code = $1 RETURNING id`,
    [row.errand, row.outcome, row.source, row.locationId ?? null, row.at],
  );
  return id;
}

export type CallbackOutcome = 'solved_on_phone' | 'sent_to_self_service' | 'needs_visit' | 'no_answer';

/**
 * A booking row of a triage, as booking and the hotline leave it (set-up only, as SQL): a visit at
 * a station, or — without `stationId` — a callback at a hotline place, 15 minutes (a visit 20),
 * with its outcome, tries and the guidance of "sent to self-service".
 */
export async function insertBooking(
  t: TestApp,
  row: {
    triageId: string;
    errand: string;
    locationId: string;
    stationId: string | null;
    adviserId: string;
    start: string;
    status: 'booked' | 'in_progress' | 'completed' | 'cancelled';
    outcome?: CallbackOutcome | 'done_by_adviser';
    attempts?: number;
  },
): Promise<void> {
  const call = row.stationId === null;
  await t.dataSource.query(
    `INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
       starts_at, ends_at, status, outcome, call_attempts, last_call_at, guidance_option, started_at, completed_at,
       citizen_name, citizen_phone, language, created_at, cancelled_at, cancelled_by)
     SELECT $1, '\\x00', $2, e.id, $3, $4, $5, $6::timestamptz, $6::timestamptz + $7::interval, $8::text, $9::text,
       $10::smallint, CASE WHEN $10::int > 0 THEN $6::timestamptz END,
       CASE WHEN $9 = 'sent_to_self_service' THEN 'mitid_app' END,
       CASE WHEN $8 IN ('in_progress', 'completed') THEN $6::timestamptz END,
       CASE WHEN $8 = 'completed' THEN $6::timestamptz + interval '10 minutes' END,
       'Test', '+4512345678', 'da', $6::timestamptz - interval '1 day',
       CASE WHEN $8 = 'cancelled' THEN $6::timestamptz - interval '2 hours' END,
       CASE WHEN $8 = 'cancelled' THEN 'citizen' END
     FROM errands e WHERE e.code = $11`,
    [
      `C${row.triageId.slice(0, 8)}${row.start.slice(5, 10)}`,
      row.triageId,
      row.locationId,
      row.stationId,
      row.adviserId,
      row.start,
      call ? '15 minutes' : '20 minutes',
      row.status,
      row.outcome ?? null,
      row.attempts ?? 0,
      row.errand,
    ],
  );
}
