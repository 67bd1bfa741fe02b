// The places and the visits of the generated year (see year.mjs): SQL run in order by generateYear.
export const ZONE = 'Europe/Copenhagen';
const PLACES = 5;
const STATIONS_PER_PLACE = 8;

/** Share of each errand in the visits (catalog codes; any other errand weighs 1). */
export const VISIT_WEIGHTS = {
  PAS_VOKSEN: 18,
  PAS_AFHENT: 14,
  MITID_NY: 10,
  KK_FORNY: 9,
  PAS_BARN: 8,
  SUNDHEDSKORT: 6,
  DIGITAL_HJAELP: 6,
  KK_FOERSTE: 4,
  LEGITIMATIONSKORT: 3,
  FLYT: 3,
  INDREJSE_EU: 3,
  PAS_MISTET: 3,
  KK_DUPLIKAT: 2,
  FOLKEPENSION: 2,
  BOLIGSTOETTE: 2,
  DIGPOST_FRITAG: 2,
  ADRESSEBESKYT: 0.5,
};

export const PLACES_SQL = [
  `INSERT INTO locations (code, name, kind, address, slot_minutes)
   SELECT 'YEAR_' || n, 'Borgerservice ' || (ARRAY['Nord','Syd','Øst','Vest','Midt'])[1 + (n - 1) % 5] || ' ' || n,
          'citizen_service', 'Benchvej ' || n || ', 8000 Aarhus C', 5
   FROM generate_series(1, ${PLACES}) n`,
  `INSERT INTO stations (location_id, name)
   SELECT l.id, 'Bord ' || s FROM locations l, generate_series(1, ${STATIONS_PER_PLACE}) s WHERE l.code LIKE 'YEAR\\_%'`,
  `INSERT INTO advisers (name, email)
   SELECT 'Rådgiver ' || l.code || '-' || s, lower(l.code) || '-' || s || '@bench.example'
   FROM locations l, generate_series(1, ${STATIONS_PER_PLACE}) s WHERE l.code LIKE 'YEAR\\_%'`,
  // One adviser per station: neither exclusion constraint can fire for back-to-back visits.
  `CREATE TEMP TABLE year_station AS
   SELECT s.id AS station_id, a.id AS adviser_id, l.id AS location_id, l.code AS location_code
   FROM locations l JOIN stations s ON s.location_id = l.id
   JOIN advisers a ON a.email = lower(l.code) || '-' || substr(s.name, 6) || '@bench.example'
   WHERE l.code LIKE 'YEAR\\_%'`,
  // Monday–Friday 08:30–16:00, Thursday until 17:30; the advisers work the opening hours.
  `INSERT INTO opening_hours (location_id, weekday, opens, closes)
   SELECT l.id, w, '08:30', CASE w WHEN 4 THEN time '17:30' ELSE time '16:00' END
   FROM locations l, generate_series(1, 5) w WHERE l.code LIKE 'YEAR\\_%'`,
  `INSERT INTO working_times (adviser_id, location_id, weekday, starts, ends)
   SELECT s.adviser_id, s.location_id, w, '08:30', CASE w WHEN 4 THEN time '17:30' ELSE time '16:00' END
   FROM year_station s, generate_series(1, 5) w`,
  `INSERT INTO station_errands (station_id, errand_id)
   SELECT s.station_id, e.id FROM year_station s, errands e WHERE e.active`,
  `INSERT INTO adviser_errands (adviser_id, errand_id)
   SELECT s.adviser_id, e.id FROM year_station s, errands e WHERE e.active`,
];

/** Every rule of every active errand, numbered within (errand, outcome) for a random pick. */
export const RULES_SQL = `
  CREATE TEMP TABLE year_rule AS
  SELECT r.errand_id, e.version AS errand_version, e.code, e.visit_minutes, r.outcome, r.key AS rule_key,
         r.reason_da, r.reason_en, r.option_keys,
         row_number() OVER (PARTITION BY r.errand_id, r.outcome ORDER BY r.position)::int AS ord,
         count(*) OVER (PARTITION BY r.errand_id, r.outcome)::int AS n
  FROM triage_rules r JOIN errands e ON e.id = r.errand_id WHERE e.active`;

/** Open days with their opening minutes. $1: open days. */
export const DAYS_SQL = `
  CREATE TEMP TABLE year_day AS
  SELECT d AS day, CASE extract(isodow FROM d) WHEN 4 THEN 540 ELSE 450 END AS open_minutes
  FROM unnest($1::date[]) d`;

