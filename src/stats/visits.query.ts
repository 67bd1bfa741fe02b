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
 * online, walk-ins apart; a visit moved into or out of the period counts where it is now.
 * $1, $2: the period's instants; $3: now.
 */
const VISITS_SQL = `
WITH counted AS (
  SELECT b.errand_id,
    count(*) FILTER (WHERE b.source = 'online') AS booked,
    count(*) FILTER (WHERE b.source = 'walk_in') AS walk_ins,
    count(*) FILTER (WHERE b.checked_in_at IS NOT NULL) AS checked_in,
    count(*) FILTER (WHERE b.status = 'cancelled' AND b.cancelled_by = 'citizen') AS cancelled_by_citizen,
    count(*) FILTER (WHERE b.status = 'cancelled' AND b.cancelled_by = 'municipality') AS cancelled_by_municipality,
    count(*) FILTER (WHERE b.status = 'no_show') AS no_shows,
    count(*) FILTER (WHERE b.status <> 'cancelled' AND b.starts_at <= $3) AS due,
    count(*) FILTER (WHERE b.status = 'completed') AS completed,
    count(*) FILTER (WHERE b.status = 'completed' AND b.outcome = 'self_served_with_help') AS self_served_with_help,
    count(*) FILTER (WHERE b.status = 'completed' AND b.outcome = 'done_by_adviser') AS done_by_adviser,
    count(*) FILTER (WHERE b.status = 'completed' AND b.outcome = 'not_resolved') AS not_resolved,
    count(*) FILTER (WHERE b.status = 'completed' AND b.can_do_alone_next_time) AS can_do_alone
  FROM bookings b
  WHERE b.starts_at >= $1 AND b.starts_at < $2
  GROUP BY b.errand_id
)
SELECT e.code AS errand, e.name_da, e.name_en,
  c.booked::int AS booked, c.walk_ins::int AS "walkIns", c.checked_in::int AS "checkedIn",
  c.cancelled_by_citizen::int AS "cancelledByCitizen",
  c.cancelled_by_municipality::int AS "cancelledByMunicipality",
  c.no_shows::int AS "noShows", c.due::int AS due, c.completed::int AS completed,
  c.self_served_with_help::int AS "selfServedWithHelp", c.done_by_adviser::int AS "doneByAdviser",
  c.not_resolved::int AS "notResolved", c.can_do_alone::int AS "canDoAlone"
FROM counted c JOIN errands e ON e.id = c.errand_id
ORDER BY e.code`;

export function visitCounts(
  db: EntityManager,
  bounds: { from: Date; to: Date },
  now: Date,
): Promise<VisitCounts[]> {
  return db.query<VisitCounts[]>(VISITS_SQL, [bounds.from, bounds.to, now]);
}
