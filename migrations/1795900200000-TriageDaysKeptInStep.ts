import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics' day counts (`triage_days`) kept in step: every triage is counted there once it
 * has expired (its columns and bookings can no longer change), booked or not, and marked
 * `counted_at`; a year's self-service report then reads small day rows plus the triages of about
 * the last day. `booked` counts the triages of a row with any booking ("tried, then booked").
 *
 * No data is counted here: on a large database that could be a long statement inside the
 * deployment. The triage retention sweep counts the expired triages in batches after the
 * deployment (all stored triages, booked ones from before included); until it has, the statistics
 * read them live, as before, so the numbers are the same throughout.
 */
export class TriageDaysKeptInStep1795900200000 implements MigrationInterface {
  name = 'TriageDaysKeptInStep1795900200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE triage_sessions ADD COLUMN counted_at timestamptz');
    // Small: only the triages not yet counted (about TRIAGE_TTL_HOURS of them) are in it.
    await db.query(
      'CREATE INDEX ix_triage_sessions_uncounted ON triage_sessions (expires_at) WHERE counted_at IS NULL',
    );
    await db.query(`
      ALTER TABLE triage_days
        ADD COLUMN booked integer NOT NULL DEFAULT 0,
        DROP CONSTRAINT ck_triage_days_counts,
        ADD CONSTRAINT ck_triage_days_counts
          CHECK (triages > 0 AND self_service_tried BETWEEN 0 AND triages AND booked BETWEEN 0 AND triages)`);
  }

  /**
   * Before this migration triage_days held only deleted triages: the counts of triages still
   * stored come out again. Their place is taken from their booking as it is now, which may differ
   * from when they were counted (a booking cancelled or moved since): then a row keeps a few too
   * many and another loses them, down to none.
   */
  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE triage_days DROP CONSTRAINT ck_triage_days_counts, DROP COLUMN booked');
    await db.query(`
      WITH stored AS (
        SELECT (t.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS day, t.errand_id, t.source, t.outcome,
          coalesce(t.location_id, (SELECT b.location_id FROM bookings b
                                   WHERE b.triage_id = t.id AND b.status <> 'cancelled')) AS location_id,
          count(*)::int AS triages, count(*) FILTER (WHERE t.self_service_tried_at IS NOT NULL)::int AS tried
        FROM triage_sessions t WHERE t.counted_at IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5)
      UPDATE triage_days d SET triages = greatest(d.triages - s.triages, 0),
        self_service_tried = greatest(d.self_service_tried - s.tried, 0)
      FROM stored s
      WHERE d.day = s.day AND d.errand_id = s.errand_id AND d.source = s.source AND d.outcome = s.outcome
        AND d.location_id IS NOT DISTINCT FROM s.location_id`);
    await db.query('DELETE FROM triage_days WHERE triages = 0');
    await db.query('UPDATE triage_days SET self_service_tried = triages WHERE self_service_tried > triages');
    await db.query(`
      ALTER TABLE triage_days ADD CONSTRAINT ck_triage_days_counts
        CHECK (triages > 0 AND self_service_tried BETWEEN 0 AND triages)`);
    await db.query('DROP INDEX ix_triage_sessions_uncounted');
    await db.query('ALTER TABLE triage_sessions DROP COLUMN counted_at');
  }
}
