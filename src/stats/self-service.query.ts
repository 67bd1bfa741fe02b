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
 * What each dimension groups by: first the raw column (stored triages, day counts), then the key.
 * Grouping by the day and formatting the few hundred days afterwards costs less than formatting
 * every triage. A stored triage's place is where it was made (reception), else the place of its
 * visit (the booking not cancelled; a triage whose every booking was cancelled has no place); day
 * counts hold only unbooked triages, so their place is where they were made or none.
 */
const KEYS: Record<SelfServiceDimension, { stored: string; rolled: string; key: string }> = {
  errand: { stored: 't.errand_id', rolled: 'd.errand_id', key: 'k::text' },
  location: {
    stored: 'coalesce(t.location_id, visit.location_id)',
    rolled: 'd.location_id',
    key: `coalesce(k::text, '${NO_PLACE}')`,
  },
  channel: { stored: 't.source', rolled: 'd.source', key: 'k' },
  week: { stored: LOCAL_DAY, rolled: 'd.day', key: `to_char(k, 'IYYY-"W"IW')` },
  month: { stored: LOCAL_DAY, rolled: 'd.day', key: `to_char(k, 'YYYY-MM')` },
};

/** At most one booking of a triage is not cancelled (uq_bookings_triage_active); none is older than it. */
const VISIT_PLACE = `
LEFT JOIN bookings visit ON visit.triage_id = t.id AND visit.status <> 'cancelled' AND visit.created_at >= $1`;

/**
 * Triages made in the period — those still stored plus the day counts of those the retention
 * sweep deleted (it moves a triage from one to the other in one statement, so none is counted
 * twice). "Visit" includes self-service triages whose citizen came back "I could not do it
 * myself": they needed a visit, whether or not they booked one. "Tried, then booked" looks for a
 * booking (any, cancelled too) only for those few; day counts hold only unbooked triages, so
 * there it is 0. $1, $2: the period's instants; $3, $4: its first and last Danish day.
 */
function countsSql(by: SelfServiceDimension): string {
  const key = KEYS[by];
  return `
WITH stored AS (
  SELECT ${key.stored} AS k,
    count(*) AS triages,
    count(*) FILTER (WHERE t.outcome = 'self_service' AND t.self_service_tried_at IS NULL) AS self_service,
    count(*) FILTER (WHERE t.outcome = 'visit' OR t.self_service_tried_at IS NOT NULL) AS visit,
    count(*) FILTER (WHERE t.outcome = 'not_yet') AS not_yet,
    count(*) FILTER (WHERE t.outcome = 'elsewhere') AS elsewhere,
    count(*) FILTER (WHERE CASE WHEN t.self_service_tried_at IS NULL THEN false
                           ELSE EXISTS (SELECT 1 FROM bookings b WHERE b.triage_id = t.id) END) AS tried_then_booked
  FROM triage_sessions t ${by === 'location' ? VISIT_PLACE : ''}
  WHERE t.created_at >= $1 AND t.created_at < $2
  GROUP BY 1
),
rolled AS (
  SELECT ${key.rolled} AS k,
    sum(d.triages) AS triages,
    sum(d.triages - d.self_service_tried) FILTER (WHERE d.outcome = 'self_service') AS self_service,
    sum(CASE WHEN d.outcome = 'visit' THEN d.triages ELSE d.self_service_tried END) AS visit,
    sum(d.triages) FILTER (WHERE d.outcome = 'not_yet') AS not_yet,
    sum(d.triages) FILTER (WHERE d.outcome = 'elsewhere') AS elsewhere,
    0 AS tried_then_booked
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
  sum(tried_then_booked)::int AS "triedThenBooked"
FROM (SELECT * FROM stored UNION ALL SELECT * FROM rolled) counted
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
