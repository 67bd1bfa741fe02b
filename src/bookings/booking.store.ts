import type { DataSource } from 'typeorm';
import { preparedQuery, rawPool } from '../database/prepared.js';
import type { Booking } from './entities/booking.entity.js';

/** The booking and its idempotency record in one statement: both are written, or neither. */
const INSERT_BOOKING_SQL = `
WITH booking AS (
  INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
                        starts_at, ends_at, citizen_name, citizen_email, citizen_phone, language, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
  RETURNING id
)
INSERT INTO idempotency_records (key_hash, request_hash, status_code, response, created_at)
SELECT $15, $16, 201, $17, $14 FROM booking`;

const ACTIVE_FOR_CONTACT_SQL = `
SELECT count(*)::int AS count FROM bookings
WHERE status <> 'cancelled' AND ends_at > $1 AND (citizen_email = $2 OR citizen_phone = $3)`;

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
