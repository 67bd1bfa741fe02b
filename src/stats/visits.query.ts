import type { EntityManager } from 'typeorm';

export interface VisitCounts {
  errand: string;
  name_da: string;
  name_en: string;
  booked: number;
  walkIns: number;
  checkedIn: number;
  cancelledByCitizen: number;
  cancelledByMunicipality: number;
  noShows: number;
  /** Not cancelled and their time has come: what the no-show rate divides by. */
  due: number;
  completed: number;
  selfServedWithHelp: number;
  doneByAdviser: number;
  notResolved: number;
  canDoAlone: number;
}

/**
 * Visits whose (current) start lies in the period, per errand, every status. Booked = made ahead
 * online, walk-ins apart; a visit moved into or out of the period counts where it is now. Callbacks
 * (bookings without a station) are not visits: the self-service report counts them.
 * The bookings are first counted per combination of the raw values the columns depend on (a few
 * hundred groups in a year); the twelve filtered sums then run over those groups, not every row.
 * $1, $2: the period's instants; $3: now.
 */
const VISITS_SQL = `
WITH grouped AS (
  SELECT b.errand_id, b.source, b.status, b.cancelled_by, b.checked_in_at IS NOT NULL AS checked_in,
    b.starts_at <= $3 AS begun, b.outcome, b.can_do_alone_next_time AS alone, count(*) AS n
  FROM bookings b
  WHERE b.starts_at >= $1 AND b.starts_at < $2 AND b.station_id IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
),
counted AS (
  SELECT g.errand_id,
    sum(n) FILTER (WHERE g.source = 'online') AS booked,
    sum(n) FILTER (WHERE g.source = 'walk_in') AS walk_ins,
    sum(n) FILTER (WHERE g.checked_in) AS checked_in,
    sum(n) FILTER (WHERE g.status = 'cancelled' AND g.cancelled_by = 'citizen') AS cancelled_by_citizen,
    sum(n) FILTER (WHERE g.status = 'cancelled' AND g.cancelled_by = 'municipality') AS cancelled_by_municipality,
    sum(n) FILTER (WHERE g.status = 'no_show') AS no_shows,
    sum(n) FILTER (WHERE g.status <> 'cancelled' AND g.begun) AS due,
    sum(n) FILTER (WHERE g.status = 'completed') AS completed,
    sum(n) FILTER (WHERE g.status = 'completed' AND g.outcome = 'self_served_with_help') AS self_served_with_help,
    sum(n) FILTER (WHERE g.status = 'completed' AND g.outcome = 'done_by_adviser') AS done_by_adviser,
    sum(n) FILTER (WHERE g.status = 'completed' AND g.outcome = 'not_resolved') AS not_resolved,
    sum(n) FILTER (WHERE g.status = 'completed' AND g.alone) AS can_do_alone
  FROM grouped g
  GROUP BY g.errand_id
)
SELECT e.code AS errand, e.name_da, e.name_en,
  coalesce(c.booked, 0)::int AS booked, coalesce(c.walk_ins, 0)::int AS "walkIns", coalesce(c.checked_in, 0)::int AS "checkedIn",
  coalesce(c.cancelled_by_citizen, 0)::int AS "cancelledByCitizen",
  coalesce(c.cancelled_by_municipality, 0)::int AS "cancelledByMunicipality",
  coalesce(c.no_shows, 0)::int AS "noShows", coalesce(c.due, 0)::int AS due, coalesce(c.completed, 0)::int AS completed,
  coalesce(c.self_served_with_help, 0)::int AS "selfServedWithHelp", coalesce(c.done_by_adviser, 0)::int AS "doneByAdviser",
  coalesce(c.not_resolved, 0)::int AS "notResolved", coalesce(c.can_do_alone, 0)::int AS "canDoAlone"
FROM counted c JOIN errands e ON e.id = c.errand_id
ORDER BY e.code`;

export async function visitCounts(
  db: EntityManager,
  bounds: { from: Date; to: Date },
  now: Date,
): Promise<VisitCounts[]> {
  return db.query<VisitCounts[]>(VISITS_SQL, [bounds.from, bounds.to, now]);
}
