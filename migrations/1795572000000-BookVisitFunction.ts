import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * book_visit(): writes a booking and its idempotency record in one round trip, with the checks
 * that must not race:
 * - advisory locks on the citizen's e-mail/phone, then a count of their active future bookings
 *   (a VOLATILE PL/pgSQL function sees, statement by statement, what others committed meanwhile,
 *   so two parallel bookings for one person cannot both slip under the limit);
 * - advisory locks on the station and the adviser, always in key order, so concurrent overlapping
 *   inserts queue instead of deadlocking in the exclusion indexes (a deadlock is only detected
 *   after deadlock_timeout, holding pooled connections meanwhile);
 * - then the INSERTs, where the exclusion constraints and unique indexes have the last word.
 * Raises SQLSTATE BK001 when the contact limit is reached.
 */
export class BookVisitFunction1795572000000 implements MigrationInterface {
  name = 'BookVisitFunction1795572000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION book_visit(
        p_reference text, p_manage_token_hash bytea, p_triage_id uuid, p_errand_id uuid, p_location_id uuid,
        p_station_id uuid, p_adviser_id uuid, p_starts_at timestamptz, p_ends_at timestamptz,
        p_citizen_name text, p_citizen_email text, p_citizen_phone text, p_language text, p_now timestamptz,
        p_key_hash bytea, p_request_hash bytea, p_response bytea, p_contact_limit integer,
        p_source text DEFAULT 'online'
      ) RETURNS void
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        active integer;
        station_key bigint := hashtextextended(p_station_id::text, 17);
        adviser_key bigint := hashtextextended(p_adviser_id::text, 19);
      BEGIN
        IF p_citizen_email IS NOT NULL OR p_citizen_phone IS NOT NULL THEN
          PERFORM pg_advisory_xact_lock(hashtextextended(p_citizen_email, 7)) WHERE p_citizen_email IS NOT NULL;
          PERFORM pg_advisory_xact_lock(hashtextextended(p_citizen_phone, 7)) WHERE p_citizen_phone IS NOT NULL;
          SELECT count(*) INTO active FROM bookings
          WHERE status <> 'cancelled' AND ends_at > p_now
            AND (citizen_email = p_citizen_email OR citizen_phone = p_citizen_phone);
          IF active >= p_contact_limit THEN
            RAISE EXCEPTION 'contact limit of % active bookings reached', p_contact_limit USING ERRCODE = 'BK001';
          END IF;
        END IF;

        PERFORM pg_advisory_xact_lock(least(station_key, adviser_key));
        PERFORM pg_advisory_xact_lock(greatest(station_key, adviser_key));

        INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
                              starts_at, ends_at, citizen_name, citizen_email, citizen_phone, language,
                              created_at, updated_at, source)
        VALUES (p_reference, p_manage_token_hash, p_triage_id, p_errand_id, p_location_id, p_station_id, p_adviser_id,
                p_starts_at, p_ends_at, p_citizen_name, p_citizen_email, p_citizen_phone, p_language, p_now, p_now,
                p_source);
        -- Walk-ins booked at reception carry no Idempotency-Key.
        IF p_key_hash IS NOT NULL THEN
          INSERT INTO idempotency_records (key_hash, request_hash, status_code, response, created_at)
          VALUES (p_key_hash, p_request_hash, 201, p_response, p_now);
        END IF;
      END
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP FUNCTION book_visit(text, bytea, uuid, uuid, uuid, uuid, uuid, timestamptz, timestamptz, text, text, text, text,
                                timestamptz, bytea, bytea, bytea, integer, text)`,
    );
  }
}
