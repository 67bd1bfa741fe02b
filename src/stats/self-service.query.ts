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
  callback: number;
  callbackInsteadOfVisit: number;
}

const LOCAL_DAY = `(t.created_at AT TIME ZONE 'Europe/Copenhagen')::date`;
const CALL_DAY = `(b.starts_at AT TIME ZONE 'Europe/Copenhagen')::date`;

/**
 * What each dimension groups by: first the raw column (live triages, day counts, callbacks), then
 * the key. Grouping by the day and formatting the few hundred days afterwards costs less than
 * formatting every row. A triage's place is where it was made (reception), else the place of its
 * booking (the one not cancelled: a visit's place, or the hotline's for a callback; a triage whose
 * every booking was cancelled has no place): live as it is now, in the day counts as it was when
 * the triage was counted, soon after it expired. A callback counts at its hotline place, under the
 * channel `phone`, in the week and month of its call.
 */
const KEYS: Record<SelfServiceDimension, { live: string; counted: string; call: string; key: string }> = {
  errand: { live: 't.errand_id', counted: 'd.errand_id', call: 'b.errand_id', key: 'k::text' },
  location: {
    live: 'coalesce(t.location_id, active.location_id)',
    counted: 'd.location_id',
    call: 'b.location_id',
    key: `coalesce(k::text, '${NO_PLACE}')`,
  },
  channel: { live: 't.source', counted: 'd.source', call: `'phone'::text`, key: 'k' },
  week: { live: LOCAL_DAY, counted: 'd.day', call: CALL_DAY, key: `to_char(k, 'IYYY-"W"IW')` },
  month: { live: LOCAL_DAY, counted: 'd.day', call: CALL_DAY, key: `to_char(k, 'YYYY-MM')` },
};

/**
 * The booking of a triage that is not cancelled (at most one: uq_bookings_triage_active): its place,
 * and whether it is a callback (no station). Probed for the visit triages (did they book the callback
 * offered instead?), and for every triage by place. The live triages are few (about a day's), so one
 * index probe each beats the hash join over all bookings the planner otherwise picks for a year
 * (measured: ~100 ms of the week report went into hashing them).
 */
const ACTIVE_BOOKING = (by: SelfServiceDimension) => `
LEFT JOIN LATERAL (SELECT b.location_id, b.station_id IS NULL AS callback FROM bookings b
                   WHERE b.triage_id = t.id AND b.status <> 'cancelled' LIMIT 1) active
  ON ${by === 'location' ? 'true' : `t.outcome = 'visit'`}`;
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
 * whether or not they booked one; it leaves out visit triages whose booking is a callback (offered
 * next to the visit): the call's outcome counts instead (callbackCounts), and a call that ends
 * "needs a visit" makes a phone triage of its own. "Tried, then booked": live, a booking (any,
 * cancelled too) of those few; in the day counts, the booked self-service triages (a self-service
 * triage books only after "I could not"). $1, $2: the period's instants; $3, $4: its first and
 * last Danish day.
 */
function countsSql(by: SelfServiceDimension): string {
  const key = KEYS[by];
  return `
WITH live AS (
  SELECT ${key.live} AS k,
    count(*) AS triages,
    count(*) FILTER (WHERE t.outcome = 'self_service' AND t.self_service_tried_at IS NULL) AS self_service,
    count(*) FILTER (WHERE (t.outcome = 'visit' AND active.callback IS NOT TRUE)
                       OR t.self_service_tried_at IS NOT NULL) AS visit,
    count(*) FILTER (WHERE t.outcome = 'not_yet') AS not_yet,
    count(*) FILTER (WHERE t.outcome = 'elsewhere') AS elsewhere,
    count(*) FILTER (WHERE booking.found) AS tried_then_booked,
    count(*) FILTER (WHERE t.outcome = 'callback') AS callback,
    count(*) FILTER (WHERE t.outcome = 'visit' AND active.callback) AS callback_instead
  FROM triage_sessions t ${ANY_BOOKING} ${ACTIVE_BOOKING(by)}
  WHERE t.counted_at IS NULL AND t.expires_at > $1 AND t.created_at >= $1 AND t.created_at < $2
  GROUP BY 1
),
counted AS (
  SELECT ${key.counted} AS k,
    sum(d.triages) AS triages,
    sum(d.triages - d.self_service_tried) FILTER (WHERE d.outcome = 'self_service') AS self_service,
    sum(CASE WHEN d.outcome = 'visit' THEN d.triages - d.callback_booked ELSE d.self_service_tried END) AS visit,
    sum(d.triages) FILTER (WHERE d.outcome = 'not_yet') AS not_yet,
    sum(d.triages) FILTER (WHERE d.outcome = 'elsewhere') AS elsewhere,
    sum(d.booked) FILTER (WHERE d.outcome = 'self_service') AS tried_then_booked,
    sum(d.triages) FILTER (WHERE d.outcome = 'callback') AS callback,
    sum(d.callback_booked) FILTER (WHERE d.outcome = 'visit') AS callback_instead
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
  coalesce(sum(tried_then_booked), 0)::int AS "triedThenBooked",
  coalesce(sum(callback), 0)::int AS callback,
  coalesce(sum(callback_instead), 0)::int AS "callbackInsteadOfVisit"
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

/** One group's callbacks (see CallbackCounts in stats.types.ts), keyed as SelfServiceCounts. */
export interface CallbackGroupCounts {
  key: string;
  booked: number;
  solvedOnPhone: number;
  sentToSelfService: number;
  needsVisit: number;
  noAnswer: number;
  open: number;
}

/**
 * Callbacks (bookings without a station) whose call time lies in the period, read from the small
 * partial index ix_bookings_callbacks_start; callbacks are never swept into day counts, so this is
 * the one source, live. Outcomes only of completed calls (a call answered "no answer" the first
 * time is booked again, still open). $1, $2: the period's instants.
 */
function callbacksSql(by: SelfServiceDimension): string {
  const key = KEYS[by];
  return `
SELECT ${key.key} AS key,
  sum(booked)::int AS booked, sum(solved_on_phone)::int AS "solvedOnPhone",
  sum(sent_to_self_service)::int AS "sentToSelfService", sum(needs_visit)::int AS "needsVisit",
  sum(no_answer)::int AS "noAnswer", sum(open)::int AS open
FROM (
  SELECT ${key.call} AS k,
    count(*) FILTER (WHERE b.status <> 'cancelled') AS booked,
    count(*) FILTER (WHERE b.status = 'completed' AND b.outcome = 'solved_on_phone') AS solved_on_phone,
    count(*) FILTER (WHERE b.status = 'completed' AND b.outcome = 'sent_to_self_service') AS sent_to_self_service,
    count(*) FILTER (WHERE b.status = 'completed' AND b.outcome = 'needs_visit') AS needs_visit,
    count(*) FILTER (WHERE b.status = 'completed' AND b.outcome = 'no_answer') AS no_answer,
    count(*) FILTER (WHERE b.status IN ('booked', 'in_progress')) AS open
  FROM bookings b
  WHERE b.station_id IS NULL AND b.starts_at >= $1 AND b.starts_at < $2
  GROUP BY 1
) calls
GROUP BY 1`;
}

export function callbackCounts(
  db: EntityManager,
  by: SelfServiceDimension,
  bounds: { from: Date; to: Date },
): Promise<CallbackGroupCounts[]> {
  return db.query<CallbackGroupCounts[]>(callbacksSql(by), [bounds.from, bounds.to]);
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
