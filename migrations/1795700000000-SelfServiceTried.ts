import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A citizen told "do it yourself" may come back with "I could not do it myself": the triage records
 * when, and from then on it is a ticket for booking a visit (the law requires that a visit be
 * possible, e.g. for citizens exempt from Digital Post). Only a self-service triage can carry it.
 */
export class SelfServiceTried1795700000000 implements MigrationInterface {
  name = 'SelfServiceTried1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE triage_sessions
        ADD COLUMN self_service_tried_at timestamptz,
        ADD CONSTRAINT ck_triage_sessions_self_service_tried
          CHECK (self_service_tried_at IS NULL OR outcome = 'self_service')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE triage_sessions
        DROP CONSTRAINT ck_triage_sessions_self_service_tried,
        DROP COLUMN self_service_tried_at`);
  }
}
