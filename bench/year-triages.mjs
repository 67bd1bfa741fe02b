// The triages of the generated year that led to no booking, the self-service clicks and the
// first-free measurements (see year.mjs): SQL run in order by generateYear.
import { COUNTED_AFTER, ZONE } from './year-visits.mjs';

const RETENTION_DAYS = 30;

/** Share of each errand in the triages that led to no booking. */
export const TRIAGE_WEIGHTS = {
  FLYT: 20,
  SUNDHEDSKORT: 10,
  LAEGE_SKIFT: 8,
  MITID_NY: 8,
  PAS_VOKSEN: 8,
  EHIC: 6,
  NEMKONTO: 5,
  FOLKEPENSION: 5,
  BOLIGSTOETTE: 5,
  DIGITAL_HJAELP: 5,
  PAS_MISTET: 4,
  KK_FORNY: 4,
  DIGPOST_FRITAG: 3,
  PAS_AFHENT: 3,
  ATTEST: 2,
  PAS_BARN: 2,
  KK_DUPLIKAT: 0.5,
};
/** Outcome shares of triages that led to no booking, renormalised over the outcomes an errand has. */
export const LONE_OUTCOMES = { self_service: 0.76, visit: 0.1, not_yet: 0.08, elsewhere: 0.06 };

/**
 * The triages that led to no booking. $1 count, $2 triage weights by errand code, $3 outcome
 * shares, $4 all days of the year, $5 open days. Online any day (weekdays twice as likely) 07–23,
 * reception during opening hours at one of the places, phone 09–15 on open days.
 */
export const LONE_SQL = `
  CREATE TEMP TABLE year_lone AS
  WITH mix AS (
    SELECT array_agg(m.id) AS rules FROM (
      SELECT r.errand_id || ':' || r.outcome || ':' || r.ord AS id,
             coalesce(($2::jsonb ->> r.code)::float, 1) * ($3::jsonb ->> r.outcome)::float
             / sum(($3::jsonb ->> r.outcome)::float / r.n) OVER (PARTITION BY r.errand_id) / r.n AS weight
      FROM year_rule r) m, generate_series(1, greatest(1, round(m.weight * 50))::int)),
  days AS (
    SELECT array_agg(d) FILTER (WHERE extract(isodow FROM d) < 6 OR g = 1) AS any_day,
           (SELECT array_agg(x) FROM unnest($5::date[]) x) AS open_day
    FROM unnest($4::date[]) d, generate_series(1, 2) g),
  places AS (SELECT array_agg(DISTINCT location_id) AS ids FROM year_station),
  -- Only scalars per row: the arrays stay in the one-row CTEs (copied into every row they cost a GB of temp files).
  draw AS (
    SELECT mix.rules[1 + floor(n.u0 * cardinality(mix.rules))::int] AS pick,
           CASE WHEN n.u1 < 0.78 THEN 'online' WHEN n.u1 < 0.97 THEN 'reception' ELSE 'phone' END AS source,
           places.ids[1 + floor(n.u3 * cardinality(places.ids))::int] AS place, n.u3, n.u4,
           days.any_day[1 + floor(n.u2 * cardinality(days.any_day))::int] AS any_day,
           days.open_day[1 + floor(n.u2 * cardinality(days.open_day))::int] AS open_day
    FROM (SELECT random() AS u0, random() AS u1, random() AS u2, random() AS u3, random() AS u4
          FROM generate_series(1, $1)) n, mix, days, places)
  SELECT r.errand_id, r.errand_version, r.outcome, r.rule_key, r.reason_da, r.reason_en, r.option_keys, d.source,
         CASE WHEN d.source = 'reception' THEN d.place END AS location_id,
         CASE WHEN d.u4 < 0.12 THEN 'en' ELSE 'da' END AS language,
         r.outcome = 'self_service' AND d.u4 > 0.96 AS tried,
         CASE d.source
           WHEN 'online' THEN d.any_day + time '07:00' + d.u3 * interval '16 hours'
           WHEN 'reception' THEN d.open_day + time '08:30' + d.u4 * interval '7 hours 30 minutes'
           ELSE d.open_day + time '09:00' + d.u3 * interval '6 hours'
         END AT TIME ZONE '${ZONE}' AS created_at
  FROM draw d JOIN year_rule r ON r.errand_id || ':' || r.outcome || ':' || r.ord = d.pick`;

