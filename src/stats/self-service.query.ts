import type { EntityManager } from 'typeorm';
import { NO_PLACE } from './stats-labels.js';
import type { SelfServiceDimension } from './stats.types.js';

/** One group's counts, keyed by an errand or location id, a channel, a week or a month. */
export interface SelfServiceCounts {
  key: string;
  triages: number;
  selfService: number;
  visit: number;
  notYet: number;
  elsewhere: number;
  triedThenBooked: number;
}

const LOCAL_DAY = `(t.created_at AT TIME ZONE 'Europe/Copenhagen')::date`;

/**
 * What each dimension groups by: first the raw column (live triages, day counts), then the key.
 * Grouping by the day and formatting the few hundred days afterwards costs less than formatting
 * every row. A triage's place is where it was made (reception), else the place of its visit (the
 * booking not cancelled; a triage whose every booking was cancelled has no place): live as it is
 * now, in the day counts as it was when the triage was counted, soon after it expired.
 */
const KEYS: Record<SelfServiceDimension, { live: string; counted: string; key: string }> = {
  errand: { live: 't.errand_id', counted: 'd.errand_id', key: 'k::text' },
  location: {
    live: 'coalesce(t.location_id, visit.location_id)',
    counted: 'd.location_id',
    key: `coalesce(k::text, '${NO_PLACE}')`,
  },
  channel: { live: 't.source', counted: 'd.source', key: 'k' },
  week: { live: LOCAL_DAY, counted: 'd.day', key: `to_char(k, 'IYYY-"W"IW')` },
  month: { live: LOCAL_DAY, counted: 'd.day', key: `to_char(k, 'YYYY-MM')` },
};

/**
 * At most one booking of a triage is not cancelled (uq_bookings_triage_active). The live triages
 * are few (about a day's), so one index probe each beats the hash join over all bookings the
 * planner otherwise picks for a year (measured: ~100 ms of the week report went into hashing them).
 */
const VISIT_PLACE = `
LEFT JOIN LATERAL (SELECT b.location_id FROM bookings b
                   WHERE b.triage_id = t.id AND b.status <> 'cancelled' LIMIT 1) visit ON true`;
/** "Tried, then booked": any booking, cancelled too; probed per live triage, as above. */
const ANY_BOOKING = `
LEFT JOIN LATERAL (SELECT true AS found FROM bookings b
                   WHERE b.triage_id = t.id LIMIT 1) booking ON t.self_service_tried_at IS NOT NULL`;

/**
 * Triages made in the period: the day counts of those the retention sweep has counted (after
 * expiry), plus those not counted yet, read live — about the last TRIAGE_TTL_HOURS, found through
 * the small partial index on uncounted triages (expires_at > created_at, so `expires_at > $1`
 * holds for every triage made in the period and lets that index answer). The sweep moves a triage
 * from one to the other in one statement, so none is counted twice or lost. "Visit" includes
 * self-service triages whose citizen came back "I could not do it myself": they needed a visit,
 * whether or not they booked one. "Tried, then booked": live, a booking (any, cancelled too) of
 * those few; in the day counts, the booked self-service triages (a self-service triage books only
 * after "I could not"). $1, $2: the period's instants; $3, $4: its first and last Danish day.
 */
function countsSql(by: SelfServiceDimension): string {
  const key = KEYS[by];
  return `
WITH live AS (
  SELECT ${key.live} AS k,
    count(*) AS triages,
    count(*) FILTER (WHERE t.outcome = 'self_service' AND t.self_service_tried_at IS NULL) AS self_service,
    count(*) FILTER (WHERE t.outcome = 'visit' OR t.self_service_tried_at IS NOT NULL) AS visit,
    count(*) FILTER (WHERE t.outcome = 'not_yet') AS not_yet,
    count(*) FILTER (WHERE t.outcome = 'elsewhere') AS elsewhere,
    count(*) FILTER (WHERE booking.found) AS tried_then_booked
  FROM triage_sessions t ${ANY_BOOKING} ${by === 'location' ? VISIT_PLACE : ''}
  WHERE t.counted_at IS NULL AND t.expires_at > $1 AND t.created_at >= $1 AND t.created_at < $2
  GROUP BY 1
),
counted AS (
  SELECT ${key.counted} AS k,
    sum(d.triages) AS triages,
    sum(d.triages - d.self_service_tried) FILTER (WHERE d.outcome = 'self_service') AS self_service,
    sum(CASE WHEN d.outcome = 'visit' THEN d.triages ELSE d.self_service_tried END) AS visit,
    sum(d.triages) FILTER (WHERE d.outcome = 'not_yet') AS not_yet,
    sum(d.triages) FILTER (WHERE d.outcome = 'elsewhere') AS elsewhere,
    sum(d.booked) FILTER (WHERE d.outcome = 'self_service') AS tried_then_booked
  FROM triage_days d
  WHERE d.day BETWEEN $3 AND $4
  GROUP BY 1
)
SELECT ${key.key} AS key,
  sum(triages)::int AS triages,
  coalesce(sum(self_service), 0)::int AS "selfService",
  coalesce(sum(visit), 0)::int AS visit,
  coalesce(sum(not_yet), 0)::int AS "notYet",
  coalesce(sum(elsewhere), 0)::int AS elsewhere,
  coalesce(sum(tried_then_booked), 0)::int AS "triedThenBooked"
FROM (SELECT * FROM live UNION ALL SELECT * FROM counted) both_parts
GROUP BY 1`;
}

export function selfServiceCounts(
  db: EntityManager,
  by: SelfServiceDimension,
  bounds: { from: Date; to: Date; firstDay: string; lastDay: string },
): Promise<SelfServiceCounts[]> {
  return db.query<SelfServiceCounts[]>(countsSql(by), [
    bounds.from,
    bounds.to,
    bounds.firstDay,
    bounds.lastDay,
  ]);
}

/** Self-service links followed in the period, per errand and option (summed over the outcomes). */
const CLICKS_SQL = `
SELECT e.code AS errand, e.name_da, e.name_en, c.option_key AS option,
  o.title_da, o.title_en, sum(c.clicks)::int AS clicks
FROM self_service_clicks c
JOIN errands e ON e.id = c.errand_id
LEFT JOIN self_service_options o ON o.errand_id = c.errand_id AND o.key = c.option_key
WHERE c.day BETWEEN $1 AND $2
GROUP BY e.code, e.name_da, e.name_en, c.option_key, o.title_da, o.title_en
ORDER BY clicks DESC, e.code, c.option_key`;

export interface ClickCount {
  errand: string;
  name_da: string;
  name_en: string;
  option: string;
  title_da: string | null;
  title_en: string | null;
  clicks: number;
}

export function clickCounts(db: EntityManager, firstDay: string, lastDay: string): Promise<ClickCount[]> {
  return db.query<ClickCount[]>(CLICKS_SQL, [firstDay, lastDay]);
}
