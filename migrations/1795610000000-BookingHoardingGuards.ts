import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BookVisitFunction1795572000000 } from './1795572000000-BookVisitFunction.js';

const OLD_SIGNATURE = `book_visit(text, bytea, uuid, uuid, uuid, uuid, uuid, timestamptz, timestamptz, text, text,
  text, text, timestamptz, bytea, bytea, bytea, integer, text)`;
const NEW_SIGNATURE = `book_visit(text, bytea, uuid, uuid, uuid, uuid, uuid, timestamptz, timestamptz, text, text,
  text, text, timestamptz, bytea, bytea, bytea, integer, text, text, text, bytea, timestamptz)`;

/**
 * The rules of src/bookings/contact.ts in SQL, frozen here for the bookings that exist: lower
 * case, no `+tag`, no dots at Gmail; a phone's 8 Danish digits (others: not counted).
 */
export const BACKFILL_CONTACTS = `
WITH typed AS (
  SELECT id,
         regexp_match(lower(btrim(citizen_email)), '^(.*)@([^@]*)$') AS mail,
         regexp_replace(citizen_phone, '[\\s\\-./()]', '', 'g') AS digits
  FROM bookings
  WHERE citizen_email IS NOT NULL OR citizen_phone IS NOT NULL
), parts AS (
  SELECT id,
         CASE WHEN strpos(mail[1], '+') > 1 THEN left(mail[1], strpos(mail[1], '+') - 1) ELSE mail[1] END AS local,
         rtrim(mail[2], '.') AS domain,
         CASE WHEN digits LIKE '+45%' THEN substr(digits, 4)
              WHEN digits LIKE '0045%' THEN substr(digits, 5)
              WHEN length(digits) = 10 AND digits LIKE '45%' THEN substr(digits, 3)
              ELSE digits END AS phone
  FROM typed
)
UPDATE bookings b
SET citizen_email_normalized = CASE
      WHEN p.local IS NULL THEN NULL
      WHEN p.domain IN ('gmail.com', 'googlemail.com') THEN replace(p.local, '.', '') || '@gmail.com'
      ELSE p.local || '@' || p.domain END,
    citizen_phone_normalized = CASE WHEN p.phone ~ '^[0-9]{8}$' THEN p.phone END
FROM parts p
WHERE b.id = p.id`;

/**
 * book_visit() as this migration defines it; `counted` says which of a contact's bookings count
 * against the limit (HotlineCallbacks1796000000000 narrows it to those not yet served).
 */
