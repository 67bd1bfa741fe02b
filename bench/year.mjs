// One municipality's year for the statistics phase, written set-based in SQL (generate_series,
// INSERT … SELECT): ~500,000 triages and ~200,000 visits over the 365 Danish days up to yesterday.
//
// The shape is the one the database has after a year of running, not a pile of rows:
// - Every triage that expired (older than ~24 hours) has been counted by the retention sweep into
//   triage_days, as counts per day, errand, channel, place and outcome, and marked counted_at;
//   those that led to no booking and are older than TRIAGE_RETENTION_DAYS (30) have been deleted.
//   The last 30 days and every triage a booking refers to are rows. BENCH_YEAR_ROLLUP=false keeps
//   every triage as a row (a municipality that keeps them a year), counted all the same.
// - Visits are packed back to back (with small gaps) on 5 extra places × 8 stations, each station
//   with its own adviser, so active visits never overlap on a station or an adviser (the
//   exclusion constraints); a cancelled visit keeps the slot it had.
// - Past visits ended: completed (outcome, "can do it alone next time", check-in/call/start/end
//   times), no-show, cancelled by the citizen or the municipality; walk-ins were checked in when
//   booked. Personal data is gone, as PERSONAL_DATA_RETENTION_DAYS would have it.
import { closedReason } from '../dist/src/locations/closed-days.js';
import {
  BOOKINGS_SQL,
  DAYS_SQL,
  PLACES_SQL,
  RULES_SQL,
  VISIT_FACTS_SQL,
  VISIT_TRIAGES_SQL,
  VISIT_WEIGHTS,
  VISITS_SQL,
  ZONE,
} from './year-visits.mjs';
import {
  CLICKS_SQL,
  COUNTED_DAYS_SQL,
  FIRST_FREE_SQL,
  LONE_OUTCOMES,
  LONE_ROWS_SQL,
  LONE_SQL,
  TRIAGE_DAYS_SQL,
  TRIAGE_WEIGHTS,
} from './year-triages.mjs';

/** Open days of the year (no weekend, public holiday or municipal closed day), as closedReason decides. */
function openDays(from, to) {
  const closed = (process.env.MUNICIPAL_CLOSED_DAYS ?? '06-05,12-24,12-31').split(',').filter(Boolean);
  const days = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !closedReason(date, closed, [])) days.push(date);
  }
  return days;
}

const SIZED_TABLES = ['triage_sessions', 'triage_days', 'bookings', 'self_service_clicks', 'first_free_days'];

/** Days from `from` to `to` (YYYY-MM-DD) inclusive. */
function allDays(from, to) {
  const days = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Writes the year into `db` (a pg.Client) and ANALYZEs. Returns the period (the 365 Danish days
 * up to yesterday), the seconds it took and counts; `log` gets one line per step.
 */
export async function generateYear(db, { triages = 500_000, rollup = true, log = () => {} } = {}) {
  const started = performance.now();
  const step = async (name, sql, params = []) => {
    const t = performance.now();
    const result = await db.query(sql, params);
    log(`  ${name}: ${result.rowCount ?? ''} rows, ${Math.round(performance.now() - t)} ms`);
    return result;
  };
  const {
    rows: [{ to }],
  } = await db.query(`SELECT to_char((now() AT TIME ZONE '${ZONE}')::date - 1, 'YYYY-MM-DD') AS to`);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  const days = allDays(from, to);
  const open = openDays(from, to);
  await db.query('BEGIN');
  try {
    await db.query(`SELECT setseed(0.2026)`);
    // Compiling the generator's expressions costs more than it saves on these row counts.
    await db.query('SET LOCAL jit = off');
    for (const sql of PLACES_SQL) await step(sql.trim().split('\n')[0].slice(0, 40), sql);
    await step('rules', RULES_SQL);
    await step('open days', DAYS_SQL, [open]);
    await step('visits packed', VISITS_SQL, [VISIT_WEIGHTS]);
    await step('visit facts', VISIT_FACTS_SQL);
    await step('visit triages', VISIT_TRIAGES_SQL);
    const bookings = (await step('bookings', BOOKINGS_SQL)).rowCount;
    await step('lone triages drawn', LONE_SQL, [
      triages - bookings,
      TRIAGE_WEIGHTS,
      LONE_OUTCOMES,
      days,
      open,
    ]);
    await step('lone triage rows', LONE_ROWS_SQL, [rollup]);
    await step('triage_days online/phone', TRIAGE_DAYS_SQL(false), [rollup]);
    await step('triage_days reception', TRIAGE_DAYS_SQL(true), [rollup]);
    await step('triage_days counted, no place', COUNTED_DAYS_SQL(false));
    await step('triage_days counted, placed', COUNTED_DAYS_SQL(true));
    await step('self_service_clicks', CLICKS_SQL, [days, TRIAGE_WEIGHTS]);
    const { rows } = await db.query(`SELECT to_regclass('first_free_days') IS NOT NULL AS present`);
    if (rows[0].present) await step('first_free_days', FIRST_FREE_SQL, [days]);
    await db.query('DROP TABLE year_station, year_rule, year_day, year_visit, year_fact, year_lone');
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  await step('ANALYZE', 'ANALYZE');
  const seconds = (performance.now() - started) / 1000;
  const counts = (
    await db.query(`SELECT
      (SELECT count(*) FROM triage_sessions)::int AS "triage rows",
      (SELECT count(*) FROM triage_sessions WHERE counted_at IS NULL)::int AS "uncounted rows",
      (SELECT coalesce(sum(triages), 0) FROM triage_days)::int AS "triages in triage_days",
      (SELECT count(*) FROM triage_days)::int AS "triage_days rows",
      (SELECT count(*) FROM bookings)::int AS bookings,
      (SELECT count(*) FROM self_service_clicks)::int AS "click rows"`)
  ).rows[0];
  return { period: { from, to }, seconds, counts, openDays: open.length };
}

/** pg_total_relation_size (table, indexes, TOAST) of the tables the statistics read, and the database. */
export async function tableSizes(db) {
  const { rows } = await db.query(
    `SELECT t AS "table", (SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(t)) AS rows,
            pg_size_pretty(pg_total_relation_size(to_regclass(t))) AS "total size"
     FROM unnest($1::text[]) t WHERE to_regclass(t) IS NOT NULL
     UNION ALL SELECT 'database', NULL, pg_size_pretty(pg_database_size(current_database()))`,
    [SIZED_TABLES],
  );
  return rows;
}
