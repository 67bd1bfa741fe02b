import type { DataSource, EntityManager } from 'typeorm';
import { postgresError, preparedQuery } from '../database/prepared.js';
import type { Booking } from './entities/booking.entity.js';

/**
 * A new booking and its idempotency record in one round trip: book_visit() (see the migrations
 * BookVisitFunction and BookingHoardingGuards) marks the challenge used, checks the contact limit
 * on the normalised contacts under advisory locks, takes ordered advisory locks on the station and
 * the adviser, and inserts the rows.
 */
const BOOK_VISIT_SQL = `
SELECT book_visit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
                  $20, $21, $22, $23)`;

/** SQLSTATE raised by book_visit() when the citizen's e-mail or phone has too many active bookings. */
const CONTACT_LIMIT_REACHED = 'BK001';

/**
 * Moves an active booking to a new time, station and adviser. The same ordered advisory locks as
 * book_visit() come first, so concurrent moves and bookings of one station or adviser queue
 * instead of deadlocking in the exclusion indexes.
 */
const MOVE_BOOKING_SQL = `
WITH guard AS (
  SELECT pg_advisory_xact_lock(least(s, a)) AS first, pg_advisory_xact_lock(greatest(s, a)) AS second
  FROM (SELECT hashtextextended($6::uuid::text, 17) AS s, hashtextextended($7::uuid::text, 19) AS a) AS keys
)
UPDATE bookings
SET location_id = $5::uuid, station_id = $6::uuid, adviser_id = $7::uuid, starts_at = $2::timestamptz,
    ends_at = $3::timestamptz, updated_at = $4::timestamptz, sequence = sequence + 1, move_reason = $8::text
FROM guard
WHERE id = $1::uuid AND status = 'booked'`;

export interface Replay {
  requestHash: Buffer;
  response: Buffer;
}

export interface NewBooking {
  booking: Booking;
  /** Absent for walk-ins booked at reception. */
  idempotency?: { keyHash: Buffer; requestHash: Buffer; sealedResponse: Buffer };
  /** At most this many active future bookings per e-mail/phone (normalised). */
  contactLimit: number;
  now: Date;
  /** The solved challenge the booking uses up; absent when challenges are off and for walk-ins. */
  challenge?: { id: Buffer; expiresAt: Date };
}

export interface Move {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  now: Date;
  locationId: string;
  /** Null for a callback (least/greatest in the lock skip the NULL key). */
  stationId: string | null;
  adviserId: string;
  /** Why staff moved it for the citizen; null for the citizen's own move. */
  moveReason: string | null;
}

export class ContactLimitReached extends Error {}

export async function findReplay(dataSource: DataSource, keyHash: Buffer): Promise<Replay | undefined> {
  const [row] = await preparedQuery<{ request_hash: Buffer; response: Buffer | null }>(
    dataSource,
    'booking_replay',
    'SELECT request_hash, response FROM idempotency_records WHERE key_hash = $1',
    [keyHash],
  );
  return row?.response ? { requestHash: row.request_hash, response: row.response } : undefined;
}

/**
 * Writes a new booking; constraint violations propagate, a reached contact limit is
 * ContactLimitReached. On the pool as a prepared statement, or inside a caller's transaction.
 */
export async function insertBooking(target: DataSource | EntityManager, entry: NewBooking): Promise<void> {
  const { booking, idempotency } = entry;
  const values = [
    booking.reference,
    booking.manageTokenHash,
    booking.triageId,
    booking.errandId,
    booking.locationId,
    booking.stationId,
    booking.adviserId,
    booking.startsAt,
    booking.endsAt,
    booking.citizenName,
    booking.citizenEmail,
    booking.citizenPhone,
    booking.language,
    entry.now,
    idempotency?.keyHash ?? null,
    idempotency?.requestHash ?? null,
    idempotency?.sealedResponse ?? null,
    entry.contactLimit,
    booking.source,
    booking.citizenEmailNormalized,
    booking.citizenPhoneNormalized,
    entry.challenge?.id ?? null,
    entry.challenge?.expiresAt ?? null,
  ];
  try {
    if ('driver' in target) await preparedQuery(target, 'book_visit', BOOK_VISIT_SQL, values);
    else await target.query(BOOK_VISIT_SQL, values);
  } catch (error) {
    if (postgresError(error)?.code === CONTACT_LIMIT_REACHED) throw new ContactLimitReached();
    throw error;
  }
}

/**
 * The id book_visit() gave the booking just written in this transaction, with the citizen's SMS
 * choice (book_visit() predates it; the same transaction makes it part of the booking's insert).
 */
export async function bookedId(
  manager: EntityManager,
  reference: string,
  smsReminders: boolean,
): Promise<string> {
  const [rows] = await manager.query<[{ id: string }[], number]>(
    'UPDATE bookings SET sms_reminders = $2 WHERE reference = $1 RETURNING id',
    [reference, smsReminders],
  );
  return rows[0].id;
}

/**
 * Returns whether the booking was still active (and so moved). Constraint violations propagate.
 * Inside the caller's transaction, which writes the "changed" message with it.
 */
export async function moveBooking(manager: EntityManager, move: Move): Promise<boolean> {
  const [rows] = await manager.query<[{ id: string }[], number]>(`${MOVE_BOOKING_SQL} RETURNING id`, [
    move.bookingId,
    move.startsAt,
    move.endsAt,
    move.now,
    move.locationId,
    move.stationId,
    move.adviserId,
    move.moveReason,
  ]);
  return rows.length === 1;
}
