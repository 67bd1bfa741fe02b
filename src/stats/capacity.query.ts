import type { EntityManager } from 'typeorm';
import type { CapacityRules } from './capacity-days.js';
import { PERIOD_DAYS_CTE } from './waiting.query.js';

/**
 * The rules of every place, as stored now: active stations, opening hours, closures and the
 * working time of active advisers over the period, absences overlapping it. One round trip.
 * $1, $2: the period's first and last day; $3, $4: its instants.
 */
const RULES_SQL = `
SELECT json_build_object(
  'locations', (SELECT coalesce(json_agg(json_build_object(
      'id', l.id, 'code', l.code, 'name', l.name, 'timeZone', l.time_zone,
      'stations', (SELECT count(*) FROM stations s WHERE s.location_id = l.id AND s.active),
      'hotline', l.kind = 'hotline') ORDER BY l.code), '[]')
    FROM locations l),
  'openingHours', (SELECT coalesce(json_agg(json_build_object(
      'locationId', location_id, 'weekday', weekday, 'opens', opens, 'closes', closes,
      'validFrom', valid_from, 'validTo', valid_to)), '[]')
    FROM opening_hours),
  'closures', (SELECT coalesce(json_agg(json_build_object(
      'locationId', location_id, 'startsOn', starts_on, 'endsOn', ends_on, 'reason', reason,
      'closedFrom', closed_from, 'closedTo', closed_to)), '[]')
    FROM closures WHERE starts_on <= $2 AND ends_on >= $1),
  'workingTimes', (SELECT coalesce(json_agg(json_build_object(
      'adviserId', w.adviser_id, 'locationId', w.location_id, 'weekday', w.weekday, 'starts', w.starts,
      'ends', w.ends, 'validFrom', w.valid_from, 'validTo', w.valid_to)), '[]')
    FROM working_times w JOIN advisers a ON a.id = w.adviser_id AND a.active),
  'absences', (SELECT coalesce(json_agg(json_build_object(
      'adviserId', adviser_id, 'startsAt', starts_at, 'endsAt', ends_at)), '[]')
    FROM absences WHERE starts_at < $4 AND ends_at > $3)
) AS rules`;

export async function capacityRules(
  db: EntityManager,
  bounds: { from: Date; to: Date; firstDay: string; lastDay: string },
): Promise<CapacityRules> {
  const [row] = await db.query<{ rules: CapacityRules }[]>(RULES_SQL, [
    bounds.firstDay,
    bounds.lastDay,
    bounds.from,
    bounds.to,
  ]);
  return row.rules;
}

/**
 * Minutes of visits not cancelled (no-shows held their time too), per place and Danish day: one
 * index-only range of ix_bookings_stats per day, so no booking's start is converted to a local day.
 * Callbacks (no station) are booked at hotline places only, so they land in the hotline's row,
 * never in a place with stations; filtering on station_id here would cost the index-only scan.
 */
const BOOKED_SQL = `
WITH ${PERIOD_DAYS_CTE}
SELECT booked.location_id AS "locationId", to_char(days.day, 'YYYY-MM-DD') AS day,
  round(booked.seconds / 60)::int AS minutes
FROM days CROSS JOIN LATERAL (
  SELECT b.location_id, sum(date_part('epoch', b.ends_at - b.starts_at)) AS seconds
  FROM bookings b
  WHERE b.starts_at >= days.starts AND b.starts_at < days.ends AND b.status <> 'cancelled'
  GROUP BY b.location_id
) booked`;

export function bookedMinutes(
  db: EntityManager,
  bounds: { from: Date; to: Date },
): Promise<{ locationId: string; day: string; minutes: number }[]> {
  return db.query(BOOKED_SQL, [bounds.from, bounds.to]);
}