export const bookVisitFunction = (counted: string) => `
      CREATE OR REPLACE FUNCTION book_visit(
        p_reference text, p_manage_token_hash bytea, p_triage_id uuid, p_errand_id uuid, p_location_id uuid,
        p_station_id uuid, p_adviser_id uuid, p_starts_at timestamptz, p_ends_at timestamptz,
        p_citizen_name text, p_citizen_email text, p_citizen_phone text, p_language text, p_now timestamptz,
        p_key_hash bytea, p_request_hash bytea, p_response bytea, p_contact_limit integer, p_source text,
        p_email_normalized text, p_phone_normalized text, p_challenge bytea, p_challenge_expires_at timestamptz
      ) RETURNS void
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        active integer;
        email_key bigint := hashtextextended(p_email_normalized, 7);
        phone_key bigint := hashtextextended(p_phone_normalized, 7);
        station_key bigint := hashtextextended(p_station_id::text, 17);
        adviser_key bigint := hashtextextended(p_adviser_id::text, 19);
      BEGIN
        IF p_challenge IS NOT NULL THEN
          INSERT INTO used_challenges (signature, expires_at) VALUES (p_challenge, p_challenge_expires_at);
        END IF;

        IF p_email_normalized IS NOT NULL OR p_phone_normalized IS NOT NULL THEN
          -- least/greatest skip a NULL key; taking one lock twice is harmless.
          PERFORM pg_advisory_xact_lock(least(email_key, phone_key));
          PERFORM pg_advisory_xact_lock(greatest(email_key, phone_key));
          SELECT count(*) INTO active FROM bookings
          WHERE ${counted} AND ends_at > p_now
            AND (citizen_email_normalized = p_email_normalized OR citizen_phone_normalized = p_phone_normalized);
          IF active >= p_contact_limit THEN
            RAISE EXCEPTION 'contact limit of % active bookings reached', p_contact_limit USING ERRCODE = 'BK001';
          END IF;
        END IF;

        PERFORM pg_advisory_xact_lock(least(station_key, adviser_key));
        PERFORM pg_advisory_xact_lock(greatest(station_key, adviser_key));

        INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
                              starts_at, ends_at, citizen_name, citizen_email, citizen_phone,
                              citizen_email_normalized, citizen_phone_normalized, language, created_at, updated_at,
                              source)
        VALUES (p_reference, p_manage_token_hash, p_triage_id, p_errand_id, p_location_id, p_station_id, p_adviser_id,
                p_starts_at, p_ends_at, p_citizen_name, p_citizen_email, p_citizen_phone,
                p_email_normalized, p_phone_normalized, p_language, p_now, p_now, p_source);
        -- Walk-ins booked at reception carry no Idempotency-Key.
        IF p_key_hash IS NOT NULL THEN
          INSERT INTO idempotency_records (key_hash, request_hash, status_code, response, created_at)
          VALUES (p_key_hash, p_request_hash, 201, p_response, p_now);
        END IF;
      END
      $$`;

/**
 * Against hoarding (a script booking a day's seats under invented names):
 * - the contact limit counts normalised contacts, stored beside what the citizen typed;
 * - a booking challenge is used once: `used_challenges` keeps the signatures until they expire;
 * - book_visit() writes both, keeping the design of BookVisitFunction1795572000000 (advisory locks
 *   on the contact, then on station and adviser in key order, then the INSERTs). The challenge
 *   comes first: a second use of one challenge waits for the first on the primary key and fails
 *   with pk_used_challenges before anything else is locked; a failed booking rolls its use back.
 */
export class BookingHoardingGuards1795610000000 implements MigrationInterface {
  name = 'BookingHoardingGuards1795610000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE bookings ADD COLUMN citizen_email_normalized text, ADD COLUMN citizen_phone_normalized text`,
    );
    await db.query(BACKFILL_CONTACTS);
    await db.query(`DROP INDEX ix_bookings_citizen_email`);
    await db.query(`DROP INDEX ix_bookings_citizen_phone`);
    await db.query(
      `CREATE INDEX ix_bookings_citizen_email_normalized ON bookings (citizen_email_normalized)
       WHERE citizen_email_normalized IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ix_bookings_citizen_phone_normalized ON bookings (citizen_phone_normalized)
       WHERE citizen_phone_normalized IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE used_challenges (
        signature bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_used_challenges PRIMARY KEY (signature)
      )`);
    await db.query(`CREATE INDEX ix_used_challenges_expires_at ON used_challenges (expires_at)`);
    await db.query(`DROP FUNCTION ${OLD_SIGNATURE}`);
    await db.query(bookVisitFunction(`status <> 'cancelled'`));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION ${NEW_SIGNATURE}`);
    // The function as it was: the earlier migration's own definition.
    await new BookVisitFunction1795572000000().up(db);
    await db.query(`DROP TABLE used_challenges`);
    await db.query(`DROP INDEX ix_bookings_citizen_email_normalized`);
    await db.query(`DROP INDEX ix_bookings_citizen_phone_normalized`);
    await db.query(
      `ALTER TABLE bookings DROP COLUMN citizen_email_normalized, DROP COLUMN citizen_phone_normalized`,
    );
    await db.query(
      `CREATE INDEX ix_bookings_citizen_email ON bookings (citizen_email) WHERE citizen_email IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ix_bookings_citizen_phone ON bookings (citizen_phone) WHERE citizen_phone IS NOT NULL`,
    );
  }
}
