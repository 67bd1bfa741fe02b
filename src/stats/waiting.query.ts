import type { EntityManager } from 'typeorm';

export interface WaitCounts {
  location: string;
  name: string;
  day: string;
  calls: number;
  median: number | null;
  p90: number | null;
}

/**
 * The Danish days of the period [$1, $2) with each day's instants, computed once per day: the
 * statistics then read one day's bookings at a time by an index range on starts_at, instead of
 * converting every booking's start to a local day and sorting a year of rows by it.
 */
export const PERIOD_DAYS_CTE = `
days AS (
  SELECT d::date AS day, d AT TIME ZONE 'Europe/Copenhagen' AS starts,
    (d + interval '1 day') AT TIME ZONE 'Europe/Copenhagen' AS ends
  FROM generate_series(($1::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date::timestamp,
    ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date::timestamp - interval '1 day',
    interval '1 day') d
)`;

/**
 * Check-in to call, per place and Danish day of the visit. The call is the first of "called" and
 * "started" (an adviser may start without calling a citizen already at the station); a citizen
 * called again keeps the last call. Waits are minutes, to one decimal. Each day is an index-only
 * range of ix_bookings_stats, so the percentiles sort one day's waits at a time (and both in one
 * sort). Callbacks are never checked in (ck_bookings_callback), so they have no wait here.
 * $1, $2: the period's instants.
 */
const WAITS_SQL = `
WITH ${PERIOD_DAYS_CTE},
per_day AS (
  SELECT days.day, w.location_id, w.calls, w.percentiles
  FROM days CROSS JOIN LATERAL (
    SELECT b.location_id, count(*) AS calls,
      percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (
        ORDER BY date_part('epoch', least(b.called_at, b.started_at) - b.checked_in_at) / 60) AS percentiles
    FROM bookings b
    WHERE b.starts_at >= days.starts AND b.starts_at < days.ends
      AND b.checked_in_at IS NOT NULL AND least(b.called_at, b.started_at) >= b.checked_in_at
    GROUP BY b.location_id
  ) w
)
SELECT l.code AS location, l.name, to_char(d.day, 'YYYY-MM-DD') AS day, d.calls::int AS calls,
  round(d.percentiles[1]::numeric, 1)::float8 AS median, round(d.percentiles[2]::numeric, 1)::float8 AS p90
FROM per_day d JOIN locations l ON l.id = d.location_id
ORDER BY d.day, l.code`;

export function waitCounts(db: EntityManager, bounds: { from: Date; to: Date }): Promise<WaitCounts[]> {
  return db.query<WaitCounts[]>(WAITS_SQL, [bounds.from, bounds.to]);
}

export interface FirstFreeCount {
  day: string;
  errand: string;
  errand_da: string;
  errand_en: string;
  location: string;
  location_name: string;
  days: number | null;
}

/** The availability module's daily measurements (first_free_days), read only. */
const FIRST_FREE_SQL = `
SELECT to_char(f.day, 'YYYY-MM-DD') AS day, e.code AS errand, e.name_da AS errand_da, e.name_en AS errand_en,
  l.code AS location, l.name AS location_name, f.days
FROM first_free_days f
JOIN errands e ON e.id = f.errand_id
JOIN locations l ON l.id = f.location_id
WHERE f.day BETWEEN $1 AND $2
ORDER BY f.day, e.code, l.code`;

export function firstFreeCounts(
  db: EntityManager,
  firstDay: string,
  lastDay: string,
): Promise<FirstFreeCount[]> {
  return db.query<FirstFreeCount[]>(FIRST_FREE_SQL, [firstDay, lastDay]);
}

export interface FirstFreeSummaryCount {
  errand: string;
  errand_da: string;
  errand_en: string;
  location: string;
  location_name: string;
  measurements: number;
  latest_day: string;
  latest_days: number | null;
  average: number | null;
  max: number | null;
  nothing_free: number;
}

/**
 * The measurements per errand and place, summed up in the database (a year is ~40k rows). The
 * latest day's value is looked up by primary key afterwards: an ordered array_agg per group sorted
 * the whole year (measured 40-50 ms CPU against 10).
 */
const FIRST_FREE_SUMMARY_SQL = `
WITH summed AS (
  SELECT f.errand_id, f.location_id, count(*) AS measurements, max(f.day) AS latest_day,
    avg(f.days) AS average, max(f.days) AS max, count(*) FILTER (WHERE f.days IS NULL) AS nothing_free
  FROM first_free_days f
  WHERE f.day BETWEEN $1 AND $2
  GROUP BY f.errand_id, f.location_id
)
SELECT e.code AS errand, e.name_da AS errand_da, e.name_en AS errand_en, l.code AS location,
  l.name AS location_name, s.measurements::int AS measurements, to_char(s.latest_day, 'YYYY-MM-DD') AS latest_day,
  (SELECT latest.days FROM first_free_days latest
    WHERE latest.day = s.latest_day AND latest.errand_id = s.errand_id AND latest.location_id = s.location_id)
    AS latest_days,
  round(s.average, 1)::float8 AS average, s.max, s.nothing_free::int AS nothing_free
FROM summed s
JOIN errands e ON e.id = s.errand_id
JOIN locations l ON l.id = s.location_id
ORDER BY e.code, l.code`;

export function firstFreeSummary(
  db: EntityManager,
  firstDay: string,
  lastDay: string,
): Promise<FirstFreeSummaryCount[]> {
  return db.query<FirstFreeSummaryCount[]>(FIRST_FREE_SUMMARY_SQL, [firstDay, lastDay]);
}
