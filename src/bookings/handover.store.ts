import type { EntityManager } from 'typeorm';

/**
 * The same ordered advisory locks as book_visit() and moves (station, adviser), so a concurrent
 * booking of the new adviser queues instead of deadlocking. A statement of its own: in READ
 * COMMITTED the UPDATE after it then reads with a snapshot taken once the locks are held.
 */
const LOCK_SQL = `
SELECT pg_advisory_xact_lock(least(s, a)), pg_advisory_xact_lock(greatest(s, a))
FROM (SELECT hashtextextended($1::uuid::text, 17) AS s, hashtextextended($2::uuid::text, 19) AS a) AS keys`;

/**
 * Hands an active visit to another adviser (and maybe station) at the same time, only if it is
 * still with `from` at the time the handover was worked out for, and the new adviser has no
 * absence over it: an absence takes the adviser's lock before it is written (StaffingWriter), so
 * one recorded meanwhile is seen here. The exclusion constraints have the last word on overlaps.
 * The status stays as it is (a checked-in citizen keeps their queue number).
 */
const HAND_OVER_SQL = `
UPDATE bookings
SET station_id = $3::uuid, adviser_id = $4::uuid, updated_at = $5::timestamptz, sequence = sequence + 1
WHERE id = $1::uuid AND adviser_id = $2::uuid AND starts_at = $6::timestamptz AND ends_at = $7::timestamptz
  AND status IN ('booked', 'checked_in')
  AND NOT EXISTS (
    SELECT 1 FROM absences
    WHERE adviser_id = $4::uuid AND starts_at < $7::timestamptz AND ends_at > $6::timestamptz
  )
RETURNING id`;

export interface HandOver {
  bookingId: string;
  fromAdviserId: string;
  /** Null for a callback: it stays without a station. */
  stationId: string | null;
  adviserId: string;
  /** The visit's time as the handover was worked out for; a visit moved meanwhile is left alone. */
  startsAt: Date;
  endsAt: Date;
  now: Date;
}

const STILL_THERE_SQL = `
SELECT 1 FROM bookings
WHERE id = $1::uuid AND adviser_id = $2::uuid AND starts_at = $3::timestamptz AND ends_at = $4::timestamptz
  AND status IN ('booked', 'checked_in')`;

/**
 * 'moved'; 'gone' when the visit is no longer the old adviser's active visit at that time (nothing
 * left to do); 'target_away' when it still is but the new adviser became absent meanwhile (look
 * again). Violations of the exclusion constraints propagate.
 */
export async function handOverBooking(
  manager: EntityManager,
  move: HandOver,
): Promise<'moved' | 'gone' | 'target_away'> {
  await manager.query(LOCK_SQL, [move.stationId, move.adviserId]);
  const [rows] = await manager.query<[{ id: string }[], number]>(HAND_OVER_SQL, [
    move.bookingId,
    move.fromAdviserId,
    move.stationId,
    move.adviserId,
    move.now,
    move.startsAt,
    move.endsAt,
  ]);
  if (rows.length === 1) return 'moved';
  const still = await manager.query<unknown[]>(STILL_THERE_SQL, [
    move.bookingId,
    move.fromAdviserId,
    move.startsAt,
    move.endsAt,
  ]);
  return still.length > 0 ? 'target_away' : 'gone';
}
