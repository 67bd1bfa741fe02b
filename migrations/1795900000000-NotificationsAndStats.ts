import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages to citizens and the numbers the municipality steers by.
 *
 * - `notifications` is the outbox: a booking change writes its messages in the same transaction,
 *   and a worker on every instance claims due rows with FOR UPDATE SKIP LOCKED and sends them. A
 *   pending reminder is one row per booking and channel, so a move replaces it and a cancellation
 *   removes it in the transaction that changes the booking. The manage token travels only inside
 *   a pending row of a message the citizen's own action caused, and is erased when it is sent.
 * - Bookings say whether the citizen asked for SMS, and who cancelled (the statistics split the two).
 * - A triage made at a reception desk knows its place; `phone` is the hotline's channel.
 * - `triage_days` keeps what the retention sweep deletes, counted per day: the self-service rate
 *   of a whole year survives triages being deleted after TRIAGE_RETENTION_DAYS.
 * - Staff may have the `stats` role: the numbers, nothing about citizens.
 */
export class NotificationsAndStats1795900000000 implements MigrationInterface {
  name = 'NotificationsAndStats1795900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL,
        kind text NOT NULL,
        channel text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        due_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL,
        manage_token text,
        previous_starts_at timestamptz,
        CONSTRAINT pk_notifications PRIMARY KEY (id),
        CONSTRAINT fk_notifications_booking FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        CONSTRAINT ck_notifications_kind CHECK (kind IN ('confirmation', 'reminder', 'changed', 'cancelled')),
        CONSTRAINT ck_notifications_channel CHECK (channel IN ('email', 'sms')),
        CONSTRAINT ck_notifications_status CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
        CONSTRAINT ck_notifications_token CHECK (manage_token IS NULL OR status = 'pending'),
        CONSTRAINT ck_notifications_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_notifications_due ON notifications (due_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX ix_notifications_booking ON notifications (booking_id)`);
    await db.query(`
      CREATE UNIQUE INDEX uq_notifications_pending_reminder ON notifications (booking_id, channel)
      WHERE kind = 'reminder' AND status = 'pending'`);

    await db.query(`
      ALTER TABLE bookings
        ADD COLUMN sms_reminders boolean NOT NULL DEFAULT false,
        ADD COLUMN cancelled_by text,
        ADD CONSTRAINT ck_bookings_cancelled_by
          CHECK (cancelled_by IS NULL OR (cancelled_by IN ('citizen', 'municipality') AND status = 'cancelled'))`);
    // Before this, the citizen's own cancellations carried this fixed reason (until it was erased).
    await db.query(`
      UPDATE bookings SET cancelled_by = CASE WHEN cancel_reason = 'Aflyst af borgeren' THEN 'citizen' ELSE 'municipality' END
      WHERE status = 'cancelled' AND cancel_reason IS NOT NULL`);

    await db.query(`
      ALTER TABLE triage_sessions
        ADD COLUMN location_id uuid,
        ADD CONSTRAINT fk_triage_sessions_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
        DROP CONSTRAINT ck_triage_sessions_source,
        ADD CONSTRAINT ck_triage_sessions_source CHECK (source IN ('online', 'reception', 'phone'))`);

    await db.query(`
      CREATE TABLE triage_days (
        id serial NOT NULL,
        day date NOT NULL,
        errand_id uuid NOT NULL,
        source text NOT NULL,
        location_id uuid,
        outcome text NOT NULL,
        triages integer NOT NULL,
        self_service_tried integer NOT NULL,
        CONSTRAINT pk_triage_days PRIMARY KEY (id),
        CONSTRAINT fk_triage_days_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE RESTRICT,
        CONSTRAINT fk_triage_days_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
        CONSTRAINT ck_triage_days_source CHECK (source IN ('online', 'reception', 'phone')),
        CONSTRAINT ck_triage_days_outcome CHECK (outcome IN ('self_service', 'visit', 'not_yet', 'elsewhere')),
        CONSTRAINT ck_triage_days_counts CHECK (triages > 0 AND self_service_tried BETWEEN 0 AND triages)
      )`);
    // One row per day, errand, channel, place (or none: online) and outcome; two partial indexes
    // because a unique key treats every NULL place as different.
    await db.query(`
      CREATE UNIQUE INDEX uq_triage_days_place ON triage_days (day, errand_id, source, location_id, outcome)
      WHERE location_id IS NOT NULL`);
    await db.query(`
      CREATE UNIQUE INDEX uq_triage_days_no_place ON triage_days (day, errand_id, source, outcome)
      WHERE location_id IS NULL`);

    await db.query(`
      ALTER TABLE staff_accounts
        DROP CONSTRAINT ck_staff_accounts_roles,
        ADD CONSTRAINT ck_staff_accounts_roles
          CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'reception', 'adviser', 'stats']::text[])`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE staff_accounts SET roles = array_remove(roles, 'stats')`);
    await db.query(`DELETE FROM staff_accounts WHERE cardinality(roles) = 0`);
    await db.query(`
      ALTER TABLE staff_accounts
        DROP CONSTRAINT ck_staff_accounts_roles,
        ADD CONSTRAINT ck_staff_accounts_roles
          CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'reception', 'adviser']::text[])`);
    await db.query('DROP TABLE triage_days');
    await db.query(`DELETE FROM triage_sessions t WHERE source = 'phone'
      AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.triage_id = t.id)`);
    await db.query(`UPDATE triage_sessions SET source = 'reception' WHERE source = 'phone'`);
    await db.query(`
      ALTER TABLE triage_sessions
        DROP CONSTRAINT ck_triage_sessions_source,
        ADD CONSTRAINT ck_triage_sessions_source CHECK (source IN ('online', 'reception')),
        DROP COLUMN location_id`);
    await db.query(`
      ALTER TABLE bookings
        DROP CONSTRAINT ck_bookings_cancelled_by,
        DROP COLUMN cancelled_by,
        DROP COLUMN sms_reminders`);
    await db.query('DROP TABLE notifications');
  }
}
