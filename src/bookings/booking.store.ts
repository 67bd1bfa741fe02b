import type { DataSource } from 'typeorm';
import { preparedQuery, rawPool } from '../database/prepared.js';
import type { Booking } from './entities/booking.entity.js';

/**
 * Transaction-scoped advisory locks on the station and the adviser, always taken in the same order
 * (lower key first), before the row is written. Concurrent bookings of one station or adviser then
 * queue here and the loser meets the winner's committed row in the exclusion constraint at once;
 * without them two inserts could wait on each other's uncommitted index entries and PostgreSQL would
 * break the deadlock only after deadlock_timeout (1 s), holding both connections meanwhile.
 */
const RESOURCE_GUARD = `
guard AS (
  SELECT pg_advisory_xact_lock(least(s, a)) AS first, pg_advisory_xact_lock(greatest(s, a)) AS second
  FROM (SELECT hashtextextended($6::uuid::text, 17) AS s, hashtextextended($7::uuid::text, 19) AS a) AS keys
)`;

/** The booking and its idempotency record in one statement: both are written, or neither. */
const INSERT_BOOKING_SQL = `
WITH ${RESOURCE_GUARD},
booking AS (
  INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
                        starts_at, ends_at, citizen_name, citizen_email, citizen_phone, language, created_at, updated_at)
  SELECT $1::text, $2::bytea, $3::uuid, $4::uuid, $5::uuid, $6::uuid, $7::uuid, $8::timestamptz, $9::timestamptz,
         $10::text, $11::text, $12::text, $13::text, $14::timestamptz, $14::timestamptz
  FROM guard
  RETURNING id
)
INSERT INTO idempotency_records (key_hash, request_hash, status_code, response, created_at)
SELECT $15, $16, 201, $17, $14 FROM booking`;

const ACTIVE_FOR_CONTACT_SQL = `
SELECT count(*)::int AS count FROM bookings
WHERE status <> 'cancelled' AND ends_at > $1 AND (citizen_email = $2 OR citizen_phone = $3)`;

/** Moves an active booking to a new time, station and adviser, under the same guard as a new booking. */
const MOVE_BOOKING_SQL = `
WITH ${RESOURCE_GUARD}
UPDATE bookings
SET location_id = $5::uuid, station_id = $6::uuid, adviser_id = $7::uuid, starts_at = $2::timestamptz,
    ends_at = $3::timestamptz, updated_at = $4::timestamptz,
    sequence = sequence + 1
FROM guard
WHERE id = $1::uuid AND status = 'booked'`;

export interface Move {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  now: Date;
  locationId: string;
  stationId: string;
  adviserId: string;
}

/** Returns whether the booking was still active (and so moved). Constraint violations propagate. */
export async function moveBooking(dataSource: DataSource, move: Move): Promise<boolean> {
  const pool = rawPool(dataSource);
  const result = await pool.query({
    name: 'booking_move',
    text: MOVE_BOOKING_SQL,
    values: [
      move.bookingId,
      move.startsAt,
      move.endsAt,
      move.now,
      move.locationId,
      move.stationId,
      move.adviserId,
    ],
  });
  return result.rowCount === 1;
}

export interface Replay {
  requestHash: Buffer;
  response: Buffer;
}

export interface NewBooking {
  booking: Booking;
  idempotency: { keyHash: Buffer; requestHash: Buffer; sealedResponse: Buffer };
  /** At most this many active future bookings per e-mail/phone, checked under an advisory lock. */
  contactLimit: number;
  now: Date;
}

export class ContactLimitReached extends Error {}

function insertValues({ booking, idempotency, now }: NewBooking): unknown[] {
  return [
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
    now,
    idempotency.keyHash,
    idempotency.requestHash,
    idempotency.sealedResponse,
  ];
}

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
 * Writes a new booking. Without a contact it is one statement; with an e-mail or phone the limit
 * check and the insert share a transaction holding advisory locks on the contact, so two parallel
 * bookings for one person cannot both slip under the limit. Constraint violations propagate.
 */
export async function insertBooking(dataSource: DataSource, entry: NewBooking): Promise<void> {
  const { booking } = entry;
  const contacts = [booking.citizenEmail, booking.citizenPhone].filter((c): c is string => Boolean(c)).sort();
  if (contacts.length === 0) {
    await preparedQuery(dataSource, 'booking_insert', INSERT_BOOKING_SQL, insertValues(entry));
    return;
  }
  const client = await rawPool(dataSource).connect();
  try {
    await client.query('BEGIN');
    for (const contact of contacts)
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [contact]);
    const { rows } = await client.query<{ count: number }>({
      name: 'booking_contact_count',
      text: ACTIVE_FOR_CONTACT_SQL,
      values: [entry.now, booking.citizenEmail, booking.citizenPhone],
    });
    if (rows[0].count >= entry.contactLimit) throw new ContactLimitReached();
    await client.query({ name: 'booking_insert', text: INSERT_BOOKING_SQL, values: insertValues(entry) });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