/**
 * Visits packed back to back on each station and open day: up to 40 candidates each with an
 * errand (weighted) and a gap of 0–10 minutes (mean 6.7) before it, kept while they end by closing time.
 * $1: visit weights by errand code.
 */
export const VISITS_SQL = `
  CREATE TEMP TABLE year_visit AS
  WITH pick AS (
    SELECT array_agg(e.id) AS errands FROM errands e,
      generate_series(1, greatest(1, round(coalesce(($1::jsonb ->> e.code)::float, 1) * 10))::int)
    WHERE e.active AND EXISTS (SELECT 1 FROM triage_rules r WHERE r.errand_id = e.id AND r.outcome = 'visit')),
  candidate AS (
    SELECT d.day, d.open_minutes, s.station_id, s.adviser_id, s.location_id, k,
           p.errands[1 + floor(random() * cardinality(p.errands))::int] AS errand_id,
           (ARRAY[0, 5, 5, 10, 10, 10])[1 + floor(random() * 6)::int] AS gap
    FROM year_day d CROSS JOIN year_station s CROSS JOIN generate_series(1, 40) k CROSS JOIN pick p),
  packed AS (
    SELECT c.*, e.version AS errand_version, e.visit_minutes AS minutes,
           sum(c.gap + e.visit_minutes) OVER (PARTITION BY c.station_id, c.day ORDER BY c.k) - e.visit_minutes AS offset_minutes
    FROM candidate c JOIN errands e ON e.id = c.errand_id)
  SELECT row_number() OVER (ORDER BY day, station_id, k) AS n, gen_random_uuid() AS triage_id,
         day, station_id, adviser_id, location_id, errand_id, errand_version, minutes,
         (day + time '08:30' + offset_minutes * interval '1 minute') AT TIME ZONE '${ZONE}' AS starts_at,
         random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5,
         random() AS u6, random() AS u7, random() AS u8, random() AS u9, random() AS u10, random() AS u11
  FROM packed WHERE offset_minutes + minutes <= open_minutes`;

/**
 * What happened to each visit, from its random numbers: 5 % walk-ins (checked in when booked);
 * of the others 8 % cancelled by the citizen, 1.5 % by the municipality, 4.5 % no-show, the rest
 * completed. Triages: 9 % made at reception, 3 % by phone, 3 % had tried self-service first.
 * Online triages come 2 hours to 3 weeks before the visit (mostly days), walk-ins minutes before;
 * arrival 25 minutes early to 10 late; the wait for the call is skewed (median ~4, p90 ~22 minutes).
 */
export const VISIT_FACTS_SQL = `
  CREATE TEMP TABLE year_fact AS
  SELECT v.*, x.*, y.*,
         CASE WHEN x.status = 'completed' THEN greatest(v.starts_at, y.checked_in_at)
           + v.u6 * v.u6 * v.u6 * interval '30 minutes' END AS called_at
  FROM year_visit v,
  LATERAL (SELECT
    v.u1 < 0.05 AS walk_in,
    CASE WHEN v.u1 < 0.05 THEN 'completed' WHEN v.u1 < 0.145 THEN 'cancelled'
         WHEN v.u1 < 0.19 THEN 'no_show' ELSE 'completed' END AS status,
    CASE WHEN v.u1 < 0.05 THEN NULL WHEN v.u1 < 0.13 THEN 'citizen' WHEN v.u1 < 0.145 THEN 'municipality' END AS cancelled_by,
    CASE WHEN v.u1 < 0.05 OR v.u2 < 0.09 THEN 'reception' WHEN v.u2 < 0.12 THEN 'phone' ELSE 'online' END AS source,
    v.u1 >= 0.05 AND v.u3 < 0.03
      AND EXISTS (SELECT 1 FROM year_rule r WHERE r.errand_id = v.errand_id AND r.outcome = 'self_service') AS tried,
    CASE WHEN v.u8 < 0.38 THEN 'self_served_with_help' WHEN v.u8 < 0.93 THEN 'done_by_adviser' ELSE 'not_resolved' END AS outcome,
    CASE WHEN v.u1 < 0.05 THEN v.starts_at - (1 + v.u4 * 10) * interval '1 minute'
         ELSE v.starts_at - interval '2 hours 5 minutes' - v.u4 * v.u4 * interval '21 days' END AS triage_at
  ) x,
  LATERAL (SELECT
    x.triage_at + CASE WHEN x.walk_in THEN interval '1 minute' ELSE interval '3 minutes' END AS booked_at,
    CASE WHEN x.status = 'cancelled' THEN x.triage_at + (v.starts_at - x.triage_at) * v.u5 END AS cancelled_at,
    CASE WHEN x.status <> 'completed' THEN NULL WHEN x.walk_in THEN x.triage_at + interval '1 minute'
         ELSE v.starts_at + (v.u5 * 35 - 25) * interval '1 minute' END AS checked_in_at
  ) y`;

