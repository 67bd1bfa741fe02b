import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How often citizens followed a self-service link, per day, errand, option and the triage outcome
 * that showed it: counters only, so the statistics see which links are used without any record of
 * who clicked or when exactly.
 */
export class SelfServiceClicks1795700010000 implements MigrationInterface {
  name = 'SelfServiceClicks1795700010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE self_service_clicks (
        day date NOT NULL,
        errand_id uuid NOT NULL,
        option_key text NOT NULL,
        outcome text NOT NULL,
        clicks integer NOT NULL,
        CONSTRAINT pk_self_service_clicks PRIMARY KEY (day, errand_id, option_key, outcome),
        CONSTRAINT fk_self_service_clicks_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE RESTRICT,
        CONSTRAINT ck_self_service_clicks_outcome CHECK (outcome IN ('self_service', 'visit', 'not_yet', 'elsewhere')),
        CONSTRAINT ck_self_service_clicks_clicks CHECK (clicks > 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE self_service_clicks');
  }
}