/** $1: keep every triage as a row (no roll-up). Recent ones (and all, without roll-up) become rows. */
export const LONE_ROWS_SQL = `
  INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
    option_keys, source, location_id, language, created_at, expires_at, self_service_tried_at, counted_at)
  SELECT errand_id, errand_version, '{}', outcome, rule_key, reason_da, reason_en, option_keys, source,
         location_id, language, created_at, created_at + interval '24 hours',
         CASE WHEN tried THEN created_at + interval '1 day' END,
         CASE WHEN created_at < now() - interval '${COUNTED_AFTER}' THEN now() END
  FROM year_lone WHERE NOT $1 OR created_at >= now() - interval '${RETENTION_DAYS} days'`;

/** The rest as the retention sweep leaves them: counts per Danish day; added to what is there (demo history). */
export const TRIAGE_DAYS_SQL = (placed) => `
  INSERT INTO triage_days (day, errand_id, source, location_id, outcome, triages, self_service_tried)
  SELECT (created_at AT TIME ZONE '${ZONE}')::date, errand_id, source, location_id, outcome, count(*), count(*) FILTER (WHERE tried)
  FROM year_lone
  WHERE $1 AND created_at < now() - interval '${RETENTION_DAYS} days' AND location_id IS ${placed ? 'NOT ' : ''}NULL
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (day, errand_id, source, ${placed ? 'location_id, ' : ''}outcome) WHERE location_id IS ${placed ? 'NOT ' : ''}NULL
  DO UPDATE SET triages = triage_days.triages + excluded.triages,
                self_service_tried = triage_days.self_service_tried + excluded.self_service_tried`;

/**
 * The triages still stored that the sweep has counted (counted_at set), as it counts them: place
 * from the booking not cancelled, booked = any booking. Added to the day counts of the deleted ones.
 */
export const COUNTED_DAYS_SQL = (placed) => `
  INSERT INTO triage_days (day, errand_id, source, location_id, outcome, triages, self_service_tried, booked)
  SELECT day, errand_id, source, location_id, outcome, count(*), count(*) FILTER (WHERE tried),
         count(*) FILTER (WHERE booked)
  FROM (SELECT (t.created_at AT TIME ZONE '${ZONE}')::date AS day, t.errand_id, t.source, t.outcome,
               t.self_service_tried_at IS NOT NULL AS tried, coalesce(t.location_id, visit.location_id) AS location_id,
               EXISTS (SELECT 1 FROM bookings b WHERE b.triage_id = t.id) AS booked
        FROM triage_sessions t
        LEFT JOIN bookings visit ON visit.triage_id = t.id AND visit.status <> 'cancelled'
        WHERE t.counted_at IS NOT NULL) c
  WHERE location_id IS ${placed ? 'NOT ' : ''}NULL
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (day, errand_id, source, ${placed ? 'location_id, ' : ''}outcome) WHERE location_id IS ${placed ? 'NOT ' : ''}NULL
  DO UPDATE SET triages = triage_days.triages + excluded.triages,
                self_service_tried = triage_days.self_service_tried + excluded.self_service_tried,
                booked = triage_days.booked + excluded.booked`;

/** Self-service links followed: ~400 a day over the options, by the errands' triage weights. $1 days, $2 weights. */
export const CLICKS_SQL = `
  INSERT INTO self_service_clicks (day, errand_id, option_key, outcome, clicks)
  SELECT d, o.errand_id, o.key, 'self_service', c.clicks
  FROM unnest($1::date[]) d,
  (SELECT o.errand_id, o.key, 400 * coalesce(($2::jsonb ->> e.code)::float, 1)
          / sum(coalesce(($2::jsonb ->> e.code)::float, 1)) OVER () * count(*) OVER ()
          / count(*) OVER (PARTITION BY o.errand_id) / count(*) OVER () AS per_day
   FROM self_service_options o JOIN errands e ON e.id = o.errand_id WHERE e.active) o,
  LATERAL (SELECT floor(random() * 2 * o.per_day + (d - d))::int AS clicks) c
  WHERE c.clicks > 0
  ON CONFLICT (day, errand_id, option_key, outcome) DO UPDATE SET clicks = self_service_clicks.clicks + excluded.clicks`;

/** The availability module's daily measurement of days to the first free time, per errand and place. $1 days. */
export const FIRST_FREE_SQL = `
  INSERT INTO first_free_days (day, errand_id, location_id, days, measured_at)
  SELECT d, e.id, s.location_id, CASE WHEN u < 0.005 THEN NULL ELSE floor(u * u * 15)::int END,
         (d + time '06:00') AT TIME ZONE '${ZONE}'
  FROM unnest($1::date[]) d, errands e, (SELECT DISTINCT location_id FROM year_station) s,
  LATERAL (SELECT random() + 0 * extract(day FROM d) AS u) r
  WHERE e.active
  ON CONFLICT DO NOTHING`;
