import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the statistics need beyond the rows the other modules keep.
 *
 * - `first_free_days`: how many days ahead the first free time of each errand at each place was,
 *   measured once a day by the availability module's snapshot job. It cannot be recomputed later
 *   (the bookings and schedule of that morning are gone), so it is kept as measured.
 */
export class StatsSupport1795900100000 implements MigrationInterface {
  name = 'StatsSupport1795900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE first_free_days (
        day date NOT NULL,
        errand_id uuid NOT NULL,
        location_id uuid NOT NULL,
        days integer,
        measured_at timestamptz NOT NULL,
        CONSTRAINT pk_first_free_days PRIMARY KEY (day, errand_id, location_id),
        CONSTRAINT fk_first_free_days_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE CASCADE,
        CONSTRAINT fk_first_free_days_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE CASCADE,
        CONSTRAINT ck_first_free_days_days CHECK (days IS NULL OR days >= 0)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE first_free_days');
  }
}
