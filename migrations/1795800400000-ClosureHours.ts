import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closure for some hours only ("lukket 12.00–13.00 til personalemøde"): local times on each of its
 * days, in the location's time zone. Both null = closed all day, as every closure was before.
 */
export class ClosureHours1795800400000 implements MigrationInterface {
  name = 'ClosureHours1795800400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE closures
        ADD COLUMN closed_from time,
        ADD COLUMN closed_to time,
        ADD CONSTRAINT ck_closures_hours CHECK (
          (closed_from IS NULL) = (closed_to IS NULL) AND (closed_from IS NULL OR closed_from < closed_to)
        )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE closures DROP CONSTRAINT ck_closures_hours, DROP COLUMN closed_from, DROP COLUMN closed_to',
    );
  }
}