/** Triages behind the visits: a rule of the visit (or, tried first, the self-service) outcome. */
/**
 * The retention sweep counts a triage into triage_days (and sets counted_at) 10 minutes after it
 * expired (TRIAGE_TTL_HOURS 24); it runs every 10 minutes, so older triages are counted.
 */
export const COUNTED_AFTER = '24 hours 20 minutes';

export const VISIT_TRIAGES_SQL = `
  INSERT INTO triage_sessions (id, errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
    option_keys, source, location_id, language, created_at, expires_at, self_service_tried_at, counted_at)
  SELECT f.triage_id, f.errand_id, f.errand_version, '{}', r.outcome, r.rule_key, r.reason_da, r.reason_en,
         r.option_keys, f.source, CASE WHEN f.source = 'reception' THEN f.location_id END,
         CASE WHEN f.u9 < 0.12 THEN 'en' ELSE 'da' END, f.triage_at, f.triage_at + interval '24 hours',
         CASE WHEN f.tried THEN f.triage_at + interval '2 minutes' END,
         CASE WHEN f.triage_at < now() - interval '${COUNTED_AFTER}' THEN now() END
  FROM year_fact f
  JOIN year_rule r ON r.errand_id = f.errand_id AND r.outcome = CASE WHEN f.tried THEN 'self_service' ELSE 'visit' END
   AND r.ord = 1 + floor(f.u10 * r.n)::int`;

const REFERENCE_SQL = Array.from(
  { length: 8 },
  (_, i) => `substr('ACEFHJKMNPRTUVWXY3479', 1 + (c.code / ${21 ** i} % 21)::int, 1)`,
).join(' || ');

/**
 * The bookings. References: the row number mapped one-to-one (times a number prime to 21^8)
 * onto 8 letters of the reference alphabet. Queue numbers count the day's check-ins per place.
 */
export const BOOKINGS_SQL = `
  INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
    starts_at, ends_at, status, source, language, created_at, updated_at, cancelled_at, cancelled_by,
    checked_in_at, queue_day, queue_number, called_at, started_at, completed_at, outcome, can_do_alone_next_time,
    sms_reminders)
  SELECT ${REFERENCE_SQL},
         sha256(f.triage_id::text::bytea), f.triage_id, f.errand_id, f.location_id, f.station_id, f.adviser_id,
         f.starts_at, f.starts_at + f.minutes * interval '1 minute', f.status,
         CASE WHEN f.walk_in THEN 'walk_in' ELSE 'online' END, CASE WHEN f.u9 < 0.12 THEN 'en' ELSE 'da' END,
         f.booked_at, coalesce(c.completed_at, f.cancelled_at, f.starts_at + interval '15 minutes'),
         f.cancelled_at, f.cancelled_by, f.checked_in_at,
         (f.checked_in_at AT TIME ZONE '${ZONE}')::date,
         CASE WHEN f.checked_in_at IS NOT NULL THEN
           row_number() OVER (PARTITION BY f.location_id, f.day, f.checked_in_at IS NULL ORDER BY f.checked_in_at, f.n) END,
         f.called_at, f.called_at + interval '1 minute', c.completed_at,
         CASE WHEN f.status = 'completed' THEN f.outcome END,
         CASE WHEN f.status = 'completed' THEN f.u11 < CASE f.outcome WHEN 'self_served_with_help' THEN 0.55
                                                   WHEN 'done_by_adviser' THEN 0.2 ELSE 0.05 END END,
         f.u3 > 0.8
  FROM year_fact f, LATERAL (SELECT
    (f.n * 1000003 + 7919) % 37822859361 AS code,
    f.called_at + interval '1 minute' + f.minutes * (0.7 + 0.6 * f.u7) * interval '1 minute' AS completed_at) c`;
