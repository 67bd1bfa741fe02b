import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bookVisitFunction } from './1795610000000-BookingHoardingGuards.js';

/** The contact limit counts bookings not yet served: a call just ended must not block the visit it led to. */
const COUNTED_NOW = `status IN ('booked', 'checked_in', 'called')`;
const COUNTED_BEFORE = `status <> 'cancelled'`;

const OUTCOMES_BEFORE = `('self_service', 'visit', 'not_yet', 'elsewhere')`;
const OUTCOMES_NOW = `('self_service', 'visit', 'not_yet', 'elsewhere', 'callback')`;
const OUTCOME_CHECKS = [
  ['triage_rules', 'ck_triage_rules_outcome'],
  ['triage_sessions', 'ck_triage_sessions_outcome'],
  ['triage_days', 'ck_triage_days_outcome'],
  ['self_service_clicks', 'ck_self_service_clicks_outcome'],
] as const;

const NOTIFICATION_KINDS_BEFORE = `CHECK (kind IN ('confirmation', 'reminder', 'changed', 'cancelled'))`;
const NOTIFICATION_KINDS_NOW = `CHECK (kind IN ('confirmation', 'reminder', 'changed', 'cancelled', 'no_answer'))`;

/**
 * The hotline: citizens are called up when a call can solve their errand.
 * - A place of kind `hotline` is the phone desk: no stations; its opening hours are its phone hours
 *   and its advisers' working time there is for calls. Staff have a `hotline` role.
 * - Errands say whether phone help can solve them (`phone_minutes`, `phone_reason_*`); a rule may
 *   decide `callback`, or offer one next to a visit (`offers_callback`).
 * - A callback is a booking without a station: the adviser exclusion constraint keeps one hotline
 *   adviser from two calls at once exactly as it keeps an adviser from two visits, and book_visit()
 *   takes its adviser lock (least/greatest skip the NULL station key). Callback outcomes, unanswered
 *   calls and the self-service option a citizen was guided to are kept on the booking.
 * - The day counts of triages keep how many booked a callback instead of a visit.
 * - A call that ends "needs a visit" points at the triage (source `phone`) it made for the visit.
 * - book_visit()'s contact limit counts only bookings not yet served (booked, checked in, called):
 *   a call that has just ended must not block booking the visit it decided.
 */
export class HotlineCallbacks1796000000000 implements MigrationInterface {
  name = 'HotlineCallbacks1796000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE locations DROP CONSTRAINT ck_locations_kind`);
    await db.query(
      `ALTER TABLE locations ADD CONSTRAINT ck_locations_kind
       CHECK (kind IN ('citizen_service', 'library', 'mobile', 'hotline'))`,
    );
    await db.query(`ALTER TABLE staff_accounts DROP CONSTRAINT ck_staff_accounts_roles`);
    await db.query(
      `ALTER TABLE staff_accounts ADD CONSTRAINT ck_staff_accounts_roles
       CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'reception', 'adviser', 'stats', 'hotline']::text[])`,
    );

