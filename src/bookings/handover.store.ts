import type { EntityManager } from 'typeorm';

/**
 * Hands an active visit to another adviser (and maybe station) at the same time, only if it is
 * still with `from` at the time the handover was worked out for. The same ordered advisory locks as book_visit() and moves come first, so a
 * concurrent booking of the new adviser queues instead of deadlocking; the exclusion constraints
 * have the last word. The status stays as it is (a checked-in citizen keeps their queue number).
 */
const HAND_OVER_SQL = `
WITH guard AS (
  SELECT pg_advisory_xact_lock(least(s, a)) AS first, pg_advisory_xact_lock(greatest(s, a)) AS second
  FROM (SELECT hashtextextended($3::uuid::text, 17) AS s, hashtextextended($4::uuid::text, 19) AS a) AS keys
)
UPDATE bookings
SET station_id = $3::uuid, adviser_id = $4::uuid, updated_at = $5::timestamptz, sequence = sequence + 1
FROM guard
WHERE id = $1::uuid AND adviser_id = $2::uuid AND starts_at = $6::timestamptz AND ends_at = $7::timestamptz
  AND status IN ('booked', 'checked_in')
RETURNING id`;

export interface HandOver {
  bookingId: string;
  fromAdviserId: string;
  stationId: string;
  adviserId: string;
  /** The visit's time as the handover was worked out for; a visit moved meanwhile is left alone. */
  startsAt: Date;
  endsAt: Date;
  now: Date;
}

/** Whether the visit was still the old adviser's and active (and so handed over). Violations propagate. */
export async function handOverBooking(manager: EntityManager, move: HandOver): Promise<boolean> {
  const [rows] = await manager.query<[{ id: string }[], number]>(HAND_OVER_SQL, [
    move.bookingId,
    move.fromAdviserId,
    move.stationId,
    move.adviserId,
    move.now,
    move.startsAt,
    move.endsAt,
  ]);
  return rows.length === 1;
}
