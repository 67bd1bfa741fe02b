import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared.js';
import type { ScheduleData } from './day-plans.js';

/**
 * The part both schedules share: the advisers who handle the errand, and the opening hours,
 * closures, working time, absences and active bookings that decide their free times at `locs`.
 * `busyWhere` says which bookings count (those of the places' stations, or of the advisers).
 */
const scheduleOf = (locs: string, busyWhere: string) => `
WITH ${locs},
advs AS (
  SELECT a.id FROM advisers a
  JOIN adviser_errands ae ON ae.adviser_id = a.id AND ae.errand_id = $1
  WHERE a.active
)
SELECT json_build_object(
  'locations', (SELECT coalesce(json_agg(json_build_object(
      'id', id, 'code', code, 'name', name, 'address', address, 'timeZone', time_zone,
      'slotMinutes', slot_minutes, 'stations', stations, 'stationless', stationless) ORDER BY code), '[]') FROM locs),
  'openingHours', (SELECT coalesce(json_agg(json_build_object(
      'locationId', location_id, 'weekday', weekday, 'opens', opens, 'closes', closes,
      'validFrom', valid_from, 'validTo', valid_to)), '[]')
    FROM opening_hours WHERE location_id IN (SELECT id FROM locs)),
  'closures', (SELECT coalesce(json_agg(json_build_object(
      'locationId', location_id, 'startsOn', starts_on, 'endsOn', ends_on, 'reason', reason,
      'closedFrom', closed_from, 'closedTo', closed_to)), '[]')
    FROM closures
    WHERE (location_id IS NULL OR location_id IN (SELECT id FROM locs)) AND starts_on <= $4 AND ends_on >= $3),
  'workingTimes', (SELECT coalesce(json_agg(json_build_object(
      'adviserId', adviser_id, 'locationId', location_id, 'weekday', weekday, 'starts', starts,
      'ends', ends, 'validFrom', valid_from, 'validTo', valid_to)), '[]')
    FROM working_times WHERE adviser_id IN (SELECT id FROM advs)),
  'absences', (SELECT coalesce(json_agg(json_build_object(
      'adviserId', adviser_id, 'startsAt', starts_at, 'endsAt', ends_at)), '[]')
    FROM absences WHERE adviser_id IN (SELECT id FROM advs) AND starts_at < $6 AND ends_at > $5),
  'bookings', (SELECT coalesce(json_agg(json_build_object(
      'stationId', station_id, 'adviserId', adviser_id, 'startsAt', starts_at, 'endsAt', ends_at)), '[]')
    FROM bookings
    WHERE status <> 'cancelled' AND starts_at < $6 AND ends_at > $5
      AND ($7::uuid IS NULL OR id <> $7)
      AND (${busyWhere}))
) AS data`;

/**
 * Everything that decides availability of visits for one errand — capable stations, opening
 * hours, closures, the working time and absences of advisers who handle it, and the active
 * bookings of both — in one round trip, as one JSON document. A visit needs a station, so a
 * hotline (no stations) is never among its places; the kind is checked too, should a hotline ever
 * be given a station.
 */
const SCHEDULE_SQL = scheduleOf(
  `locs AS (
  SELECT l.id, l.code, l.name, l.address, l.time_zone, l.slot_minutes, false AS stationless,
         json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name) AS stations
  FROM locations l
  JOIN stations s ON s.location_id = l.id AND s.active
  JOIN station_errands se ON se.station_id = s.id AND se.errand_id = $1
  WHERE l.active AND l.kind <> 'hotline' AND ($2::text IS NULL OR l.id::text = $2 OR l.code = upper($2))
  GROUP BY l.id
),
station_ids AS (
  SELECT (s ->> 'id')::uuid AS id FROM locs, json_array_elements(locs.stations) AS s
)`,
  'station_id IN (SELECT id FROM station_ids) OR adviser_id IN (SELECT id FROM advs)',
);

/**
 * The same for callbacks: the places are the active hotlines (the phone desk has no stations; a
 * call needs only a free adviser who handles the errand and works there), and the bookings that
 * count are the advisers' own, calls and visits alike.
 */
const CALLBACK_SCHEDULE_SQL = scheduleOf(
  `locs AS (
  SELECT l.id, l.code, l.name, l.address, l.time_zone, l.slot_minutes, true AS stationless,
         '[]'::json AS stations
  FROM locations l
  WHERE l.active AND l.kind = 'hotline' AND ($2::text IS NULL OR l.id::text = $2 OR l.code = upper($2))
)`,
  'adviser_id IN (SELECT id FROM advs)',
);

export interface ScheduleQuery {
  errandId: string;
  /** A location's id or code; omitted = every location that can handle the errand. */
  location?: string;
  fromDate: string;
  toDate: string;
  /** A booking to leave out (the one being moved). */
  ignoreBookingId?: string;
  /** Callbacks: the hotline places, no stations; otherwise visits, never at a hotline. */
  callback?: boolean;
}

/**
 * `within`: a transaction's EntityManager, to see its own uncommitted changes (an admin change
 * being checked against existing bookings); otherwise a prepared statement on the pool.
 */
export async function loadSchedule(
  dataSource: DataSource,
  query: ScheduleQuery,
  within?: EntityManager,
): Promise<ScheduleData> {
  // Instants are bounded a day beyond the local dates, wide enough for any time zone's offset.
  const from = new Date(`${query.fromDate}T00:00:00Z`).getTime() - 86_400_000;
  const to = new Date(`${query.toDate}T00:00:00Z`).getTime() + 2 * 86_400_000;
  const values = [
    query.errandId,
    query.location ?? null,
    query.fromDate,
    query.toDate,
    new Date(from),
    new Date(to),
    query.ignoreBookingId ?? null,
  ];
  const [sql, name] = query.callback
    ? [CALLBACK_SCHEDULE_SQL, 'availability_callback_schedule']
    : [SCHEDULE_SQL, 'availability_schedule'];
  const [row] = within
    ? await within.query<{ data: ScheduleData }[]>(sql, values)
    : await preparedQuery<{ data: ScheduleData }>(dataSource, name, sql, values);
  const data = row.data;
  for (const location of data.locations) location.stationIds = location.stations.map((s) => s.id);
  return data;
}
