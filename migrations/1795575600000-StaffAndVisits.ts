import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff side: staff accounts with roles, failed-login bookkeeping, secret calendar-feed tokens,
 * and the visit lifecycle on bookings (check-in, queue number, call, start, outcome, no-show).
 */
export class StaffAndVisits1795575600000 implements MigrationInterface {
  name = 'StaffAndVisits1795575600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff_accounts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL,
        adviser_id uuid,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_staff_accounts PRIMARY KEY (id),
        CONSTRAINT uq_staff_accounts_email UNIQUE (email),
        CONSTRAINT uq_staff_accounts_adviser UNIQUE (adviser_id),
        CONSTRAINT fk_staff_accounts_adviser FOREIGN KEY (adviser_id) REFERENCES advisers (id) ON DELETE SET NULL,
        CONSTRAINT ck_staff_accounts_roles
          CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'reception', 'adviser']::text[]),
        CONSTRAINT ck_staff_accounts_email CHECK (email = lower(email))
      )`);

    // Failed sign-ins per account, for slowing down password guessing across all API instances.
    await db.query(`
      CREATE TABLE login_failures (
        email text NOT NULL,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        CONSTRAINT pk_login_failures PRIMARY KEY (email)
      )`);

    await db.query(`ALTER TABLE advisers ADD COLUMN feed_token_hash bytea`);
    await db.query(`ALTER TABLE locations ADD COLUMN feed_token_hash bytea`);

    await db.query(`ALTER TABLE bookings DROP CONSTRAINT ck_bookings_status`);
    await db.query(`
      ALTER TABLE bookings
        ADD CONSTRAINT ck_bookings_status
          CHECK (status IN ('booked', 'checked_in', 'called', 'in_progress', 'completed', 'no_show', 'cancelled')),
        ALTER COLUMN citizen_name DROP NOT NULL,
        ADD COLUMN checked_in_at timestamptz,
        ADD COLUMN queue_day date,
        ADD COLUMN queue_number integer,
        ADD COLUMN called_at timestamptz,
        ADD COLUMN started_at timestamptz,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN outcome text,
        ADD COLUMN can_do_alone_next_time boolean,
        ADD CONSTRAINT ck_bookings_outcome
          CHECK (outcome IS NULL OR outcome IN ('self_served_with_help', 'done_by_adviser', 'not_resolved')),
        ADD CONSTRAINT uq_bookings_queue_number UNIQUE (location_id, queue_day, queue_number)`);
    // The adviser's day and the no-show sweep read bookings by adviser and by status and start.
    await db.query(`CREATE INDEX ix_bookings_adviser_start ON bookings (adviser_id, starts_at)`);
    await db.query(`CREATE INDEX ix_bookings_booked_start ON bookings (starts_at) WHERE status = 'booked'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_bookings_booked_start`);
    await db.query(`DROP INDEX ix_bookings_adviser_start`);
    await db.query(`DELETE FROM bookings WHERE citizen_name IS NULL`);
    await db.query(`UPDATE bookings SET status = 'booked' WHERE status NOT IN ('booked', 'cancelled')`);
    await db.query(`
      ALTER TABLE bookings
        DROP CONSTRAINT uq_bookings_queue_number,
        DROP CONSTRAINT ck_bookings_outcome,
        DROP COLUMN can_do_alone_next_time,
        DROP COLUMN outcome,
        DROP COLUMN completed_at,
        DROP COLUMN started_at,
        DROP COLUMN called_at,
        DROP COLUMN queue_number,
        DROP COLUMN queue_day,
        DROP COLUMN checked_in_at,
        ALTER COLUMN citizen_name SET NOT NULL,
        DROP CONSTRAINT ck_bookings_status,
        ADD CONSTRAINT ck_bookings_status CHECK (status IN ('booked', 'cancelled'))`);
    await db.query(`ALTER TABLE locations DROP COLUMN feed_token_hash`);
    await db.query(`ALTER TABLE advisers DROP COLUMN feed_token_hash`);
    await db.query(`DROP TABLE login_failures`);
    await db.query(`DROP TABLE staff_accounts`);
  }
}