    await db.query(
      `ALTER TABLE errands ADD COLUMN phone_minutes integer, ADD COLUMN phone_reason_da text,
       ADD COLUMN phone_reason_en text`,
    );
    await db.query(
      `ALTER TABLE errands ADD CONSTRAINT ck_errands_phone_help CHECK (
         (phone_minutes IS NULL AND phone_reason_da IS NULL AND phone_reason_en IS NULL)
         OR (phone_minutes BETWEEN 5 AND 120 AND phone_reason_da IS NOT NULL AND phone_reason_en IS NOT NULL))`,
    );
    for (const [table, name] of OUTCOME_CHECKS) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (outcome IN ${OUTCOMES_NOW})`);
    }
    await db.query(`ALTER TABLE triage_rules ADD COLUMN offers_callback boolean NOT NULL DEFAULT false`);
    await db.query(
      `ALTER TABLE triage_rules ADD CONSTRAINT ck_triage_rules_offers_callback
       CHECK (NOT offers_callback OR outcome = 'visit')`,
    );
    await db.query(`ALTER TABLE triage_days ADD COLUMN callback_booked integer NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE triage_days DROP CONSTRAINT ck_triage_days_counts`);
    await db.query(
      `ALTER TABLE triage_days ADD CONSTRAINT ck_triage_days_counts
       CHECK (triages > 0 AND self_service_tried BETWEEN 0 AND triages AND booked BETWEEN 0 AND triages
              AND callback_booked BETWEEN 0 AND booked)`,
    );

    await db.query(`ALTER TABLE bookings ALTER COLUMN station_id DROP NOT NULL`);
    await db.query(
      `ALTER TABLE bookings ADD COLUMN call_attempts smallint NOT NULL DEFAULT 0,
       ADD COLUMN last_call_at timestamptz, ADD COLUMN guidance_option text`,
    );
    await db.query(`ALTER TABLE bookings DROP CONSTRAINT ck_bookings_outcome`);
    await db.query(
      `ALTER TABLE bookings ADD CONSTRAINT ck_bookings_outcome CHECK (outcome IS NULL
         OR (station_id IS NOT NULL AND outcome IN ('self_served_with_help', 'done_by_adviser', 'not_resolved'))
         OR (station_id IS NULL AND outcome IN ('solved_on_phone', 'sent_to_self_service', 'needs_visit', 'no_answer')))`,
    );
    await db.query(
      `ALTER TABLE bookings ADD CONSTRAINT ck_bookings_callback CHECK (station_id IS NOT NULL
         OR (checked_in_at IS NULL AND queue_number IS NULL AND source = 'online'))`,
    );
    await db.query(
      `ALTER TABLE bookings ADD CONSTRAINT ck_bookings_call_attempts
       CHECK (call_attempts BETWEEN 0 AND 2 AND (call_attempts = 0 OR station_id IS NULL))`,
    );
    await db.query(
      `ALTER TABLE bookings ADD CONSTRAINT ck_bookings_guidance
       CHECK (guidance_option IS NULL OR outcome = 'sent_to_self_service')`,
    );
    await db.query(
      `CREATE INDEX ix_bookings_callbacks_start ON bookings (starts_at) WHERE station_id IS NULL`,
    );
    // "Needs a visit": the triage with source `phone` the call made, which the visit is booked with.
    // Set null when the retention sweep deletes that triage unbooked; indexed for that delete.
    await db.query(
      `ALTER TABLE bookings ADD COLUMN phone_triage_id uuid,
       ADD CONSTRAINT fk_bookings_phone_triage FOREIGN KEY (phone_triage_id)
         REFERENCES triage_sessions (id) ON DELETE SET NULL,
       ADD CONSTRAINT ck_bookings_phone_triage CHECK (phone_triage_id IS NULL OR outcome = 'needs_visit')`,
    );
    await db.query(
      `CREATE INDEX ix_bookings_phone_triage ON bookings (phone_triage_id) WHERE phone_triage_id IS NOT NULL`,
    );
    await db.query(bookVisitFunction(COUNTED_NOW));
    // "We could not reach you": the message after the second unanswered call.
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await db.query(
      `ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind ${NOTIFICATION_KINDS_NOW}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await db.query(`DELETE FROM notifications WHERE kind = 'no_answer'`);
    await db.query(
      `ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind ${NOTIFICATION_KINDS_BEFORE}`,
    );
    await db.query(bookVisitFunction(COUNTED_BEFORE));
    await db.query(`DELETE FROM bookings WHERE station_id IS NULL`);
    await db.query(`DROP INDEX ix_bookings_phone_triage`);
    await db.query(
      `ALTER TABLE bookings DROP CONSTRAINT ck_bookings_phone_triage, DROP CONSTRAINT fk_bookings_phone_triage,
       DROP COLUMN phone_triage_id`,
    );
    await db.query(`DROP INDEX ix_bookings_callbacks_start`);
    for (const name of [
      'ck_bookings_guidance',
      'ck_bookings_call_attempts',
      'ck_bookings_callback',
      'ck_bookings_outcome',
    ])
      await db.query(`ALTER TABLE bookings DROP CONSTRAINT ${name}`);
    await db.query(
      `ALTER TABLE bookings ADD CONSTRAINT ck_bookings_outcome
       CHECK (outcome IS NULL OR outcome IN ('self_served_with_help', 'done_by_adviser', 'not_resolved'))`,
    );
    await db.query(
      `ALTER TABLE bookings DROP COLUMN call_attempts, DROP COLUMN last_call_at, DROP COLUMN guidance_option`,
    );
    await db.query(`ALTER TABLE bookings ALTER COLUMN station_id SET NOT NULL`);
    await db.query(`ALTER TABLE triage_days DROP CONSTRAINT ck_triage_days_counts`);
    await db.query(
      `ALTER TABLE triage_days ADD CONSTRAINT ck_triage_days_counts
       CHECK (triages > 0 AND self_service_tried BETWEEN 0 AND triages AND booked BETWEEN 0 AND triages)`,
    );
    await db.query(`ALTER TABLE triage_days DROP COLUMN callback_booked`);
    await db.query(`ALTER TABLE triage_rules DROP CONSTRAINT ck_triage_rules_offers_callback`);
    await db.query(`ALTER TABLE triage_rules DROP COLUMN offers_callback`);
    for (const [table, name] of OUTCOME_CHECKS) {
      await db.query(`DELETE FROM ${table} WHERE outcome = 'callback'`);
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (outcome IN ${OUTCOMES_BEFORE})`);
    }
    await db.query(`ALTER TABLE errands DROP CONSTRAINT ck_errands_phone_help`);
    await db.query(
      `ALTER TABLE errands DROP COLUMN phone_minutes, DROP COLUMN phone_reason_da, DROP COLUMN phone_reason_en`,
    );
    await db.query(`ALTER TABLE staff_accounts DROP CONSTRAINT ck_staff_accounts_roles`);
    await db.query(
      `ALTER TABLE staff_accounts ADD CONSTRAINT ck_staff_accounts_roles
       CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'reception', 'adviser', 'stats']::text[])`,
    );
    await db.query(`ALTER TABLE locations DROP CONSTRAINT ck_locations_kind`);
    await db.query(
      `ALTER TABLE locations ADD CONSTRAINT ck_locations_kind CHECK (kind IN ('citizen_service', 'library', 'mobile'))`,
    );
  }
}
